"""HTTP endpoints of privacy (PDPA): the notice, a person's export and requests, and the
office's queue of data-subject requests and erasure."""

from __future__ import annotations

from typing import Any, cast

from apiflask import APIBlueprint

from village.auth import routes as auth_routes
from village.pagination import PageOf, PageQuery
from village.privacy import service
from village.privacy.enums import DataRequestStatus
from village.privacy.models import DataRequest, PrivacyNotice
from village.privacy.schemas import (
    DataExport,
    DataRequestCreate,
    DataRequestDecision,
    DataRequestPage,
    DataRequestQuery,
    DataRequestRead,
    EraseRequest,
    ErasureRead,
    NoticeAccept,
    NoticePage,
    NoticePublish,
    NoticeRead,
    NoticeVersionRead,
)
from village.profile import service as profile
from village.security.client import current_client
from village.security.permissions import Permission, current_principal, require
from village.users.models import User

bp = APIBlueprint("privacy", __name__, url_prefix="/api/v1")
REQUEST = "/data-requests/<id:data_request_id>"
NOT_FOUND = {404: "No such data request"}
DECIDED = {409: "The request was already decided (`code: already_decided`)"}

# /auth/me says whether the current notice awaits the person's acceptance (auth is a
# lower layer and cannot ask us; we tell it how).
auth_routes.ME_FLAGS["privacy_notice_pending"] = service.notice_pending


def _user() -> User:
    return cast(User, current_principal())


# --- the notice --------------------------------------------------------------------


@bp.get("/privacy-notice")
@require(Permission.PROFILE_READ)
@bp.output(NoticeRead)
def get_notice() -> NoticeRead:
    """Show the current privacy notice (Thai and English) and whether you accepted it."""
    return _notice_read(service.current_notice(), _user())


@bp.post("/privacy-notice/accept")
@require(Permission.PROFILE_WRITE)
@bp.input(NoticeAccept, arg_name="body")
@bp.output(NoticeRead)
@bp.doc(responses={409: "Not the current version (`code: not_current`)"})
def accept_notice(body: NoticeAccept) -> NoticeRead:
    """Accept the current version of the notice (logged: when, from where). Idempotent."""
    notice = service.accept_notice(user=_user(), version=body.version, client=current_client())
    return _notice_read(notice, _user())


@bp.get("/privacy-notices")
@require(Permission.PRIVACY_MANAGE)
@bp.input(PageQuery, location="query", arg_name="query")
@bp.output(NoticePage)
def list_notices(query: PageQuery) -> dict[str, Any]:
    """List every version of the notice, newest first, with how many people accepted each."""
    page = service.notices_page(query)
    counts = service.acceptance_counts([n.version for n in page.items])
    return {
        "items": [_version_read(n, counts.get(n.version, 0)) for n in page.items],
        "total": page.total,
        "page": page.page,
        "per_page": page.per_page,
    }


@bp.post("/privacy-notices")
@require(Permission.PRIVACY_MANAGE)
@bp.input(NoticePublish, arg_name="body")
@bp.output(NoticeVersionRead, status_code=201)
@bp.doc(responses={409: "Another version was published at the same moment"})
def publish_notice(body: NoticePublish) -> NoticeVersionRead:
    """Publish a new version of the notice: everyone accepts it again at their next visit."""
    notice = service.publish_notice(
        actor=_user(), text_th=body.text_th, text_en=body.text_en, client=current_client()
    )
    return _version_read(notice, 0)


def _notice_read(notice: PrivacyNotice, user: User) -> NoticeRead:
    return NoticeRead(
        version=notice.version,
        text_th=notice.text_th,
        text_en=notice.text_en,
        published_at=notice.published_at,
        accepted_at=service.accepted_at(user.id, notice.version),
    )


def _version_read(notice: PrivacyNotice, accepted: int) -> NoticeVersionRead:
    return NoticeVersionRead(
        version=notice.version,
        text_th=notice.text_th,
        text_en=notice.text_en,
        published_at=notice.published_at,
        accepted_count=accepted,
    )


# --- a person's own data -------------------------------------------------------------


@bp.post("/me/data-export")
@require(Permission.PROFILE_READ)
@bp.output(DataExport)
def export_my_data() -> dict[str, Any]:
    """Download everything the village holds about you, as JSON (audited)."""
    return service.export(user=_user(), client=current_client())


