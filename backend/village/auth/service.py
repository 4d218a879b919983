"""Sign-up, sign-in, token refresh, sign-out and password changes.

Failed logins keep their changes (the failure counter, the lockout, the audit
event) even though the request ends in a 401: those errors are raised with
`keep_changes=True`.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, NoReturn

from village.audit import service as audit
from village.audit.actions import AuditAction
from village.auth import credentials
from village.auth.credentials import Outcome
from village.config import current_settings
from village.database import utcnow
from village.enums import UserStatus
from village.errors import (
    AccountLocked,
    AccountNotActive,
    AuthenticationFailed,
    InvalidToken,
    NotFound,
    RegistrationClosed,
    ValidationFailed,
    field_error,
)
from village.identifiers import email_key, identifier_digest
from village.observability import metrics
from village.security.client import Client
from village.security.tokens import IssuedToken, issue_access_token, issue_refresh_token
from village.sessions import service as sessions
from village.sessions.models import AuthSession
from village.users import service as users
from village.users.models import User

log = logging.getLogger("village.auth")
BAD_CREDENTIALS = "Incorrect email or password."
LOGIN, REAUTHENTICATION = "login", "reauthentication"


@dataclass(frozen=True)
class SignedIn:
    user: User
    session: AuthSession
    access: IssuedToken
    refresh: IssuedToken


def register(*, data: dict[str, Any], client: Client) -> User:
    """Create a resident account: active at once, pending approval, or refused."""
    mode = current_settings().REGISTRATION_MODE
    if mode == "closed":
        raise RegistrationClosed(
            "Self-registration is closed; ask the estate office for an account."
        )
    status = UserStatus.PENDING if mode == "approval" else UserStatus.ACTIVE
    user = users.insert(**data, status=status)
    audit.record(
        AuditAction.USER_REGISTERED,
        actor=user,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"status": str(status)},
    )
    log.info("user_registered", extra={"event": "user_registered", "user_id": user.id})
    metrics.REGISTRATIONS.labels(str(status)).inc()
    return user


def login(*, email: str, password: str, client: Client) -> SignedIn:
    """Check the credentials and open a session; one identical 401 for every failure."""
    user = users.get_by_email(email)
    result = credentials.check(user, password, client)
    if result.outcome is not Outcome.OK:
        _login_failed(user, result.outcome, client, identifier=email)
    assert user is not None  # noqa: S101 - OK means the account exists
    _ensure_active(user)
    user.last_login_at = utcnow()
    signed_in = _open_session(user, client)
    audit.record(
        AuditAction.LOGIN_SUCCEEDED,
        actor=user,
        target_type="session",
        target_id=signed_in.session.id,
        target_name=user.full_name,
        client=client,
    )
    log.info("login_succeeded", extra={"event": "login_succeeded", "user_id": user.id})
    credentials.count(Outcome.OK, via=LOGIN)
    return signed_in


def _ensure_active(user: User) -> None:
    if user.status is not UserStatus.ACTIVE:
        credentials.count("not_active", via=LOGIN)
    if user.status is UserStatus.PENDING:
        raise AccountNotActive("This account is waiting for approval by the estate office.")
    if user.status is not UserStatus.ACTIVE:
        raise AccountNotActive("This account has been deactivated; contact the estate office.")


def _open_session(user: User, client: Client) -> SignedIn:
    settings = current_settings()
    session_id = uuid.uuid4()
    expires_at = utcnow() + timedelta(seconds=settings.JWT_REFRESH_TOKEN_EXPIRES)
    refresh = issue_refresh_token(
        user_id=user.id, role=user.role, session_id=session_id, cap=expires_at
    )
    access = issue_access_token(
        user_id=user.id, role=user.role, session_id=session_id, cap=expires_at
    )
    auth_session = sessions.open_session(
        session_id=session_id,
        user_id=user.id,
        refresh_jti=refresh.jti,
        expires_at=expires_at,
        client=client,
    )
    return SignedIn(user=user, session=auth_session, access=access, refresh=refresh)


def _login_failed(user: User | None, reason: Outcome, client: Client, identifier: str) -> NoReturn:
    details: dict[str, Any] = {"reason": str(reason)}
    if user is None:
        # Never the text itself: people type passwords into the email box. A keyed
        # hash still groups the attempts made against one unknown address.
        details["identifier_hash"] = identifier_digest(
            email_key(identifier), key=current_settings().flask_secret_key()
        )
    audit.record(
        AuditAction.LOGIN_FAILED,
        actor=user,
        target_type="user",
        target_id=user.id if user else None,
        target_name=user.full_name if user else None,
        client=client,
        details=details,
    )
    log.warning(
        "login_failed",
        extra={
            "event": "login_failed",
            "reason": str(reason),
            "user_id": user.id if user else None,
        },
    )
    credentials.count(reason, via=LOGIN)
    raise AuthenticationFailed(
        BAD_CREDENTIALS, keep_changes=True, headers={"WWW-Authenticate": 'Bearer realm="village"'}
    )


def refresh(*, user: User, auth_session: AuthSession, jti: str, client: Client) -> SignedIn:
    """Rotate the refresh token: the presented one stops working, a new pair is issued.

    Of concurrent refreshes with one token exactly one wins (a conditional
    UPDATE). A loser within the grace window (two tabs) is refused without
    harm; an already-rotated token presented later is a stolen token being
    replayed, so the whole session is revoked and audited.
    """
    now = utcnow()
    if not auth_session.is_usable(now):
        raise InvalidToken("This session has ended; sign in again.", reason="revoked")
    if user.status is not UserStatus.ACTIVE:
        raise InvalidToken("This account is not active.", reason="inactive")
    access = issue_access_token(
        user_id=user.id, role=user.role, session_id=auth_session.id, cap=auth_session.expires_at
    )
    new_refresh = issue_refresh_token(
        user_id=user.id, role=user.role, session_id=auth_session.id, cap=auth_session.expires_at
    )
    if sessions.rotate(
        session_id=auth_session.id, presented_jti=jti, new_jti=new_refresh.jti, client=client
    ):
        # Not an audit event: every page load refreshes. The log and metrics have it.
        log.info("token_refreshed", extra={"event": "token_refreshed", "user_id": user.id})
        return SignedIn(user=user, session=auth_session, access=access, refresh=new_refresh)
    raise _rotation_refusal(user, auth_session.id, jti, client)


def _rotation_refusal(user: User, session_id: uuid.UUID, jti: str, client: Client) -> InvalidToken:
    """The error for a refresh token that lost its rotation: benign race or replay."""
    current = sessions.get(session_id)
    grace = timedelta(seconds=current_settings().JWT_REFRESH_REUSE_GRACE_SECONDS)
    if current is None or current.revoked_at is not None:
        return InvalidToken("This session has ended; sign in again.", reason="revoked")
    rotated_at = current.rotated_at
    if current.previous_refresh_jti == jti and rotated_at and utcnow() - rotated_at <= grace:
        return InvalidToken(
            "This refresh token was just rotated; use the newest one.", reason="rotated"
        )
    sessions.revoke(current, "token_reuse")
    audit.record(
        AuditAction.TOKEN_REUSE_DETECTED,
        actor=user,
        target_type="session",
        target_id=session_id,
        target_name=user.full_name,
        client=client,
        details={"jti": jti},
    )
    log.warning("token_reuse_detected", extra={"event": "token_reuse_detected", "user_id": user.id})
    return InvalidToken(
        "This refresh token was already used; the session has been ended.",
        reason="reuse_detected",
        keep_changes=True,
    )


def logout(*, user: User, auth_session: AuthSession, client: Client) -> None:
    """End the session: its access and refresh tokens stop working at once."""
    sessions.revoke(auth_session, "logout")
    audit.record(
        AuditAction.LOGOUT,
        actor=user,
        target_type="session",
        target_id=auth_session.id,
        target_name=user.full_name,
        client=client,
    )
    log.info("logout", extra={"event": "logout", "user_id": user.id})


def list_sessions(*, user: User) -> list[AuthSession]:
    return sessions.list_for_user(user.id)


def end_session(*, user: User, session_id: uuid.UUID, client: Client) -> None:
    """End one open session of the user (a 404 for anyone else's)."""
    auth_session = sessions.get(session_id)
    if (
        auth_session is None
        or auth_session.user_id != user.id
        or not auth_session.is_usable(utcnow())
    ):
        raise NotFound("You have no open session with this id.")
    sessions.revoke(auth_session, "signed_out_elsewhere")
    audit.record(
        AuditAction.SESSION_REVOKED,
        actor=user,
        target_type="session",
        target_id=session_id,
        target_name=user.full_name,
        client=client,
    )


def end_other_sessions(*, user: User, keep: uuid.UUID, client: Client) -> int:
    ended = sessions.revoke_for_user(user.id, "signed_out_elsewhere", keep=keep)
    audit.record(
        AuditAction.SESSIONS_REVOKED,
        actor=user,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"sessions": ended, "kept_current": True},
    )
    return ended


