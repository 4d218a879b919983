"""Whom an arrears row names: the house's owner, read for many houses at once."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from village import database
from village.houses.enums import Relation
from village.houses.models import HouseMember
from village.users.models import User

DEVELOPER = "ผู้จัดสรรที่ดิน (ผู้พัฒนาโครงการ) / The developer"
OWNERS = (Relation.OWNER, Relation.CO_OWNER)
CHUNK = 500


def owner_names(house_ids: Sequence[int]) -> dict[int, str]:
    """Per house, its current owner's name (the primary contact among the owners first),
    else its primary contact or first current member; houses nobody lives in are absent."""
    found: dict[int, tuple[bool, str]] = {}
    ids = sorted(set(house_ids))
    for start in range(0, len(ids), CHUNK):
        rows = database.session().execute(
            select(HouseMember.house_id, HouseMember.relation, User.full_name)
            .join(User, User.id == HouseMember.user_id)
            .where(
                HouseMember.house_id.in_(ids[start : start + CHUNK]),
                HouseMember.moved_out_on.is_(None),
            )
            .order_by(HouseMember.house_id, HouseMember.is_primary_contact.desc(), HouseMember.id)
        )
        for house_id, relation, name in rows:
            owner = relation in OWNERS
            if house_id not in found or (owner and not found[house_id][0]):
                found[house_id] = (owner, name)
    return {house_id: name for house_id, (_, name) in found.items()}
