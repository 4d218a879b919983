"""What a person's data export holds: one exporter per part, keyed by the part's name.

`POST /api/v1/me/data-export` calls every exporter registered here, in order, and
answers `{"parts": {name: exporter(user), ...}}`. Privacy is the top layer (0), so it
may read every domain: **adding a domain's part is one function here**, e.g.

    @exporter("service_requests")
    def _service_requests(user: User) -> list[dict[str, Any]]:
        rows = database.session().scalars(select(ServiceRequest).where(...opened_by == user.id))
        return [ServiceRequestRead.model_validate(r).model_dump(mode="json") for r in rows]

Each exporter returns JSON-ready values (use a domain's own Read schema with
`model_dump(mode="json")`), and only what is about the person: their own rows, not
other people's. Parts still to come (docs/privacy.md): service requests and their
comments and photos.

The finance parts, and what counts as "about the person" there:
- `invoices`: the invoices billed to them (`bill_to_user_id`);
- `payments` and `receipts`: those of the houses they are or were a member of whose
  payer name (the snapshot printed on the receipt) is their full name: what they paid;
- `payment_slips`: the transfer slips they submitted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import or_, select

from village import database
from village.announcements.models import Announcement, ReadReceipt
from village.audit.models import AuditEvent
from village.audit.schemas import AuditEventRead
from village.files.models import StoredFile
from village.houses.models import HouseMember, MembershipRequest
from village.invoices.models import Invoice
from village.notifications.models import Notification
from village.payments.models import Payment, PaymentSlip, Receipt
from village.privacy.models import DataRequest, NoticeAcceptance
from village.sessions.models import AuthSession
from village.users.models import User
from village.validation import format_period

Exporter = Callable[[User], Any]
EXPORTERS: dict[str, Exporter] = {}


def exporter(name: str) -> Callable[[Exporter], Exporter]:
    """Register `function(user) -> JSON-ready value` as the export's part `name`."""

    def register(function: Exporter) -> Exporter:
        if name in EXPORTERS:
            raise ValueError(f"Two exporters for the part {name!r}")
        EXPORTERS[name] = function
        return function

    return register


def export_parts(user: User) -> dict[str, Any]:
    """Every part of a person's data, by name, in registration order."""
    return {name: function(user) for name, function in EXPORTERS.items()}


def _iso(value: Any) -> Any:
    return None if value is None else value.isoformat()


@exporter("profile")
def _profile(user: User) -> dict[str, Any]:
    # In full, the national ID too: it is the person's own data (PDPA s.30).
    return {
        "id": user.id,
        "full_name": user.full_name,
        "email": user.email,
        "phone": user.phone,
        "address": user.address,
        "national_id": user.national_id,
        "role": str(user.role),
        "status": str(user.status),
        "house_number": user.house_number,
        "has_password": user.has_password,
        "created_at": _iso(user.created_at),
        "updated_at": _iso(user.updated_at),
        "last_login_at": _iso(user.last_login_at),
        "password_changed_at": _iso(user.password_changed_at),
    }


@exporter("memberships")
def _memberships(user: User) -> list[dict[str, Any]]:
    rows = database.session().scalars(
        select(HouseMember).where(HouseMember.user_id == user.id).order_by(HouseMember.id)
    )
    return [
        {
            "id": m.id,
            "house": {
                "id": m.house.id,
                "house_number": m.house.house_number,
                "plot_number": m.house.plot_number,
                "zone": m.house.zone,
            },
            "relation": str(m.relation),
            "is_primary_contact": m.is_primary_contact,
            "moved_in_on": _iso(m.moved_in_on),
            "moved_out_on": _iso(m.moved_out_on),
            "created_at": _iso(m.created_at),
        }
        for m in rows
    ]


@exporter("membership_requests")
def _membership_requests(user: User) -> list[dict[str, Any]]:
    rows = database.session().scalars(
        select(MembershipRequest)
        .where(MembershipRequest.user_id == user.id)
        .order_by(MembershipRequest.id)
    )
    return [
        {
            "id": r.id,
            "house_number": r.house_number,
            "relation": str(r.relation),
            "status": str(r.status),
            "created_at": _iso(r.created_at),
            "decided_at": _iso(r.decided_at),
            "decision_note": r.decision_note,
        }
        for r in rows
    ]


