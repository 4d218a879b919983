"""Telling people about events: in-app notifications and email, written in the caller's
transaction.

`notify` is what every domain calls when village.md says someone "is notified";
the rows (and the queued emails, village.mail) commit or roll back with the
event itself, so nobody is told about something that did not happen, and no
request waits on a mail server.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, update

from village import database
from village.config import current_settings
from village.database import utcnow
from village.enums import Permission, Scope, UserStatus
from village.errors import NotFound
from village.mail import outbox
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
    path. Each recipient who is active, has an email and has not opted out of
    email (`email_opt_out`) also gets an email from the event's template
    (village/mail/templates/<event>.<language>.*) in their own language, with the
    link made absolute on DASHBOARD_URL; `essential` mail (account security) goes
    despite an opt-out. Nothing is written for an empty audience.
    """
    return notify_each(event, [Delivery(user_ids, params, link)], essential=essential)


@dataclass(frozen=True)
class Delivery:
    """One notice of a batch: its recipients, its params and its link."""

    user_ids: Iterable[int]
    params: dict[str, Param]
    link: str | None = None


def notify_each(
    event: NotificationEvent, deliveries: Sequence[Delivery], *, essential: bool = False
) -> int:
    """`notify` for many notices of one event at once (a billing run's thousands of
    invoices): one insert of every row and one read of the mail recipients, however many
    notices. Answers how many notifications were written."""
    batch = [(sorted(set(d.user_ids)), d.params, d.link) for d in deliveries]
    rows = [
        {"user_id": user_id, "event": event.value, "params": params, "link": link}
        for recipients, params, link in batch
        for user_id in recipients
    ]
    if rows:
        database.session().execute(insert(Notification), rows)
        _queue_mail(batch, event, essential)
    return len(rows)


MAIL_CHUNK = 1000


def _queue_mail(
    batch: list[tuple[list[int], dict[str, Param], str | None]],
    event: NotificationEvent,
    essential: bool,
) -> None:
    everyone = sorted({user_id for recipients, _, _ in batch for user_id in recipients})
    readers: dict[int, tuple[str, str, str]] = {}
    for start in range(0, len(everyone), MAIL_CHUNK):
        conditions = [
            User.id.in_(everyone[start : start + MAIL_CHUNK]),
            User.email.is_not(None),
            User.status == UserStatus.ACTIVE,
        ]
        if not essential:
            conditions.append(User.email_opt_out.is_(False))
        for user_id, email, full_name, language in database.session().execute(
            select(User.id, User.email, User.full_name, User.language).where(*conditions)
        ):
            if email:
                readers[user_id] = (email, full_name, language)
    base = current_settings().dashboard_url
    mails = [
        outbox.Mail(
            to=email,
            template=event.value,
            params={**params, "recipient": full_name, "url": f"{base}{link}" if link else None},
            language=language,
            to_name=full_name,
            essential=essential,
        )
        for recipients, params, link in batch
        for user_id in recipients
        if user_id in readers
        for email, full_name, language in [readers[user_id]]
    ]
    # A stored address mail cannot take is logged and left out: the in-app row stands.
    outbox.enqueue_many(mails, skip_invalid=True)


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
