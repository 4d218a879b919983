"""One-time links with which a person sets their password (village.md, "Accounts",
"Notifications and email").

Two kinds, one table (`PasswordToken.purpose`):
- set-password links: the office hands them over on paper (a letter with a QR
  code) to people who have no password yet; they open the dashboard's
  set-password page and expire after SET_PASSWORD_LINK_DAYS. An account whose
  owner chose their own password gets none: an administrator holding it could
  sign in as them (409 `has_password`).
- password-reset links: a person asks for one with their email
  (`request_reset`); it is mailed to that address only, opens the dashboard's
  reset-password page and expires after RESET_MINUTES.
Only a SHA-256 of the token is stored; a link works once, only for its own
purpose, and a newer link of the same kind for the same person replaces it.
"""

from __future__ import annotations

import hashlib
import logging
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
from village.enums import UserStatus
from village.errors import Conflict, InvalidToken
from village.mail import outbox
from village.security.client import Client
from village.sessions import service as sessions
from village.users import queries
from village.users import service as users
from village.users.models import PasswordToken, PasswordTokenPurpose, User

TOKEN_BYTES = 32
RESET_MINUTES = 30  # village.md: "the link is single-use, 30 minutes"
log = logging.getLogger("village.users")


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


def reset_password_url(token: str) -> str:
    """The dashboard's reset-password page with the token in the fragment (as above)."""
    return f"{current_settings().dashboard_url}/reset-password#token={token}"


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
    expires_at = now + timedelta(days=current_settings().SET_PASSWORD_LINK_DAYS)
    token = _replace_token(
        user, PasswordTokenPurpose.SET_PASSWORD, now=now, expires_at=expires_at, by=actor
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


def _replace_token(
    user: User,
    purpose: PasswordTokenPurpose,
    *,
    now: datetime,
    expires_at: datetime,
    by: User | None,
) -> str:
    """A new token of `purpose` for `user`; their earlier unused ones of it stop working."""
    database.session().execute(
        update(PasswordToken)
        .where(
            PasswordToken.user_id == user.id,
            PasswordToken.purpose == purpose,
            PasswordToken.used_at.is_(None),
        )
        .values(expires_at=now)
        .execution_options(synchronize_session=False)
    )
    token = secrets.token_urlsafe(TOKEN_BYTES)
    database.session().add(
        PasswordToken(
            user_id=user.id,
            token_hash=_digest(token),
            purpose=purpose,
            created_by_id=by.id if by is not None else None,
            created_at=now,
            expires_at=expires_at,
        )
    )
    return token


def _mail(user: User, template: str, params: dict[str, object]) -> None:
    """Queue an essential account mail; an address mail cannot take (never one the API
    stored) is logged, not raised: the answer must not differ for that account."""
    if user.email is None:
        return
    try:
        outbox.enqueue(
            user.email, template, params, user.language, to_name=user.full_name, essential=True
        )
    except ValueError:
        log.exception(
            "account mail not queued", extra={"event": "mail_not_queued", "user_id": user.id}
        )


def request_reset(*, email: str, client: Client) -> None:
    """Mail a password-reset link to `email` if it is an active account's address.

    Says nothing either way (the route always answers 202): whether an address has
    an account is never told. The link works once, for RESET_MINUTES, and replaces
    the person's earlier reset links; the mail is queued in this transaction
    (village.mail) in the person's language, essential (sent despite an opt-out).
    Audited for a known account only (an unknown address is nobody's event).
    """
    token = secrets.token_urlsafe(TOKEN_BYTES)  # drawn either way: the same work
    user = queries.get_by_email(email)
    if user is None or user.email is None or user.status != UserStatus.ACTIVE:
        return
    now = utcnow()
    expires_at = now + timedelta(minutes=RESET_MINUTES)
    token = _replace_token(
        user, PasswordTokenPurpose.RESET, now=now, expires_at=expires_at, by=None
    )
    _mail(
        user,
        "password_reset",
        {"name": user.full_name, "link": reset_password_url(token), "minutes": RESET_MINUTES},
    )
    audit.record(
        AuditAction.PASSWORD_RESET_REQUESTED,
        actor=user,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"expires_at": expires_at.isoformat()},
    )


def redeem(
    *,
    token: str,
    new_password: str,
    client: Client,
    purpose: PasswordTokenPurpose = PasswordTokenPurpose.SET_PASSWORD,
) -> User:
    """Set the password of the link's person; the link is used up and every session of
    theirs ends. Only a link of `purpose` is taken. Raises InvalidToken (401) for an
    unknown, used, expired or other-purpose link (or, for a reset, an account no longer
    active), and ValidationFailed (422) for a password the policy refuses (the link
    stays usable). A reset also lifts a sign-in lockout and mails the person that
    their password changed (essential)."""
    now = utcnow()
    found = database.session().scalar(
        select(PasswordToken).where(PasswordToken.token_hash == _digest(token)).with_for_update()
    )
    reset = purpose == PasswordTokenPurpose.RESET
    user = users.get_or_raise(found.user_id) if found is not None else None
    if (
        found is None
        or user is None
        or found.purpose != purpose
        or found.used_at is not None
        or found.expires_at <= now
        or (reset and user.status != UserStatus.ACTIVE)
    ):
        raise InvalidToken(
            "This link is not valid any more: ask for a new one on the sign-in page."
            if reset
            else "This link is not valid any more: ask the estate office for a new one.",
            reason="password_link",
        )
    users.set_password(user, new_password, field="new_password")
    found.used_at = now
    ended = sessions.revoke_for_user(user.id, "password_reset" if reset else "password_set")
    if reset:
        user.failed_login_count = 0
        user.locked_until = None
        _mail(user, "password_changed", {"name": user.full_name})
    audit.record(
        AuditAction.PASSWORD_RESET if reset else AuditAction.PASSWORD_SET_WITH_LINK,
        actor=user,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"purpose": str(found.purpose), "sessions": ended},
    )
    return user
