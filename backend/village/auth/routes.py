"""HTTP endpoints of /auth: register, login, refresh, logout, me, change-password."""

from __future__ import annotations

from typing import Any, cast

from apiflask import APIBlueprint
from flask_jwt_extended import get_current_user, get_jwt, verify_jwt_in_request

from village.auth import service
from village.auth.identity import current_session
from village.auth.schemas import (
    ChangePasswordRequest,
    LoginRequest,
    LoginResponse,
    MeRead,
    PasswordPolicyRead,
    ProfileReplace,
    ProfileUpdate,
    RefreshRequest,
    RegisterRequest,
    TokenPair,
)
from village.security.client import current_client
from village.security.permissions import ROLE_PERMISSIONS, Permission, current_principal, require
from village.security.role_rules import assignable_roles
from village.users import service as users
from village.users.models import User
from village.users.schemas import UserRead

bp = APIBlueprint("auth", __name__, url_prefix="/auth", tag="Authentication")


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
    return service.register(data=body.model_dump(exclude_unset=True), client=current_client())


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
    """Sign in with email and password."""
    signed_in = service.login(email=body.email, password=body.password, client=current_client())
    return {**_token_pair(signed_in), "user": signed_in.user}


@bp.post("/refresh")
@bp.input(RefreshRequest, arg_name="body", example={"refresh_token": "<refresh token>"})
@bp.output(
    TokenPair, description="A new access and refresh token; the old refresh token stops working"
)
@bp.doc(security="BearerAuth", responses={401: "Invalid, expired, rotated or reused refresh token"})
def refresh(body: RefreshRequest) -> dict[str, Any]:
    """Exchange a refresh token for a new token pair."""
    verify_jwt_in_request(refresh=True, locations=["json"] if body.refresh_token else ["headers"])
    signed_in = service.refresh(
        user=cast(User, get_current_user()),
        auth_session=current_session(),
        jti=get_jwt()["jti"],
        client=current_client(),
    )
    return _token_pair(signed_in)


@bp.post("/logout")
@require(Permission.PROFILE_READ)
@bp.output({}, status_code=204, description="Signed out")
def logout() -> None:
    """End this session: its access and refresh tokens stop working."""
    service.logout(user=_me(), auth_session=current_session(), client=current_client())


@bp.get("/me")
@require(Permission.PROFILE_READ)
@bp.output(MeRead)
def get_me() -> dict[str, Any]:
    """Show the signed-in user's profile and permissions."""
    return _me_read(_me())


@bp.patch("/me")
@require(Permission.PROFILE_WRITE)
@bp.input(ProfileUpdate, arg_name="body")
@bp.output(MeRead)
@bp.doc(responses={409: "The new email is taken", 422: "Invalid fields or wrong current password"})
def patch_me(body: ProfileUpdate) -> dict[str, Any]:
    """Change some fields of the signed-in user's profile."""
    changes = body.model_dump(exclude_unset=True, exclude={"current_password"})
    return _update_me(changes, body.current_password)


@bp.put("/me")
@require(Permission.PROFILE_WRITE)
@bp.input(ProfileReplace, arg_name="body")
@bp.output(MeRead)
@bp.doc(responses={409: "The new email is taken", 422: "Invalid fields or wrong current password"})
def put_me(body: ProfileReplace) -> dict[str, Any]:
    """Replace the signed-in user's editable profile."""
    changes = body.model_dump(exclude={"current_password"})
    return _update_me(changes, body.current_password)


@bp.post("/change-password")
@require(Permission.PROFILE_WRITE)
@bp.input(ChangePasswordRequest, arg_name="body")
@bp.output({}, status_code=204, description="Password changed; other sessions ended")
@bp.doc(responses={422: "Wrong current password or a new password that breaks the policy"})
def change_password(body: ChangePasswordRequest) -> None:
    """Change the password; every other session of the user ends."""
    service.change_password(
        user=_me(),
        auth_session=current_session(),
        current_password=body.current_password,
        new_password=body.new_password,
        client=current_client(),
    )


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


def _update_me(changes: dict[str, Any], current_password: str | None) -> dict[str, Any]:
    user = service.update_profile(
        user=_me(), changes=changes, current_password=current_password, client=current_client()
    )
    return _me_read(user)


def _me_read(user: User) -> dict[str, Any]:
    return {
        **UserRead.model_validate(user).model_dump(),
        "permissions": sorted(ROLE_PERMISSIONS[user.role]),
        "assignable_roles": sorted(assignable_roles(user.role)),
    }


def _token_pair(signed_in: service.SignedIn) -> dict[str, Any]:
    return {
        "access_token": signed_in.access.token,
        "refresh_token": signed_in.refresh.token,
        "token_type": "bearer",
        "expires_in": signed_in.access.expires_in,
        "refresh_expires_in": signed_in.refresh.expires_in,
    }
