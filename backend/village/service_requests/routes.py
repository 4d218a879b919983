"""HTTP endpoints of service requests: /api/v1/service-requests, their status changes,
timeline (comments) and photos."""

from __future__ import annotations

import uuid
from typing import cast

from apiflask import APIBlueprint
from flask import Response

from village.errors import PermissionDenied
from village.files.enums import IMAGE_MIMES
from village.files.models import StoredFile
from village.files.schemas import FileRead
from village.files.serving import send
from village.openapi import file_response
from village.security.actor import Actor, current_actor
from village.security.client import current_client
from village.security.permissions import Permission, current_principal, require
from village.service_requests import queries, service
from village.service_requests.models import Comment, ServiceRequest
from village.service_requests.policies import is_staff
from village.service_requests.schemas import (
    CommentCreate,
    CommentRead,
    RequestPerson,
    ServiceRequestCreate,
    ServiceRequestPage,
    ServiceRequestQuery,
    ServiceRequestRead,
    ServiceRequestUpdate,
    TransitionRequest,
)
from village.uploads import accepts_upload, uploaded_file
from village.users.models import User

bp = APIBlueprint("service_requests", __name__, url_prefix="/api/v1")
MANAGE = Permission.SERVICE_REQUESTS_MANAGE
ONE = "/service-requests/<id:service_request_id>"
NOT_FOUND = {404: "No such request, or not one of your houses'"}


def _user() -> User:
    return cast(User, current_principal())


def _read(scope: Actor, request: ServiceRequest, photos: list[StoredFile]) -> ServiceRequestRead:
    return ServiceRequestRead.model_validate(
        {
            **{
                field: getattr(request, field)
                for field in ServiceRequestRead.model_fields
                if field not in ("photos", "allowed_transitions")
            },
            "photos": [FileRead.model_validate(p) for p in photos],
            "allowed_transitions": service.allowed_transitions(scope, request),
        },
    )


def _one(request: ServiceRequest) -> ServiceRequestRead:
    return _read(current_actor(), request, service.photos(request))


@bp.get("/service-requests")
@require(MANAGE)
@bp.input(ServiceRequestQuery, location="query", arg_name="query")
@bp.output(ServiceRequestPage)
def list_requests(query: ServiceRequestQuery) -> ServiceRequestPage:
    """List service requests, newest first by default, with filters.

    Staff see every request; a resident sees their houses' requests (and the
    common-area ones they opened).
    """
    scope = current_actor()
    page = queries.list_page(scope, query)
    photos = service.photos_by_request(page.items)
    return ServiceRequestPage(
        items=[_read(scope, item, photos.get(item.id, [])) for item in page.items],
        total=page.total,
        page=page.page,
        per_page=page.per_page,
    )


@bp.post("/service-requests")
@require(MANAGE)
@bp.input(ServiceRequestCreate, arg_name="body")
@bp.output(ServiceRequestRead, status_code=201)
@bp.doc(responses={429: "A resident has opened 10 requests today (code daily_limit)"})
def open_request(body: ServiceRequestCreate) -> ServiceRequestRead:
    """Report a problem: it gets the next SR number and the office is told.

    A resident reports for one of their current houses, or a common area
    (house_id null); at most 10 a day.
    """
    return _one(
        service.open_request(
            actor=_user(), scope=current_actor(), data=body, client=current_client()
        )
    )


@bp.get("/service-requests/assignees")
@require(MANAGE)
@bp.output(list[RequestPerson])  # type: ignore[arg-type]
@bp.doc(responses={403: "Residents do not assign requests"})
def list_assignees() -> list[User]:
    """The staff a request may be assigned to (active, managing requests village-wide)."""
    if not is_staff(current_actor()):
        raise PermissionDenied("Only the estate office assigns requests.")
    return queries.staff()


@bp.get(ONE)
@require(MANAGE)
@bp.output(ServiceRequestRead)
@bp.doc(responses=NOT_FOUND)
def get_request(service_request_id: int) -> ServiceRequestRead:
    """Show one request with its photos and the status changes open to the signed-in user."""
    return _one(queries.get_or_raise(current_actor(), service_request_id))


