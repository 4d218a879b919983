"""Audited events: the audit row, the log line and the metric, recorded together.

`record` writes the row in the same transaction as the change it describes
(it commits or rolls back with it), logs one line (`"event": <action>`, the
actor's and target's ids, never the details' personal data), and counts the
action in `village_audit_events_total`. Call sites say what happened once.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any, Protocol

from sqlalchemy import CursorResult, delete, or_, select

from village import database
from village.audit.actions import AuditAction
from village.audit.models import AuditEvent
from village.audit.schemas import AuditEventQuery
from village.database import utcnow
from village.observability import metrics
from village.pagination import PageOf, paginate
from village.security.client import Client

log = logging.getLogger("village.audit")

# Actions that deserve a WARNING line: someone may be attacking, or was stopped.
WARNING_ACTIONS = frozenset(
    {
        AuditAction.LOGIN_FAILED,
        AuditAction.ACCOUNT_LOCKED,
        AuditAction.REAUTHENTICATION_FAILED,
        AuditAction.TOKEN_REUSE_DETECTED,
        AuditAction.FORCED_LOGOUT,
    }
)
# Detail keys safe for a log line (counts and codes, never a name, email or value).
LOGGED_DETAILS = frozenset(
    {"reason", "failures", "seconds", "sessions", "scope", "via", "status", "removed"}
)


class Actor(Protocol):
    id: int
    email: str | None
    full_name: str


def record(
    action: AuditAction,
    *,
    actor: Actor | None = None,
    target_type: str | None = None,
    target_id: object = None,
    target_name: str | None = None,
    client: Client | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add one audit event; it commits or rolls back with the surrounding work.

    `target_name` is how a person reading the trail knows the target (a user's name;
    for a session, its owner's): a snapshot, like the actor's, so the trail still
    reads right after a rename or a deletion.
    """
    client = client or Client()
    event = AuditEvent(
        action=str(action),
        actor_id=actor.id if actor else None,
        actor_email=actor.email if actor else None,
        actor_name=actor.full_name[:200] if actor else None,
        target_type=target_type,
        target_id=None if target_id is None else str(target_id),
        target_name=None if target_name is None else target_name[:200],
        ip_address=client.ip,
        user_agent=client.user_agent,
        details=details or {},
    )
    database.session().add(event)
    _log(action, actor, target_type, target_id, details or {})
    metrics.AUDIT_EVENTS.labels(str(action)).inc()
    return event


def _log(
    action: AuditAction,
    actor: Actor | None,
    target_type: str | None,
    target_id: object,
    details: dict[str, Any],
) -> None:
    extra: dict[str, Any] = {
        "event": str(action),
        "user_id": actor.id if actor else None,
        "target_type": target_type,
        "target_id": None if target_id is None else str(target_id),
        **{key: value for key, value in details.items() if key in LOGGED_DETAILS},
    }
    level = logging.WARNING if action in WARNING_ACTIONS else logging.INFO
    log.log(level, str(action), extra=extra)


def list_page(query: AuditEventQuery) -> PageOf[AuditEvent]:
    """One page of events matching the filters, newest first, and the total."""
    stmt = select(AuditEvent)
    if query.q:
        stmt = stmt.where(
            or_(
                *(
                    column.icontains(query.q, autoescape=True)
                    for column in (
                        AuditEvent.actor_name,
                        AuditEvent.actor_email,
                        AuditEvent.target_name,
                    )
                )
            )
        )
    for column, value in (
        (AuditEvent.actor_id, query.actor_id),
        (AuditEvent.action, query.action),
        (AuditEvent.target_type, query.target_type),
        (AuditEvent.target_id, query.target_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if query.since is not None:
        stmt = stmt.where(AuditEvent.occurred_at >= query.since)
    if query.until is not None:
        stmt = stmt.where(AuditEvent.occurred_at < query.until)
    order = (AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
    return paginate(stmt, query, order_by=order)


def prune(*, older_than_days: int) -> int:
    """Delete events older than the retention period; returns how many went."""
    cutoff = utcnow() - timedelta(days=older_than_days)
    result = database.session().execute(
        delete(AuditEvent)
        .where(AuditEvent.occurred_at < cutoff)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount if isinstance(result, CursorResult) else 0
