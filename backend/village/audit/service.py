"""Write audit events in the same transaction as the change they describe."""

from __future__ import annotations

from typing import Any, Protocol

from village import database
from village.audit.models import AuditEvent
from village.security.client import Client


class Actor(Protocol):
    id: int
    email: str


def record(
    action: str,
    *,
    actor: Actor | None = None,
    target_type: str | None = None,
    target_id: object = None,
    client: Client | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add one audit event; it commits or rolls back with the surrounding work."""
    client = client or Client()
    event = AuditEvent(
        action=action,
        actor_id=actor.id if actor else None,
        actor_email=actor.email if actor else None,
        target_type=target_type,
        target_id=None if target_id is None else str(target_id),
        ip_address=client.ip,
        user_agent=client.user_agent,
        details=details or {},
    )
    database.session().add(event)
    return event
