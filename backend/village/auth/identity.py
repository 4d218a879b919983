"""Load the user and session behind a token, in one query, on every request.

For an access token the session must be open, the user active, and the role
the same as when the token was issued: logout, deactivation, a role change,
a password change or a forced logout take effect on the very next request.
Refresh tokens are only loaded here; the refresh service judges them.
"""

from __future__ import annotations

import uuid
from typing import Any

from flask import Flask, g
from sqlalchemy import bindparam, select

from village import database
from village.database import utcnow
from village.enums import UserStatus
from village.errors import InvalidToken
from village.security.tokens import jwt
from village.sessions import service as sessions
from village.sessions.models import AuthSession
from village.users.models import User

# Built once: this runs on every authenticated request.
_IDENTITY = (
    select(User, AuthSession)
    .join(AuthSession, AuthSession.user_id == User.id)
    .where(AuthSession.id == bindparam("sid"), User.id == bindparam("uid"))
)


def load_identity(_header: dict[str, Any], claims: dict[str, Any]) -> User:
    """The token's user after every check; once per request and token, however often asked
    (the rate limiter asks before the endpoint does)."""
    loaded: dict[str, User] = g.setdefault("_village_identities", {})
    if claims["jti"] not in loaded:
        loaded[claims["jti"]] = _load(claims)
    user = loaded[claims["jti"]]
    g.auth_session = g._village_sessions[claims["jti"]]
    return user


def _load(claims: dict[str, Any]) -> User:
    try:
        user_id, session_id = int(claims["sub"]), uuid.UUID(str(claims["sid"]))
    except (ValueError, TypeError):
        raise InvalidToken(
            "The token's subject or session is malformed.", reason="malformed"
        ) from None
    row = database.session().execute(_IDENTITY, {"sid": session_id, "uid": user_id}).first()
    if row is None:
        raise InvalidToken("This session no longer exists; sign in again.", reason="revoked")
    user, auth_session = row
    if claims["type"] == "access":
        _check_access(user, auth_session, claims)
    # Only now is the request this user's (logs, metrics): a dead token is nobody's.
    g.user_id = user.id
    g.user_role = str(user.role)
    g.setdefault("_village_sessions", {})[claims["jti"]] = auth_session
    return user


def _check_access(user: User, auth_session: AuthSession, claims: dict[str, Any]) -> None:
    if not auth_session.is_usable(utcnow()):
        raise InvalidToken("This session has ended; sign in again.", reason="revoked")
    if user.status is not UserStatus.ACTIVE:
        raise InvalidToken("This account is not active.", reason="inactive")
    if user.role != claims["role"]:
        raise InvalidToken("Your role has changed; refresh the token.", reason="stale_role")
    sessions.touch(auth_session)


def current_session() -> AuthSession:
    """The session of the token of this request (after authentication)."""
    auth_session: AuthSession = g.auth_session
    return auth_session


def init_app(_app: Flask) -> None:
    jwt.user_lookup_loader(load_identity)
