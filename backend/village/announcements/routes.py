"""HTTP endpoints of announcements: /api/v1/announcements (village.md, "Announcements")."""

from __future__ import annotations

from typing import cast
from uuid import UUID

from apiflask import APIBlueprint
from flask import Response

from village.announcements import rendering, service
from village.announcements.schemas import (
    AnnouncementCreate,
    AnnouncementPage,
    AnnouncementQuery,
    AnnouncementRead,
    AnnouncementUpdate,
    Preview,
    PreviewRequest,
)
from village.files.enums import IMAGE_MIMES, PDF
from village.files.models import StoredFile
from village.files.schemas import FileRead
from village.files.serving import send
from village.openapi import file_response
from village.security.actor import current_actor
from village.security.client import current_client
from village.security.permissions import Permission, current_principal, require
from village.uploads import accepts_upload, uploaded_file
from village.users.models import User

bp = APIBlueprint("announcements", __name__, url_prefix="/api/v1")
ONE = "/announcements/<id:announcement_id>"
NOT_FOUND = {404: "No such announcement, or not one addressed to you"}
FROZEN = {409: "Published (code announcement_published) or archived (announcement_archived)"}


def _user() -> User:
    return cast(User, current_principal())


def _one(announcement_id: int) -> AnnouncementRead:
    return service.view(current_actor(), announcement_id)


@bp.get("/announcements")
@require(Permission.PROFILE_READ)
@bp.input(AnnouncementQuery, location="query", arg_name="query")
@bp.output(AnnouncementPage)
def list_announcements(query: AnnouncementQuery) -> AnnouncementPage:
    """List announcements. Staff who write them: every one, filtered, with read counts.

    Everyone else: what is published, unexpired and addressed to them, pinned first,
    then newest (filters other than paging are ignored), each with `read`.
    """
    return service.page(current_actor(), query)


@bp.post("/announcements")
@require(Permission.ANNOUNCEMENTS_WRITE)
@bp.input(AnnouncementCreate, arg_name="body")
@bp.output(AnnouncementRead, status_code=201)
def create_announcement(body: AnnouncementCreate) -> AnnouncementRead:
    """Write an announcement: a draft (no publish_at), scheduled, or published now.

    Publishing notifies its audience.
    """
    created = service.create(actor=_user(), data=body, client=current_client())
    return service.views(current_actor(), [created])[0]


@bp.post("/announcements/preview")
@require(Permission.ANNOUNCEMENTS_WRITE)
@bp.input(PreviewRequest, arg_name="body")
@bp.output(Preview)
def preview_announcement(body: PreviewRequest) -> Preview:
    """Render Markdown as an announcement's body would be (sanitised HTML); saves nothing."""
    return Preview(body_html=rendering.to_html(body.body))


@bp.get(ONE)
@require(Permission.PROFILE_READ)
@bp.output(AnnouncementRead)
@bp.doc(responses=NOT_FOUND)
def get_announcement(announcement_id: int) -> AnnouncementRead:
    """Show one announcement (a resident: only one addressed to them and live)."""
    return _one(announcement_id)


@bp.patch(ONE)
@require(Permission.ANNOUNCEMENTS_WRITE)
@bp.input(AnnouncementUpdate, arg_name="body")
@bp.output(AnnouncementRead)
@bp.doc(responses={**NOT_FOUND, **FROZEN})
def update_announcement(announcement_id: int, body: AnnouncementUpdate) -> AnnouncementRead:
    """Change an announcement; once published only pinned and expires_at."""
    service.update(
        actor=_user(),
        scope=current_actor(),
        announcement_id=announcement_id,
        data=body,
        client=current_client(),
    )
    return _one(announcement_id)


@bp.post(f"{ONE}/publish")
@require(Permission.ANNOUNCEMENTS_WRITE)
@bp.output(AnnouncementRead)
@bp.doc(responses={**NOT_FOUND, 409: "Archived (code announcement_archived)"})
def publish_announcement(announcement_id: int) -> AnnouncementRead:
    """Publish a draft or scheduled announcement now and notify its audience."""
    service.publish(
        actor=_user(),
        scope=current_actor(),
        announcement_id=announcement_id,
        client=current_client(),
    )
    return _one(announcement_id)


@bp.post(f"{ONE}/archive")
@require(Permission.ANNOUNCEMENTS_WRITE)
@bp.output(AnnouncementRead)
@bp.doc(responses=NOT_FOUND)
def archive_announcement(announcement_id: int) -> AnnouncementRead:
    """Archive an announcement: out of every feed; it changes no more."""
    service.archive(
        actor=_user(),
        scope=current_actor(),
        announcement_id=announcement_id,
        client=current_client(),
    )
    return _one(announcement_id)


@bp.post(f"{ONE}/read")
@require(Permission.PROFILE_READ)
@bp.output({}, status_code=204, description="Marked as read (again: no change)")
@bp.doc(responses=NOT_FOUND)
def read_announcement(announcement_id: int) -> None:
    """Mark an announcement as read by the person asking (idempotent)."""
    service.mark_read(scope=current_actor(), announcement_id=announcement_id)


@bp.post(f"{ONE}/attachments")
@require(Permission.ANNOUNCEMENTS_WRITE)
@accepts_upload("file", "A PDF, or a JPEG, PNG or WebP image; at most UPLOAD_MAX_BYTES")
@bp.output(FileRead, status_code=201)
@bp.doc(responses={**NOT_FOUND, **FROZEN})
def add_attachment(announcement_id: int) -> StoredFile:
    """Attach a file (meeting papers, a map) to an announcement before it is published."""
    return service.add_attachment(
        actor=_user(),
        scope=current_actor(),
        announcement_id=announcement_id,
        upload=uploaded_file("file"),
        client=current_client(),
    )


@bp.get(f"{ONE}/attachments/<uuid:file_id>")
@require(Permission.PROFILE_READ)
@file_response(PDF, *sorted(IMAGE_MIMES))
@bp.doc(responses=NOT_FOUND)
def get_attachment(announcement_id: int, file_id: UUID) -> Response:
    """Download an attachment (after the same access check as the announcement)."""
    return send(service.attachment(current_actor(), announcement_id, file_id))


@bp.delete(f"{ONE}/attachments/<uuid:file_id>")
@require(Permission.ANNOUNCEMENTS_WRITE)
@bp.output({}, status_code=204, description="Removed")
@bp.doc(responses={**NOT_FOUND, **FROZEN})
def remove_attachment(announcement_id: int, file_id: UUID) -> None:
    """Take an attachment off an announcement before it is published."""
    service.remove_attachment(
        actor=_user(),
        scope=current_actor(),
        announcement_id=announcement_id,
        file_id=file_id,
        client=current_client(),
    )
