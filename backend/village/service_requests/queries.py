"""Reading service requests and their timelines, always through the actor's scope."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, func, or_, select

from village import database
from village.database import utcnow
from village.enums import UserStatus
from village.errors import NotFound
from village.pagination import PageOf, paginate
from village.security.actor import Actor
from village.service_requests.enums import OPEN, Priority, Status
from village.service_requests.models import Comment, ServiceRequest
from village.service_requests.policies import sees_internal, staff_roles, visible_requests
from village.service_requests.schemas import ServiceRequestQuery
from village.users.models import User

PRIORITY_RANK = case(
    {Priority.LOW.value: 0, Priority.NORMAL.value: 1, Priority.HIGH.value: 2,
     Priority.URGENT.value: 3},
    value=ServiceRequest.priority,
    else_=1,
)  # fmt: skip
SORT_COLUMNS: dict[str, Any] = {
    "created_at": ServiceRequest.created_at,
    "updated_at": ServiceRequest.updated_at,
    "priority": PRIORITY_RANK,
    "number": ServiceRequest.number,
}


def get_or_raise(actor: Actor, request_id: int) -> ServiceRequest:
    """The request, if the actor may see it; otherwise, or when there is none, a 404."""
    found = database.session().scalar(
        select(ServiceRequest).where(ServiceRequest.id == request_id, visible_requests(actor))
    )
    if found is None:
        raise NotFound(f"No service request with id {request_id}.")
    return found


def lock(request: ServiceRequest) -> ServiceRequest:
    """Re-read the request with its row locked (PostgreSQL) so two changes of status
    queue rather than both pass the same check; SQLite's write lock already does."""
    database.session().execute(
        select(ServiceRequest.id).where(ServiceRequest.id == request.id).with_for_update()
    )
    database.session().refresh(request)
    return request


def list_page(actor: Actor, query: ServiceRequestQuery) -> PageOf[ServiceRequest]:
    """One page of the requests the actor may see that match the query."""
    stmt = select(ServiceRequest).where(visible_requests(actor))
    if query.q:
        stmt = stmt.where(
            or_(
                ServiceRequest.number.icontains(query.q, autoescape=True),
                ServiceRequest.title.icontains(query.q, autoescape=True),
            )
        )
    if query.status is not None:
        stmt = stmt.where(ServiceRequest.status == query.status)
    if query.open is not None:
        opened = ServiceRequest.status.in_([s.value for s in OPEN])
        stmt = stmt.where(opened if query.open else ~opened)
    for column, value in (
        (ServiceRequest.category, query.category),
        (ServiceRequest.priority, query.priority),
        (ServiceRequest.house_id, query.house_id),
        (ServiceRequest.assignee_id, query.assignee_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if query.common_area is not None:
        none = ServiceRequest.house_id.is_(None)
        stmt = stmt.where(none if query.common_area else ~none)
    if query.unassigned is not None:
        none = ServiceRequest.assignee_id.is_(None)
        stmt = stmt.where(none if query.unassigned else ~none)
    if query.min_open_days is not None:
        cutoff = utcnow() - timedelta(days=query.min_open_days)
        stmt = stmt.where(
            ServiceRequest.status.in_([s.value for s in OPEN]),
            ServiceRequest.created_at <= cutoff,
        )
    column = SORT_COLUMNS[query.sort.lstrip("-")]
    descending = query.sort.startswith("-")
    order = column.desc() if descending else column.asc()
    tie_break = ServiceRequest.id.desc() if descending else ServiceRequest.id.asc()
    return paginate(stmt, query, order_by=(order, tie_break))


def timeline(actor: Actor, request: ServiceRequest) -> list[Comment]:
    """The request's comments and status changes, oldest first; internal ones for staff only."""
    stmt = select(Comment).where(Comment.request_id == request.id)
    if not sees_internal(actor):
        stmt = stmt.where(Comment.internal.is_(False))
    return list(database.session().scalars(stmt.order_by(Comment.created_at, Comment.id)))


def opened_since(user_id: int, since: datetime) -> int:
    """How many requests a person has opened since `since` (the daily limit)."""
    stmt = select(func.count(ServiceRequest.id)).where(
        ServiceRequest.opened_by_id == user_id, ServiceRequest.created_at >= since
    )
    return database.session().scalar(stmt) or 0


def staff_user(user_id: int) -> User | None:
    """The active staff user with this id (one who may be assigned requests), or None."""
    return database.session().scalar(
        select(User).where(
            User.id == user_id,
            User.role.in_(staff_roles()),
            User.status == UserStatus.ACTIVE,
        )
    )


def staff() -> list[User]:
    """Every active staff user (who may be assigned requests), by name."""
    return list(
        database.session().scalars(
            select(User)
            .where(User.role.in_(staff_roles()), User.status == UserStatus.ACTIVE)
            .order_by(User.full_name, User.id)
        )
    )


def resolved_before(cutoff: datetime) -> list[ServiceRequest]:
    """Resolved requests whose resolution is older than `cutoff` (to close automatically)."""
    stmt = (
        select(ServiceRequest)
        .where(ServiceRequest.status == Status.RESOLVED, ServiceRequest.resolved_at <= cutoff)
        .order_by(ServiceRequest.id)
    )
    return list(database.session().scalars(stmt))


def user(user_id: int) -> User | None:
    return database.session().get(User, user_id)
