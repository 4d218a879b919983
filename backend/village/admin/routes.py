"""POST /api/v1/admin/revoke-all-sessions: sign everyone out (incident response)."""

from __future__ import annotations

from typing import cast

from apiflask import APIBlueprint

from village.admin import service
from village.auth.schemas import RevokedCount
from village.security.client import current_client
from village.security.permissions import Permission, current_principal, require
from village.users.models import User

bp = APIBlueprint("admin", __name__, url_prefix="/api/v1/admin")


@bp.post("/revoke-all-sessions")
@require(Permission.SESSIONS_REVOKE_ANY)
@bp.output(RevokedCount, description="Every session has ended, the caller's own included")
def revoke_all_sessions() -> dict[str, int]:
    """End every session of every user at once; new logins keep working."""
    actor = cast(User, current_principal())
    ended = service.force_logout(actor=actor, client=current_client(), via="api")
    return {"ended": ended}
