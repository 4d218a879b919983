"""Business rules of announcements (village.md, "Announcements").

- A draft (`publish_at` null) or a scheduled announcement can change in every field.
- Once its publish time has passed, its title, body, audience, priority, publish time
  and attachments are frozen (409 `announcement_published`); only `pinned`,
  `expires_at` and archiving change. An archived one changes no more (409
  `announcement_archived`).
- An urgent announcement needs `expires_at` (422), which is after its publish time.
- Audiences name zones some current house is in and ids of current houses (422).
- Publishing notifies the audience once (`notified_at`): at once when published now,
  and through `publish_due` (`flask --app village publish-due`, on a timer) when a
  scheduled time arrives.

Every change is audited in the same transaction.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from werkzeug.datastructures import FileStorage

from village import database
from village.announcements import queries, rendering
from village.announcements.enums import AnnouncementPriority, AnnouncementStatus, AudienceKind
from village.announcements.models import Announcement, AnnouncementTarget, ReadReceipt
from village.announcements.policies import writes
from village.announcements.schemas import (
    AnnouncementCreate,
    AnnouncementPage,
    AnnouncementQuery,
    AnnouncementRead,
    AnnouncementUpdate,
    Audience,
    AudienceRead,
    Author,
)
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.database import utcnow
from village.errors import Conflict, ValidationFailed, field_error
from village.files import queries as file_queries
from village.files import service as files
from village.files.enums import Accept, FileKind
from village.files.models import StoredFile
from village.files.schemas import FileRead
from village.notifications import service as notifications
from village.notifications.events import NotificationEvent
from village.security.actor import Actor
from village.security.client import Client
from village.users.models import User

OWNER_TYPE = "announcement"
ATTACHMENTS_MAX = 10
FROZEN = (
    "This announcement is published: its title, body, audience, priority, publish time "
    "and attachments no longer change; only pinned, expires_at and archiving do."
)
ARCHIVED = "This announcement is archived and no longer changes."
CONTENT_FIELDS = ("title", "body", "audience", "priority", "publish_at")


# --- writing -----------------------------------------------------------------------


def create(
    *, actor: User, data: AnnouncementCreate, client: Client, now: datetime | None = None
) -> Announcement:
    """Add an announcement: a draft, scheduled, or published now (its audience notified)."""
    now = now or utcnow()
    publish_at = _publish_time(data.publish_at, now)
    _check_audience(data.audience)
    _check_times(data.priority, publish_at, data.expires_at, now)
    announcement = Announcement(
        title=data.title,
        body=data.body,
        body_html=rendering.to_html(data.body),
        audience_kind=data.audience.kind,
        priority=data.priority,
        pinned=data.pinned,
        publish_at=publish_at,
        expires_at=data.expires_at,
        author_id=actor.id,
        targets=_targets(data.audience),
    )
    database.session().add(announcement)
    database.session().flush()
    _audit(
        AuditAction.ANNOUNCEMENT_CREATED,
        actor,
        announcement,
        client,
        {"after": _shown(announcement, now)},
    )
    _publish_if_due(announcement, actor, client, now)
    return announcement


def update(
    *,
    actor: User,
    scope: Actor,
    announcement_id: int,
    data: AnnouncementUpdate,
    client: Client,
    now: datetime | None = None,
) -> Announcement:
    """Change the fields sent (see the module's rules for what may change when)."""
    now = now or utcnow()
    announcement = queries.get_or_raise(scope, announcement_id, now=now)
    _refuse_if_archived(announcement)
    changes = data.changes()
    if "audience" in changes:
        changes["audience"] = data.audience
    before = _shown(announcement, now)
    if announcement.was_published(now):
        if any(f in changes and _differs(announcement, f, changes[f]) for f in CONTENT_FIELDS):
            raise Conflict(FROZEN, code="announcement_published")
        changes = {f: v for f, v in changes.items() if f not in CONTENT_FIELDS}
    if "publish_at" in changes:
        changes["publish_at"] = _publish_time(changes["publish_at"], now)
    if "audience" in changes and changes["audience"] is not None:
        audience: Audience = changes.pop("audience")
        if _differs(announcement, "audience", audience):
            _check_audience(audience)
            announcement.audience_kind = audience.kind
            announcement.targets = _targets(audience)
    for field, value in changes.items():
        setattr(announcement, field, value)
    if "body" in changes:
        announcement.body_html = rendering.to_html(announcement.body)
    _check_times(
        announcement.priority,
        announcement.publish_at,
        announcement.expires_at,
        now,
        changed=changes,
    )
    after = _shown(announcement, now)
    diff = {k: {"from": before[k], "to": after[k]} for k in after if before[k] != after[k]}
    if diff:
        database.session().flush()
        _audit(AuditAction.ANNOUNCEMENT_UPDATED, actor, announcement, client, {"changes": diff})
    _publish_if_due(announcement, actor, client, now)
    return announcement


def publish(
    *, actor: User, scope: Actor, announcement_id: int, client: Client, now: datetime | None = None
) -> Announcement:
    """Publish a draft or a scheduled announcement now; a published one stays as it is."""
    now = now or utcnow()
    announcement = queries.get_or_raise(scope, announcement_id, now=now)
    _refuse_if_archived(announcement)
    if not announcement.was_published(now):
        announcement.publish_at = now
        _check_times(
            announcement.priority, now, announcement.expires_at, now, changed={"publish_at": now}
        )
        _publish_if_due(announcement, actor, client, now)
    return announcement


def archive(
    *, actor: User, scope: Actor, announcement_id: int, client: Client, now: datetime | None = None
) -> Announcement:
    """Take an announcement out of every feed (at any state); idempotent."""
    now = now or utcnow()
    announcement = queries.get_or_raise(scope, announcement_id, now=now)
    if announcement.archived_at is None:
        status = announcement.status_at(now)
        announcement.archived_at = now
        database.session().flush()
        _audit(
            AuditAction.ANNOUNCEMENT_ARCHIVED, actor, announcement, client, {"status": str(status)}
        )
    return announcement


def link_of(announcement_id: int) -> str:
    """The dashboard's page of an announcement (where its notification leads)."""
    return f"/announcements/{announcement_id}"


def mark_read(*, scope: Actor, announcement_id: int, now: datetime | None = None) -> None:
    """Record that the person opened it (idempotent, safe when sent twice at once)."""
    now = now or utcnow()
    announcement = queries.get_or_raise(scope, announcement_id, now=now)
    notifications.mark_read_by_link(scope.id, link_of(announcement.id))
    if queries.has_read(scope.id, announcement.id):
        return
    db = database.session()
    try:
        with db.begin_nested():
            db.execute(
                insert(ReadReceipt).values(
                    announcement_id=announcement.id, user_id=scope.id, read_at=now
                )
            )
    except IntegrityError:  # the same person's other request was first: already read
        pass


def add_attachment(
    *,
    actor: User,
    scope: Actor,
    announcement_id: int,
    upload: FileStorage,
    client: Client,
    now: datetime | None = None,
) -> StoredFile:
    """Attach a PDF or an image (meeting papers, a map) before publication."""
    now = now or utcnow()
    announcement = queries.get_or_raise(scope, announcement_id, now=now)
    _refuse_content_change(announcement, now)
    if len(file_queries.files_of(OWNER_TYPE, announcement.id)) >= ATTACHMENTS_MAX:
        raise Conflict(
            f"An announcement has at most {ATTACHMENTS_MAX} attachments.",
            code="too_many_attachments",
        )
    stored = files.store(
        upload, kind=FileKind.ANNOUNCEMENT_ATTACHMENT, accept=Accept.DOCUMENTS, uploaded_by=actor
    )
    files.attach([stored], owner_type=OWNER_TYPE, owner_id=announcement.id)
    _audit(
        AuditAction.ANNOUNCEMENT_UPDATED,
        actor,
        announcement,
        client,
        {"attachment_added": str(stored.id), "filename": stored.filename},
    )
    return stored


def remove_attachment(
    *,
    actor: User,
    scope: Actor,
    announcement_id: int,
    file_id: uuid.UUID,
    client: Client,
    now: datetime | None = None,
) -> None:
    """Take an attachment off before publication."""
    now = now or utcnow()
    announcement = queries.get_or_raise(scope, announcement_id, now=now)
    stored = file_queries.get_or_raise(file_id, owner_type=OWNER_TYPE, owner_id=announcement.id)
    _refuse_content_change(announcement, now)
    files.discard([stored])
    _audit(
        AuditAction.ANNOUNCEMENT_UPDATED,
        actor,
        announcement,
        client,
        {"attachment_removed": str(stored.id), "filename": stored.filename},
    )


def publish_due(*, now: datetime | None = None) -> list[Announcement]:
    """Notify the audience of every announcement whose scheduled time has come and that
    was never announced (once each: `notified_at`); returns those announced."""
    now = now or utcnow()
    due = queries.due_for_notification(now)
    for announcement in due:
        _announce(announcement, None, None, now)
    return due


# --- reading -----------------------------------------------------------------------


def page(actor: Actor, query: AnnouncementQuery) -> AnnouncementPage:
    """One page of what the actor may read (queries.list_page), as they see it."""
    now = utcnow()
    found = queries.list_page(actor, query, now=now)
    return AnnouncementPage(
        items=views(actor, found.items, now=now),
        total=found.total,
        page=found.page,
        per_page=found.per_page,
    )


def view(actor: Actor, announcement_id: int) -> AnnouncementRead:
    """One announcement as the actor sees it; NotFound (404) outside what they may read."""
    now = utcnow()
    return views(actor, [queries.get_or_raise(actor, announcement_id, now=now)], now=now)[0]


def attachment(actor: Actor, announcement_id: int, file_id: uuid.UUID) -> StoredFile:
    """An attachment of an announcement the actor may read; NotFound (404) otherwise."""
    found = queries.get_or_raise(actor, announcement_id, now=utcnow())
    return file_queries.get_or_raise(file_id, owner_type=OWNER_TYPE, owner_id=found.id)


def views(
    actor: Actor, announcements: list[Announcement], *, now: datetime | None = None
) -> list[AnnouncementRead]:
    """The announcements as this actor sees them: `read` for them; counts for staff."""
    now = now or utcnow()
    ids = [a.id for a in announcements]
    read = queries.read_by(actor.id, ids)
    attachments = file_queries.files_by_owner(OWNER_TYPE, ids)
    staff = writes(actor)
    shown = []
    for a in announcements:
        read_count, recipient_count = queries.counts(a) if staff else (None, None)
        shown.append(
            AnnouncementRead(
                id=a.id,
                title=a.title,
                body=a.body,
                body_html=a.body_html,
                audience=AudienceRead(kind=a.audience_kind, zones=a.zones, house_ids=a.house_ids),
                priority=a.priority,
                pinned=a.pinned,
                publish_at=a.publish_at,
                expires_at=a.expires_at,
                archived_at=a.archived_at,
                status=a.status_at(now),
                author=Author.model_validate(a.author) if a.author else None,
                attachments=[FileRead.model_validate(f) for f in attachments.get(a.id, [])],
                created_at=a.created_at,
                updated_at=a.updated_at,
                read=a.id in read,
                read_count=read_count,
                recipient_count=recipient_count,
            )
        )
    return shown


# --- rules -------------------------------------------------------------------------


def _publish_time(value: datetime | None, now: datetime) -> datetime | None:
    """A publish time in the past means now: an announcement is never backdated."""
    if value is None:
        return None
    return max(value, now)


def _check_audience(audience: Audience) -> None:
    errors = []
    if audience.kind is AudienceKind.ZONES and (
        unknown := queries.missing_zones(audience.zones or [])
    ):
        errors.append(
            field_error(
                "audience.zones", f"No house is in zone(s): {', '.join(unknown)}.", "unknown_zone"
            )
        )
    if audience.kind is AudienceKind.HOUSES and (
        unknown_ids := queries.missing_houses(audience.house_ids or [])
    ):
        errors.append(
            field_error(
                "audience.house_ids",
                f"No current house has id(s): {', '.join(map(str, unknown_ids))}.",
                "unknown_house",
            )
        )
    if errors:
        raise ValidationFailed(errors)


def _check_times(
    priority: AnnouncementPriority,
    publish_at: datetime | None,
    expires_at: datetime | None,
    now: datetime,
    *,
    changed: dict[str, Any] | None = None,
) -> None:
    if priority is AnnouncementPriority.URGENT and expires_at is None:
        raise ValidationFailed(
            [field_error("expires_at", "An urgent announcement needs an expiry time.", "required")]
        )
    if expires_at is None or (
        changed is not None and not {"expires_at", "publish_at"} & set(changed)
    ):
        return
    start = publish_at or now
    if expires_at <= start:
        raise ValidationFailed(
            [
                field_error(
                    "expires_at", "The expiry time must be after the publish time.", "too_early"
                )
            ]
        )


def _targets(audience: Audience) -> list[AnnouncementTarget]:
    if audience.kind is AudienceKind.ZONES:
        return [AnnouncementTarget(zone=zone) for zone in audience.zones or []]
    if audience.kind is AudienceKind.HOUSES:
        return [AnnouncementTarget(house_id=house_id) for house_id in audience.house_ids or []]
    return []


def _differs(announcement: Announcement, field: str, value: Any) -> bool:
    if field == "audience":
        audience: Audience = value
        return (audience.kind, sorted(audience.zones or []), sorted(audience.house_ids or [])) != (
            announcement.audience_kind,
            sorted(announcement.zones),
            sorted(announcement.house_ids),
        )
    return bool(getattr(announcement, field) != value)


def _refuse_if_archived(announcement: Announcement) -> None:
    if announcement.archived_at is not None:
        raise Conflict(ARCHIVED, code="announcement_archived")


def _refuse_content_change(announcement: Announcement, now: datetime) -> None:
    _refuse_if_archived(announcement)
    if announcement.was_published(now):
        raise Conflict(FROZEN, code="announcement_published")


def _publish_if_due(
    announcement: Announcement, actor: User | None, client: Client | None, now: datetime
) -> None:
    if (
        announcement.notified_at is None
        and announcement.status_at(now) is AnnouncementStatus.PUBLISHED
    ):
        _announce(announcement, actor, client, now)


def _announce(
    announcement: Announcement, actor: User | None, client: Client | None, now: datetime
) -> None:
    """Notify the audience (once) and audit the publication."""
    recipients = queries.recipient_ids(announcement)
    announcement.notified_at = now
    notify_audience(announcement, recipients)
    database.session().flush()
    _audit(
        AuditAction.ANNOUNCEMENT_PUBLISHED,
        actor,
        announcement,
        client,
        {"recipients": len(recipients), "via": "publish" if actor else "schedule"},
    )


def notify_audience(announcement: Announcement, user_ids: list[int]) -> None:
    """Tell the audience in-app (and by email where they take it, once mail lands):
    event `announcement_published` with the title and priority, linking to the
    announcement's page. Not essential mail: a resident may opt out of it."""
    notifications.notify(
        user_ids,
        NotificationEvent.ANNOUNCEMENT_PUBLISHED,
        params={"title": announcement.title, "priority": str(announcement.priority)},
        link=link_of(announcement.id),
    )


def _shown(announcement: Announcement, now: datetime) -> dict[str, Any]:
    return {
        "title": announcement.title,
        "body_chars": len(announcement.body),
        "audience": {
            "kind": str(announcement.audience_kind),
            "zones": announcement.zones,
            "house_ids": announcement.house_ids,
        },
        "priority": str(announcement.priority),
        "pinned": announcement.pinned,
        "publish_at": _iso(announcement.publish_at),
        "expires_at": _iso(announcement.expires_at),
        "status": str(announcement.status_at(now)),
    }


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _audit(
    action: AuditAction,
    actor: User | None,
    announcement: Announcement,
    client: Client | None,
    details: dict[str, Any] | None = None,
) -> None:
    audit.record(
        action,
        actor=actor,
        target_type="announcement",
        target_id=announcement.id,
        target_name=announcement.title,
        client=client,
        details=details,
    )
