"""Who is told what about a service request (village.md, "Service requests"): the one
place this domain calls `village.notifications`, in the caller's transaction.

- every new request: the staff (service_requests:manage over the whole village);
- every status change and every public comment: the opener (not when they did it);
- an assignment: the new assignee (not when they assigned themselves).
"""

from __future__ import annotations

from collections.abc import Iterable

from village.enums import Permission
from village.notifications import service as notifications
from village.notifications.events import NotificationEvent
from village.service_requests.models import ServiceRequest
from village.users.models import User


def _link(request: ServiceRequest) -> str:
    return f"/service-requests/{request.id}"


def _others(user_ids: Iterable[int | None], actor_id: int | None) -> list[int]:
    return [i for i in dict.fromkeys(user_ids) if i is not None and i != actor_id]


def opened(request: ServiceRequest) -> None:
    staff = notifications.staff_ids(Permission.SERVICE_REQUESTS_MANAGE)
    notifications.notify(
        _others(staff, request.opened_by_id),
        NotificationEvent.SERVICE_REQUEST_SUBMITTED,
        params={
            "number": request.number,
            "title": request.title,
            "category": str(request.category),
            "house_number": request.house.house_number if request.house else None,
        },
        link=_link(request),
    )


def status_changed(request: ServiceRequest, *, actor_id: int | None, reason: str | None) -> None:
    notifications.notify(
        _others([request.opened_by_id], actor_id),
        NotificationEvent.SERVICE_REQUEST_STATUS_CHANGED,
        params={
            "number": request.number,
            "title": request.title,
            "status": str(request.status),
            "reason": reason or None,
        },
        link=_link(request),
    )


def commented(request: ServiceRequest, *, author: User) -> None:
    notifications.notify(
        _others([request.opened_by_id], author.id),
        NotificationEvent.SERVICE_REQUEST_COMMENTED,
        params={"number": request.number, "title": request.title, "author_name": author.full_name},
        link=_link(request),
    )


def assigned(request: ServiceRequest, *, actor_id: int) -> None:
    notifications.notify(
        _others([request.assignee_id], actor_id),
        NotificationEvent.SERVICE_REQUEST_ASSIGNED,
        params={"number": request.number, "title": request.title},
        link=_link(request),
    )
