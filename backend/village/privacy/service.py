"""Business rules of privacy (PDPA B.E. 2562; village.md, "Privacy (PDPA)").

- The notice is versioned; the highest version is current, and every signed-in person
  accepts it once per version (a log: who, which version, when, from where).
- A person may download everything held about them (`export`, audited every time).
- A data-subject request is due 30 days after it arrives (s.30 para. 3), in the
  village's calendar; staff holding `privacy:manage` are notified and decide it with a
  note (a refusal's reason is recorded, s.30 para. 3).
- Erasure is anonymisation: the account stays (its history and the financial
  documents that name it must, for 5 years after their fiscal year), but it no longer
  says who the person was, and nobody can sign in with it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.database import utcnow
from village.enums import Permission, Role, UserStatus
from village.errors import Conflict, NotFound, PermissionDenied
from village.houses import service as houses
from village.mail.models import OutboxMessage
from village.notifications import service as notifications
from village.notifications.events import NotificationEvent
from village.notifications.models import Notification
from village.pagination import PageOf, PageQuery, paginate
from village.privacy import exporters
from village.privacy.default_notice import NOTICE_EN, NOTICE_TH
from village.privacy.enums import DataRequestStatus, DataRequestType
from village.privacy.models import DataRequest, Erasure, NoticeAcceptance, PrivacyNotice
from village.privacy.schemas import DataRequestQuery
from village.profile import service as profile
from village.security.client import Client
from village.sessions import service as sessions
from village.sessions.models import AuthSession
from village.users import queries as user_queries
from village.users import service as users
from village.users.models import PasswordToken, User

RESPONSE_DAYS = 30  # PDPA s.30 para. 3: "without delay, but not more than thirty days"
ERASED_NAME = "ผู้ใช้ที่ถูกลบ #{}"  # "deleted user #id"
# The users table wants an email or a phone; this one is in a reserved domain (RFC 2606)
# that can never receive mail, so it says nothing about the person.
ERASED_EMAIL = "erased-{}@erased.invalid"


# --- the notice --------------------------------------------------------------------


def current_notice() -> PrivacyNotice:
    """The current version (the highest). Should none be stored (the migration installs
    version 1), the built-in first notice, unsaved: reading never writes."""
    notice = database.session().scalar(
        select(PrivacyNotice).order_by(PrivacyNotice.version.desc()).limit(1)
    )
    if notice is None:
        return PrivacyNotice(version=1, text_th=NOTICE_TH, text_en=NOTICE_EN, published_at=utcnow())
    return notice


def _stored_current_notice() -> PrivacyNotice:
    """The current version, storing the built-in first notice if none is (writes only)."""
    notice = current_notice()
    if notice.id is None:
        try:
            with database.session().begin_nested():
                database.session().add(notice)
        except IntegrityError:  # stored at the same moment by another request
            return current_notice()
    return notice


def accepted_at(user_id: int, version: int) -> Any:
    return database.session().scalar(
        select(NoticeAcceptance.accepted_at).where(
            NoticeAcceptance.user_id == user_id, NoticeAcceptance.version == version
        )
    )


def notice_pending(user: Any) -> bool:
    """True until the person accepts the current version (/auth/me's
    `privacy_notice_pending`)."""
    version = database.session().scalar(select(func.max(PrivacyNotice.version))) or 1
    return accepted_at(user.id, version) is None


def accept_notice(*, user: User, version: int, client: Client) -> PrivacyNotice:
    """Log that the person accepted `version`, which must be the current one (409
    `not_current` otherwise). Accepting again changes nothing."""
    notice = _stored_current_notice()
    if version != notice.version:
        raise Conflict(
            f"Version {version} is not the current privacy notice (version {notice.version}).",
            code="not_current",
        )
    if accepted_at(user.id, version) is not None:
        return notice
    try:
        with database.session().begin_nested():
            database.session().add(
                NoticeAcceptance(
                    user_id=user.id,
                    version=version,
                    ip_address=client.ip,
                    user_agent=client.user_agent,
                )
            )
    except IntegrityError:  # the same person accepted at the same moment elsewhere
        return notice
    audit.record(
        AuditAction.PRIVACY_NOTICE_ACCEPTED,
        actor=user,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"version": version},
    )
    return notice


def publish_notice(*, actor: User, text_th: str, text_en: str, client: Client) -> PrivacyNotice:
    """Publish the next version; everyone accepts it at their next sign-in."""
    latest = _stored_current_notice().version
    notice = PrivacyNotice(
        version=latest + 1, text_th=text_th, text_en=text_en, published_by_id=actor.id
    )
    try:
        with database.session().begin_nested():
            database.session().add(notice)
    except IntegrityError:
        raise Conflict(
            "Another version was published at the same moment; reload and try again.",
            code="version_taken",
        ) from None
    audit.record(
        AuditAction.PRIVACY_NOTICE_PUBLISHED,
        actor=actor,
        target_type="privacy_notice",
        target_id=notice.version,
        client=client,
        details={"version": notice.version},
    )
    return notice


def notices_page(query: PageQuery) -> PageOf[PrivacyNotice]:
    return paginate(
        select(PrivacyNotice),
        query,
        order_by=(PrivacyNotice.version.desc(),),
    )


def acceptance_counts(versions: list[int]) -> dict[int, int]:
    rows = database.session().execute(
        select(NoticeAcceptance.version, func.count())
        .where(NoticeAcceptance.version.in_(versions))
        .group_by(NoticeAcceptance.version)
    )
    return {int(row[0]): int(row[1]) for row in rows}


# --- the export --------------------------------------------------------------------


def export(*, user: User, client: Client) -> dict[str, Any]:
    """Everything held about the person, by part (`exporters`); audited every time."""
    parts = exporters.export_parts(user)
    audit.record(
        AuditAction.PERSONAL_DATA_EXPORTED,
        actor=user,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"parts": list(parts)},
    )
    return {"generated_at": utcnow(), "user_id": user.id, "parts": parts}


# --- data-subject requests ------------------------------------------------------------


def file_request(
    *, user: User, type: DataRequestType, details: str | None, client: Client
) -> DataRequest:
    """Record a request, due in 30 days; the office is notified. One pending request
    of each type at a time (409 `already_pending`)."""
    request = DataRequest(
        user_id=user.id,
        type=type,
        details=details,
        due_on=profile.today() + timedelta(days=RESPONSE_DAYS),
    )
    try:
        with database.session().begin_nested():
            database.session().add(request)
    except IntegrityError:
        raise Conflict(
            f"You already have a pending {type} request; the office is handling it.",
            code="already_pending",
        ) from None
    audit.record(
        AuditAction.DATA_REQUEST_FILED,
        actor=user,
        target_type="data_request",
        target_id=request.id,
        target_name=user.full_name,
        client=client,
        details={"type": str(type)},
    )
    _notify_staff(request)
    return request


def _notify_staff(request: DataRequest) -> None:
    """Tell the people who handle requests (`privacy:manage`) that one arrived."""
    notifications.notify(
        [i for i in notifications.staff_ids(Permission.PRIVACY_MANAGE) if i != request.user_id],
        NotificationEvent.DATA_REQUEST_SUBMITTED,
        params={"type": str(request.type), "due_on": request.due_on.isoformat()},
        link="/data-requests",
    )


def _notify_requester(request: DataRequest) -> None:
    """Tell the requester their request was decided, with the note (unless they were
    erased: nobody can read it any more)."""
    if is_erased(request.user_id):
        return
    notifications.notify(
        [request.user_id],
        NotificationEvent.DATA_REQUEST_DECIDED,
        params={
            "type": str(request.type),
            "status": str(request.status),
            "note": request.decision_note,
        },
        link="/my-data",
        essential=True,  # the answer the law requires (PDPA s.30 para. 3)
    )


def requests_page(query: DataRequestQuery, *, user_id: int | None = None) -> PageOf[DataRequest]:
    """Requests matching the filters; `user_id`: one person's only (theirs, for them)."""
    stmt = select(DataRequest)
    if user_id is not None:
        stmt = stmt.where(DataRequest.user_id == user_id)
    if query.user_id is not None:
        stmt = stmt.where(DataRequest.user_id == query.user_id)
    if query.status is not None:
        stmt = stmt.where(DataRequest.status == query.status)
    if query.type is not None:
        stmt = stmt.where(DataRequest.type == query.type)
    if query.overdue is not None:
        late = (DataRequest.status == DataRequestStatus.PENDING) & (
            DataRequest.due_on < profile.today()
        )
        stmt = stmt.where(late if query.overdue else ~late)
    if query.q:
        stmt = stmt.join(User, User.id == DataRequest.user_id).where(
            User.full_name.icontains(query.q, autoescape=True)
        )
    column = DataRequest.due_on if query.sort.lstrip("-") == "due_on" else DataRequest.created_at
    first = column.desc() if query.sort.startswith("-") else column.asc()
    tie = DataRequest.id.desc() if query.sort.startswith("-") else DataRequest.id.asc()
    return paginate(stmt, query, order_by=(first, tie))