@bp.post("/me/data-requests")
@require(Permission.PROFILE_WRITE)
@bp.input(DataRequestCreate, arg_name="body")
@bp.output(DataRequestRead, status_code=201)
@bp.doc(responses={409: "A request of this type is already pending (`code: already_pending`)"})
def file_data_request(body: DataRequestCreate) -> DataRequestRead:
    """File a data-subject request (access, rectification, erasure, objection): the office
    answers within 30 days."""
    request = service.file_request(
        user=_user(), type=body.type, details=body.details, client=current_client()
    )
    return _request_read(request)


@bp.get("/me/data-requests")
@require(Permission.PROFILE_READ)
@bp.input(DataRequestQuery, location="query", arg_name="query")
@bp.output(DataRequestPage)
def list_my_data_requests(query: DataRequestQuery) -> dict[str, Any]:
    """List your data-subject requests, with their due dates and decisions."""
    return _requests_page(service.requests_page(query, user_id=_user().id))


# --- the office ----------------------------------------------------------------------


@bp.get("/data-requests")
@require(Permission.PRIVACY_MANAGE)
@bp.input(DataRequestQuery, location="query", arg_name="query")
@bp.output(DataRequestPage)
def list_data_requests(query: DataRequestQuery) -> dict[str, Any]:
    """List data-subject requests (the most urgent first), with due dates and `overdue`."""
    return _requests_page(service.requests_page(query))


@bp.get(REQUEST)
@require(Permission.PRIVACY_MANAGE)
@bp.output(DataRequestRead)
@bp.doc(responses=NOT_FOUND)
def get_data_request(data_request_id: int) -> DataRequestRead:
    """Show one data-subject request."""
    return _request_read(service.get_request_or_raise(data_request_id))


@bp.post(f"{REQUEST}/complete")
@require(Permission.PRIVACY_MANAGE)
@bp.input(DataRequestDecision, arg_name="body")
@bp.output(DataRequestRead)
@bp.doc(responses={**NOT_FOUND, **DECIDED})
def complete_data_request(data_request_id: int, body: DataRequestDecision) -> DataRequestRead:
    """Mark a request done, saying what was done; the requester is notified."""
    return _decide(data_request_id, DataRequestStatus.COMPLETED, body.note)


@bp.post(f"{REQUEST}/reject")
@require(Permission.PRIVACY_MANAGE)
@bp.input(DataRequestDecision, arg_name="body")
@bp.output(DataRequestRead)
@bp.doc(responses={**NOT_FOUND, **DECIDED})
def reject_data_request(data_request_id: int, body: DataRequestDecision) -> DataRequestRead:
    """Refuse a request with the reason (recorded, PDPA s.30 para. 3); the requester is
    notified."""
    return _decide(data_request_id, DataRequestStatus.REJECTED, body.note)


@bp.post("/users/<id:user_id>/erase")
@require(Permission.PRIVACY_MANAGE)
@bp.input(EraseRequest, arg_name="body")
@bp.output(ErasureRead)
@bp.doc(
    responses={
        403: "An account you may not manage, or your own",
        404: "No such user, or no such request of theirs",
        409: "Already erased, the last super admin, or a request that is not a pending "
        "erasure request (see `code`)",
    }
)
def erase_user(user_id: int, body: EraseRequest) -> dict[str, Any]:
    """Erase a person by anonymising them: name, contacts and national ID gone, sign-in
    disabled, sessions ended, memberships ended (kept as history). With `request_id`, that
    erasure request is completed too. Issued financial documents keep their names."""
    erasure = service.erase(
        actor=_user(),
        user_id=user_id,
        request_id=body.request_id,
        note=body.note,
        client=current_client(),
    )
    return {
        "user_id": erasure.user_id,
        "erased_at": erasure.erased_at,
        "full_name": service.ERASED_NAME.format(erasure.user_id),
    }


def _decide(request_id: int, status: DataRequestStatus, note: str) -> DataRequestRead:
    request = service.decide_request(
        actor=_user(), request_id=request_id, status=status, note=note, client=current_client()
    )
    return _request_read(request)


def _request_read(request: DataRequest, today: Any = None) -> DataRequestRead:
    today = today or profile.today()
    return DataRequestRead.model_validate(
        {
            **{
                name: getattr(request, name)
                for name in DataRequestRead.model_fields
                if name != "overdue"
            },
            "overdue": service.is_overdue(request, today),
        }
    )


def _requests_page(page: PageOf[DataRequest]) -> dict[str, Any]:
    today = profile.today()
    return {
        "items": [_request_read(r, today) for r in page.items],
        "total": page.total,
        "page": page.page,
        "per_page": page.per_page,
    }
