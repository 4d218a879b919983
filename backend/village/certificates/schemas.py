"""Request and response models of debt-clearance certificates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, Field, PlainSerializer

from village.pagination import Page, PageQuery
from village.validation import QueryId, SearchText

Month = Annotated[date, PlainSerializer(lambda d: f"{d:%Y-%m}", return_type=str)]
Area = Annotated[Decimal, PlainSerializer(float, return_type=float, when_used="json")]


class CertificateHouse(BaseModel):
    """The house as the certificate printed it (a snapshot at issue)."""

    id: int
    house_number: str
    plot_number: str | None
    title_deed_number: str | None
    land_area_sq_wah: Area | None


class CertificatePerson(BaseModel):
    id: int | None = Field(description="Null once the account is erased; the name stays")
    full_name: str


class CertificateRead(BaseModel):
    number: str = Field(description="CERT{fiscal year B.E.}-NNNNNN")
    house: CertificateHouse
    owner_names: list[str] = Field(description="The house's owners when it was issued")
    paid_through: Month | None = Field(
        description="YYYY-MM: the last month billed to the house when it was issued (paid "
        "in full); null when nothing had been billed yet"
    )
    issue_date: date
    valid_until: date = Field(description="The last day it is valid (inclusive)")
    valid: bool = Field(description="Whether it is still valid today (the village's date)")
    issued_by: CertificatePerson
    created_at: datetime
    pdf_url: str


class CertificatePage(Page[CertificateRead]):
    pass


CertificateSort = Literal["issue_date", "-issue_date", "number", "-number"]


class CertificateQuery(PageQuery):
    house_id: QueryId | None = None
    q: SearchText | None = Field(None, description="Certificate number or house number")
    sort: CertificateSort = Field("-number", description="A field; prefix '-' for descending")