@bp.patch(ONE)
@require(MANAGE)
@bp.input(ServiceRequestUpdate, arg_name="body")
@bp.output(ServiceRequestRead)
@bp.doc(
    responses={
        **NOT_FOUND,
        403: "Residents do not assign or prioritise",
        409: "The request is finished (code request_finished)",
    }
)
def update_request(service_request_id: int, body: ServiceRequestUpdate) -> ServiceRequestRead:
    """Staff: assign it (to a staff member), unassign it, change its priority or category."""
    return _one(
        service.update_request(
            actor=_user(),
            scope=current_actor(),
            request_id=service_request_id,
            data=body,
            client=current_client(),
        )
    )


@bp.post(f"{ONE}/transitions")
@require(MANAGE)
@bp.input(TransitionRequest, arg_name="body")
@bp.output(ServiceRequestRead)
@bp.doc(
    responses={
        **NOT_FOUND,
        409: "Not in the status table: code illegal_transition, staff_only, opener_only "
        "or reopen_window_passed",
        422: "A reason is required (on_hold, rejected), or a rating given when not closing",
    }
)
def transition(service_request_id: int, body: TransitionRequest) -> ServiceRequestRead:
    """Change the status as village.md's table allows; the opener is told.

    Staff: in_progress, on_hold (reason), rejected (reason), resolved. The opener:
    cancelled (from submitted), in_progress again within 7 days of resolution (a
    reopen), closed (with an optional rating 1-5 and rating_comment).
    """
    return _one(
        service.transition(
            actor=_user(),
            scope=current_actor(),
            request_id=service_request_id,
            data=body,
            client=current_client(),
        )
    )


@bp.get(f"{ONE}/comments")
@require(MANAGE)
@bp.output(list[CommentRead])  # type: ignore[arg-type]
@bp.doc(responses=NOT_FOUND)
def list_comments(service_request_id: int) -> list[Comment]:
    """The timeline, oldest first: comments and status changes (with their reasons).

    Internal notes are included for staff only.
    """
    scope = current_actor()
    return queries.timeline(scope, queries.get_or_raise(scope, service_request_id))


@bp.post(f"{ONE}/comments")
@require(MANAGE)
@bp.input(CommentCreate, arg_name="body")
@bp.output(CommentRead, status_code=201)
@bp.doc(responses={**NOT_FOUND, 403: "Residents do not write internal notes"})
def add_comment(service_request_id: int, body: CommentCreate) -> Comment:
    """Comment on a request; a public comment tells the opener, an internal one nobody."""
    return service.add_comment(
        actor=_user(), scope=current_actor(), request_id=service_request_id, data=body,
        client=current_client(),
    )  # fmt: skip


@bp.post(f"{ONE}/photos")
@require(MANAGE)
@accepts_upload("photo", "A JPEG, PNG or WebP photo (re-encoded; its EXIF and GPS dropped)")
@bp.output(FileRead, status_code=201)
@bp.doc(
    responses={
        **NOT_FOUND,
        409: "The request is finished, or holds 10 photos",
        413: "Larger than UPLOAD_MAX_BYTES or UPLOAD_MAX_PIXELS",
        415: "Not a JPEG, PNG or WebP image",
    }
)
def add_photo(service_request_id: int) -> StoredFile:
    """Add a photo to a request (multipart/form-data, field `photo`)."""
    return service.add_photo(
        actor=_user(),
        scope=current_actor(),
        request_id=service_request_id,
        upload=uploaded_file("photo"),
        client=current_client(),
    )


@bp.get(f"{ONE}/photos/<uuid:photo_id>")
@require(MANAGE)
@file_response(*sorted(IMAGE_MIMES))
@bp.doc(responses={404: "No such photo on a request of yours"})
def get_photo(service_request_id: int, photo_id: uuid.UUID) -> Response:
    """A photo's bytes, after the same access check as its request."""
    return send(service.photo(current_actor(), service_request_id, photo_id))
