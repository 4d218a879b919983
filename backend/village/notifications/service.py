"""Telling people about events: in-app notifications, written in the caller's transaction.

`notify` is what every domain calls when village.md says someone "is notified";
the rows commit (or roll back) with the event itself, so a notification is never
sent for something that did not happen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, insert, select, update

from village import database
from village.database import utcnow
from village.enums import Permission, Scope, UserStatus
from village.errors import NotFound
from village.notifications.events import NotificationEvent
from village.notifications.models import Notification
from village.notifications.schemas import NotificationQuery, Param
from village.pagination import PageOf, paginate
from village.security.permissions import ROLE_PERMISSIONS, ROLE_SCOPES
from village.users.models import User


def notify(
    user_ids: Iterable[int],
    event: NotificationEvent,
    *,
    params: dict[str, Param],
    link: str | None = None,
    essential: bool = False,
) -> int:
    """Notify each user once (duplicates in `user_ids` are dropped) and answer how many.

    `params` are the event's (see `events.NotificationEvent`); `link` a dashboard
    path. `essential` marks mail a user cannot opt out of (account security).
    Nothing is written for an empty audience.
    """
    del essential  # used by the mail outbox once e-mail is queued here
    recipients = sorted(set(user_ids))
    if recipients:
        database.session().execute(
            insert(Notification),
            [
                {"user_id": user_id, "event": event.value, "params": params, "link": link}
                for user_id in recipients
            ],
        )
    return len(recipients)


def staff_ids(permission: Permission) -> list[int]:
    """The active users whose role holds `permission` over the whole village."""
    roles = [
        role
        for role, held in ROLE_PERMISSIONS.items()
        if permission in held and ROLE_SCOPES[role] is Scope.ALL
    ]
    return list(
        database.session().scalars(
            select(User.id).where(User.role.in_(roles), User.status == UserStatus.ACTIVE)
        )
    )


def list_page(user_id: int, query: NotificationQuery) -> PageOf[Notification]:
    """A page of the user's notifications, newest first."""
    stmt = select(Notification).where(Notification.user_id == user_id)
    if query.unread_only:
        stmt = stmt.where(Notification.read_at.is_(None))
    return paginate(stmt, query, order_by=[Notification.id.desc()])


def unread_count(user_id: int) -> int:
    return (
        database.session().scalar(
            select(func.count()).where(
                Notification.user_id == user_id, Notification.read_at.is_(None)
            )
        )
        or 0
    )


def mark_read(user_id: int, notification_id: int) -> Notification:
    """Mark one of the user's notifications read (again: no change). Raises NotFound
    for another person's notification, as for one that does not exist."""
    found = database.session().scalar(
        select(Notification).where(
            Notification.id == notification_id, Notification.user_id == user_id
        )
    )
    if found is None:
        raise NotFound(f"No notification with id {notification_id}.")
    if found.read_at is None:
        found.read_at = utcnow()
    return found


def mark_read_by_link(user_id: int, link: str) -> int:
    """Mark the user's unread notifications that open `link` read: reading the thing
    itself (an announcement, a request) answers what the bell said about it."""
    result: Any = database.session().execute(
        update(Notification)
        .where(
            Notification.user_id == user_id,
            Notification.link == link,
            Notification.read_at.is_(None),
        )
        .values(read_at=utcnow())
    )
    return int(result.rowcount or 0)


def mark_all_read(user_id: int) -> int:
    """Mark every unread notification of the user read; answers how many changed."""
    result: Any = database.session().execute(
        update(Notification)
        .where(Notification.user_id == user_id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )
    return int(result.rowcount or 0)
