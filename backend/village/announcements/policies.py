"""Who sees which announcements, and whom an announcement reaches: pure functions that
build conditions and subqueries (no I/O of their own).

- Staff who write announcements (`announcements:write`) see every one, in every state.
- Other staff (scope `all`, e.g. accounting admins) read what is live: published,
  not archived, not expired.
- A resident reads what is live *and* addressed to them now (village.md,
  "Announcements"), through their current memberships of houses not archived:
  `all` — they are a current member of some house; `owners` — an owner or co-owner
  of one; `zones` — one of their houses is in a listed zone; `houses` — one of
  their houses is listed. Anything else is simply not found (404).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, exists, or_, select, true

from village.announcements.enums import AudienceKind
from village.announcements.models import Announcement, AnnouncementTarget
from village.enums import Permission
from village.houses.models import House, HouseMember, Relation
from village.security.actor import Actor

OWNER_RELATIONS = (Relation.OWNER, Relation.CO_OWNER)


def writes(actor: Actor) -> bool:
    """Staff who write announcements: they see every one and its read counts."""
    return actor.may(Permission.ANNOUNCEMENTS_WRITE)


def live(now: datetime) -> ColumnElement[bool]:
    """Published (its time has come), not archived, not expired, at `now`."""
    return and_(
        Announcement.publish_at.is_not(None),
        Announcement.publish_at <= now,
        Announcement.archived_at.is_(None),
        or_(Announcement.expires_at.is_(None), Announcement.expires_at > now),
    )


def _memberships(user_id: int) -> Select[int]:
    """The person's current memberships of houses that are not archived (house ids)."""
    return (
        select(HouseMember.house_id)
        .join(House, House.id == HouseMember.house_id)
        .where(
            HouseMember.user_id == user_id,
            HouseMember.moved_out_on.is_(None),
            House.archived_at.is_(None),
        )
    )


def addressed_to(user_id: int) -> ColumnElement[bool]:
    """A condition on `Announcement`: it is addressed to this person now."""
    houses = _memberships(user_id)
    zones = select(House.zone).where(House.id.in_(houses), House.zone.is_not(None))
    owns = houses.where(HouseMember.relation.in_(OWNER_RELATIONS))

    def target(condition: ColumnElement[bool]) -> ColumnElement[bool]:
        return exists(
            select(AnnouncementTarget.id).where(
                AnnouncementTarget.announcement_id == Announcement.id, condition
            )
        )

    return or_(
        and_(Announcement.audience_kind == AudienceKind.ALL, exists(houses)),
        and_(Announcement.audience_kind == AudienceKind.OWNERS, exists(owns)),
        and_(
            Announcement.audience_kind == AudienceKind.ZONES,
            target(AnnouncementTarget.zone.in_(zones)),
        ),
        and_(
            Announcement.audience_kind == AudienceKind.HOUSES,
            target(AnnouncementTarget.house_id.in_(houses)),
        ),
    )


def visible(actor: Actor, now: datetime) -> ColumnElement[bool]:
    """A condition on `Announcement`: what this actor may read at `now`."""
    if writes(actor):
        return true()
    if actor.sees_everything:
        return live(now)
    return and_(live(now), addressed_to(actor.id))


def recipients(announcement: Announcement) -> Select[int]:
    """The ids of the people an announcement is addressed to now (distinct): current
    members of houses not archived, narrowed by its audience."""
    stmt = (
        select(HouseMember.user_id)
        .join(House, House.id == HouseMember.house_id)
        .where(HouseMember.moved_out_on.is_(None), House.archived_at.is_(None))
    )
    kind = announcement.audience_kind
    if kind is AudienceKind.OWNERS:
        stmt = stmt.where(HouseMember.relation.in_(OWNER_RELATIONS))
    elif kind is AudienceKind.ZONES:
        stmt = stmt.where(House.zone.in_(announcement.zones))
    elif kind is AudienceKind.HOUSES:
        stmt = stmt.where(House.id.in_(announcement.house_ids))
    return stmt.distinct()