def get_request_or_raise(request_id: int, *, user_id: int | None = None) -> DataRequest:
    """The request (of `user_id` only, when given); 404 otherwise."""
    request = database.session().get(DataRequest, request_id)
    if request is None or (user_id is not None and request.user_id != user_id):
        raise NotFound(f"No data request with id {request_id}.")
    return request


def is_overdue(request: DataRequest, today: date) -> bool:
    return request.status is DataRequestStatus.PENDING and request.due_on < today


def decide_request(
    *, actor: User, request_id: int, status: DataRequestStatus, note: str, client: Client
) -> DataRequest:
    """Complete or reject a pending request with a note (409 `already_decided`)."""
    request = get_request_or_raise(request_id)
    _decide(request, actor=actor, status=status, note=note, client=client)
    return request


def _decide(
    request: DataRequest, *, actor: User, status: DataRequestStatus, note: str, client: Client
) -> None:
    if request.status is not DataRequestStatus.PENDING:
        raise Conflict(f"This request is already {request.status}.", code="already_decided")
    request.status = status
    request.decided_at = utcnow()
    request.decided_by = actor
    request.decision_note = note
    database.session().flush()
    audit.record(
        AuditAction.DATA_REQUEST_COMPLETED
        if status is DataRequestStatus.COMPLETED
        else AuditAction.DATA_REQUEST_REJECTED,
        actor=actor,
        target_type="data_request",
        target_id=request.id,
        target_name=request.user.full_name,
        client=client,
        details={"type": str(request.type), "status": str(status)},
    )
    _notify_requester(request)


