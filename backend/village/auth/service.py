"""Sign-up, sign-in, token refresh and sign-out (one's own account: `account`).

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
from village.auth.schemas import RegisterRequest
from village.config import current_settings
from village.database import utcnow
from village.enums import UserStatus
from village.errors import (
    AccountNotActive,
    AuthenticationFailed,
    InvalidToken,
    RegistrationClosed,
)
from village.houses import service as houses
from village.identifiers import email_key, identifier_digest, phone_fragment, text_key
from village.observability import metrics
from village.security.client import Client
from village.security.tokens import IssuedToken, issue_access_token, issue_refresh_token
from village.sessions import service as sessions
from village.sessions.models import AuthSession
from village.users import service as users
from village.users.models import User

log = logging.getLogger("village.auth")
BAD_CREDENTIALS = "Incorrect email, phone number or password."
LOGIN = "login"


@dataclass(frozen=True)
class SignedIn:
    user: User
    session: AuthSession
    access: IssuedToken
    refresh: IssuedToken


def register(*, data: RegisterRequest, client: Client) -> User:
    """Create a resident account: active at once, pending approval, or refused.

    The house the person names is a request for the office (the approval queue):
    they see none of its data before the office links them to it.
    """
    mode = current_settings().REGISTRATION_MODE
    if mode == "closed":
        raise RegistrationClosed(
            "Self-registration is closed; ask the estate office for an account."
        )
    status = UserStatus.PENDING if mode == "approval" else UserStatus.ACTIVE
    user = users.insert(
        users.NewPerson(
            full_name=data.full_name,
            email=data.email,
            phone=data.phone,
            password=data.password,
            address=data.address,
            status=status,
        )
    )
    if data.house_number is not None and data.relation is not None:
        houses.request_membership(
            person=user, house_number=data.house_number, relation=data.relation
        )
    audit.record(
        AuditAction.USER_REGISTERED,
        actor=user,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"status": str(status)},
    )
    metrics.REGISTRATIONS.labels(str(status)).inc()
    return user


def login(
    *, email: str | None = None, phone: str | None = None, password: str, client: Client
) -> SignedIn:
    """Check the credentials (an email or a phone, and the password) and open a session;
    one identical 401 for every failure."""
    user = users.get_by_identifier(email=email, phone=phone)
    result = credentials.check(user, password, client)
    if result.outcome is not Outcome.OK:
        _login_failed(user, result.outcome, client, identifier=_identifier_key(email, phone))
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


def _identifier_key(email: str | None, phone: str | None) -> str:
    """The comparison form of what was typed to sign in (for the audit trail's hash)."""
    if email is not None:
        return email_key(email)
    digits = phone_fragment(phone or "")
    return f"phone:{digits or text_key(phone or '')}"


def _login_failed(user: User | None, reason: Outcome, client: Client, identifier: str) -> NoReturn:
    details: dict[str, Any] = {"reason": str(reason)}
    if user is None:
        # Never the text itself: people type passwords into the email box. A keyed
        # hash still groups the attempts made against one unknown address.
        details["identifier_hash"] = identifier_digest(
            identifier, key=current_settings().flask_secret_key()
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
