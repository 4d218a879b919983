"""Exhaustive tests of the role-assignment rules: every actor x target x change."""

from __future__ import annotations

import itertools

import pytest

from village.enums import Role, UserStatus
from village.security.role_rules import (
    Account,
    assignable_roles,
    check_create,
    check_delete,
    check_update,
)

SA, VA, AA, R = Role.SUPER_ADMIN, Role.VILLAGE_ADMIN, Role.ACCOUNTING_ADMIN, Role.RESIDENT
ACTIVE, INACTIVE, PENDING = UserStatus.ACTIVE, UserStatus.INACTIVE, UserStatus.PENDING

# The contract, written out by hand: which roles each role may manage (village.md,
# "Accounts": staff accounts are super admins' business; village admins manage residents).
EXPECTED_MANAGEABLE = {SA: {SA, VA, AA, R}, VA: {R}, AA: set(), R: set()}


def actor(role: Role) -> Account:
    return Account(id=1, role=role, status=ACTIVE)


def target(role: Role, status: UserStatus = ACTIVE) -> Account:
    return Account(id=2, role=role, status=status)


@pytest.mark.parametrize(("actor_role", "new_role"), list(itertools.product(Role, Role)))
def test_create_only_manageable_roles(actor_role, new_role):
    allowed = check_create(actor(actor_role), new_role) is None
    assert allowed == (new_role in EXPECTED_MANAGEABLE[actor_role])


@pytest.mark.parametrize("actor_role", list(Role))
def test_assignable_roles_match_contract(actor_role):
    assert assignable_roles(actor_role) == EXPECTED_MANAGEABLE[actor_role]


@pytest.mark.parametrize(
    ("actor_role", "target_role", "new_role"), list(itertools.product(Role, Role, [*Role, None]))
)
def test_role_changes_of_others(actor_role, target_role, new_role):
    manageable = EXPECTED_MANAGEABLE[actor_role]
    allowed = (
        check_update(actor(actor_role), target(target_role), role=new_role, active_super_admins=2)
        is None
    )
    expected = target_role in manageable and (
        new_role is None or new_role == target_role or new_role in manageable
    )
    assert allowed == expected


@pytest.mark.parametrize(
    ("actor_role", "target_role", "new_status"),
    list(itertools.product(Role, Role, [*UserStatus, None])),
)
def test_status_changes_of_others(actor_role, target_role, new_status):
    allowed = (
        check_update(
            actor(actor_role), target(target_role), status=new_status, active_super_admins=2
        )
        is None
    )
    assert allowed == (target_role in EXPECTED_MANAGEABLE[actor_role])


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize(
    ("new_role", "new_status"), [(r, None) for r in Role] + [(None, s) for s in UserStatus]
)
def test_nobody_changes_their_own_role_or_status(role, new_role, new_status):
    me = Account(id=7, role=role, status=ACTIVE)
    denial = check_update(me, me, role=new_role, status=new_status, active_super_admins=5)
    changes = (new_role not in (None, role)) or (new_status not in (None, ACTIVE))
    if role in EXPECTED_MANAGEABLE[role]:  # only a super admin manages its own role at all
        assert (denial is None) == (not changes)
        if changes:
            assert "your own" in denial
    else:
        assert denial is not None


def test_editing_own_other_fields_is_allowed_for_super_admin():
    me = Account(id=7, role=SA, status=ACTIVE)
    assert check_update(me, me, role=SA, status=ACTIVE, active_super_admins=1) is None


@pytest.mark.parametrize(
    ("new_role", "new_status", "allowed"),
    [
        (VA, None, False),
        (R, None, False),
        (None, INACTIVE, False),
        (None, PENDING, False),
        (SA, ACTIVE, True),
        (None, None, True),
    ],
)
def test_last_active_super_admin_is_protected(new_role, new_status, allowed):
    other_super = Account(id=1, role=SA, status=ACTIVE)
    # Only one *active* super admin: the other one is inactive.
    last = target(SA)
    result = check_update(
        other_super, last, role=new_role, status=new_status, active_super_admins=1
    )
    assert (result is None) == allowed
    if not allowed:
        assert "last active super admin" in result


def test_a_second_super_admin_may_be_demoted():
    assert check_update(actor(SA), target(SA), role=VA, active_super_admins=2) is None


def test_inactive_super_admin_is_not_the_protected_one():
    assert check_update(actor(SA), target(SA, INACTIVE), role=R, active_super_admins=1) is None


@pytest.mark.parametrize(("actor_role", "target_role"), list(itertools.product(Role, Role)))
def test_delete_only_manageable_targets(actor_role, target_role):
    allowed = check_delete(actor(actor_role), target(target_role), active_super_admins=2) is None
    assert allowed == (target_role in EXPECTED_MANAGEABLE[actor_role])


@pytest.mark.parametrize("role", list(Role))
def test_nobody_deletes_themselves(role):
    me = Account(id=3, role=role, status=ACTIVE)
    assert check_delete(me, me, active_super_admins=3) == "You cannot delete your own account."


def test_last_active_super_admin_cannot_be_deleted():
    assert "last active super admin" in check_delete(actor(SA), target(SA), active_super_admins=1)
    assert check_delete(actor(SA), target(SA), active_super_admins=2) is None
