"""Who may create, change or delete which account: pure functions, no I/O.

The rules of the product contract (product.md, village.md "Accounts"), so that
privilege escalation is impossible:
- only a super admin manages staff accounts (super, village and accounting admins);
- a village admin manages residents only;
- nobody changes their own role or status, or deletes themselves;
- the last active super admin can be neither deleted, demoted nor deactivated.

Each check returns the reason for a denial, or None when the action is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass

from village.enums import Role, UserStatus

MANAGEABLE_ROLES: dict[Role, frozenset[Role]] = {
    Role.SUPER_ADMIN: frozenset(Role),
    Role.VILLAGE_ADMIN: frozenset({Role.RESIDENT}),
    Role.ACCOUNTING_ADMIN: frozenset(),
    Role.RESIDENT: frozenset(),
}


@dataclass(frozen=True)
class Account:
    """What the rules need to know about an actor or a target."""

    id: int
    role: Role
    status: UserStatus

    @property
    def is_active_super_admin(self) -> bool:
        return self.role is Role.SUPER_ADMIN and self.status is UserStatus.ACTIVE


def assignable_roles(actor_role: Role) -> frozenset[Role]:
    """The roles an actor may give to accounts it creates or edits."""
    return MANAGEABLE_ROLES[actor_role]


def check_create(actor: Account, role: Role) -> str | None:
    if role not in MANAGEABLE_ROLES[actor.role]:
        return f"A {actor.role} may not create a {role} account."
    return None


def check_update(
    actor: Account,
    target: Account,
    *,
    role: Role | None = None,
    status: UserStatus | None = None,
    active_super_admins: int,
) -> str | None:
    changes_role = role is not None and role != target.role
    changes_status = status is not None and status != target.status
    if target.role not in MANAGEABLE_ROLES[actor.role]:
        return f"A {actor.role} may not edit a {target.role} account."
    if actor.id == target.id and (changes_role or changes_status):
        return "You cannot change your own role or status."
    if changes_role and role not in MANAGEABLE_ROLES[actor.role]:
        return f"A {actor.role} may not assign the {role} role."
    leaves_super_admins = (changes_role and role is not Role.SUPER_ADMIN) or (
        changes_status and status is not UserStatus.ACTIVE
    )
    if target.is_active_super_admin and leaves_super_admins and active_super_admins <= 1:
        return "The last active super admin cannot be demoted or deactivated."
    return None


def check_delete(actor: Account, target: Account, *, active_super_admins: int) -> str | None:
    if actor.id == target.id:
        return "You cannot delete your own account."
    if target.role not in MANAGEABLE_ROLES[actor.role]:
        return f"A {actor.role} may not delete a {target.role} account."
    if target.is_active_super_admin and active_super_admins <= 1:
        return "The last active super admin cannot be deleted."
    return None
