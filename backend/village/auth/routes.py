"""HTTP endpoints of /auth: register, login, refresh, logout, me, change-password."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, cast

from apiflask import APIBlueprint
from flask import Response, after_this_request
from flask_jwt_extended import (
    get_current_user,
    get_jwt,
    get_jwt_request_location,
    verify_jwt_in_request,
)

from village.auth import account, service
from village.auth.identity import current_session
from village.auth.schemas import (
    ChangePasswordRequest,
    LoginRequest,
    LoginResponse,
    MeRead,
    PasswordPolicyRead,
    PasswordResetAccepted,
    PasswordResetConfirm,
    PasswordResetRequest,
    ProfileReplace,
    ProfileUpdate,
    RefreshRequest,
    RegisterRequest,
    RegistrationRead,
    RevokedCount,
    SessionRead,
    SetPasswordRequest,
    TokenPair,
)
from village.config import current_settings
from village.security.client import current_client
from village.security.permissions import (
    ROLE_PERMISSIONS,
    ROLE_SCOPES,
    Permission,
    current_principal,
    require,
)
from village.security.role_rules import assignable_roles
from village.security.tokens import IssuedToken, clear_refresh_cookie, set_refresh_cookie
from village.users import password_links
from village.users import service as users
from village.users.models import PasswordTokenPurpose, User
from village.users.schemas import UserRead

bp = APIBlueprint("auth", __name__, url_prefix="/auth")
# Yes/no questions about the signed-in user that domains above auth answer for /auth/me
# (privacy: `privacy_notice_pending`); a question nobody answers is False.
ME_FLAGS: dict[str, Callable[[User], bool]] = {}
RESET_ACCEPTED = (
    "If this address belongs to an account, a link to choose a new password is on its "
    "way; it works once, within 30 minutes."
)


def _me() -> User:
    return cast(User, current_principal())


@bp.post("/register")
@bp.input(RegisterRequest, arg_name="body")
@bp.output(UserRead, status_code=201, description="The new account (role resident)")
@bp.doc(
    responses={
        403: "Registration is closed",
        409: "The email is taken",
        422: "Invalid fields or weak password",
    }
)
def register(body: RegisterRequest) -> User:
    """Create a resident account."""
    return service.register(data=body, client=current_client())


@bp.post("/login")
@bp.input(LoginRequest, arg_name="body")
@bp.output(LoginResponse, description="Tokens and the signed-in user")
@bp.doc(
    responses={
        401: "Wrong email or password, or the account is locked",
        403: "Account pending or deactivated",
    }
)
def login(body: LoginRequest) -> dict[str, Any]:
    """Sign in with an email or a phone number, and the password.

    The refresh token is in the body for API clients and also in an HttpOnly
    cookie (path /auth) with a readable CSRF cookie, for browsers.
    """
    signed_in = service.login(**body.identifier, password=body.password, client=current_client())
    _send_refresh_cookie(signed_in.refresh)
    return {
        **_token_pair(signed_in),
        "user": signed_in.user,
        "password_change_required": signed_in.user.password_change_required,
    }


@bp.post("/set-password")
@bp.input(SetPasswordRequest, arg_name="body")
@bp.output({}, status_code=204, description="Password set; every session of the person ended")
@bp.doc(
    responses={
        401: "The link is unknown, used or expired",
        422: "A password the policy refuses (the link still works)",
    }
)
def set_password(body: SetPasswordRequest) -> None:
    """Set a password with a set-password link's token (from a letter or the office).

    The link works once; every session of the person ends. Then sign in as usual.
    """
    password_links.redeem(token=body.token, new_password=body.new_password, client=current_client())


@bp.post("/password-reset")
@bp.input(PasswordResetRequest, arg_name="body", example={"email": "somchai@example.com"})
@bp.output(
    PasswordResetAccepted,
    status_code=202,
    description="Taken: a link is mailed if the address has an account",
)
@bp.doc(responses={429: "Too many requests for this address or from this client"})
def request_password_reset(body: PasswordResetRequest) -> dict[str, str]:
    """Ask for a password-reset link by email.

    Always 202, whether or not the address has an account (nothing is told). An
    active account's address gets a link to DASHBOARD_URL/reset-password#token=…
    that works once within 30 minutes; an earlier unused one stops working.
    Rate-limited per address (RATELIMIT_PASSWORD_RESET) and per client (RATELIMIT_AUTH).
    """
    password_links.request_reset(email=body.email, client=current_client())
    return {"detail": RESET_ACCEPTED}


@bp.post("/password-reset/confirm")
@bp.input(PasswordResetConfirm, arg_name="body")
@bp.output({}, status_code=204, description="Password set; every session of the person ended")
@bp.doc(
    responses={
        401: "The link is unknown, used or expired",
        422: "A password the policy refuses (the link still works)",
    }
)
def confirm_password_reset(body: PasswordResetConfirm) -> None:
    """Set a new password with a reset link's token; every session of the person ends.

    The link works once. Then sign in as usual.
    """
    password_links.redeem(
        token=body.token,
        new_password=body.new_password,
        client=current_client(),
        purpose=PasswordTokenPurpose.RESET,
    )


@bp.post("/refresh")
@bp.input(RefreshRequest, arg_name="body", example={"refresh_token": "<refresh token>"})
@bp.output(
    TokenPair, description="A new access and refresh token; the old refresh token stops working"
)
@bp.doc(security="BearerAuth", responses={401: "Invalid, expired, rotated or reused refresh token"})
def refresh(body: RefreshRequest) -> dict[str, Any]:
    """Exchange a refresh token for a new token pair.

    Send the refresh token as 'Authorization: Bearer', as `refresh_token` in the
    body, or (browsers) in the HttpOnly cookie with the CSRF header; a cookie
    refresh answers with a new cookie and `refresh_token: null` in the body.
    """
    verify_jwt_in_request(refresh=True, locations=["headers", "json", "cookies"])
    signed_in = service.refresh(
        user=cast(User, get_current_user()),
        auth_session=current_session(),
        jti=get_jwt()["jti"],
        client=current_client(),
    )
    pair = _token_pair(signed_in)
    if get_jwt_request_location() == "cookies":
        _send_refresh_cookie(signed_in.refresh)
        pair["refresh_token"] = None
    return pair


@bp.post("/logout")
@require(Permission.PROFILE_READ, or_refresh_token=True, before_password_change=True)
@bp.input(RefreshRequest, arg_name="body", example={})
@bp.output({}, status_code=204, description="Signed out")
def logout(body: RefreshRequest) -> None:
    """End this session: its access and refresh tokens stop working.

    Send the access token as 'Authorization: Bearer'. A client holding only the
    refresh token (RFC 7009) may send that instead, as 'Authorization: Bearer' or as
    `refresh_token` in the body; a browser, its refresh cookie with the CSRF header.
    """
    service.logout(user=_me(), auth_session=current_session(), client=current_client())
    after_this_request(_without_refresh_cookie)


@bp.get("/sessions")
@require(Permission.PROFILE_READ)
@bp.output(list[SessionRead])  # type: ignore[arg-type]  # APIFlask takes list[Model]
def list_sessions() -> list[dict[str, Any]]:
    """List the signed-in user's open sessions (devices)."""
    current = current_session().id
    return [
        {**SessionRead.model_validate(s).model_dump(), "current": s.id == current}
        for s in account.list_sessions(user=_me())
    ]


