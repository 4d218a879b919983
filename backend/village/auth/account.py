"""The signed-in person's own account: profile, password and devices.

Changing the email or the password needs the current password, checked exactly
as a sign-in checks it (village.auth.credentials): the same lockout, failure
count, per-account rate limit and metrics.
"""

from __future__ import annotations

import uuid

from village.audit import service as audit
from village.audit.actions import AuditAction
from village.auth import credentials
from village.auth.credentials import Outcome
from village.auth.schemas import ProfileReplace, ProfileUpdate
from village.database import utcnow
from village.errors import AccountLocked, InvalidToken, NotFound, ValidationFailed, field_error
from village.security.client import Client
from village.sessions import service as sessions
from village.sessions.models import AuthSession
from village.users import service as users
from village.users.models import User

REAUTHENTICATION = "reauthentication"


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
    data: ProfileUpdate | ProfileReplace,
    client: Client,
) -> User:
    """Change the user's own profile. A new email or phone (what one signs in with) needs the
    current password, checked as a sign-in; an email left out of a PUT stays as it is."""
    changes = data.changes()
    if "full_name" in changes and changes["full_name"] is None:
        raise ValidationFailed([field_error("full_name", "This field cannot be empty.", "null")])
    if changes.get("email", user.email) is None:
        changes.pop("email", None)  # never cleared by leaving it out (PUT) or nulling it
    new_identifiers = [
        field
        for field in ("email", "phone")
        if changes.get(field) is not None and changes[field] != getattr(user, field)
    ]
    if new_identifiers:
        _reauthenticate(user, data.current_password, auth_session, client)
    diff = users.apply_changes(user, changes)
    if user.email is None and user.phone is None:
        raise ValidationFailed(
            [field_error("phone", "Keep an email or a phone to sign in with.", "missing")]
        )
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
    users.set_password(user, new_password, field="new_password")
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
