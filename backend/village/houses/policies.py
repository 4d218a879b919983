"""Who sees which houses: pure functions that narrow queries (no I/O of their own).

A resident sees the houses they are a current member of, and nothing else:
every list and every get-by-id of a house, its members or (later) its invoices
goes through `visible_houses`, so another house is simply not found (404).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, select, true

from village.houses.models import House, HouseMember
from village.security.actor import Actor


def current_houses_of(user_id: int) -> Select[int]:
    """The ids of the houses a person is a current member of (a subquery)."""
    return select(HouseMember.house_id).where(
        HouseMember.user_id == user_id, HouseMember.moved_out_on.is_(None)
    )


def visible_houses(actor: Actor) -> ColumnElement[bool]:
    """A condition on `House.id`: every house for staff, a resident's own for a resident."""
    if actor.sees_everything:
        return true()
    return House.id.in_(current_houses_of(actor.id))
