"""Invoices and their lines (village.md, "Invoices").

An invoice is issued with its number (INV{fiscal year B.E.}-NNNNNN) and never
edited: `paid_satang` and `credited_satang` are kept by the ledger (allocations
and credit notes) in the transaction that changes them, and `status` follows
from the amounts. A line bills one fee item for one month; the partial unique
index `uq_invoice_lines_billed_month` makes "(house, fee item, month) billed at
most once" a database rule (invariant 5): voiding an invoice marks its lines
void, which frees those months to be billed again.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from village.database import Base, Satang, str_enum, utcnow
from village.finance.models import FeeItem
from village.houses.models import House
from village.invoices.enums import InvoiceStatus

__all__ = ["Invoice", "InvoiceLine", "InvoiceStatus"]


class Invoice(Base):
    __tablename__ = "invoices"
    __table_args__ = (
        Index("ix_invoices_house_issue", "house_id", "issue_date"),
        Index("ix_invoices_status_due", "status", "due_date"),
        Index("ix_invoices_issue_date", "issue_date"),
        CheckConstraint("total_satang >= 0", name="total_positive"),
        CheckConstraint("paid_satang >= 0 AND credited_satang >= 0", name="settled_positive"),
        CheckConstraint("paid_satang + credited_satang <= total_satang", name="not_overpaid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # INV2569-000123
    house_id: Mapped[int] = mapped_column(ForeignKey("houses.id", ondelete="RESTRICT"))
    bill_to_name: Mapped[str] = mapped_column(String(300))  # a snapshot at issue
    bill_to_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    billed_to_developer: Mapped[bool] = mapped_column(default=False, server_default=false())
    issue_date: Mapped[date]
    due_date: Mapped[date]
    total_satang: Mapped[Satang]
    paid_satang: Mapped[Satang] = mapped_column(default=0, server_default="0")
    credited_satang: Mapped[Satang] = mapped_column(default=0, server_default="0")
    status: Mapped[InvoiceStatus] = mapped_column(
        str_enum(InvoiceStatus, "invoice_status"), default=InvoiceStatus.ISSUED
    )
    billing_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("billing_runs.id", ondelete="RESTRICT"), index=True
    )
    note: Mapped[str | None] = mapped_column(String(500))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    voided_at: Mapped[datetime | None]
    voided_on: Mapped[date | None]  # the books' date of the void (the village's date)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    void_reason: Mapped[str | None] = mapped_column(String(500))

    house: Mapped[House] = relationship(lazy="joined")
    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice",
        foreign_keys="InvoiceLine.invoice_id",
        order_by="InvoiceLine.position",
        lazy="selectin",
    )

    @property
    def outstanding_satang(self) -> int:
        if self.status is InvoiceStatus.VOID:
            return 0
        return self.total_satang - self.paid_satang - self.credited_satang


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"
    __table_args__ = (
        # Invariant 5: a (house, fee item, month) is on at most one non-void line.
        Index(
            "uq_invoice_lines_billed_month",
            "house_id",
            "fee_item_id",
            "month",
            unique=True,
            sqlite_where=text("NOT void AND month IS NOT NULL AND source_invoice_id IS NULL"),
            postgresql_where=text("NOT void AND month IS NOT NULL AND source_invoice_id IS NULL"),
        ),
        # The surcharge: a source invoice is levied at most once a month (village.md,
        # "Surcharge"); voiding the line's invoice frees it.
        Index(
            "uq_invoice_lines_late_fee_once",
            "source_invoice_id",
            "month",
            unique=True,
            sqlite_where=text("NOT void AND source_invoice_id IS NOT NULL"),
            postgresql_where=text("NOT void AND source_invoice_id IS NOT NULL"),
        ),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("amount_satang >= 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int]  # 0, 1, ...: payments fill lines in this order (oldest month first)
    house_id: Mapped[int] = mapped_column(ForeignKey("houses.id", ondelete="RESTRICT"))
    fee_item_id: Mapped[int | None] = mapped_column(ForeignKey("fee_items.id", ondelete="RESTRICT"))
    month: Mapped[date | None]  # the first day of the billed month; null: not a monthly charge
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(default=1)
    unit_satang: Mapped[Satang]
    amount_satang: Mapped[Satang]
    # A surcharge (LATE_FEE) line names the invoice it is levied on (issue 14).
    source_invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoices.id", ondelete="RESTRICT")
    )
    void: Mapped[bool] = mapped_column(default=False, server_default=false())

    invoice: Mapped[Invoice] = relationship(back_populates="lines", foreign_keys=[invoice_id])
    fee_item: Mapped[FeeItem | None] = relationship(lazy="joined")
