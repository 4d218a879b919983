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

from sqlalchemy import update

from village import database
from village.audit import service as audit
from village.auth import sessions
from village.auth.models import AuthSession
from village.config import current_settings
from village.database import utcnow
from village.enums import UserStatus
from village.errors import (
    AccountNotActive,
    AuthenticationFailed,
    InvalidToken,
    NotFound,
    RegistrationClosed,
    ValidationFailed,
    field_error,
)
from village.observability import metrics
from village.security import passwords
from village.security.client import Client
from village.security.tokens import IssuedToken, issue_access_token, issue_refresh_token
from village.users import service as users
from village.users.models import User

log = logging.getLogger("village.auth")
BAD_CREDENTIALS = "Incorrect email or password."


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
        "user_registered",
        actor=user,
        target_type="user",
        target_id=user.id,
        client=client,
        details={"status": str(status)},
    )
    log.info("user_registered", extra={"event": "user_registered", "user_id": user.id})
    metrics.REGISTRATIONS.labels(str(status)).inc()
    return user


def login(*, email: str, password: str, client: Client) -> SignedIn:
    """Check the credentials and open a session; one identical 401 for every failure."""
    settings = current_settings()
    user = users.get_by_email(email)
    now = utcnow()
    if user is None:
        passwords.burn_verification(password, settings.BCRYPT_ROUNDS)
        _login_failed(None, "unknown_email", client, email=email)
    elif user.is_locked(now):
        passwords.burn_verification(password, settings.BCRYPT_ROUNDS)
        _login_failed(user, "locked", client)
    elif not passwords.verify_password(password, user.password_hash):
        _record_failure(user, client)
        _login_failed(user, "bad_password", client)
    _ensure_active(user)
    if passwords.needs_rehash(user.password_hash, settings.BCRYPT_ROUNDS):
        user.password_hash = users.hash_password(password)
    user.failed_login_count = 0
    user.locked_until = None
    user.last_login_at = now
    signed_in = _open_session(user, client)
    audit.record(
        "login_succeeded",
        actor=user,
        target_type="session",
        target_id=signed_in.session.id,
        client=client,
    )
    log.info("login_succeeded", extra={"event": "login_succeeded", "user_id": user.id})
    metrics.LOGIN_ATTEMPTS.labels("success").inc()
    return signed_in


def _ensure_active(user: User) -> None:
    if user.status is not UserStatus.ACTIVE:
        metrics.LOGIN_ATTEMPTS.labels("not_active").inc()
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


def _record_failure(user: User, client: Client) -> None:
    """Count a wrong password atomically; lock for 1, 2, 4 ... up to 15 minutes."""
    settings = current_settings()
    failures = (
        database.session().scalar(
            update(User)
            .where(User.id == user.id)
            .values(failed_login_count=User.failed_login_count + 1)
            .returning(User.failed_login_count)
            .execution_options(synchronize_session=False)
        )
        or 0
    )
    over = failures - settings.LOGIN_MAX_FAILED_ATTEMPTS
    if over < 0:
        return
    seconds = min(
        settings.LOGIN_LOCKOUT_SECONDS * 2 ** min(over, 20), settings.LOGIN_LOCKOUT_MAX_SECONDS
    )
    locked_until = utcnow() + timedelta(seconds=seconds)
    database.session().execute(
        update(User)
        .where(User.id == user.id)
        .values(locked_until=locked_until)
        .execution_options(synchronize_session=False)
    )
    audit.record(
        "account_locked",
        actor=user,
        target_type="user",
        target_id=user.id,
        client=client,
        details={"failures": failures, "seconds": seconds},
    )
    log.warning(
        "account_locked",
        extra={
            "event": "account_locked",
            "user_id": user.id,
            "failures": failures,
            "seconds": seconds,
        },
    )
    metrics.LOCKOUTS.inc()


def _login_failed(
    user: User | None, reason: str, client: Client, email: str | None = None
) -> NoReturn:
    details: dict[str, Any] = {"reason": reason}
    if email is not None:
        details["email"] = email[:254]
    audit.record(
        "login_failed",
        actor=user,
        target_type="user",
        target_id=user.id if user else None,
        client=client,
        details=details,
    )
    log.warning(
        "login_failed",
        extra={"event": "login_failed", "reason": reason, "user_id": user.id if user else None},
    )
    metrics.LOGIN_ATTEMPTS.labels(reason).inc()
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
        audit.record(
            "token_refreshed",
            actor=user,
            target_type="session",
            target_id=auth_session.id,
            client=client,
        )
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
        "token_reuse_detected",
        actor=user,
        target_type="session",
        target_id=session_id,
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
        "logout", actor=user, target_type="session", target_id=auth_session.id, client=client
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
        "session_revoked", actor=user, target_type="session", target_id=session_id, client=client
    )


def end_other_sessions(*, user: User, keep: uuid.UUID, client: Client) -> int:
    ended = sessions.revoke_for_user(user.id, "signed_out_elsewhere", keep=keep)
    audit.record(
        "sessions_revoked",
        actor=user,
        target_type="user",
        target_id=user.id,
        client=client,
        details={"sessions": ended, "kept_current": True},
    )
    return ended


def update_profile(
    *, user: User, changes: dict[str, Any], current_password: str | None, client: Client
) -> User:
    """Change the user's own profile; a new email needs the current password."""
    if "full_name" in changes and changes["full_name"] is None:
        raise ValidationFailed([field_error("full_name", "This field cannot be empty.", "null")])
    new_email = changes.get("email")
    if "email" in changes and (new_email is None or new_email == user.email):
        changes.pop("email")
    elif new_email is not None:
        _reauthenticate(user, current_password, client)
    diff = users.apply_changes(user, changes)
    if diff:
        users.flush_or_conflict()
        audit.record(
            "profile_updated",
            actor=user,
            target_type="user",
            target_id=user.id,
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
    _reauthenticate(user, current_password, client)
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
        "password_changed",
        actor=user,
        target_type="user",
        target_id=user.id,
        client=client,
        details={"other_sessions_ended": ended},
    )
    log.info("password_changed", extra={"event": "password_changed", "user_id": user.id})


def _reauthenticate(user: User, password: str | None, client: Client) -> None:
    if password is None:
        raise ValidationFailed(
            [field_error("current_password", "Enter your current password.", "missing")]
        )
    if not passwords.verify_password(password, user.password_hash):
        _record_failure(user, client)
        audit.record(
            "reauthentication_failed",
            actor=user,
            target_type="user",
            target_id=user.id,
            client=client,
        )
        raise ValidationFailed(
            [field_error("current_password", "The current password is wrong.", "wrong_password")],
            keep_changes=True,
        )