@bp.delete("/sessions/<uuid:session_id>")
@require(Permission.PROFILE_WRITE)
@bp.output({}, status_code=204, description="That device is signed out")
@bp.doc(responses={404: "No open session of yours has this id"})
def delete_session(session_id: uuid.UUID) -> None:
    """Sign out one of the user's devices."""
    account.end_session(user=_me(), session_id=session_id, client=current_client())


@bp.post("/sessions/revoke-others")
@require(Permission.PROFILE_WRITE)
@bp.output(RevokedCount)
def revoke_other_sessions() -> dict[str, int]:
    """Sign out every device of the user except this one."""
    ended = account.end_other_sessions(
        user=_me(), keep=current_session().id, client=current_client()
    )
    return {"ended": ended}


@bp.get("/me")
@require(Permission.PROFILE_READ, before_password_change=True)
@bp.output(MeRead)
def get_me() -> MeRead:
    """Show the signed-in user's profile and permissions."""
    return _me_read(_me())


@bp.patch("/me")
@require(Permission.PROFILE_WRITE)
@bp.input(ProfileUpdate, arg_name="body")
@bp.output(MeRead)
@bp.doc(responses={409: "The new email is taken", 422: "Invalid fields or wrong current password"})
def patch_me(body: ProfileUpdate) -> MeRead:
    """Change some fields of the signed-in user's profile."""
    return _update_me(body)


