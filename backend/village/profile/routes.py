"""GET/PATCH /api/v1/village: the village profile."""

from __future__ import annotations

from typing import cast

from apiflask import APIBlueprint

from village.profile import service
from village.profile.models import VillageProfile
from village.profile.schemas import VillageRead, VillageUpdate
from village.security.client import current_client
from village.security.permissions import Permission, current_principal, require
from village.users.models import User

bp = APIBlueprint("profile", __name__, url_prefix="/api/v1/village")


@bp.get("")
@require(Permission.PROFILE_READ)
@bp.output(VillageRead)
def get_village() -> VillageProfile:
    """Show the village profile (anyone signed in)."""
    return service.get()


@bp.patch("")
@require(Permission.VILLAGE_WRITE)
@bp.input(VillageUpdate, arg_name="body")
@bp.output(VillageRead)
def update_village(body: VillageUpdate) -> VillageProfile:
    """Change some fields of the village profile."""
    actor = cast(User, current_principal())
    return service.update(actor=actor, data=body, client=current_client())
