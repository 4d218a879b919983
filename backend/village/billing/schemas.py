"""Request and response models of billing runs."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from village.billing.enums import ADVANCE_MONTHS, RunStatus
from village.pagination import Page, PageQuery
from village.validation import Day, Id, InputModel, Period


def _advance(value: int) -> int:
    if value not in ADVANCE_MONTHS:
        raise PydanticCustomError("months", "Bill 1, 3, 6 or 12 months at a time.")
    return value


Months = Annotated[int, Field(strict=True), AfterValidator(_advance)]


class BillingRunCreate(InputModel):
    period: Period = Field(description="The first billed month, YYYY-MM")
    months: Months = Field(1, description="1, 3, 6 or 12: one invoice with a line per month")
    house_ids: list[Id] | None = Field(
        None, max_length=20_000, description="Null: every house that is not archived"
    )
    issue_date: Day | None = Field(None, description="Default: today in the village")


class PreviewLine(BaseModel):
    fee_item_id: int
    fee_item_code: str
    month: str = Field(examples=["2026-12"])
    description: str = Field(examples=["ค่าส่วนกลาง ธันวาคม 2569 / Common fee December 2026"])
    quantity: int
    unit_satang: int
    amount_satang: int
    source_invoice_id: int | None = Field(
        None, description="A LATE_FEE line: the overdue invoice the surcharge is levied on"
    )


class PreviewInvoice(BaseModel):
    house_id: int
    house_number: str
    bill_to_name: str
    bill_to_user_id: int | None
    billed_to_developer: bool
    lines: list[PreviewLine]
    total_satang: int


class SkippedHouse(BaseModel):
    house_id: int
    house_number: str
    reason: Literal["archived", "not_yet_billable", "no_schedule", "no_land_area", "already_billed"]


class BillingRunSummary(BaseModel):
    """A run without its per-house detail (lists)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    period: Period
    months: int
    house_ids: list[int] | None
    issue_date: date
    due_date: date
    status: RunStatus
    invoice_count: int = Field(description="Invoices it would issue (preview) or issued")
    total_satang: int
    skipped_count: int
    created_by_id: int | None
    created_at: datetime
    posted_by_id: int | None
    posted_at: datetime | None
    discarded_at: datetime | None


class BillingRunRead(BillingRunSummary):
    preview: list[PreviewInvoice] = Field(
        description="Per house, the invoice it would issue (once posted: the ones issued)"
    )
    skipped: list[SkippedHouse]


RunSort = Literal["created_at", "-created_at", "period", "-period"]


class BillingRunQuery(PageQuery):
    status: RunStatus | None = None
    period: Period | None = None
    sort: RunSort = "-created_at"


class BillingRunPage(Page[BillingRunSummary]):
    pass