@bp.put("/me")
@require(Permission.PROFILE_WRITE)
@bp.input(ProfileReplace, arg_name="body")
@bp.output(MeRead)
@bp.doc(responses={409: "The new email is taken", 422: "Invalid fields or wrong current password"})
def put_me(body: ProfileReplace) -> MeRead:
    """Replace the signed-in user's editable profile."""
    return _update_me(body)


@bp.post("/change-password")
@require(Permission.PROFILE_WRITE, before_password_change=True)
@bp.input(ChangePasswordRequest, arg_name="body")
@bp.output({}, status_code=204, description="Password changed; other sessions ended")
@bp.doc(responses={422: "Wrong current password or a new password that breaks the policy"})
def change_password(body: ChangePasswordRequest) -> None:
    """Change the password; every other session of the user ends."""
    account.change_password(
        user=_me(),
        auth_session=current_session(),
        current_password=body.current_password,
        new_password=body.new_password,
        client=current_client(),
    )


@bp.get("/registration")
@bp.output(RegistrationRead)
def get_registration() -> dict[str, Any]:
    """Say whether people may sign up, for the sign-in page's "sign up" link."""
    return {"mode": current_settings().REGISTRATION_MODE}


@bp.get("/password-policy")
@bp.output(PasswordPolicyRead)
def get_password_policy() -> dict[str, Any]:
    """Describe the password rules, for forms that show them up front."""
    policy = users.password_policy()
    return {
        "min_length": policy.min_length,
        "max_length": policy.max_length,
        "rules": policy.describe(),
    }


def _update_me(body: ProfileUpdate | ProfileReplace) -> MeRead:
    user = account.update_profile(
        user=_me(), auth_session=current_session(), data=body, client=current_client()
    )
    return _me_read(user)


def _me_read(user: User) -> MeRead:
    # The user's fields are validated once (UserRead); the two lists are ours.
    return MeRead.model_construct(
        **UserRead.model_validate(user).__dict__,
        permissions=sorted(ROLE_PERMISSIONS[user.role]),
        scope=ROLE_SCOPES[user.role],
        assignable_roles=sorted(assignable_roles(user.role)),
        privacy_notice_pending=_flag("privacy_notice_pending", user),
        language=user.language,
        email_opt_out=user.email_opt_out,
    )


def _flag(name: str, user: User) -> bool:
    answer = ME_FLAGS.get(name)
    return answer(user) if answer is not None else False


def _send_refresh_cookie(refresh: IssuedToken) -> None:
    def add_cookie(response: Response) -> Response:
        set_refresh_cookie(response, refresh)
        return response

    after_this_request(add_cookie)


def _without_refresh_cookie(response: Response) -> Response:
    clear_refresh_cookie(response)
    return response


def _token_pair(signed_in: service.SignedIn) -> dict[str, Any]:
    return {
        "access_token": signed_in.access.token,
        "refresh_token": signed_in.refresh.token,
        "token_type": "bearer",
        "expires_in": signed_in.access.expires_in,
        "refresh_expires_in": signed_in.refresh.expires_in,
    }
