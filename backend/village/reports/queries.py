"""The sums the reports are made of, by the books' date (one grouped query each).

Each returns {day: satang} for the days in [first, last] that have something, so a
month's figure is the sum of its days and no SQL dialect's date functions are needed.
PostgreSQL sums bigints as numeric (a Decimal): `int()` of it is exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select

from village import database
from village.credit_notes.enums import CreditNoteStatus
from village.credit_notes.models import CreditNote
from village.invoices.enums import InvoiceStatus
from village.invoices.models import Invoice
from village.payments.enums import PaymentStatus
from village.payments.models import Payment

# Payments that were money in: confirmed ones, and reversed ones (confirmed, then undone).
RECEIVED = (PaymentStatus.CONFIRMED.value, PaymentStatus.REVERSED.value)
ByDay = dict[date, int]


def _by_day(stmt: Select[Any]) -> ByDay:
    return {day: int(total or 0) for day, total in database.session().execute(stmt)}


def _sum_by(day: Any, amount: Any, first: date, last: date, *where: Any) -> Select[Any]:
    return select(day, func.sum(amount)).where(day >= first, day <= last, *where).group_by(day)


def invoiced(first: date, last: date) -> ByDay:
    """The totals of the invoices issued each day (void ones too: they were issued)."""
    return _by_day(_sum_by(Invoice.issue_date, Invoice.total_satang, first, last))


def voided(first: date, last: date) -> ByDay:
    """The totals of the invoices voided each day (by the void's books' date)."""
    return _by_day(
        _sum_by(
            Invoice.voided_on,
            Invoice.total_satang,
            first,
            last,
            Invoice.status == InvoiceStatus.VOID,
        )
    )


def received(first: date, last: date) -> ByDay:
    """The payments confirmed, by posting date (reversed ones too: they came in)."""
    return _by_day(
        _sum_by(
            Payment.posting_date,
            Payment.amount_satang,
            first,
            last,
            Payment.status.in_(RECEIVED),
        )
    )


def reversed_(first: date, last: date) -> ByDay:
    """The payments reversed, by the reversal's books' date."""
    return _by_day(
        _sum_by(
            Payment.reversed_on,
            Payment.amount_satang,
            first,
            last,
            Payment.status == PaymentStatus.REVERSED,
        )
    )


def credited(first: date, last: date) -> ByDay:
    """The credit notes issued each day."""
    return _by_day(
        _sum_by(
            CreditNote.issue_date,
            CreditNote.amount_satang,
            first,
            last,
            CreditNote.status == CreditNoteStatus.ISSUED,
        )
    )


def total_in(by_day: ByDay, first: date, last: date) -> int:
    """The sum of the days of `by_day` from `first` to `last`, both included."""
    return sum(amount for day, amount in by_day.items() if first <= day <= last)


def months_between(first: date, last: date) -> Sequence[date]:
    """The first days of the months from `first`'s to `last`'s, both included."""
    months, month = [], first.replace(day=1)
    while month <= last:
        months.append(month)
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return months
