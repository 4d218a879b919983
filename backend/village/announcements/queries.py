"""Reading announcements, always through the actor's view (policies)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select

from village import database
from village.announcements.enums import AnnouncementStatus
from village.announcements.models import Announcement, ReadReceipt
from village.announcements.policies import live, recipients, visible, writes
from village.announcements.schemas import AnnouncementQuery
from village.errors import NotFound
from village.houses.models import House
from village.pagination import PageOf, paginate
from village.security.actor import Actor

NO_SUCH = "No announcement with id {}."
SORT_COLUMNS: dict[str, Any] = {
    "created_at": Announcement.created_at,
    "publish_at": Announcement.publish_at,
    "title": Announcement.title,
}


def get_or_raise(actor: Actor, announcement_id: int, *, now: datetime) -> Announcement:
    """The announcement, if the actor may read it at `now`; otherwise a 404."""
    found = database.session().scalar(
        select(Announcement).where(Announcement.id == announcement_id, visible(actor, now))
    )
    if found is None:
        raise NotFound(NO_SUCH.format(announcement_id))
    return found


def list_page(actor: Actor, query: AnnouncementQuery, *, now: datetime) -> PageOf[Announcement]:
    """Staff who write: everything, filtered and sorted as asked. Everyone else: their
    feed (live and addressed to them), pinned first, then newest first."""
    stmt = select(Announcement).where(visible(actor, now))
    if not writes(actor):
        order = (
            Announcement.pinned.desc(),
            Announcement.publish_at.desc(),
            Announcement.id.desc(),
        )
        return paginate(stmt, query, order_by=order)
    if query.q:
        stmt = stmt.where(Announcement.title.icontains(query.q, autoescape=True))
    if query.status is not None:
        stmt = stmt.where(status_is(query.status, now))
    if query.priority is not None:
        stmt = stmt.where(Announcement.priority == query.priority)
    if query.pinned is not None:
        stmt = stmt.where(Announcement.pinned.is_(query.pinned))
    column = SORT_COLUMNS[query.sort.lstrip("-")]
    descending = query.sort.startswith("-")
    primary = (column.desc() if descending else column.asc()).nulls_last()
    tie_break = Announcement.id.desc() if descending else Announcement.id.asc()
    return paginate(stmt, query, order_by=(primary, tie_break))


def status_is(status: AnnouncementStatus, now: datetime) -> Any:
    """The SQL twin of `Announcement.status_at(now) == status`."""
    ended = or_(
        Announcement.archived_at.is_not(None),
        and_(Announcement.expires_at.is_not(None), Announcement.expires_at <= now),
    )
    if status is AnnouncementStatus.ARCHIVED:
        return ended
    if status is AnnouncementStatus.DRAFT:
        return and_(~ended, Announcement.publish_at.is_(None))
    if status is AnnouncementStatus.SCHEDULED:
        return and_(~ended, Announcement.publish_at > now)
    return live(now)


def read_by(user_id: int, announcement_ids: Iterable[int]) -> set[int]:
    """Which of these announcements the person has opened."""
    ids = sorted(set(announcement_ids))
    if not ids:
        return set()
    return set(
        database.session().scalars(
            select(ReadReceipt.announcement_id).where(
                ReadReceipt.user_id == user_id, ReadReceipt.announcement_id.in_(ids)
            )
        )
    )


def has_read(user_id: int, announcement_id: int) -> bool:
    return bool(read_by(user_id, [announcement_id]))


def recipient_ids(announcement: Announcement) -> list[int]:
    """Whom it is addressed to now (policies.recipients), in id order."""
    return sorted(database.session().scalars(recipients(announcement)))


def counts(announcement: Announcement) -> tuple[int, int]:
    """(read_count, recipient_count): how many of the people it is addressed to now have
    opened it, and how many people that is."""
    addressed = recipients(announcement).subquery()
    db = database.session()
    recipient_count = db.scalar(select(func.count()).select_from(addressed)) or 0
    read_count = (
        db.scalar(
            select(func.count())
            .select_from(ReadReceipt)
            .where(
                ReadReceipt.announcement_id == announcement.id,
                ReadReceipt.user_id.in_(select(addressed.c.user_id)),
            )
        )
        or 0
    )
    return read_count, recipient_count


def missing_zones(zones: Iterable[str]) -> list[str]:
    """The zones no current house is in, in the order given."""
    wanted = list(zones)
    found = set(
        database.session().scalars(
            select(House.zone).where(House.zone.in_(wanted), House.archived_at.is_(None))
        )
    )
    return [zone for zone in wanted if zone not in found]


def missing_houses(house_ids: Iterable[int]) -> list[int]:
    """The ids of no current house, in the order given."""
    wanted = list(house_ids)
    found = set(
        database.session().scalars(
            select(House.id).where(House.id.in_(wanted), House.archived_at.is_(None))
        )
    )
    return [house_id for house_id in wanted if house_id not in found]


def due_for_notification(now: datetime) -> list[Announcement]:
    """Announcements whose publish time has come and whose audience was never notified,
    still live (one archived or expired before its time is never announced), oldest first.
    Locked on PostgreSQL (skip locked), so two runs at once never notify twice."""
    stmt = (
        select(Announcement)
        .where(live(now), Announcement.notified_at.is_(None))
        .order_by(Announcement.publish_at, Announcement.id)
        .with_for_update(skip_locked=True, of=Announcement)
    )
    return list(database.session().scalars(stmt))
