"""/api/v1/me/notifications: what the signed-in person has been told, and what they read."""

from __future__ import annotations

from apiflask import APIBlueprint

from village.notifications import service
from village.notifications.models import Notification
from village.notifications.schemas import (
    NotificationPage,
    NotificationQuery,
    NotificationRead,
    UnreadCount,
)
from village.pagination import PageOf
from village.security.permissions import Permission, current_principal, require

bp = APIBlueprint("notifications", __name__, url_prefix="/api/v1/me/notifications")


@bp.get("")
@require(Permission.PROFILE_READ)
@bp.input(NotificationQuery, location="query", arg_name="query")
@bp.output(NotificationPage)
def list_notifications(query: NotificationQuery) -> PageOf[Notification]:
    """List my notifications, newest first (`unread_only` for the unread ones)."""
    return service.list_page(current_principal().id, query)


@bp.get("/unread-count")
@require(Permission.PROFILE_READ)
@bp.output(UnreadCount)
def unread_count() -> dict[str, int]:
    """How many of my notifications are unread (the bell's badge)."""
    return {"unread": service.unread_count(current_principal().id)}


@bp.post("/<id:notification_id>/read")
@require(Permission.PROFILE_READ)
@bp.output(NotificationRead)
@bp.doc(responses={404: "No such notification of mine"})
def read_notification(notification_id: int) -> Notification:
    """Mark one of my notifications read (idempotent)."""
    return service.mark_read(current_principal().id, notification_id)


@bp.post("/read-all")
@require(Permission.PROFILE_READ)
@bp.output(UnreadCount)
def read_all() -> dict[str, int]:
    """Mark all my notifications read; answers the unread count left (0)."""
    service.mark_all_read(current_principal().id)
    return {"unread": 0}
