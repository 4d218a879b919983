"""Who sees which service requests, and who counts as the office (pure: no I/O).

Staff (`service_requests:manage` with the whole village in scope) see every
request. A resident sees the requests of the houses they are a current member
of, and the common-area requests (no house) they opened themselves; anything
else is not found (404), in lists and by id alike. Internal comments are the
office's only.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_, true

from village.enums import Permission, Role
from village.houses.policies import current_houses_of
from village.security.actor import Actor
from village.security.permissions import ROLE_SCOPES, has_permission
from village.service_requests.models import ServiceRequest


def is_staff(actor: Actor) -> bool:
    """The office side of the table: manages requests for the whole village."""
    return actor.sees_everything and actor.may(Permission.SERVICE_REQUESTS_MANAGE)


def staff_roles() -> list[Role]:
    """The roles whose holders are staff for requests (assignable, told of new ones)."""
    return [
        role
        for role in Role
        if has_permission(role, Permission.SERVICE_REQUESTS_MANAGE)
        and ROLE_SCOPES[role].value == "all"
    ]


def visible_requests(actor: Actor) -> ColumnElement[bool]:
    """A condition on ServiceRequest: all for staff; a resident's houses' and own
    common-area ones for a resident."""
    if actor.sees_everything:
        return true()
    return or_(
        ServiceRequest.house_id.in_(current_houses_of(actor.id)),
        and_(ServiceRequest.house_id.is_(None), ServiceRequest.opened_by_id == actor.id),
    )


def sees_internal(actor: Actor) -> bool:
    return is_staff(actor)
