"""HTTP endpoints of /api/v1/users."""

from __future__ import annotations

from typing import Any, cast

from apiflask import APIBlueprint

from village.pagination import PageOf
from village.security.client import current_client
from village.security.permissions import Permission, current_principal, require
from village.users import password_links, service
from village.users.models import User
from village.users.schemas import (
    MaskedUserRead,
    NationalIdRead,
    SetPasswordLink,
    StatsQuery,
    UserCreate,
    UserPage,
    UserQuery,
    UserReplace,
    UserStats,
    UserUpdate,
)

bp = APIBlueprint("users", __name__, url_prefix="/api/v1/users")
USER_ID = "<id:user_id>"  # 1..2147483647, see village.openapi.IdConverter
RULES = {403: "The role-assignment rules forbid this change"}


def _actor() -> User:
    return cast(User, current_principal())


@bp.get("")
@require(Permission.USERS_READ)
@bp.input(UserQuery, location="query", arg_name="query")
@bp.output(UserPage)
def list_users(query: UserQuery) -> PageOf[User]:
    """List users: paginated, searchable, filterable, sortable."""
    return service.list_page(query)


@bp.post("")
@require(Permission.USERS_WRITE)
@bp.input(UserCreate, arg_name="body")
@bp.output(MaskedUserRead, status_code=201)
@bp.doc(responses={**RULES, 409: "The email is taken"})
def create_user(body: UserCreate) -> User:
    """Create a user with a role the signed-in admin may assign."""
    return service.create(actor=_actor(), data=body, client=current_client())


@bp.get("/stats")
@require(Permission.USERS_READ)
@bp.input(StatsQuery, location="query", arg_name="query")
@bp.output(UserStats)
def get_user_stats(query: StatsQuery) -> dict[str, Any]:
    """Count users by role and status, registrations per day, activity and lockouts."""
    return service.stats(days=query.days)


@bp.get(f"/{USER_ID}")
@require(Permission.USERS_READ)
@bp.output(MaskedUserRead)
def get_user(user_id: int) -> User:
    """Show one user; the national ID masked (see reveal-national-id)."""
    return service.get_or_raise(user_id)


@bp.post(f"/{USER_ID}/reveal-national-id")
@require(Permission.USERS_WRITE)
@bp.output(NationalIdRead)
@bp.doc(responses={**RULES, 404: "No such user, or no national ID on record"})
def reveal_national_id(user_id: int) -> dict[str, str]:
    """Show a user's full national ID number, once, for someone who may edit it (audited)."""
    number = service.reveal_national_id(actor=_actor(), user_id=user_id, client=current_client())
    return {"national_id": number}


@bp.patch(f"/{USER_ID}")
@require(Permission.USERS_WRITE)
@bp.input(UserUpdate, arg_name="body")
@bp.output(MaskedUserRead)
@bp.doc(responses={**RULES, 409: "The email is taken"})
def update_user(user_id: int, body: UserUpdate) -> User:
    """Change some fields of a user."""
    return service.update(actor=_actor(), user_id=user_id, data=body, client=current_client())


@bp.put(f"/{USER_ID}")
@require(Permission.USERS_WRITE)
@bp.input(UserReplace, arg_name="body")
@bp.output(MaskedUserRead)
@bp.doc(responses={**RULES, 409: "The email is taken"})
def replace_user(user_id: int, body: UserReplace) -> User:
    """Replace the editable fields of a user."""
    return service.update(actor=_actor(), user_id=user_id, data=body, client=current_client())


@bp.delete(f"/{USER_ID}")
@require(Permission.USERS_DELETE)
@bp.output({}, status_code=204, description="Deleted")
@bp.doc(responses={**RULES, 409: "The person is or was a member of a house (history)"})
def delete_user(user_id: int) -> None:
    """Delete a user and end their sessions."""
    service.delete(actor=_actor(), user_id=user_id, client=current_client())


@bp.post(f"/{USER_ID}/unlock")
@require(Permission.USERS_WRITE)
@bp.output(MaskedUserRead)
@bp.doc(responses=RULES)
def unlock_user(user_id: int) -> User:
    """Clear the lockout after repeated failed logins."""
    return service.unlock(actor=_actor(), user_id=user_id, client=current_client())


@bp.post(f"/{USER_ID}/set-password-link")
@require(Permission.USERS_WRITE)
@bp.output(SetPasswordLink, status_code=201, description="Shown once: hand it over, or print it")
@bp.doc(responses={**RULES, 409: "The person already chose their own password"})
def create_set_password_link(user_id: int) -> password_links.IssuedLink:
    """Issue a one-time link with which a person sets their password (earlier links stop working).

    For people without a password of their own yet (an owner the office registered,
    a new account); audited. The office hands it over on paper, or the QR code.
    """
    actor = _actor()
    person = service.get_or_raise(user_id)
    service.enforce_manageable(actor, person)
    return password_links.issue(actor=actor, user=person, client=current_client())


@bp.post(f"/{USER_ID}/revoke-sessions")
@require(Permission.SESSIONS_REVOKE_ANY)
@bp.output({}, status_code=204, description="Every session of the user has ended")
def revoke_user_sessions(user_id: int) -> None:
    """End every session of a user; their tokens stop working at once."""
    service.revoke_sessions(actor=_actor(), user_id=user_id, client=current_client())