def update_profile(
    *,
    user: User,
    auth_session: AuthSession,
    changes: dict[str, Any],
    current_password: str | None,
    client: Client,
) -> User:
    """Change the user's own profile; a new email needs the current password."""
    if "full_name" in changes and changes["full_name"] is None:
        raise ValidationFailed([field_error("full_name", "This field cannot be empty.", "null")])
    new_email = changes.get("email")
    if "email" in changes and (new_email is None or new_email == user.email):
        changes.pop("email")
    elif new_email is not None:
        _reauthenticate(user, current_password, auth_session, client)
    diff = users.apply_changes(user, changes)
    if diff:
        users.flush_or_conflict()
        audit.record(
            AuditAction.PROFILE_UPDATED,
            actor=user,
            target_type="user",
            target_id=user.id,
            target_name=user.full_name,
            client=client,
            details={"changes": diff},
        )
    return user


def change_password(
    *,
    user: User,
    auth_session: AuthSession,
    current_password: str,
    new_password: str,
    client: Client,
) -> None:
    """Set a new password and end every other session of the user."""
    _reauthenticate(user, current_password, auth_session, client)
    if current_password == new_password:
        raise ValidationFailed(
            [
                field_error(
                    "new_password",
                    "Choose a password you have not just used.",
                    "password_unchanged",
                )
            ]
        )
    users.check_password(new_password, email=user.email, field="new_password")
    user.password_hash = users.hash_password(new_password)
    user.password_changed_at = utcnow()
    ended = sessions.revoke_for_user(user.id, "password_changed", keep=auth_session.id)
    audit.record(
        AuditAction.PASSWORD_CHANGED,
        actor=user,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"other_sessions_ended": ended},
    )
    log.info("password_changed", extra={"event": "password_changed", "user_id": user.id})