@exporter("privacy_notice_acceptances")
def _acceptances(user: User) -> list[dict[str, Any]]:
    rows = database.session().scalars(
        select(NoticeAcceptance)
        .where(NoticeAcceptance.user_id == user.id)
        .order_by(NoticeAcceptance.id)
    )
    return [
        {
            "version": a.version,
            "accepted_at": _iso(a.accepted_at),
            "ip_address": a.ip_address,
            "user_agent": a.user_agent,
        }
        for a in rows
    ]


@exporter("data_requests")
def _data_requests(user: User) -> list[dict[str, Any]]:
    rows = database.session().scalars(
        select(DataRequest).where(DataRequest.user_id == user.id).order_by(DataRequest.id)
    )
    return [
        {
            "id": r.id,
            "type": str(r.type),
            "details": r.details,
            "status": str(r.status),
            "created_at": _iso(r.created_at),
            "due_on": _iso(r.due_on),
            "decided_at": _iso(r.decided_at),
            "decision_note": r.decision_note,
        }
        for r in rows
    ]


@exporter("sessions")
def _sessions(user: User) -> list[dict[str, Any]]:
    rows = database.session().scalars(
        select(AuthSession).where(AuthSession.user_id == user.id).order_by(AuthSession.created_at)
    )
    return [
        {
            "created_at": _iso(s.created_at),
            "last_used_at": _iso(s.last_used_at),
            "expires_at": _iso(s.expires_at),
            "revoked_at": _iso(s.revoked_at),
            "ip_address": s.ip_address,
            "user_agent": s.user_agent,
        }
        for s in rows
    ]


@exporter("audit_events")
def _audit_events(user: User) -> list[dict[str, Any]]:
    """Events the person did, and events about their account."""
    rows = database.session().scalars(
        select(AuditEvent)
        .where(
            or_(
                AuditEvent.actor_id == user.id,
                (AuditEvent.target_type == "user") & (AuditEvent.target_id == str(user.id)),
            )
        )
        .order_by(AuditEvent.occurred_at, AuditEvent.id)
    )
    return [AuditEventRead.model_validate(e).model_dump(mode="json") for e in rows]


@exporter("notifications")
def _notifications(user: User) -> list[dict[str, Any]]:
    """What the person was told in the app, and when they read it."""
    rows = database.session().scalars(
        select(Notification).where(Notification.user_id == user.id).order_by(Notification.id)
    )
    return [
        {
            "event": n.event,
            "params": n.params,
            "link": n.link,
            "created_at": _iso(n.created_at),
            "read_at": _iso(n.read_at),
        }
        for n in rows
    ]


@exporter("files")
def _files(user: User) -> list[dict[str, Any]]:
    """What the person uploaded (the bytes are at each owner's URL)."""
    rows = database.session().scalars(
        select(StoredFile)
        .where(StoredFile.uploaded_by_id == user.id, StoredFile.deleted_at.is_(None))
        .order_by(StoredFile.id)
    )
    return [
        {
            "id": str(f.id),
            "kind": str(f.kind),
            "filename": f.filename,
            "mime": f.mime,
            "size_bytes": f.size_bytes,
            "owner_type": f.owner_type,
            "owner_id": f.owner_id,
            "created_at": _iso(f.created_at),
        }
        for f in rows
    ]


@exporter("announcements_read")
def _announcements_read(user: User) -> list[dict[str, Any]]:
    """Which announcements the person opened, and when (what they were told is public)."""
    rows = database.session().execute(
        select(Announcement.id, Announcement.title, ReadReceipt.read_at)
        .join(ReadReceipt, ReadReceipt.announcement_id == Announcement.id)
        .where(ReadReceipt.user_id == user.id)
        .order_by(ReadReceipt.read_at, Announcement.id)
    )
    return [
        {"announcement_id": id_, "title": title, "read_at": _iso(read_at)}
        for id_, title, read_at in rows
    ]


