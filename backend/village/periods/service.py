"""Closing and reopening a month (village.md, "Periods"; invariant 7).

Closing freezes the month: from then on `period_locks.guard` refuses every write dated
in it, and a snapshot of its figures (`queries.figures`) is appended; snapshots are
never changed, so a month reopened and closed again keeps each one it ever had. A
month may be closed only once it has ended in the village's timezone, in any order.
Reopening needs `finance:reopen` and a reason. Both are audited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.database import utcnow
from village.errors import Conflict, NotFound
from village.pagination import PageOf
from village.period_locks import guard
from village.period_locks.enums import PeriodStatus
from village.period_locks.models import AccountingPeriod, PeriodSnapshot
from village.periods import queries
from village.periods.schemas import PeriodQuery
from village.profile import service as profile
from village.security.client import Client
from village.users.models import User
from village.validation import format_period

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class PeriodView:
    """A month as the API shows it: its row (None: never closed, so open) and snapshots."""

    period: date
    row: AccountingPeriod | None
    snapshots: list[PeriodSnapshot]
    names: dict[int, str]


def parse(text: str) -> date:
    """`YYYY-MM` as the month's first day; any other text names no period (404)."""
    found = MONTH.match(text)
    if found is None or not 1900 <= int(found[1]) <= 2399:
        raise NotFound(f"No period {text!r}: write a month as YYYY-MM, e.g. 2026-11.")
    return date(int(found[1]), int(found[2]), 1)


def _views(periods: list[date]) -> list[PeriodView]:
    rows = queries.rows(periods)
    snapshots = queries.snapshots(periods)
    people = [r.closed_by_id for r in rows.values()] + [r.reopened_by_id for r in rows.values()]
    names = queries.names(people)
    return [PeriodView(month, rows.get(month), snapshots[month], names) for month in periods]


def list_page(query: PeriodQuery) -> PageOf[PeriodView]:
    """Every month with a row, an invoice or a payment, newest first."""
    months = queries.months(query.year)
    start = (query.page - 1) * query.per_page
    return PageOf(
        _views(months[start : start + query.per_page]), len(months), query.page, query.per_page
    )


def get(period: str) -> PeriodView:
    """One month (any month: one never closed is open), with every snapshot."""
    (view,) = _views([parse(period)])
    return view


def close(*, actor: User, period: str, client: Client) -> PeriodView:
    """Close a month that has ended: refuse writes dated in it and snapshot its figures.

    409 `period_not_ended` while the month is current or to come; 409 `already_closed`.
    """
    month = parse(period)
    today = profile.today()
    if guard.month_end(month) >= today:
        raise Conflict(
            f"{format_period(month)} has not ended yet (today is {today.isoformat()} in the "
            "village): a month can be closed from its next month on.",
            code="period_not_ended",
        )
    guard.lock_for_closing()  # the writes in flight commit first, new ones wait for this
    row = _row_locked(month)
    if row.status is PeriodStatus.CLOSED:
        raise Conflict(f"{format_period(month)} is already closed.", code="already_closed")
    figures = queries.figures(month)
    row.status = PeriodStatus.CLOSED
    row.closed_at = utcnow()
    row.closed_by_id = actor.id
    database.session().add(PeriodSnapshot(period=month, taken_by_id=actor.id, **figures))
    database.session().flush()
    _audit(AuditAction.PERIOD_CLOSED, actor, row, client, figures)
    return get(period)


def reopen(*, actor: User, period: str, reason: str, client: Client) -> PeriodView:
    """Reopen a closed month (`finance:reopen`), with a reason. 409 `period_open` when it
    is not closed. Its snapshots stay; closing it again appends another."""
    month = parse(period)
    row = queries.row(month, lock=True)
    if row is None or row.status is not PeriodStatus.CLOSED:
        raise Conflict(f"{format_period(month)} is not closed.", code="period_open")
    row.status = PeriodStatus.OPEN
    row.reopened_at = utcnow()
    row.reopened_by_id = actor.id
    row.reopen_reason = reason
    database.session().flush()
    _audit(AuditAction.PERIOD_REOPENED, actor, row, client, {"reason": reason})
    return get(period)


def _row_locked(month: date) -> AccountingPeriod:
    """The month's row, locked; made (open) first when there is none. Two closings at once
    make one row: the second waits for the first, then finds it closed."""
    found = queries.row(month, lock=True)
    if found is not None:
        return found
    session = database.session()
    try:
        with session.begin_nested():
            session.add(AccountingPeriod(period=month, status=PeriodStatus.OPEN))
    except IntegrityError:
        pass  # made meanwhile by a concurrent request
    found = queries.row(month, lock=True)
    assert found is not None  # noqa: S101 - made above, or by the request that won
    return found


def _audit(
    action: AuditAction, actor: User, row: AccountingPeriod, client: Client, details: dict[str, Any]
) -> None:
    audit.record(
        action,
        actor=actor,
        target_type="period",
        target_id=row.id,
        target_name=format_period(row.period),
        client=client,
        details={"period": format_period(row.period), **details},
    )
