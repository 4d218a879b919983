"""What happened to the books, by the books' date (one grouped query each): the flows
that the collections report and a closing snapshot are made of, so the two always agree.

Each returns {day: satang} for the days in [first, last] that have something, so a
month's figure is the sum of its days and no SQL dialect's date functions are needed.
PostgreSQL sums bigints as numeric (a Decimal): `int()` of it is exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, or_, select

from village import database
from village.credit_notes.enums import CreditNoteStatus
from village.credit_notes.models import CreditNote
from village.invoices.enums import InvoiceStatus
from village.invoices.models import Invoice
from village.payments.enums import RECEIVED_STATUSES, PaymentStatus
from village.payments.models import Allocation, Payment
from village.period_locks import guard

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
            Payment.status.in_(RECEIVED_STATUSES),
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


def month_flows(month: date) -> tuple[int, int, int]:
    """(billed, collected, credited) in satang for the month whose first day is `month`.

    billed = issued − voided in the month; collected = received (by posting date) −
    reversed in the month; credited = credit notes issued in the month. So a month's
    closing balance is the previous month's plus billed − collected − credited (the
    roll-forward the collections report and the period snapshots share).
    """
    last = guard.month_end(month)
    billed = total_in(invoiced(month, last), month, last) - total_in(
        voided(month, last), month, last
    )
    collected = total_in(received(month, last), month, last) - total_in(
        reversed_(month, last), month, last
    )
    return billed, collected, total_in(credited(month, last), month, last)


# --- allocations, for rolling the outstanding forward ----------------------------------
# The arrears core (`as_of`) counts an allocation on a day D when it is dated by D, its
# payment is posted by D and its invoice issued by D, and none of the three is undone
# by D (allocation or payment reversed, invoice voided). So each allocation counts over
# one interval of days [start, end): start = the latest of the three dates, end = the
# earliest undo date (none: still counting). Summing the starts and ends by day gives the
# change in what the invoices were paid, day by day, without an as-of query per day.


def _later(a: Any, b: Any) -> ColumnElement[Any]:
    """The later of two (non-null) date columns."""
    return case((b > a, b), else_=a)


def _earlier(a: Any, b: Any) -> ColumnElement[Any]:
    """The earlier of two dates, either of which may be null (never)."""
    return case((a.is_(None), b), (b.is_(None), a), (b < a, b), else_=a)


ALLOCATION_START = _later(_later(Allocation.allocated_on, Payment.posting_date), Invoice.issue_date)
ALLOCATION_END = _earlier(_earlier(Allocation.reversed_on, Payment.reversed_on), Invoice.voided_on)


def _allocations_by(day: ColumnElement[Any], first: date, last: date) -> ByDay:
    stmt: Select[Any] = (
        select(day, func.sum(Allocation.amount_satang))
        .join(Payment, Payment.id == Allocation.payment_id)
        .join(Invoice, Invoice.id == Allocation.invoice_id)
        .where(
            Payment.status.in_(RECEIVED_STATUSES),
            or_(ALLOCATION_END.is_(None), ALLOCATION_END > ALLOCATION_START),  # ever counted
            day >= first,
            day <= last,
        )
        .group_by(day)
    )
    return _by_day(stmt)


def allocations_started(first: date, last: date) -> ByDay:
    """Σ allocations that began to count each day (paid on invoices rises by these)."""
    return _allocations_by(ALLOCATION_START, first, last)


def allocations_ended(first: date, last: date) -> ByDay:
    """Σ allocations that stopped counting each day (reversed, or their payment reversed)."""
    return _allocations_by(ALLOCATION_END, first, last)


def outstanding_change(first: date, last: date) -> ByDay:
    """How much what the invoices owed changed each day from `first` to `last`:
    + issued − voided − allocations begun + allocations ended − credit notes.

    Added to the outstanding at the end of the day before `first` (one as-of query), it
    gives the outstanding at the end of any later day: the collections report's months.
    """
    change: ByDay = {}
    for sign, by_day in (
        (1, invoiced(first, last)),
        (-1, voided(first, last)),
        (-1, allocations_started(first, last)),
        (1, allocations_ended(first, last)),
        (-1, credited(first, last)),
    ):
        for day, amount in by_day.items():
            change[day] = change.get(day, 0) + sign * amount
    return change
