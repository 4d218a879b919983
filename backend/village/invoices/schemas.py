"""Request and response models of invoices, their lines and their PromptPay QR."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from village.finance.enums import PromptPayMode
from village.invoices.enums import InvoiceStatus
from village.pagination import Page, PageQuery
from village.validation import CleanStr, Day, InputModel, Line, Period, SearchText

Id = Annotated[int, Field(ge=1, le=2**31 - 1, strict=True)]  # in a JSON body
QueryId = Annotated[int, Field(ge=1, le=2**31 - 1)]  # in a query string (text)
# Money is whole satang, a JSON integer: a float (1.5) or a string ("150") is a 422.
MAX_LINE_SATANG = 1_000_000_000  # 10 million baht for one unit: beyond any ad-hoc charge
MAX_INVOICE_SATANG = 2**31 - 1  # the column is a PostgreSQL integer
UnitSatang = Annotated[int, Field(ge=0, le=MAX_LINE_SATANG, strict=True)]
Quantity = Annotated[int, Field(ge=1, le=10_000, strict=True)]
Description = Annotated[Line, StringConstraints(min_length=1, max_length=300)]
Reason = Annotated[CleanStr, StringConstraints(min_length=1, max_length=500)]
BillTo = Annotated[Line, StringConstraints(min_length=1, max_length=300)]
MAX_LINES = 50


class InvoiceHouse(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    house_number: str


class FeeItemRef(BaseModel):
    """The fee item a line bills, as lines show it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str = Field(examples=["COMMON"])
    name_th: str
    name_en: str


class InvoiceLineRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    fee_item: FeeItemRef | None = Field(description="Null for an ad-hoc charge")
    month: Period | None = Field(description="The billed month (YYYY-MM); null if not monthly")
    description: str
    quantity: int
    unit_satang: int
    amount_satang: int = Field(description="quantity × unit_satang")


class InvoiceRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str = Field(examples=["INV2569-000123"])
    house: InvoiceHouse
    bill_to_name: str = Field(description="Who it is billed to, as at issue")
    issue_date: date
    due_date: date
    lines: list[InvoiceLineRead]
    total_satang: int
    paid_satang: int
    credited_satang: int
    outstanding_satang: int = Field(description="total - paid - credited; 0 when void")
    status: InvoiceStatus
    overdue: bool = Field(
        description="Past its due date (the village's today) with something outstanding"
    )
    billing_run_id: int | None = Field(description="Null for a manual invoice")
    void_reason: str | None
    voided_at: datetime | None
    created_at: datetime


class InvoicePage(Page[InvoiceRead]):
    pass


SortKey = Literal[
    "issue_date", "-issue_date", "due_date", "-due_date", "number", "-number",
    "total_satang", "-total_satang", "outstanding_satang", "-outstanding_satang",
]  # fmt: skip


class InvoiceQuery(PageQuery):
    q: SearchText | None = Field(None, description="Invoice number or house number")
    house_id: QueryId | None = None
    status: InvoiceStatus | None = None
    overdue: bool | None = Field(
        None,
        description="true: past due (the village's today) with something outstanding; "
        "false: the others",
    )
    period: Period | None = Field(None, description="Invoices with a line for this month")
    sort: SortKey = Field("-issue_date", description="A field; prefix '-' for descending")


class InvoiceLineCreate(InputModel):
    fee_item_id: Id | None = Field(
        None, description="The fee item billed; with `month`, billed at most once per house"
    )
    month: Period | None = Field(None, description="The month billed (YYYY-MM), if monthly")
    description: Description
    quantity: Quantity = 1
    unit_satang: UnitSatang

    @property
    def amount_satang(self) -> int:
        return self.quantity * self.unit_satang


class InvoiceCreate(InputModel):
    """A manual invoice: ad-hoc charges (a key card, a fine) or a month billed by hand."""

    house_id: Id
    issue_date: Day | None = Field(None, description="Default: the village's today")
    due_date: Day | None = Field(
        None, description="Default: issue_date + the finance settings' due_days"
    )
    bill_to_name: BillTo | None = Field(
        None, description="Default: the house's primary contact (or the developer's plot)"
    )
    lines: list[InvoiceLineCreate] = Field(min_length=1, max_length=MAX_LINES)

    @model_validator(mode="after")
    def _total_fits(self) -> InvoiceCreate:
        if sum(line.amount_satang for line in self.lines) > MAX_INVOICE_SATANG:
            raise ValueError("The invoice's total is more than 21,474,836.47 baht.")
        return self


class VoidRequest(InputModel):
    reason: Reason = Field(description="Why it is cancelled; kept with the invoice")


class PromptPayRead(BaseModel):
    """How to pay an invoice by transfer: the Thai QR and the bank account."""

    payload: str = Field(description="The EMVCo Thai QR payload (what the QR encodes)")
    amount_satang: int = Field(description="The invoice's outstanding amount, in the QR")
    svg: str = Field(description="The QR code as an SVG document")
    mode: PromptPayMode
    bank_name: str | None
    bank_account_name: str | None
    bank_account_number: str | None
