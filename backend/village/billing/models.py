"""Billing runs (village.md, "Billing runs").

A run is computed as a **preview** (stored as JSON: per house the lines it would
bill, and the houses skipped with why), then **posted** (its invoices issued and
numbered in one transaction) or **discarded**. Posting re-checks every line
against what is billed by then; the database's unique index on invoice lines is
the final word (invariant 5), so two runs posted at once can never bill a
(house, fee item, month) twice.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from village.billing.enums import RunStatus
from village.database import Base, Satang, str_enum, utcnow

__all__ = ["BillingRun", "RunStatus"]


class BillingRun(Base):
    __tablename__ = "billing_runs"
    __table_args__ = (
        Index("ix_billing_runs_period", "period"),
        CheckConstraint("months IN (1, 3, 6, 12)", name="months_allowed"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[date]  # the first day of the first billed month
    months: Mapped[int]
    house_ids: Mapped[list[int] | None] = mapped_column(JSON)  # null: every billable house
    issue_date: Mapped[date]
    due_date: Mapped[date]
    status: Mapped[RunStatus] = mapped_column(
        str_enum(RunStatus, "billing_run_status"), default=RunStatus.PREVIEW
    )
    # [{"house_id", "house_number", "bill_to_name", "bill_to_user_id",
    #   "billed_to_developer", "lines": [{"fee_item_id", "month", "description",
    #   "quantity", "unit_satang", "amount_satang"}], "total_satang"}]
    preview: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    skipped: Mapped[list[dict[str, Any]]] = mapped_column(
        JSON
    )  # [{house_id, house_number, reason}]
    invoice_count: Mapped[int] = mapped_column(default=0, server_default="0")
    total_satang: Mapped[Satang] = mapped_column(default=0, server_default="0")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    posted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    posted_at: Mapped[datetime | None]
    discarded_at: Mapped[datetime | None]
