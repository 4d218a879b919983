"""Request and response models of accounting periods (village.md, "Periods")."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from village.pagination import Page, PageQuery
from village.period_locks.enums import PeriodStatus
from village.validation import InputModel, Period, Reason


class PeriodQuery(PageQuery):
    year: int | None = Field(None, ge=1900, le=2399, description="Only this year's months (C.E.)")


class ReopenBody(InputModel):
    reason: Reason


class PeriodPerson(BaseModel):
    id: int
    full_name: str


class SnapshotCounts(BaseModel):
    invoices: int = Field(description="Invoices issued in the month (not void at its end)")
    receipts: int = Field(description="Receipts of payments posted in the month")
    credit_notes: int = Field(description="Credit notes issued in the month")
    houses_in_arrears: int = Field(description="Houses owing past a due date at the month's end")


class SnapshotRead(BaseModel):
    taken_at: datetime
    billed_satang: int = Field(description="Σ invoices issued in the month")
    collected_satang: int = Field(description="Σ payments posted in the month")
    credited_satang: int = Field(description="Σ credit notes issued in the month")
    outstanding_satang: int = Field(description="Σ invoices' outstanding at the month's end")
    credit_satang: int = Field(description="Σ houses' unused credit at the month's end")
    counts: SnapshotCounts


class PeriodRead(BaseModel):
    period: Period = Field(description="The month, YYYY-MM")
    status: PeriodStatus
    closed_at: datetime | None
    closed_by: PeriodPerson | None
    reopened_at: datetime | None
    reopened_by: PeriodPerson | None
    reopen_reason: str | None
    snapshot: SnapshotRead | None = Field(description="The latest snapshot, taken at closing")


class PeriodDetail(PeriodRead):
    snapshots: list[SnapshotRead] = Field(description="Every snapshot ever taken, newest first")


class PeriodPage(Page[PeriodRead]):
    pass
