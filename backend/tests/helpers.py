"""Small helpers shared by tests: read rows back, count audit events, find a free port."""

from __future__ import annotations

import socket
from typing import Any

from sqlalchemy import select

from village import database
from village.audit.models import AuditEvent
from village.sessions.models import AuthSession
from village.users.models import User


def audit_actions(app: Any, **filters: Any) -> list[str]:
    with app.app_context():
        stmt = select(AuditEvent).order_by(AuditEvent.id)
        for name, value in filters.items():
            stmt = stmt.where(getattr(AuditEvent, name) == value)
        return [event.action for event in database.session().scalars(stmt)]


def audit_events(app: Any, action: str) -> list[AuditEvent]:
    with app.app_context():
        stmt = select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        return list(database.session().scalars(stmt))


def reload_user(app: Any, user_id: int) -> User | None:
    with app.app_context():
        return database.session().get(User, user_id)


def user_by_email(app: Any, email: str) -> User | None:
    with app.app_context():
        return database.session().scalar(select(User).where(User.email == email))


def sessions_of(app: Any, user_id: int) -> list[AuthSession]:
    with app.app_context():
        stmt = (
            select(AuthSession)
            .where(AuthSession.user_id == user_id)
            .order_by(AuthSession.created_at)
        )
        return list(database.session().scalars(stmt))


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on, for a server a test starts."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
