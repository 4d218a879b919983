"""The `Actor`: who is acting on this request, what they may do and how far it reaches.

Built once per request from the signed-in user and handed to services, which
decide object-level access with it (each domain's `policies.py` narrows its
queries by `scope`, so an object outside it is simply not found: 404, not 403).
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import g

from village.enums import Permission, Role, Scope
from village.security.permissions import ROLE_PERMISSIONS, ROLE_SCOPES, current_principal


@dataclass(frozen=True)
class Actor:
    id: int
    role: Role
    permissions: frozenset[Permission]
    scope: Scope

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions

    @property
    def sees_everything(self) -> bool:
        return self.scope is Scope.ALL


def actor_for(user_id: int, role: Role) -> Actor:
    return Actor(user_id, role, ROLE_PERMISSIONS[role], ROLE_SCOPES[role])


def current_actor() -> Actor:
    """The actor of this request (only inside `@require`), built once."""
    actor: Actor | None = g.get("village_actor")
    if actor is None:
        principal = current_principal()
        actor = g.village_actor = actor_for(principal.id, principal.role)
    return actor
