"""Forced logout: end every session (or one user's); their access tokens die with them.

Every authenticated request checks its session row (village.auth.identity), so
revoking the rows is enough: no token list to distribute, and new logins work
at once.
"""

from __future__ import annotations

import logging
from typing import Protocol

from village.audit import service as audit
from village.audit.actions import AuditAction
from village.errors import NotFound
from village.security.client import Client
from village.sessions import service as sessions
from village.users import service as users

log = logging.getLogger("village.security")
REASON = "forced_logout"


class Actor(Protocol):
    id: int
    email: str | None
    full_name: str


def force_logout(*, actor: Actor | None, client: Client, via: str, email: str | None = None) -> int:
    """End every open session, or only those of the account with `email`; audited."""
    if email is None:
        ended = sessions.revoke_everyone(REASON)
        target_type, target_id, target_name = None, None, None
    else:
        user = users.get_by_email(email)
        if user is None:
            raise NotFound(f"No account has the email {email}.")
        ended = sessions.revoke_for_user(user.id, REASON)
        target_type, target_id, target_name = "user", user.id, user.full_name
    audit.record(
        AuditAction.FORCED_LOGOUT,
        actor=actor,
        target_type=target_type,
        target_id=target_id,
        target_name=target_name,
        client=client,
        details={"scope": "user" if email else "everyone", "sessions": ended, "via": via},
    )
    return ended
