"""The ledger as of a date, as SQL (SQLite and PostgreSQL alike).

What counts on a day D (every date is a books' date, the village's):
- an invoice exists when `issue_date <= D` and it is not void by then (`voided_on`);
- a payment holds money when it was confirmed (still, or reversed since), its
  `posting_date <= D`, and it is not reversed by then (`reversed_on`);
- an allocation moves money when it is dated `allocated_on <= D`, not reversed by
  then, and both its payment and its invoice count on D (a payment back-dated onto
  an invoice issued later moves money from the later of the two dates);
- a credit note reduces its invoice when issued with `issue_date <= D`.

Then, per invoice, outstanding = total − allocations − credit notes, and per house,
credit = payments − allocations. Both sides use the same allocations, so a house's
balance (outstanding − credit) is what its statement says on D, to the satang, and for
D = today these are the kept columns `houses.outstanding_satang` / `credit_satang`.
Nothing here loads rows into Python: callers add their own filters and aggregates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, Select, Subquery, and_, func, or_, select, true
from sqlalchemy.orm import QueryableAttribute

from village.credit_notes.models import CreditNote, CreditNoteStatus
from village.invoices.models import Invoice
from village.payments.enums import RECEIVED_STATUSES
from village.payments.models import Allocation, Payment

# Only these houses (a short list: a house's letter, a certificate); None: every house.
Houses = Sequence[int] | None


def not_undone(column: QueryableAttribute[date | None], day: date) -> ColumnElement[bool]:
    """A void or reversal date `column` that has not happened by `day`."""
    return or_(column.is_(None), column > day)


def invoice_counts(day: date) -> ColumnElement[bool]:
    """The invoice exists on `day`: issued by then, not void by then."""
    return and_(Invoice.issue_date <= day, not_undone(Invoice.voided_on, day))


def payment_counts(day: date) -> ColumnElement[bool]:
    """The payment holds money on `day`: confirmed, posted by then, not reversed by then."""
    return and_(
        Payment.status.in_(RECEIVED_STATUSES),
        Payment.posting_date <= day,
        not_undone(Payment.reversed_on, day),
    )


def allocations(day: date, houses: Houses = None) -> Select[int, int, int, int]:
    """Allocations that move money on `day`: (invoice_id, payment_id, house_id, amount)."""
    stmt = (
        select(
            Allocation.invoice_id,
            Allocation.payment_id,
            Allocation.house_id,
            Allocation.amount_satang,
        )
        .join(Payment, Payment.id == Allocation.payment_id)
        .join(Invoice, Invoice.id == Allocation.invoice_id)
        .where(
            Allocation.allocated_on <= day,
            not_undone(Allocation.reversed_on, day),
            payment_counts(day),
            invoice_counts(day),
        )
    )
    return stmt if houses is None else stmt.where(Allocation.house_id.in_(houses))


def paid_by_invoice(day: date, houses: Houses = None) -> Subquery:
    """Σ allocations per invoice on `day`: (invoice_id, satang)."""
    moved = allocations(day, houses).subquery()
    return (
        select(moved.c.invoice_id, func.sum(moved.c.amount_satang).label("satang"))
        .group_by(moved.c.invoice_id)
        .subquery()
    )


def credited_by_invoice(day: date, houses: Houses = None) -> Subquery:
    """Σ issued credit notes per invoice on `day`: (invoice_id, satang)."""
    stmt = select(CreditNote.invoice_id, func.sum(CreditNote.amount_satang).label("satang"))
    stmt = stmt.where(CreditNote.status == CreditNoteStatus.ISSUED, CreditNote.issue_date <= day)
    if houses is not None:
        stmt = stmt.where(CreditNote.house_id.in_(houses))
    return stmt.group_by(CreditNote.invoice_id).subquery()


def invoices(day: date, houses: Houses = None) -> Subquery:
    """Every invoice that exists on `day` (of `houses`, default all) with what it owed
    then: (invoice_id, house_id, issue_date, due_date, total_satang, settled_satang,
    outstanding_satang)."""
    paid, credited = paid_by_invoice(day, houses), credited_by_invoice(day, houses)
    settled = func.coalesce(paid.c.satang, 0) + func.coalesce(credited.c.satang, 0)
    return (
        select(
            Invoice.id.label("invoice_id"),
            Invoice.house_id,
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.total_satang,
            settled.label("settled_satang"),
            (Invoice.total_satang - settled).label("outstanding_satang"),
        )
        .outerjoin(paid, paid.c.invoice_id == Invoice.id)
        .outerjoin(credited, credited.c.invoice_id == Invoice.id)
        .where(invoice_counts(day), true() if houses is None else Invoice.house_id.in_(houses))
        .subquery()
    )


def credit_by_house(day: date, houses: Houses = None) -> Subquery:
    """Each house's unused credit on `day`: Σ payments − Σ their allocations,
    (house_id, satang), for houses with a payment that counts."""
    received = (
        select(Payment.house_id, func.sum(Payment.amount_satang).label("satang"))
        .where(payment_counts(day), true() if houses is None else Payment.house_id.in_(houses))
        .group_by(Payment.house_id)
        .subquery()
    )
    moved = allocations(day, houses).subquery()
    used = (
        select(moved.c.house_id, func.sum(moved.c.amount_satang).label("satang"))
        .group_by(moved.c.house_id)
        .subquery()
    )
    return (
        select(
            received.c.house_id,
            (received.c.satang - func.coalesce(used.c.satang, 0)).label("satang"),
        )
        .outerjoin(used, used.c.house_id == received.c.house_id)
        .subquery()
    )
