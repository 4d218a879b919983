"""The session store: open, rotate, touch and revoke sign-in sessions.

Revoking a session ends its access and refresh tokens at once, because every
authenticated request checks the session row.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, CursorResult, select, update

from village import database
from village.database import utcnow
from village.security.client import Client
from village.sessions.models import AuthSession

# Writing last_used_at on every request would turn reads into writes; once in
# a while is enough to show "last active" on the sessions page.
TOUCH_INTERVAL = timedelta(minutes=5)


def open_session(
    *, session_id: uuid.UUID, user_id: int, refresh_jti: str, expires_at: datetime, client: Client
) -> AuthSession:
    now = utcnow()
    auth_session = AuthSession(
        id=session_id,
        user_id=user_id,
        refresh_jti=refresh_jti,
        created_at=now,
        last_used_at=now,
        expires_at=expires_at,
        ip_address=client.ip,
        user_agent=client.user_agent,
    )
    database.session().add(auth_session)
    database.session().flush()
    return auth_session


def get(session_id: uuid.UUID) -> AuthSession | None:
    return database.session().get(AuthSession, session_id, populate_existing=True)


def rotate(*, session_id: uuid.UUID, presented_jti: str, new_jti: str, client: Client) -> bool:
    """Swap the refresh jti in one conditional UPDATE: of concurrent callers exactly one wins."""
    now = utcnow()
    result = database.session().execute(
        update(AuthSession)
        .where(
            AuthSession.id == session_id,
            AuthSession.refresh_jti == presented_jti,
            AuthSession.revoked_at.is_(None),
            AuthSession.expires_at > now,
        )
        .values(
            refresh_jti=new_jti,
            previous_refresh_jti=presented_jti,
            rotated_at=now,
            last_used_at=now,
            ip_address=client.ip,
            user_agent=client.user_agent,
        )
        .execution_options(synchronize_session=False)
    )
    return _rowcount(result) == 1


def touch(auth_session: AuthSession) -> None:
    now = utcnow()
    if now - auth_session.last_used_at >= TOUCH_INTERVAL:
        auth_session.last_used_at = now


def revoke(auth_session: AuthSession, reason: str) -> None:
    if auth_session.revoked_at is None:
        auth_session.revoked_at = utcnow()
        auth_session.revoked_reason = reason
        database.session().flush()


def revoke_for_user(user_id: int, reason: str, *, keep: uuid.UUID | None = None) -> int:
    """End every open session of a user (except `keep`); returns how many ended."""
    conditions = [AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None)]
    if keep is not None:
        conditions.append(AuthSession.id != keep)
    return _revoke_where(conditions, reason)


def revoke_everyone(reason: str) -> int:
    """End every open session of every user (incident response)."""
    return _revoke_where([AuthSession.revoked_at.is_(None)], reason)


def _revoke_where(conditions: list[ColumnElement[bool]], reason: str) -> int:
    result = database.session().execute(
        update(AuthSession)
        .where(*conditions)
        .values(revoked_at=utcnow(), revoked_reason=reason)
        .execution_options(synchronize_session=False)
    )
    return _rowcount(result)


def list_for_user(user_id: int) -> list[AuthSession]:
    """Open sessions of a user, most recently used first."""
    now = utcnow()
    return list(
        database.session().scalars(
            select(AuthSession)
            .where(
                AuthSession.user_id == user_id,
                AuthSession.revoked_at.is_(None),
                AuthSession.expires_at > now,
            )
            .order_by(AuthSession.last_used_at.desc())
        )
    )


def _rowcount(result: object) -> int:
    return result.rowcount if isinstance(result, CursorResult) else 0
