"""Request and response models of the reports (village.md, "Statement, arrears and
certificates", "What residents see")."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from village.validation import Day, InputModel, Line, Period

Format = Literal["json", "csv", "xlsx"]
Bucket = Literal["current", "1_30", "31_60", "61_90", "91_180", "over_180"]
RATE = "A decimal string with four places (collected / billed), or null when nothing was billed"


# ---- queries -------------------------------------------------------------------------


class ArrearsQuery(InputModel):
    as_of: Day | None = Field(None, description="YYYY-MM-DD; default: the village's today")
    zone: Line | None = Field(None, max_length=50, description="Only the houses of this zone")
    bucket: Bucket | None = Field(None, description="Only houses with something in this bucket")
    eligible: Literal["suspension", "land_office"] | None = Field(
        None, description="Only houses past this threshold of months in arrears"
    )
    format: Format = Field("json", description="csv or xlsx: the same rows and totals as a file")


class CollectionsQuery(InputModel):
    from_month: Period | None = Field(
        None, alias="from", description="YYYY-MM; default: eleven months before `to`"
    )
    to_month: Period | None = Field(None, alias="to", description="YYYY-MM; default: this month")
    format: Format = Field("json", description="csv or xlsx: the same months and totals")


class RegisterQuery(InputModel):
    period: Period | None = Field(None, description="YYYY-MM; default: this month")
    format: Format = Field("xlsx", description="xlsx (default, for the auditor), csv or json")


# ---- arrears -------------------------------------------------------------------------


class Buckets(BaseModel):
    current: int
    days_1_30: int = Field(alias="1_30")
    days_31_60: int = Field(alias="31_60")
    days_61_90: int = Field(alias="61_90")
    days_91_180: int = Field(alias="91_180")
    over_180: int


class ArrearsRowRead(BaseModel):
    house_id: int
    house_number: str
    zone: str | None
    owner_name: str | None
    outstanding_satang: int
    credit_satang: int
    balance_satang: int
    buckets: Buckets
    months_in_arrears: int
    unpaid_months: list[str]
    oldest_due_date: date | None
    suspension_eligible: bool
    land_office_eligible: bool
    prescription_risk: bool


class Thresholds(BaseModel):
    suspension_months: int
    land_office_months: int


class ArrearsTotalsRead(BaseModel):
    outstanding_satang: int
    credit_satang: int
    balance_satang: int
    buckets: Buckets
    houses: int
    suspension_eligible: int
    land_office_eligible: int
    prescription_risk: int


class BucketSum(BaseModel):
    bucket: Bucket
    houses: int
    satang: int


class ArrearsReport(BaseModel):
    as_of: date
    thresholds: Thresholds
    items: list[ArrearsRowRead]
    totals: ArrearsTotalsRead
    by_bucket: list[BucketSum]


# ---- collections ---------------------------------------------------------------------


class CollectionsFigures(BaseModel):
    billed_satang: int = Field(description="Invoices issued in the month − invoices voided in it")
    collected_satang: int = Field(
        description="Payments confirmed (by posting date) − payments reversed in the month"
    )
    credited_satang: int = Field(description="Credit notes issued in the month")
    outstanding_satang: int = Field(description="What the invoices still owed at the month's end")
    collection_rate: str | None = Field(description=RATE, examples=["0.9525"])


class CollectionsMonth(CollectionsFigures):
    period: Period


class CollectionsReport(BaseModel):
    items: list[CollectionsMonth]
    totals: CollectionsFigures = Field(
        description="Sums of the months; outstanding is the last month's"
    )


# ---- registers -----------------------------------------------------------------------


class RegisterHouse(BaseModel):
    id: int
    house_number: str


class RegisterTotals(BaseModel):
    count: int = Field(description="Documents issued in the month, void ones included")
    total_satang: int
    void_count: int
    void_satang: int
    net_satang: int = Field(description="total − void")


class InvoiceRegisterRow(BaseModel):
    number: str
    issue_date: date
    due_date: date
    house: RegisterHouse
    bill_to_name: str
    total_satang: int
    status: str
    void: bool
    voided_on: date | None
    void_reason: str | None


class ReceiptRegisterRow(BaseModel):
    number: str
    issue_date: date
    house: RegisterHouse
    payer_name: str
    method: str
    reference: str | None
    collector_name: str | None
    invoice_numbers: list[str]
    amount_satang: int
    void: bool
    voided_on: date | None = Field(description="The day its payment was reversed")
    void_reason: str | None


class InvoiceRegister(BaseModel):
    period: Period
    items: list[InvoiceRegisterRow]
    totals: RegisterTotals


class ReceiptRegister(BaseModel):
    period: Period
    items: list[ReceiptRegisterRow]
    totals: RegisterTotals


# ---- overview and the residents' summary -----------------------------------------------


class RequestAges(BaseModel):
    days_0_2: int = Field(alias="0_2")
    days_3_7: int = Field(alias="3_7")
    days_8_30: int = Field(alias="8_30")
    over_30: int


class Overview(BaseModel):
    today: date
    billed_this_month_satang: int
    collected_this_month_satang: int
    outstanding_satang: int
    houses_past_suspension: int
    houses_past_land_office: int
    slips_waiting: int
    oldest_slip_waiting_since: datetime | None
    service_requests_open_by_age: RequestAges
    credit_notes_pending: int
    payments_pending: int


class FinanceSummary(BaseModel):
    period: Period = Field(description="The last closed month, or this month when none is")
    billed_satang: int
    collected_satang: int
    collection_rate: str | None = Field(description=RATE)
    houses_in_arrears: int = Field(description="How many houses owe something past due")
    houses: int = Field(description="How many houses the village has")
