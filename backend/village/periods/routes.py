"""HTTP endpoints of accounting periods: /api/v1/periods[/{YYYY-MM}], …/close, …/reopen."""

from __future__ import annotations

from typing import Any, cast

from apiflask import APIBlueprint

from village.enums import Permission
from village.finance.policies import require_office
from village.period_locks.models import PeriodSnapshot
from village.periods import service
from village.periods.schemas import (
    PeriodDetail,
    PeriodPage,
    PeriodQuery,
    PeriodRead,
    ReopenBody,
    SnapshotRead,
)
from village.security.actor import current_actor
from village.security.client import current_client
from village.security.permissions import current_principal, require
from village.users.models import User

bp = APIBlueprint("periods", __name__, url_prefix="/api/v1")
ONE = "/periods/<period>"
NOT_FOUND = {404: "Not a month (write YYYY-MM)"}


def _user() -> User:
    return cast(User, current_principal())


def _snapshot(snapshot: PeriodSnapshot) -> SnapshotRead:
    return SnapshotRead.model_validate(snapshot, from_attributes=True)


def _fields(view: service.PeriodView) -> dict[str, Any]:
    row = view.row

    def person(user_id: int | None) -> dict[str, Any] | None:
        return None if user_id is None else {"id": user_id, "full_name": view.names[user_id]}

    return {
        "period": view.period,
        "status": row.status if row else "open",
        "closed_at": row.closed_at if row else None,
        "closed_by": person(row.closed_by_id) if row else None,
        "reopened_at": row.reopened_at if row else None,
        "reopened_by": person(row.reopened_by_id) if row else None,
        "reopen_reason": row.reopen_reason if row else None,
        "snapshot": _snapshot(view.snapshots[0]) if view.snapshots else None,
    }


def _read(view: service.PeriodView) -> PeriodRead:
    return PeriodRead.model_validate(_fields(view))


def _detail(view: service.PeriodView) -> PeriodDetail:
    return PeriodDetail.model_validate(
        {**_fields(view), "snapshots": [_snapshot(s) for s in view.snapshots]}
    )


@bp.get("/periods")
@require(Permission.FINANCE_READ)
@bp.input(PeriodQuery, location="query", arg_name="query")
@bp.output(PeriodPage)
@bp.doc(responses={403: "The office's only"})
def list_periods(query: PeriodQuery) -> PeriodPage:
    """List the months that have documents or were ever closed, newest first, each open
    or closed with its latest snapshot."""
    require_office(current_actor())
    page = service.list_page(query)
    return PeriodPage(
        items=[_read(view) for view in page.items],
        total=page.total,
        page=page.page,
        per_page=page.per_page,
    )


@bp.get(ONE)
@require(Permission.FINANCE_READ)
@bp.output(PeriodDetail)
@bp.doc(responses={**NOT_FOUND, 403: "The office's only"})
def get_period(period: str) -> PeriodDetail:
    """Show one month (YYYY-MM): open or closed, who closed or reopened it, and every
    snapshot taken at its closings, newest first."""
    require_office(current_actor())
    return _detail(service.get(period))


@bp.post(f"{ONE}/close")
@require(Permission.FINANCE_APPROVE)
@bp.output(PeriodRead)
@bp.doc(
    responses={
        **NOT_FOUND,
        409: "Already closed (code already_closed), the month has not ended in the "
        "village's timezone (code period_not_ended), or money writes in flight did not "
        "finish within 10 s (code period_busy: try again)",
    }
)
def close_period(period: str) -> PeriodRead:
    """Close a month that has ended: no invoice, payment, allocation, void, credit note or
    reversal may be dated in it afterwards (409 period_closed), and a snapshot of its
    figures is kept."""
    return _read(service.close(actor=_user(), period=period, client=current_client()))


@bp.post(f"{ONE}/reopen")
@require(Permission.FINANCE_REOPEN)
@bp.input(ReopenBody, arg_name="body")
@bp.output(PeriodRead)
@bp.doc(responses={**NOT_FOUND, 409: "The month is not closed (code period_open)"})
def reopen_period(period: str, body: ReopenBody) -> PeriodRead:
    """Reopen a closed month, with a reason (super admins: finance:reopen). Its snapshots
    are kept; closing it again takes another."""
    return _read(
        service.reopen(actor=_user(), period=period, reason=body.reason, client=current_client())
    )
