"""Accounting periods (village.md, "Periods").

A month with no row is open. Closing a month writes (or updates) its row to
`closed` and appends a `PeriodSnapshot`; snapshots are never updated or deleted,
so a month reopened and closed again keeps every snapshot it ever had.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from village.database import Base, Satang, str_enum, utcnow
from village.period_locks.enums import PeriodStatus

__all__ = ["AccountingPeriod", "PeriodSnapshot", "PeriodStatus"]


class AccountingPeriod(Base):
    __tablename__ = "accounting_periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[date] = mapped_column(unique=True)  # the month's first day
    status: Mapped[PeriodStatus] = mapped_column(
        str_enum(PeriodStatus, "period_status"), default=PeriodStatus.OPEN
    )
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reopened_at: Mapped[datetime | None]
    reopened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reopen_reason: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PeriodSnapshot(Base):
    """The month's figures at the moment it was closed; append-only."""

    __tablename__ = "period_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[date] = mapped_column(index=True)  # the month's first day
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)
    taken_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    billed_satang: Mapped[Satang]
    collected_satang: Mapped[Satang]
    credited_satang: Mapped[Satang]  # credit notes issued in the month
    outstanding_satang: Mapped[Satang]  # Σ invoices' outstanding at the month's end
    credit_satang: Mapped[Satang]  # Σ houses' unused credit at the month's end
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)  # invoices, receipts, houses in arrears…