# --- erasure -----------------------------------------------------------------------


def is_erased(user_id: int) -> bool:
    return database.session().get(Erasure, user_id) is not None


def erase(
    *, actor: User, user_id: int, request_id: int | None, note: str | None, client: Client
) -> Erasure:
    """Anonymise a person: name "ผู้ใช้ที่ถูกลบ #id", contacts, address and national ID
    cleared, sign-in disabled, sessions ended, memberships ended (kept as history),
    one-time password links void. With `request_id`, that pending erasure request of the
    person is completed too.

    Raises 404 (no such user or request), 403 (an account the actor may not manage, or
    their own), 409 `already_erased`, `last_super_admin`, `not_an_erasure_request`.
    Financial documents keep their name snapshots (village.md: 5 years after the fiscal
    year closes): they are not this function's to change.
    """
    user = user_queries.get_or_raise(user_id)
    if user.id == actor.id:
        raise PermissionDenied("You cannot erase your own account; another administrator can.")
    users.enforce_manageable(actor, user)
    if is_erased(user.id):
        raise Conflict("This person's data was already erased.", code="already_erased")
    if (
        user.role is Role.SUPER_ADMIN
        and user.status is UserStatus.ACTIVE
        and user_queries.active_super_admins(lock=True) <= 1
    ):
        raise Conflict("The last active super admin cannot be erased.", code="last_super_admin")
    request = None
    if request_id is not None:
        request = get_request_or_raise(request_id, user_id=user.id)
        if request.type is not DataRequestType.ERASURE:
            raise Conflict("That request is not an erasure request.", code="not_an_erasure_request")
        if request.status is not DataRequestStatus.PENDING:
            raise Conflict(f"This request is already {request.status}.", code="already_decided")
    memberships = houses.end_memberships_of(user.id, on=profile.today())
    ended_sessions = sessions.revoke_for_user(user.id, "erased")
    _anonymise(user)
    erasure = Erasure(user_id=user.id, erased_by_id=actor.id, request_id=request_id)
    database.session().add(erasure)
    users.flush_or_conflict()
    audit.record(
        AuditAction.USER_ERASED,
        actor=actor,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,  # the anonymised name: the trail keeps no new copy
        client=client,
        details={"memberships": len(memberships), "sessions": ended_sessions},
    )
    if request is not None:
        _decide(
            request,
            actor=actor,
            status=DataRequestStatus.COMPLETED,
            note=note or "Erased: the account was anonymised.",
            client=client,
        )
    return erasure


def _anonymise(user: User) -> None:
    address = user.email
    user.full_name = ERASED_NAME.format(user.id)
    user.email = ERASED_EMAIL.format(user.id)
    user.phone = None
    user.address = None
    user.national_id = None
    user.password_hash = None
    user.password_change_required = False
    user.status = UserStatus.INACTIVE
    user.failed_login_count = 0
    user.locked_until = None
    session = database.session()
    for token in session.scalars(select(PasswordToken).where(PasswordToken.user_id == user.id)):
        session.delete(token)
    # What the person was told is theirs alone, and nobody can read it any more.
    session.execute(
        delete(Notification)
        .where(Notification.user_id == user.id)
        .execution_options(synchronize_session=False)
    )
    # Mail to them, waiting or sent, holds their address and name: none of it goes out now.
    if address is not None:
        session.execute(
            delete(OutboxMessage)
            .where(OutboxMessage.to_address == address)
            .execution_options(synchronize_session=False)
        )
    # Where and with what the person signed in says something about them too.
    for row in (
        *session.scalars(select(NoticeAcceptance).where(NoticeAcceptance.user_id == user.id)),
        *session.scalars(select(AuthSession).where(AuthSession.user_id == user.id)),
    ):
        row.ip_address = None
        row.user_agent = None