@exporter("invoices")
def _invoices(user: User) -> list[dict[str, Any]]:
    """The invoices billed to the person (`bill_to_user_id`), with their lines."""
    rows = database.session().scalars(
        select(Invoice).where(Invoice.bill_to_user_id == user.id).order_by(Invoice.id)
    )
    return [
        {
            "id": i.id,
            "number": i.number,
            "house_number": i.house.house_number,
            "bill_to_name": i.bill_to_name,
            "issue_date": _iso(i.issue_date),
            "due_date": _iso(i.due_date),
            "total_satang": i.total_satang,
            "paid_satang": i.paid_satang,
            "credited_satang": i.credited_satang,
            "outstanding_satang": i.outstanding_satang,
            "status": str(i.status),
            "void_reason": i.void_reason,
            "lines": [
                {
                    "description": line.description,
                    "month": None if line.month is None else format_period(line.month),
                    "quantity": line.quantity,
                    "unit_satang": line.unit_satang,
                    "amount_satang": line.amount_satang,
                }
                for line in i.lines
            ],
        }
        for i in rows.unique()
    ]


def _ever_houses(user: User) -> Any:
    """The ids of the houses the person is or was a member of (a subquery)."""
    return select(HouseMember.house_id).where(HouseMember.user_id == user.id)


@exporter("payments")
def _payments(user: User) -> list[dict[str, Any]]:
    """Payments of their houses (now or before) made in their name."""
    rows = database.session().scalars(
        select(Payment)
        .where(Payment.house_id.in_(_ever_houses(user)), Payment.payer_name == user.full_name)
        .order_by(Payment.id)
    )
    return [
        {
            "id": p.id,
            "house_number": p.house.house_number,
            "payer_name": p.payer_name,
            "amount_satang": p.amount_satang,
            "method": str(p.method),
            "paid_on": _iso(p.paid_on),
            "reference": p.reference,
            "status": str(p.status),
            "created_at": _iso(p.created_at),
        }
        for p in rows.unique()
    ]


@exporter("receipts")
def _receipts(user: User) -> list[dict[str, Any]]:
    """Receipts of their houses (now or before) issued in their name, with their lines."""
    rows = database.session().scalars(
        select(Receipt)
        .where(Receipt.house_id.in_(_ever_houses(user)), Receipt.payer_name == user.full_name)
        .order_by(Receipt.id)
    )
    return [
        {
            "id": r.id,
            "number": r.number,
            "house_number": r.house.house_number,
            "payer_name": r.payer_name,
            "amount_satang": r.amount_satang,
            "issue_date": _iso(r.issue_date),
            "method": str(r.method),
            "reference": r.reference,
            "void": r.void,
            "void_reason": r.void_reason,
            "lines": [
                {
                    "invoice_number": line.invoice_number,
                    "month": None if line.month is None else format_period(line.month),
                    "description": line.description,
                    "amount_satang": line.amount_satang,
                }
                for line in r.lines
            ],
        }
        for r in rows.unique()
    ]


@exporter("payment_slips")
def _payment_slips(user: User) -> list[dict[str, Any]]:
    """The transfer slips the person submitted (the image is at the slip's URL)."""
    rows = database.session().scalars(
        select(PaymentSlip).where(PaymentSlip.submitted_by_id == user.id).order_by(PaymentSlip.id)
    )
    return [
        {
            "id": s.id,
            "house_number": s.house.house_number,
            "amount_satang": s.amount_satang,
            "transferred_at": _iso(s.transferred_at),
            "invoice_ids": s.invoice_ids,
            "file_id": str(s.file_id),
            "status": str(s.status),
            "reason_code": None if s.reason_code is None else str(s.reason_code),
            "review_note": s.review_note,
            "payment_id": s.payment_id,
            "created_at": _iso(s.created_at),
            "reviewed_at": _iso(s.reviewed_at),
        }
        for s in rows.unique()
    ]
