"""The period guard: every path that writes money asks it first (invariant 7).

Callers pass business dates (the village's local dates); this module never decides
what "today" is. Reads one indexed row per month asked about.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from village import database
from village.errors import Conflict
from village.period_locks.enums import PeriodStatus
from village.period_locks.models import AccountingPeriod

__all__ = ["closed_months", "is_closed", "month_of", "posting_date", "require_open"]


def month_of(day: date) -> date:
    """The first day of `day`'s month: how a period is stored."""
    return day.replace(day=1)


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


def require_open(*days: date, what: str) -> None:
    """Refuse a write dated in a closed month.

    `what` names the write for the message ("an invoice dated", "a void on").
    Raises Conflict(code="period_closed") naming the month (YYYY-MM).
    """
    for day in days:
        if is_closed(day):
            raise Conflict(
                f"{what} {day.isoformat()} falls in {month_of(day):%Y-%m}, which is closed.",
                code="period_closed",
            )


def posting_date(day: date) -> date:
    """`day` when its month is open; otherwise the first day of the first open month
    after it (village.md: "a payment received in a closed month is posted on the first
    day of the next open month")."""
    closed = set(closed_months(day))
    if month_of(day) not in closed:
        return day
    month = _next_month(month_of(day))
    while month in closed:
        month = _next_month(month)
    return month
