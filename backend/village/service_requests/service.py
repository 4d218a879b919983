"""Business rules of service requests (village.md, "Service requests").

Numbers are SR{fiscal year B.E.}-{6 digits}, drawn in the transaction that opens
the request (gap-free). The status machine is `machine.TRANSITIONS`; every
change is audited in the same transaction and the people concerned are told
(`notices`). A resident opens requests only for their own current houses (or a
common area), at most `DAILY_LIMIT` a day, counted in the database so the limit
holds across workers.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from werkzeug.datastructures import FileStorage

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.database import utcnow
from village.errors import Conflict, NotFound, PermissionDenied, ValidationFailed, field_error
from village.files import queries as file_queries
from village.files import service as files
from village.files.enums import Accept, FileKind
from village.files.models import StoredFile
from village.houses import queries as houses
from village.houses.policies import current_houses_of
from village.numbering.enums import DocumentPrefix
from village.numbering.service import next_number
from village.profile import service as profile
from village.security.actor import Actor
from village.security.client import Client
from village.security.ratelimit import RateLimited
from village.service_requests import machine, notices, queries
from village.service_requests.enums import Status
from village.service_requests.machine import RESOLUTION_WINDOW, Who
from village.service_requests.models import Comment, ServiceRequest
from village.service_requests.policies import is_staff
from village.service_requests.schemas import (
    CommentCreate,
    ServiceRequestCreate,
    ServiceRequestUpdate,
    TransitionRequest,
)
from village.users.models import User

DAILY_LIMIT = 10  # requests a resident may open per day (village.md)
MAX_PHOTOS = 10  # photos per request
OWNER_TYPE = "service_request"  # the files' owner_type


# --- opening -----------------------------------------------------------------------


def open_request(
    *, actor: User, scope: Actor, data: ServiceRequestCreate, client: Client
) -> ServiceRequest:
    """Open a request and give it the next SR number.

    A resident: `house_id` must be one of their current houses (422 `unknown_house`
    otherwise, whether or not it exists), or null for a common area when they have a
    house (422 `no_house`); beyond DAILY_LIMIT today (the village's day) a 429 with
    Retry-After. Staff: any existing house, or none.
    """
    staff = is_staff(scope)
    _check_house(scope, data.house_id, staff=staff)
    if not staff:
        _within_daily_limit(actor)
    request = ServiceRequest(
        number=next_number(
            DocumentPrefix.SERVICE_REQUEST, fiscal_year=profile.fiscal_year(profile.today())
        ),
        house_id=data.house_id,
        category=data.category,
        title=data.title,
        description=data.description,
        priority=data.priority,
        status=Status.SUBMITTED,
        opened_by_id=actor.id,
    )
    database.session().add(request)
    database.session().flush()
    database.session().refresh(request)
    _audit(
        AuditAction.SERVICE_REQUEST_OPENED,
        actor,
        request,
        client,
        {
            "house_id": data.house_id,
            "category": str(data.category),
            "priority": str(data.priority),
            "title": data.title,
        },
    )
    notices.opened(request)
    return request


def _check_house(scope: Actor, house_id: int | None, *, staff: bool) -> None:
    if house_id is None:
        if staff:
            return
        has_house = database.session().scalar(current_houses_of(scope.id).limit(1))
        if has_house is None:
            raise ValidationFailed(
                [field_error("house_id", "You are not a member of any house yet.", "no_house")]
            )
        return
    try:
        houses.get_or_raise(scope, house_id)
    except NotFound:  # the same answer whether it exists or not
        raise ValidationFailed(
            [field_error("house_id", f"No house with id {house_id} of yours.", "unknown_house")]
        ) from None


def _within_daily_limit(actor: User) -> None:
    """Count today's requests with the person's row locked, so that parallel requests
    (on any worker) queue and the eleventh is refused."""
    database.session().execute(select(User.id).where(User.id == actor.id).with_for_update())
    zone = ZoneInfo(profile.get().timezone)
    start = datetime.combine(profile.today(), time(0), zone)
    if queries.opened_since(actor.id, start) >= DAILY_LIMIT:
        tomorrow = start + timedelta(days=1)
        wait = max(1, int((tomorrow - utcnow()).total_seconds()))
        raise RateLimited(
            f"You have opened {DAILY_LIMIT} requests today, the most a day; try again "
            "tomorrow or call the estate office.",
            headers={"Retry-After": str(wait)},
            extra={"code": "daily_limit"},
        )


# --- triage ------------------------------------------------------------------------


def update_request(
    *, actor: User, scope: Actor, request_id: int, data: ServiceRequestUpdate, client: Client
) -> ServiceRequest:
    """Staff: assign (a staff user; 422 `not_staff` otherwise), unassign, re-prioritise,
    re-categorise. 403 for a resident; 409 `request_finished` once terminal."""
    request = queries.get_or_raise(scope, request_id)
    if not is_staff(scope):
        raise PermissionDenied("Only the estate office assigns and prioritises requests.")
    queries.lock(request)
    if request.is_terminal:
        raise Conflict(
            f"This request is {request.status}: it cannot change.", code="request_finished"
        )
    values = data.changes()
    diff: dict[str, Any] = {}
    if "assignee_id" in values and values["assignee_id"] != request.assignee_id:
        new = values["assignee_id"]
        if new is not None and queries.staff_user(new) is None:
            raise ValidationFailed(
                [field_error("assignee_id", "Assign the request to a staff member.", "not_staff")]
            )
        diff["assignee_id"] = {"from": request.assignee_id, "to": new}
        request.assignee_id = new
    for field in ("priority", "category"):
        if field in values and values[field] != getattr(request, field):
            diff[field] = {"from": str(getattr(request, field)), "to": str(values[field])}
            setattr(request, field, values[field])
    if diff:
        database.session().flush()
        database.session().refresh(request)
        _audit(AuditAction.SERVICE_REQUEST_UPDATED, actor, request, client, {"changes": diff})
        if "assignee_id" in diff:
            notices.assigned(request, actor_id=actor.id)
    return request


# --- the status machine ------------------------------------------------------------


def allowed_transitions(scope: Actor, request: ServiceRequest) -> list[Status]:
    """The statuses this actor may move the request to now (the dashboard's buttons)."""
    now = utcnow()
    return [
        target
        for target in machine.allowed_from(request.status)
        if _refusal(scope, request, target, now) is None
    ]


def _refusal(
    scope: Actor, request: ServiceRequest, target: Status, now: datetime
) -> tuple[str, str] | None:
    """Why this actor may not move the request to `target` now: (code, message), or None."""
    rule = machine.rule_for(request.status, target)
    if rule is None:
        allowed = ", ".join(machine.allowed_from(request.status)) or "nothing (it is final)"
        return (
            "illegal_transition",
            f"A {request.status} request cannot become {target}; it can become: {allowed}.",
        )
    if rule.who is Who.STAFF and not is_staff(scope):
        return ("staff_only", f"Only the estate office moves a request to {target}.")
    if rule.who is Who.OPENER and request.opened_by_id != scope.id:
        return ("opener_only", f"Only the person who opened the request moves it to {target}.")
    if (
        request.status is Status.RESOLVED
        and target is Status.IN_PROGRESS
        and (request.resolved_at is None or now - request.resolved_at > RESOLUTION_WINDOW)
    ):
        return (
            "reopen_window_passed",
            f"A request reopens within {RESOLUTION_WINDOW.days} days of its resolution; "
            "open a new one.",
        )
    return None


def transition(
    *, actor: User, scope: Actor, request_id: int, data: TransitionRequest, client: Client
) -> ServiceRequest:
    """Move the request to `data.to` as the table allows (409 with a `code` otherwise:
    illegal_transition, staff_only, opener_only, reopen_window_passed). A reason is
    required for on_hold and rejected (422); a rating only when closing (422)."""
    request = queries.lock(queries.get_or_raise(scope, request_id))
    now = utcnow()
    refusal = _refusal(scope, request, data.to, now)
    if refusal is not None:
        code, message = refusal
        if code != "illegal_transition":
            message += f" (It is {request.status}.)"
        raise Conflict(message, code=code)
    rule = machine.rule_for(request.status, data.to)
    assert rule is not None  # noqa: S101 - _refusal checked it
    errors = []
    if rule.reason_required and not data.reason:
        errors.append(field_error("reason", f"Say why it is {data.to}.", "reason_required"))
    if data.to is not Status.CLOSED:
        for field in ("rating", "rating_comment"):
            if getattr(data, field) is not None:
                errors.append(field_error(field, "Only given when closing.", "only_when_closing"))
    if errors:
        raise ValidationFailed(errors)
    before = request.status
    _apply(request, data.to, now)
    if data.to is Status.CLOSED:
        request.rating = data.rating
        request.rating_comment = data.rating_comment or None
    _record_change(request, before, author_id=actor.id, reason=data.reason)
    details: dict[str, Any] = {"from": str(before), "to": str(data.to)}
    if data.reason:
        details["reason"] = data.reason
    if data.rating is not None:
        details["rating"] = data.rating
    _audit(AuditAction.SERVICE_REQUEST_STATUS_CHANGED, actor, request, client, details)
    notices.status_changed(request, actor_id=actor.id, reason=data.reason)
    return request


def _apply(request: ServiceRequest, target: Status, now: datetime) -> None:
    """The table's effects of moving to `target`."""
    if request.status is Status.RESOLVED and target is Status.IN_PROGRESS:
        request.reopen_count += 1
        request.resolved_at = None
    if target is Status.IN_PROGRESS and request.first_response_at is None:
        request.first_response_at = now
    if target is Status.RESOLVED:
        request.resolved_at = now
    if target in (Status.CLOSED, Status.CANCELLED, Status.REJECTED):
        request.closed_at = now
    request.status = target


def _record_change(
    request: ServiceRequest, before: Status, *, author_id: int | None, reason: str | None
) -> None:
    database.session().add(
        Comment(
            request_id=request.id,
            author_id=author_id,
            body=reason or "",
            internal=False,
            status_from=before,
            status_to=request.status,
        )
    )
    database.session().flush()
    database.session().refresh(request)


def close_resolved(*, now: datetime | None = None) -> list[ServiceRequest]:
    """Close every request resolved more than RESOLUTION_WINDOW ago (the close-resolved
    command, on a timer); each change is audited (no actor) and its opener told."""
    now = now or utcnow()
    closed = []
    for request in queries.resolved_before(now - RESOLUTION_WINDOW):
        queries.lock(request)
        if request.status is not Status.RESOLVED:  # reopened or closed meanwhile
            continue
        _apply(request, Status.CLOSED, now)
        _record_change(request, Status.RESOLVED, author_id=None, reason=None)
        audit.record(
            AuditAction.SERVICE_REQUEST_STATUS_CHANGED,
            target_type="service_request",
            target_id=request.id,
            target_name=request.number,
            details={"from": "resolved", "to": "closed", "automatic": True},
        )
        notices.status_changed(request, actor_id=None, reason=None)
        closed.append(request)
    return closed


# --- comments and photos -----------------------------------------------------------


def add_comment(
    *, actor: User, scope: Actor, request_id: int, data: CommentCreate, client: Client
) -> Comment:
    """Comment on a request; `internal` (staff only, 403 for a resident) stays the
    office's. A public comment by someone else tells the opener."""
    request = queries.get_or_raise(scope, request_id)
    if data.internal and not is_staff(scope):
        raise PermissionDenied("Internal notes are the estate office's.")
    comment = Comment(
        request_id=request.id, author_id=actor.id, body=data.body, internal=data.internal
    )
    database.session().add(comment)
    database.session().flush()
    database.session().refresh(comment)
    _audit(
        AuditAction.SERVICE_REQUEST_COMMENTED,
        actor,
        request,
        client,
        {"comment_id": comment.id, "internal": data.internal},
    )
    if not data.internal:
        notices.commented(request, author=actor)
    return comment


def add_photo(
    *, actor: User, scope: Actor, request_id: int, upload: FileStorage, client: Client
) -> StoredFile:
    """Attach a photo (JPEG, PNG or WebP, re-encoded without EXIF by village.files: 415,
    413, 422 otherwise). 409 `request_finished` once terminal, `too_many_photos` past
    MAX_PHOTOS."""
    request = queries.lock(queries.get_or_raise(scope, request_id))
    if request.is_terminal:
        raise Conflict(
            f"This request is {request.status}: it takes no photos.", code="request_finished"
        )
    if len(file_queries.files_of(OWNER_TYPE, request.id)) >= MAX_PHOTOS:
        raise Conflict(f"A request holds at most {MAX_PHOTOS} photos.", code="too_many_photos")
    stored = files.store(
        upload, kind=FileKind.SERVICE_REQUEST_PHOTO, accept=Accept.IMAGES, uploaded_by=actor
    )
    files.attach([stored], owner_type=OWNER_TYPE, owner_id=request.id)
    _audit(
        AuditAction.SERVICE_REQUEST_PHOTO_ADDED,
        actor,
        request,
        client,
        {"file_id": str(stored.id), "bytes": stored.size_bytes},
    )
    return stored


def photos(request: ServiceRequest) -> list[StoredFile]:
    return file_queries.files_of(OWNER_TYPE, request.id)


def photos_by_request(requests: list[ServiceRequest]) -> dict[int, list[StoredFile]]:
    return file_queries.files_by_owner(OWNER_TYPE, [r.id for r in requests])


def photo(scope: Actor, request_id: int, file_id: Any) -> StoredFile:
    """A photo of a request the actor may see (404 otherwise)."""
    request = queries.get_or_raise(scope, request_id)
    return file_queries.get_or_raise(file_id, owner_type=OWNER_TYPE, owner_id=request.id)


def _audit(
    action: AuditAction,
    actor: User,
    request: ServiceRequest,
    client: Client,
    details: dict[str, Any] | None = None,
) -> None:
    audit.record(
        action,
        actor=actor,
        target_type="service_request",
        target_id=request.id,
        target_name=request.number,
        client=client,
        details=details,
    )
