"""One-time links with which a person sets their password (village.md, "Accounts").

The office hands them over on paper (a letter with a QR code) to people who
have no password yet; the link opens the dashboard's set-password page. Only a
SHA-256 of the token is stored; a link works once, expires after
SET_PASSWORD_LINK_DAYS, and a newer link for the same person replaces it. An
account whose owner chose their own password gets no link: an administrator
holding it could sign in as them (409 `has_password`).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import segno
from sqlalchemy import select, update

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.config import current_settings
from village.database import utcnow
from village.errors import Conflict, InvalidToken
from village.security.client import Client
from village.sessions import service as sessions
from village.users import service as users
from village.users.models import PasswordToken, PasswordTokenPurpose, User

TOKEN_BYTES = 32


@dataclass(frozen=True)
class IssuedLink:
    url: str
    token: str
    expires_at: datetime
    qr_svg: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def set_password_url(token: str) -> str:
    """The dashboard page that takes the token. It travels in the fragment (#), which
    browsers never send to a server: no access log or Referer ever holds it."""
    return f"{current_settings().dashboard_url}/set-password#token={token}"


def qr_code(url: str) -> str:
    """The link as an inline SVG QR code, for a printed letter."""
    return str(segno.make(url, error="m").svg_inline(scale=4, omitsize=True))


def issue(*, actor: User, user: User, client: Client) -> IssuedLink:
    """A fresh set-password link for `user` (earlier unused ones stop working); audited.

    Raises Conflict (code `has_password`) when the person already chose their own
    password: they change it themselves, or reset it by email.
    """
    if users.owns_password(user):
        raise Conflict(
            f"{user.full_name} already chose a password: they change it in their account "
            "(or reset it by email).",
            code="has_password",
        )
    now = utcnow()
    database.session().execute(
        update(PasswordToken)
        .where(
            PasswordToken.user_id == user.id,
            PasswordToken.purpose == PasswordTokenPurpose.SET_PASSWORD,
            PasswordToken.used_at.is_(None),
        )
        .values(expires_at=now)
        .execution_options(synchronize_session=False)
    )
    token = secrets.token_urlsafe(TOKEN_BYTES)
    expires_at = now + timedelta(days=current_settings().SET_PASSWORD_LINK_DAYS)
    database.session().add(
        PasswordToken(
            user_id=user.id,
            token_hash=_digest(token),
            purpose=PasswordTokenPurpose.SET_PASSWORD,
            created_by_id=actor.id,
            created_at=now,
            expires_at=expires_at,
        )
    )
    audit.record(
        AuditAction.SET_PASSWORD_LINK_ISSUED,
        actor=actor,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"expires_at": expires_at.isoformat()},
    )
    url = set_password_url(token)
    return IssuedLink(url=url, token=token, expires_at=expires_at, qr_svg=qr_code(url))


def redeem(*, token: str, new_password: str, client: Client) -> User:
    """Set the password of the link's person; the link is used up and every session of
    theirs ends. Raises InvalidToken (401) for an unknown, used or expired link, and
    ValidationFailed (422) for a password the policy refuses (the link stays usable)."""
    now = utcnow()
    found = database.session().scalar(
        select(PasswordToken).where(PasswordToken.token_hash == _digest(token)).with_for_update()
    )
    if found is None or found.used_at is not None or found.expires_at <= now:
        raise InvalidToken(
            "This link is not valid any more: ask the estate office for a new one.",
            reason="password_link",
        )
    user = users.get_or_raise(found.user_id)
    users.set_password(user, new_password, field="new_password")
    found.used_at = now
    ended = sessions.revoke_for_user(user.id, "password_set")
    audit.record(
        AuditAction.PASSWORD_SET_WITH_LINK,
        actor=user,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"purpose": str(found.purpose), "sessions": ended},
    )
    return user
