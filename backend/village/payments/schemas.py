"""Request and response models of payments and receipts (village.md, "Payments and receipts").

Money is integer satang: a float, a string or a boolean where satang are expected is
a 422 (strict integers), never rounded.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from village.pagination import Page, PageQuery
from village.payments.enums import PaymentMethod, PaymentStatus
from village.validation import CleanStr, Day, InputModel, Line, SearchText

MAX_SATANG = 2_000_000_000  # 20 million baht: the columns are 32-bit integers
Satang = Annotated[int, Field(gt=0, le=MAX_SATANG, strict=True)]
Id = Annotated[int, Field(ge=1, le=2**31 - 1, strict=True)]
QueryId = Annotated[int, Field(ge=1, le=2**31 - 1)]  # from a query string
Reference = Annotated[Line, StringConstraints(min_length=1, max_length=100)]
Note = Annotated[CleanStr, StringConstraints(min_length=1, max_length=500)]
PayerName = Annotated[Line, StringConstraints(min_length=1, max_length=300)]
Reason = Annotated[CleanStr, StringConstraints(min_length=1, max_length=500)]


# --- requests -------------------------------------------------------------------------


class AllocationRequest(InputModel):
    invoice_id: Id
    amount_satang: Satang


class PaymentCreate(InputModel):
    house_id: Id
    amount_satang: Satang = Field(examples=[250000])
    method: PaymentMethod
    paid_on: Day = Field(description="When the money arrived; not after the village's today")
    reference: Reference | None = Field(None, description="A transfer or cheque reference")
    note: Note | None = Field(None, description="The office's note (not shown to residents)")
    payer_name: PayerName | None = Field(
        None,
        description="Printed on the receipt; default the house's primary contact, "
        "else 'บ้านเลขที่ {house_number}'",
    )
    allocations: list[AllocationRequest] | None = Field(
        None,
        max_length=100,
        description="Invoices of the house to pay, in order; omitted: oldest due first. "
        "What the allocations leave becomes the house's credit.",
    )


class ReasonBody(InputModel):
    reason: Reason


# --- responses ------------------------------------------------------------------------


class PaymentHouse(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    house_number: str


class PaymentPerson(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    full_name: str


class AllocationRead(BaseModel):
    id: int
    invoice_id: int
    invoice_number: str
    amount_satang: int
    allocated_on: date
    reversed_at: datetime | None = Field(description="Set when the payment was reversed")


class RequestedAllocation(BaseModel):
    invoice_id: int
    amount_satang: int


class ReceiptRef(BaseModel):
    id: int
    number: str
    void: bool


class PaymentRead(BaseModel):
    id: int
    house: PaymentHouse
    amount_satang: int
    method: PaymentMethod
    paid_on: date
    posting_date: date = Field(description="The books' date (paid_on unless its month is closed)")
    reference: str | None
    note: str | None = Field(description="The office's note; null for residents")
    payer_name: str
    status: PaymentStatus
    requested_allocations: list[RequestedAllocation] | None = Field(
        description="The invoices the recorder chose; null: oldest due first"
    )
    allocations: list[AllocationRead]
    allocated_satang: int = Field(description="On invoices now (active allocations)")
    credit_satang: int = Field(
        description="Of a confirmed payment: what is still the house's credit"
    )
    receipt: ReceiptRef | None
    receipt_number: str | None
    recorded_by: PaymentPerson | None
    confirmed_by: PaymentPerson | None
    confirmed_at: datetime | None
    reversed_by: PaymentPerson | None
    reversed_at: datetime | None
    reverse_reason: str | None
    created_at: datetime


class PaymentPage(Page[PaymentRead]):
    pass


PaymentSort = Literal[
    "paid_on", "-paid_on", "created_at", "-created_at", "amount_satang", "-amount_satang", "id",
    "-id",
]  # fmt: skip


class PaymentQuery(PageQuery):
    q: SearchText | None = Field(None, description="Reference, house number or payer name")
    status: PaymentStatus | None = None
    house_id: QueryId | None = None
    method: PaymentMethod | None = None
    from_: Day | None = Field(None, alias="from", description="paid_on on or after")
    to: Day | None = Field(None, description="paid_on on or before")
    sort: PaymentSort = Field("-paid_on", description="A field; prefix '-' for descending")


class ReceiptLineRead(BaseModel):
    invoice_id: int | None
    invoice_number: str | None
    month: str | None = Field(description="YYYY-MM, or null (an ad-hoc charge, the credit line)")
    description: str
    amount_satang: int


class ReceiptRead(BaseModel):
    id: int
    number: str = Field(examples=["RC2569-000045"])
    house: PaymentHouse
    payer_name: str
    amount_satang: int
    amount_in_words_th: str = Field(examples=["สองพันห้าร้อยบาทถ้วน"])
    issue_date: date
    method: PaymentMethod
    reference: str | None
    collector_name: str | None
    lines: list[ReceiptLineRead]
    void: bool
    void_reason: str | None
    voided_at: datetime | None
    payment_id: int
    print_count: int = Field(
        description="Downloads of its PDF; every one after the first is a copy"
    )
    created_at: datetime


class ReceiptPage(Page[ReceiptRead]):
    pass


ReceiptSort = Literal[
    "issue_date", "-issue_date", "number", "-number", "amount_satang", "-amount_satang",
]  # fmt: skip


class ReceiptQuery(PageQuery):
    q: SearchText | None = Field(None, description="Number, payer name, house number or reference")
    house_id: QueryId | None = None
    from_: Day | None = Field(None, alias="from", description="issue_date on or after")
    to: Day | None = Field(None, description="issue_date on or before")
    void: bool | None = None
    sort: ReceiptSort = Field("-issue_date", description="A field; prefix '-' for descending")
