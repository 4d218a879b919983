"""Reading what a statement lists: a house's invoices and money received, and their
document numbers."""

from __future__ import annotations

from sqlalchemy import select

from village import database
from village.credit_notes.enums import CreditNoteStatus
from village.credit_notes.models import CreditNote
from village.invoices.models import Invoice
from village.payments.enums import RECEIVED_STATUSES
from village.payments.models import Payment, Receipt


def invoices_of(house_id: int) -> list[Invoice]:
    """Every invoice of the house, void ones too (their lines loaded)."""
    stmt = select(Invoice).where(Invoice.house_id == house_id).order_by(Invoice.id)
    return list(database.session().scalars(stmt).unique())


def payments_of(house_id: int) -> list[Payment]:
    """The house's payments that were ever confirmed (confirmed or reversed since)."""
    stmt = (
        select(Payment)
        .where(Payment.house_id == house_id, Payment.status.in_(RECEIVED_STATUSES))
        .order_by(Payment.id)
    )
    return list(database.session().scalars(stmt).unique())


def receipt_numbers(payment_ids: list[int]) -> dict[int, str]:
    """The receipt number of each of these payments, by payment id."""
    if not payment_ids:
        return {}
    rows = database.session().execute(
        select(Receipt.payment_id, Receipt.number).where(Receipt.payment_id.in_(payment_ids))
    )
    return {row[0]: row[1] for row in rows}


def credit_notes_of(house_id: int) -> list[CreditNote]:
    """The house's issued credit notes (pending and rejected ones moved nothing)."""
    stmt = (
        select(CreditNote)
        .where(CreditNote.house_id == house_id, CreditNote.status == CreditNoteStatus.ISSUED)
        .order_by(CreditNote.id)
    )
    return list(database.session().scalars(stmt).unique())
