"""Credit notes (village.md, "Credit notes").

A note is created `pending_approval` with no number; approval by a different person
(maker–checker) issues it: it takes its `CN` number and `issue_date` (the books' date)
and adds its amount to the invoice's `credited_satang`. Nothing is edited after issue.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from village.credit_notes.enums import CreditNoteStatus
from village.database import Base, Satang, str_enum, utcnow
from village.houses.models import House
from village.invoices.models import Invoice

__all__ = ["CreditNote", "CreditNoteStatus"]


class CreditNote(Base):
    __tablename__ = "credit_notes"
    __table_args__ = (
        Index("ix_credit_notes_invoice", "invoice_id"),
        Index("ix_credit_notes_house_issue", "house_id", "issue_date"),
        Index("ix_credit_notes_status_created", "status", "created_at"),
        CheckConstraint("amount_satang > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(20), unique=True)  # CN2569-000002
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"))
    house_id: Mapped[int] = mapped_column(ForeignKey("houses.id", ondelete="RESTRICT"))
    amount_satang: Mapped[Satang]
    reason: Mapped[str] = mapped_column(String(500))
    status: Mapped[CreditNoteStatus] = mapped_column(
        str_enum(CreditNoteStatus, "credit_note_status"),
        default=CreditNoteStatus.PENDING_APPROVAL,
    )
    issue_date: Mapped[date | None]  # the books' date, set on approval
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None]
    reject_reason: Mapped[str | None] = mapped_column(String(500))

    invoice: Mapped[Invoice] = relationship(lazy="joined")
    house: Mapped[House] = relationship(lazy="joined")