def _reauthenticate(
    user: User, password: str | None, auth_session: AuthSession, client: Client
) -> None:
    """Check the signed-in user's password before a sensitive change, as sign-in would.

    A wrong password counts towards the lockout; the failure that locks the
    account also ends this session (whoever holds it is guessing). While the
    account is locked, no password is accepted here either (429).
    """
    if password is None:
        raise ValidationFailed(
            [field_error("current_password", "Enter your current password.", "missing")]
        )
    result = credentials.check(user, password, client)
    credentials.count(result.outcome, via=REAUTHENTICATION)
    if result.outcome is Outcome.OK:
        return
    audit.record(
        AuditAction.REAUTHENTICATION_FAILED,
        actor=user,
        target_type="session",
        target_id=auth_session.id,
        target_name=user.full_name,
        client=client,
        details={"reason": str(result.outcome)},
    )
    log.warning(
        "reauthentication_failed",
        extra={"event": "reauthentication_failed", "user_id": user.id, "reason": result.outcome},
    )
    if result.outcome is Outcome.LOCKED:
        seconds = credentials.lock_seconds_left(user)
        raise AccountLocked(
            f"Too many wrong passwords: try again in {seconds} seconds.",
            headers={"Retry-After": str(seconds)},
            keep_changes=True,
        )
    if result.locked_now:
        sessions.revoke(auth_session, "reauthentication_failed")
        raise InvalidToken(
            "Too many wrong passwords: this session has been ended. Sign in again.",
            reason="reauthentication_failed",
            keep_changes=True,
        )
    raise ValidationFailed(
        [field_error("current_password", "The current password is wrong.", "wrong_password")],
        keep_changes=True,
    )
