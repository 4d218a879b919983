"""Payments, allocations, receipts and payment slips (village.md, "Payments and receipts",
"Payment slips").

The ledger's rules as tables:
- an `Allocation` moves part of a confirmed payment onto an invoice of the same
  house; reversing the payment stamps its allocations `reversed_at` (never deletes);
- a house's **credit** is what its confirmed payments hold beyond their active
  allocations (invariant 2); it is applied to later invoices by new allocations
  from the same payments, so every satang stays traceable to the payment it came from;
- one `Receipt` per confirmed payment (`uq` on `payment_id`, invariant 3); a
  reversal voids it and keeps its number. `ReceiptLine`s are the months it paid,
  snapshotted at issue.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from village.database import Base, Satang, str_enum, utcnow
from village.houses.models import House
from village.invoices.models import Invoice
from village.payments.enums import PaymentMethod, PaymentStatus, SlipReason, SlipStatus
from village.users.models import User

__all__ = ["Allocation", "Payment", "PaymentSlip", "Receipt", "ReceiptLine"]


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = (
        Index("ix_payments_house_paid_on", "house_id", "paid_on"),
        Index("ix_payments_status_created", "status", "created_at"),
        CheckConstraint("amount_satang > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    house_id: Mapped[int] = mapped_column(ForeignKey("houses.id", ondelete="RESTRICT"))
    amount_satang: Mapped[Satang]
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod, "payment_method"))
    paid_on: Mapped[date]  # when the money arrived (the village's date)
    posting_date: Mapped[date]  # the books' date: paid_on, or the next open month's first day
    reference: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(String(500))
    payer_name: Mapped[str] = mapped_column(String(300))  # a snapshot for the receipt
    # The invoices the recorder chose, in order; null: oldest due first.
    requested_allocations: Mapped[list[dict[str, int]] | None] = mapped_column(JSON)
    status: Mapped[PaymentStatus] = mapped_column(
        str_enum(PaymentStatus, "payment_status"), default=PaymentStatus.PENDING
    )
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    confirmed_at: Mapped[datetime | None]
    reversed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reversed_at: Mapped[datetime | None]
    reversed_on: Mapped[date | None]  # the books' date of the reversal (the village's date)
    reverse_reason: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    house: Mapped[House] = relationship(lazy="joined")
    recorded_by: Mapped[User | None] = relationship(foreign_keys=[recorded_by_id], lazy="joined")


class Allocation(Base):
    __tablename__ = "allocations"
    __table_args__ = (
        Index("ix_allocations_payment", "payment_id"),
        Index("ix_allocations_invoice", "invoice_id"),
        Index("ix_allocations_house", "house_id"),
        CheckConstraint("amount_satang > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id", ondelete="RESTRICT"))
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"))
    house_id: Mapped[int] = mapped_column(ForeignKey("houses.id", ondelete="RESTRICT"))
    amount_satang: Mapped[Satang]
    allocated_on: Mapped[date]  # the books' date of the allocation
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    reversed_at: Mapped[datetime | None]
    reversed_on: Mapped[date | None]  # the books' date its payment was reversed

    invoice: Mapped[Invoice] = relationship(lazy="joined")


class Receipt(Base):
    __tablename__ = "receipts"
    __table_args__ = (Index("ix_receipts_house_issue", "house_id", "issue_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # RC2569-000045
    payment_id: Mapped[int] = mapped_column(
        ForeignKey("payments.id", ondelete="RESTRICT"), unique=True
    )
    house_id: Mapped[int] = mapped_column(ForeignKey("houses.id", ondelete="RESTRICT"))
    payer_name: Mapped[str] = mapped_column(String(300))
    amount_satang: Mapped[Satang]
    issue_date: Mapped[date]
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod, "payment_method"))
    reference: Mapped[str | None] = mapped_column(String(100))
    collector_name: Mapped[str | None] = mapped_column(String(300))  # who took the money
    print_count: Mapped[int] = mapped_column(default=0, server_default="0")  # reprints: สำเนา
    void: Mapped[bool] = mapped_column(default=False, server_default=false())
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    house: Mapped[House] = relationship(lazy="joined")
    lines: Mapped[list[ReceiptLine]] = relationship(
        order_by="ReceiptLine.position", lazy="selectin"
    )


class ReceiptLine(Base):
    """One thing a receipt paid: part or all of an invoice's month, or the credit left over."""

    __tablename__ = "receipt_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(
        ForeignKey("receipts.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int]
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"))
    invoice_number: Mapped[str | None] = mapped_column(String(20))
    month: Mapped[date | None]
    description: Mapped[str] = mapped_column(String(300))
    amount_satang: Mapped[Satang]


class PaymentSlip(Base):
    __tablename__ = "payment_slips"
    __table_args__ = (
        Index("ix_payment_slips_status_created", "status", "created_at"),
        Index("ix_payment_slips_house", "house_id"),
        CheckConstraint("amount_satang > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    house_id: Mapped[int] = mapped_column(ForeignKey("houses.id", ondelete="RESTRICT"))
    submitted_by_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    amount_satang: Mapped[Satang]
    transferred_at: Mapped[datetime]
    invoice_ids: Mapped[list[int] | None] = mapped_column(JSON)
    file_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("files.id", ondelete="RESTRICT"))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)  # duplicate-image check
    status: Mapped[SlipStatus] = mapped_column(
        str_enum(SlipStatus, "slip_status"), default=SlipStatus.SUBMITTED
    )
    reason_code: Mapped[SlipReason | None] = mapped_column(str_enum(SlipReason, "slip_reason"))
    review_note: Mapped[str | None] = mapped_column(String(500))
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id", ondelete="RESTRICT"))
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    house: Mapped[House] = relationship(lazy="joined")
    submitted_by: Mapped[User] = relationship(foreign_keys=[submitted_by_id], lazy="joined")
