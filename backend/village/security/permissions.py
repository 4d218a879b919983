"""Roles, permissions, and the decorator endpoints use to demand a permission.

`ROLE_PERMISSIONS` is the single place where roles meet permissions; endpoints
name the permission they need, never a role.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, Protocol, TypeVar, cast

from flask import request
from flask_jwt_extended import get_current_user, verify_jwt_in_request
from flask_jwt_extended.exceptions import WrongTokenError

from village.enums import Permission, Role, Scope
from village.errors import PermissionDenied

__all__ = [
    "ROLE_PERMISSIONS",
    "ROLE_SCOPES",
    "PasswordChangeRequired",
    "Permission",
    "Principal",
    "current_principal",
    "deny",
    "has_permission",
    "require",
]

F = TypeVar("F", bound=Callable[..., Any])


_SELF_SERVICE = frozenset({Permission.PROFILE_READ, Permission.PROFILE_WRITE})

# product.md "Who uses it" and village.md "Permissions": the one place roles meet them.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SUPER_ADMIN: frozenset(Permission),
    Role.VILLAGE_ADMIN: _SELF_SERVICE
    | {
        Permission.USERS_READ,
        Permission.USERS_WRITE,
        Permission.VILLAGE_WRITE,
        Permission.HOUSES_READ,
        Permission.HOUSES_WRITE,
        Permission.ANNOUNCEMENTS_WRITE,
        Permission.SERVICE_REQUESTS_MANAGE,
        Permission.PRIVACY_MANAGE,
        Permission.FINANCE_READ,
        Permission.PAYMENTS_RECORD,
    },
    Role.ACCOUNTING_ADMIN: _SELF_SERVICE
    | {
        Permission.USERS_READ,
        Permission.HOUSES_READ,
        Permission.FINANCE_READ,
        Permission.FINANCE_WRITE,
        Permission.PAYMENTS_RECORD,
        Permission.FINANCE_APPROVE,
    },
    # A resident reads houses and their finance, and manages service requests, in their
    # scope only.
    Role.RESIDENT: _SELF_SERVICE
    | {Permission.HOUSES_READ, Permission.FINANCE_READ, Permission.SERVICE_REQUESTS_MANAGE},
}
# How far each role's permissions reach; services narrow their queries with it.
ROLE_SCOPES: dict[Role, Scope] = dict.fromkeys(Role, Scope.ALL) | {Role.RESIDENT: Scope.OWN_HOUSES}


def has_permission(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


class Principal(Protocol):
    """Whoever the current access token belongs to (a `User` row)."""

    id: int
    role: Role
    password_change_required: bool


def current_principal() -> Principal:
    """The authenticated user of this request; only valid inside `@require`."""
    return cast(Principal, get_current_user())


def _verify_access_or_refresh() -> None:
    """An access token, or else the session's refresh token (RFC 7009 clients revoke with
    it): as `Authorization: Bearer`, as `refresh_token` in a JSON body, or (browsers) in
    the HttpOnly cookie with the CSRF header."""
    if "Authorization" in request.headers:
        try:
            verify_jwt_in_request()
        except WrongTokenError:  # a valid refresh token where an access token was expected
            verify_jwt_in_request(refresh=True, locations=["headers"])
        return
    body = request.get_json(silent=True) if request.is_json else None
    in_body = isinstance(body, dict) and "refresh_token" in body
    verify_jwt_in_request(refresh=True, locations=["json" if in_body else "cookies"])


class PasswordChangeRequired(PermissionDenied):
    """An initial password from the office is still in use (village.md, "Accounts")."""

    slug, title = "password-change-required", "Password change required"


def require(
    permission: Permission,
    *,
    or_refresh_token: bool = False,
    before_password_change: bool = False,
) -> Callable[[F], F]:
    """Demand a valid access token whose user holds `permission`.

    Put it directly under the route decorator so authentication runs before
    body validation: an anonymous request gets 401, not a 422. With
    `or_refresh_token`, a client may instead present the session's refresh
    token (used by logout). A user still on an initial password from the
    office gets 403 `password-change-required` everywhere except on the
    endpoints marked `before_password_change` (their profile, changing the
    password, signing out).
    """

    def decorator(view: F) -> F:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if or_refresh_token:
                _verify_access_or_refresh()
            else:
                verify_jwt_in_request()
            principal = current_principal()
            if not has_permission(principal.role, permission):
                deny(principal, permission)
            if principal.password_change_required and not before_password_change:
                raise PasswordChangeRequired(
                    "Choose your own password first (POST /auth/change-password): the one "
                    "the estate office gave you only lets you do that."
                )
            return view(*args, **kwargs)

        spec = wrapper.__dict__.setdefault("_spec", {})
        spec["security"] = "BearerAuth"
        spec["responses"] = {
            **spec.get("responses", {}),
            401: "Missing, invalid, expired or revoked access token",
            403: f"The signed-in user lacks the `{permission}` permission",
        }
        wrapper.required_permission = permission  # type: ignore[attr-defined]
        return cast(F, wrapper)

    return decorator


def deny(principal: Principal, permission: Permission, detail: str | None = None) -> None:
    """Refuse the request with 403 (logged and counted where errors are processed)."""
    raise PermissionDenied(
        detail or f"This action needs the '{permission}' permission.",
        permission=str(permission),
    )
