"""Write audit events in the same transaction as the change they describe."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Protocol

from sqlalchemy import CursorResult, delete, func, or_, select

from village import database
from village.audit.actions import AuditAction
from village.audit.models import AuditEvent
from village.audit.schemas import AuditEventQuery
from village.database import utcnow
from village.security.client import Client


class Actor(Protocol):
    id: int
    email: str
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
    return event


def list_page(query: AuditEventQuery) -> tuple[list[AuditEvent], int]:
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
    db = database.session()
    total = db.scalar(stmt.with_only_columns(func.count(AuditEvent.id))) or 0
    page = (
        stmt.order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
        .offset((query.page - 1) * query.per_page)
        .limit(query.per_page)
    )
    return list(db.scalars(page)), total


def prune(*, older_than_days: int) -> int:
    """Delete events older than the retention period; returns how many went."""
    cutoff = utcnow() - timedelta(days=older_than_days)
    result = database.session().execute(
        delete(AuditEvent)
        .where(AuditEvent.occurred_at < cutoff)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount if isinstance(result, CursorResult) else 0
