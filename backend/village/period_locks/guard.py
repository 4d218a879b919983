"""The period guard: every path that writes money asks it first (invariant 7).

Callers pass business dates (the village's local dates); this module never decides
what "today" is. A date is locked when its month, or any later month, is closed: a
closed month's snapshot holds the balances at its end, which any write dated on or
before that end would change, so months may close in any order and the lock still
reaches back. One indexed query per date asked about.

On PostgreSQL a write that asks the guard holds the periods table in SHARE mode until
it commits, and closing a month takes it in EXCLUSIVE mode (`lock_for_closing`): a
close waits for the writes that already passed the guard, and a write that asks during
a close waits for it and then sees the month closed — never a write dated in a month
whose snapshot was taken without it. (SQLite has one writer at a time anyway.)
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from village import database
from village.errors import Conflict
from village.period_locks.enums import PeriodStatus
from village.period_locks.models import AccountingPeriod

__all__ = [
    "closed_months",
    "closed_through",
    "is_closed",
    "is_locked",
    "lock_for_closing",
    "month_of",
    "posting_date",
    "require_open",
]


def month_of(day: date) -> date:
    """The first day of `day`'s month: how a period is stored."""
    return day.replace(day=1)


def month_end(day: date) -> date:
    """The last day of `day`'s month."""
    return date.fromordinal(_next_month(month_of(day)).toordinal() - 1)


def _next_month(month: date) -> date:
    return date(month.year + (month.month == 12), month.month % 12 + 1, 1)


def closed_months(from_month: date | None = None) -> list[date]:
    """The closed months (first days), ascending, optionally from `from_month` on."""
    query = select(AccountingPeriod.period).where(AccountingPeriod.status == PeriodStatus.CLOSED)
    if from_month is not None:
        query = query.where(AccountingPeriod.period >= month_of(from_month))
    return list(database.session().scalars(query.order_by(AccountingPeriod.period)))


def is_closed(day: date) -> bool:
    """Whether the month of `day` is closed."""
    status = database.session().scalar(
        select(AccountingPeriod.status).where(AccountingPeriod.period == month_of(day))
    )
    return status is PeriodStatus.CLOSED


# How long a close waits for the writes in flight before it gives up (409 period_busy).
CLOSE_LOCK_TIMEOUT_MS = 10_000


def _on_postgresql() -> bool:
    return database.session().get_bind().dialect.name == "postgresql"


def _hold_for_writing() -> None:
    if _on_postgresql():
        database.session().execute(text("LOCK TABLE accounting_periods IN SHARE MODE"))


def lock_for_closing() -> None:
    """Before closing a month: wait for the money writes in flight to commit and keep new
    ones out until this transaction ends. Conflict(code="period_busy") after
    CLOSE_LOCK_TIMEOUT_MS (the caller may try again)."""
    if not _on_postgresql():
        return
    session = database.session()
    session.execute(text(f"SET LOCAL lock_timeout = {int(CLOSE_LOCK_TIMEOUT_MS)}"))
    try:
        session.execute(text("LOCK TABLE accounting_periods IN EXCLUSIVE MODE"))
    except OperationalError:
        raise Conflict(
            "Payments or invoices are being written right now; close the month again in a moment.",
            code="period_busy",
        ) from None
    session.execute(text("SET LOCAL lock_timeout = DEFAULT"))


def closed_through(day: date) -> date | None:
    """The latest closed month (first day) at or after `day`'s month, if any: `day` is
    locked when there is one, since a write dated on it would change that month's
    closing balances (its snapshot; invariant 4), whatever the order months closed in."""
    return database.session().scalar(
        select(func.max(AccountingPeriod.period)).where(
            AccountingPeriod.status == PeriodStatus.CLOSED,
            AccountingPeriod.period >= month_of(day),
        )
    )


def is_locked(day: date) -> bool:
    """Whether a write dated `day` is refused: its month, or a later one, is closed."""
    return closed_through(day) is not None


def require_open(*days: date, what: str) -> None:
    """Refuse a write dated in a closed month, or before the end of a closed month.

    `what` names the write for the message ("an invoice dated", "a void on").
    Raises Conflict(code="period_closed") naming the closed month (YYYY-MM).
    """
    _hold_for_writing()
    for day in days:
        closed = closed_through(day)
        if closed is None:
            continue
        if closed == month_of(day):
            detail = f"{what} {day.isoformat()} falls in {closed:%Y-%m}, which is closed."
        else:
            detail = (
                f"{what} {day.isoformat()} is before the end of {closed:%Y-%m}, which is "
                "closed: nothing may be dated on or before a closed month's last day."
            )
        raise Conflict(detail, code="period_closed")


def posting_date(day: date) -> date:
    """`day` when it is not locked; otherwise the first day of the month after the latest
    closed month at or after it (village.md: "a payment received in a closed month is
    posted on the first day of the next open month"). Closing needs a month to have
    ended, so this is never after the village's today."""
    _hold_for_writing()
    closed = closed_through(day)
    return day if closed is None else _next_month(closed)
