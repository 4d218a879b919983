"""The RBAC matrix: every role (and anonymous) against every protected endpoint, and the
scope column: a resident asking for another house's objects gets 404, for their own 2xx."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest

from tests.factories import PASSWORD
from village.enums import Role

SA, VA, AA, R = "super_admin", "village_admin", "accounting_admin", "resident"
ANON = "anonymous"
ROLES = [SA, VA, AA, R]


def only(*roles: str, ok: int = 200) -> dict[str, int]:
    return {role: (ok if role in roles else 403) for role in ROLES} | {ANON: 401}


EVERYONE = only(*ROLES)
ADMINS = only(SA, VA, AA)
MANAGERS = only(SA, VA)
# A resident reads houses in their scope: {house} is someone else's, so 404 (not 403).
HOUSE_READERS = only(SA, VA, AA) | {R: 404}
HOUSE_WRITERS = only(SA, VA)
TARGET_PHONE = "+66819998888"
FILE = "<a register to upload>"  # sent as multipart/form-data
PHOTO = "<a photo to upload>"  # sent as multipart/form-data
# Service requests: a resident holds service_requests:manage in their own scope, so
# {service_request} (of a house not theirs) is a 404 to them; accounting has no part.
SR_READERS = only(SA, VA) | {R: 404}
SR = "/api/v1/service-requests/{service_request}"
# Payment slips: {slip} is the world's resident's, submitted; another resident gets 404.
# The submitter's own steps (edit, resubmit, withdraw) are 409 `submitter_only` to staff.
SLIP = "/api/v1/payment-slips/{slip}"
SLIP_FORM = "<a slip to upload, with its form fields>"  # multipart/form-data
SLIP_FILE = "<a new slip file>"  # multipart/form-data, field `file`
SLIP_READERS = EVERYONE | {R: 404}
SLIP_SUBMITTERS_ONLY = dict.fromkeys([SA, VA, AA], 409) | {R: 404, ANON: 401}
SLIP_REVIEWERS = only(SA, AA)

# (method, path, body, expected status per caller). {target} is a resident without a
# password of their own (so staff may change their sign-in details and issue a link),
# {house} a house they live in (not the caller's), {member} that membership, {request}
# a pending request to join it.
MATRIX = [
    ("GET", "/auth/me", None, EVERYONE),
    ("PATCH", "/auth/me", {"full_name": "New Name"}, EVERYONE),
    ("PUT", "/auth/me", {"full_name": "New Name"}, EVERYONE),
    (
        "POST",
        "/auth/change-password",
        {"current_password": PASSWORD, "new_password": "Another-Str0ng-pass"},
        only(*ROLES, ok=204),
    ),
    ("POST", "/auth/logout", None, only(*ROLES, ok=204)),
    ("GET", "/auth/sessions", None, EVERYONE),
    ("POST", "/auth/sessions/revoke-others", None, EVERYONE),
    ("DELETE", "/auth/sessions/{own_session}", None, only(*ROLES, ok=204)),
    ("GET", "/api/v1/audit-events", None, only(SA)),
    ("GET", "/api/v1/users", None, ADMINS),
    ("GET", "/api/v1/users/stats", None, ADMINS),
    ("GET", "/api/v1/users/{target}", None, ADMINS),
    (
        "POST",
        "/api/v1/users",
        {"email": "new.resident@example.com", "full_name": "New Resident"},
        only(SA, VA, ok=201),
    ),
    ("PATCH", "/api/v1/users/{target}", {"full_name": "Renamed"}, MANAGERS),
    (
        "PUT",
        "/api/v1/users/{target}",
        {
            "email": "target@example.com",
            "phone": TARGET_PHONE,
            "full_name": "Renamed",
            "role": "resident",
            "status": "active",
        },
        MANAGERS,
    ),
    ("POST", "/api/v1/users/{target}/unlock", None, MANAGERS),
    ("POST", "/api/v1/users/{target}/reveal-national-id", None, MANAGERS),
    ("POST", "/api/v1/users/{target}/set-password-link", None, only(SA, VA, ok=201)),
    ("POST", "/api/v1/users/{target}/revoke-sessions", None, only(SA, ok=204)),
    ("DELETE", "/api/v1/users/{target}", None, only(SA, ok=409)),  # a member: history
    ("POST", "/api/v1/admin/revoke-all-sessions", None, only(SA)),
    ("GET", "/api/v1/village", None, EVERYONE),
    ("PATCH", "/api/v1/village", {"office_hours": "08:00-17:00"}, MANAGERS),
    ("GET", "/api/v1/houses", None, EVERYONE),
    ("POST", "/api/v1/houses", {"house_number": "500/1"}, only(SA, VA, ok=201)),
    ("GET", "/api/v1/houses/zones", None, EVERYONE),
    ("GET", "/api/v1/houses/export", None, EVERYONE),  # a resident: their own houses
    ("POST", "/api/v1/houses/import?dry_run=true", FILE, HOUSE_WRITERS),
    ("GET", "/api/v1/houses/{house}", None, HOUSE_READERS),
    ("PATCH", "/api/v1/houses/{house}", {"zone": "B"}, HOUSE_WRITERS),
    ("PUT", "/api/v1/houses/{house}", {"house_number": "1/1"}, HOUSE_WRITERS),
    ("DELETE", "/api/v1/houses/{house}", None, only(SA, VA, ok=409)),  # it has members
    ("POST", "/api/v1/houses/{house}/archive", None, HOUSE_WRITERS),
    ("POST", "/api/v1/houses/{house}/restore", None, HOUSE_WRITERS),
    ("GET", "/api/v1/houses/{house}/members", None, HOUSE_READERS),
    (
        "POST",
        "/api/v1/houses/{house}/members",
        {"full_name": "New Tenant", "phone": "0817776666", "relation": "tenant"},
        only(SA, VA, ok=201),
    ),
    ("PATCH", "/api/v1/houses/{house}/members/{member}", {"relation": "co_owner"}, HOUSE_WRITERS),
    ("DELETE", "/api/v1/houses/{house}/members/{member}", None, only(SA, VA, ok=204)),
    ("POST", "/api/v1/houses/invitation-letters", {"house_ids": ["{house}"]}, HOUSE_WRITERS),
    ("GET", "/api/v1/me/houses", None, EVERYONE),
    ("GET", "/api/v1/membership-requests", None, HOUSE_WRITERS),
    ("POST", "/api/v1/membership-requests/{request}/approve", {}, HOUSE_WRITERS),
    ("POST", "/api/v1/membership-requests/{request}/reject", {"note": "Not here"}, HOUSE_WRITERS),
    # {announcement}: published, addressed to {house} only (not the resident caller's)
    ("GET", "/api/v1/announcements", None, EVERYONE),
    (
        "POST",
        "/api/v1/announcements",
        {"title": "T", "body": "B", "audience": {"kind": "all"}},
        only(SA, VA, ok=201),
    ),
    ("POST", "/api/v1/announcements/preview", {"body": "**B**"}, MANAGERS),
    ("GET", "/api/v1/announcements/{announcement}", None, HOUSE_READERS),
    ("PATCH", "/api/v1/announcements/{announcement}", {"pinned": True}, MANAGERS),
    ("POST", "/api/v1/announcements/{announcement}/publish", None, MANAGERS),
    ("POST", "/api/v1/announcements/{announcement}/archive", None, MANAGERS),
    (
        "POST",
        "/api/v1/announcements/{announcement}/read",
        None,
        only(SA, VA, AA, ok=204) | {R: 404},
    ),
    ("POST", "/api/v1/announcements/{announcement}/attachments", FILE, only(SA, VA, ok=409)),
    ("GET", "/api/v1/announcements/{announcement}/attachments/{attachment}", None, HOUSE_READERS),
    (
        "DELETE",
        "/api/v1/announcements/{announcement}/attachments/{attachment}",
        None,
        only(SA, VA, ok=409),  # published: attachments are frozen
    ),
    ("GET", "/api/v1/service-requests", None, only(SA, VA, R)),
    ("GET", "/api/v1/service-requests/assignees", None, MANAGERS),
    (
        "POST",
        "/api/v1/service-requests",
        {"category": "other", "title": "t", "description": "d", "house_id": "{house}"},
        only(SA, VA, ok=201) | {R: 422},  # not the resident's house
    ),
    ("GET", SR, None, SR_READERS),
    ("PATCH", SR, {"priority": "high"}, SR_READERS),
    ("POST", f"{SR}/transitions", {"to": "in_progress"}, SR_READERS),
    ("GET", f"{SR}/comments", None, SR_READERS),
    ("POST", f"{SR}/comments", {"body": "On our way"}, only(SA, VA, ok=201) | {R: 404}),
    ("POST", f"{SR}/photos", PHOTO, only(SA, VA, ok=201) | {R: 404}),
    ("GET", f"{SR}/photos/{{photo}}", None, SR_READERS),
    ("GET", "/api/v1/payment-slips", None, EVERYONE),
    ("GET", "/api/v1/me/payment-slips", None, EVERYONE),
    ("POST", "/api/v1/payment-slips", SLIP_FORM, only(SA, AA, ok=201) | {R: 422}),
    ("GET", SLIP, None, SLIP_READERS),
    ("GET", f"{SLIP}/file", None, SLIP_READERS),
    ("PATCH", SLIP, {"amount_satang": 100}, SLIP_SUBMITTERS_ONLY),
    ("PUT", f"{SLIP}/file", SLIP_FILE, SLIP_SUBMITTERS_ONLY),
    ("POST", f"{SLIP}/resubmit", None, SLIP_SUBMITTERS_ONLY),
    ("POST", f"{SLIP}/withdraw", None, SLIP_SUBMITTERS_ONLY),
    ("POST", f"{SLIP}/accept", {}, SLIP_REVIEWERS),
    ("POST", f"{SLIP}/needs-fix", {"reason_code": "unreadable"}, SLIP_REVIEWERS),
    ("POST", f"{SLIP}/reject", {"reason_code": "unreadable"}, SLIP_REVIEWERS),
    ("GET", "/api/v1/me/notifications", None, EVERYONE),
    ("GET", "/api/v1/me/notifications/unread-count", None, EVERYONE),
    ("POST", "/api/v1/me/notifications/read-all", None, EVERYONE),
    # {notification} is the target's: nobody else's to read, not even a super admin's.
    (
        "POST",
        "/api/v1/me/notifications/{notification}/read",
        None,
        dict.fromkeys(ROLES, 404) | {ANON: 401},
    ),
    ("GET", "/api/v1/privacy-notice", None, EVERYONE),
    ("POST", "/api/v1/privacy-notice/accept", {"version": 1}, EVERYONE),
    ("GET", "/api/v1/privacy-notices", None, MANAGERS),
    (
        "POST",
        "/api/v1/privacy-notices",
        {"text_th": "ประกาศความเป็นส่วนตัว ฉบับใหม่", "text_en": "A new privacy notice, v2"},
        only(SA, VA, ok=201),
    ),
    ("POST", "/api/v1/me/data-export", None, EVERYONE),
    ("POST", "/api/v1/me/data-requests", {"type": "access"}, only(*ROLES, ok=201)),
    ("GET", "/api/v1/me/data-requests", None, EVERYONE),
    ("GET", "/api/v1/data-requests", None, MANAGERS),
    ("GET", "/api/v1/data-requests/{data_request}", None, MANAGERS),
    ("POST", "/api/v1/data-requests/{data_request}/complete", {"note": "Sent"}, MANAGERS),
    ("POST", "/api/v1/data-requests/{data_request}/reject", {"note": "No"}, MANAGERS),
    ("POST", "/api/v1/users/{target}/erase", {}, MANAGERS),
    # {invoice}: an invoice of {house} (not the resident caller's); PromptPay is not set up.
    ("GET", "/api/v1/invoices", None, EVERYONE),
    ("GET", "/api/v1/me/invoices", None, EVERYONE),
    (
        "POST",
        "/api/v1/invoices",
        {"house_id": "{house}", "lines": [{"description": "Key card", "unit_satang": 10_000}]},
        only(SA, AA, ok=201),
    ),
    ("GET", "/api/v1/invoices/{invoice}", None, HOUSE_READERS),
    ("GET", "/api/v1/invoices/{invoice}/pdf", None, HOUSE_READERS),
    ("GET", "/api/v1/invoices/{invoice}/promptpay", None, HOUSE_READERS),
    ("POST", "/api/v1/invoices/{invoice}/void", {"reason": "Billed in error"}, only(SA, AA)),
    ("GET", "/api/v1/houses/{house}/statement", None, HOUSE_READERS),
    # The common fee's settings and fee rules: staff read settings and billing runs; a
    # resident may read the fee items and schedules (the meeting's published rates).
    ("GET", "/api/v1/finance/settings", None, ADMINS),
    ("PATCH", "/api/v1/finance/settings", {"due_days": 20}, only(SA, AA)),
    ("GET", "/api/v1/fee-items", None, EVERYONE),
    (
        "POST",
        "/api/v1/fee-items",
        {"code": "GARBAGE", "name_th": "ค่าขยะ", "name_en": "Garbage"},
        only(SA, AA, ok=201),
    ),
    ("GET", "/api/v1/fee-items/{fee_item}", None, EVERYONE),
    ("PATCH", "/api/v1/fee-items/{fee_item}", {"name_en": "Guards"}, only(SA, AA)),
    ("GET", "/api/v1/fee-schedules", None, EVERYONE),
    (
        "POST",
        "/api/v1/fee-schedules",
        {
            "fee_item_id": "{fee_item}",
            "basis": "per_house",
            "rate_satang": 10_000,
            "effective_from": "2028-01",
            "effective_to": "2028-12",
            "meeting_reference": "AGM 1/2027",
        },
        only(SA, AA, ok=201),
    ),
    ("GET", "/api/v1/fee-schedules/{fee_schedule}", None, EVERYONE),
    ("PATCH", "/api/v1/fee-schedules/{fee_schedule}", {"rate_satang": 35_000}, only(SA, AA)),
    # {billing_run}: a preview of January 2030 with nothing in it
    ("GET", "/api/v1/billing-runs", None, ADMINS),
    ("POST", "/api/v1/billing-runs", {"period": "2030-02", "months": 1}, only(SA, AA, ok=201)),
    ("GET", "/api/v1/billing-runs/{billing_run}", None, ADMINS),
    ("POST", "/api/v1/billing-runs/{billing_run}/post", None, only(SA, AA)),
    ("DELETE", "/api/v1/billing-runs/{billing_run}", None, only(SA, AA)),  # kept, discarded
    # {payment}: pending, of {house}, recorded by someone else; {receipt}: of {house}.
    ("GET", "/api/v1/payments", None, EVERYONE),  # a resident: their own houses'
    (
        "POST",
        "/api/v1/payments",
        {"house_id": "{house}", "amount_satang": 100, "method": "cash", "paid_on": "2026-01-05"},
        only(SA, VA, AA, ok=201),
    ),
    ("GET", "/api/v1/payments/{payment}", None, HOUSE_READERS),
    ("POST", "/api/v1/payments/{payment}/confirm", None, only(SA, AA)),
    # a village admin who did not record it may not cancel it (no finance:approve)
    ("POST", "/api/v1/payments/{payment}/cancel", {"reason": "x"}, only(SA, AA)),
    ("POST", "/api/v1/payments/{payment}/reverse", {"reason": "x"}, only(SA, AA, ok=409)),
    ("GET", "/api/v1/receipts", None, EVERYONE),
    ("GET", "/api/v1/me/receipts", None, EVERYONE),
    ("GET", "/api/v1/receipts/{receipt}", None, HOUSE_READERS),
    ("GET", "/api/v1/receipts/{receipt}/pdf", None, HOUSE_READERS),
    # {credit_note}: pending, of {house}, asked for by someone else; {issued_note}: issued.
    # A resident sees only their own houses' issued notes: both are 404 to them.
    ("GET", "/api/v1/credit-notes", None, EVERYONE),  # a resident: their houses' issued
    (
        "POST",
        "/api/v1/credit-notes",
        {"invoice_id": "{invoice}", "amount_satang": 100, "reason": "Wrong area"},
        only(SA, AA, ok=201),
    ),
    ("GET", "/api/v1/credit-notes/{credit_note}", None, HOUSE_READERS),
    ("GET", "/api/v1/credit-notes/{issued_note}", None, HOUSE_READERS),
    ("GET", "/api/v1/credit-notes/{issued_note}/pdf", None, HOUSE_READERS),
    ("POST", "/api/v1/credit-notes/{credit_note}/approve", None, only(SA, AA)),
    ("POST", "/api/v1/credit-notes/{credit_note}/reject", {"reason": "No"}, only(SA, AA)),
    # Reports are the office's (a resident's finance:read reaches their houses only: 403);
    # the residents' summary is aggregates only, for everyone.
    ("GET", "/api/v1/reports/arrears", None, ADMINS),
    ("GET", "/api/v1/reports/arrears?format=xlsx", None, ADMINS),
    ("GET", "/api/v1/reports/collections", None, ADMINS),
    ("GET", "/api/v1/reports/invoice-register", None, ADMINS),
    ("GET", "/api/v1/reports/receipt-register?format=csv", None, ADMINS),
    ("GET", "/api/v1/reports/overview", None, ADMINS),
    ("GET", "/api/v1/me/finance-summary", None, EVERYONE),
    # Certificates are the office's: {house} owes its key card (409 has_arrears); a resident
    # never sees one, not even their own house's ({certificate} is of another house).
    ("POST", "/api/v1/houses/{house}/debt-clearance-certificate", None, only(SA, AA, ok=409)),
    ("GET", "/api/v1/certificates", None, ADMINS),
    ("GET", "/api/v1/certificates/{certificate}", None, HOUSE_READERS),
    ("GET", "/api/v1/certificates/{certificate}/pdf", None, HOUSE_READERS),
    # Dunning letters are the office's too: {house}'s key card is past due.
    ("GET", "/api/v1/houses/{house}/dunning-letter", None, ADMINS),
    ("GET", "/api/v1/reports/dunning-letters", None, ADMINS),
    # {period}: January 2026, ended and open; closing it needs finance:approve, reopening
    # finance:reopen (a super admin; it is open, so 409).
    ("GET", "/api/v1/periods", None, ADMINS),
    ("GET", "/api/v1/periods/{period}", None, ADMINS),
    ("POST", "/api/v1/periods/{period}/close", None, only(SA, AA)),
    ("POST", "/api/v1/periods/{period}/reopen", {"reason": "x"}, only(SA, ok=409)),
]
CASES = [
    pytest.param(method, path, body, caller, expected[caller], id=f"{caller}-{method}-{path}")
    for method, path, body, expected in MATRIX
    for caller in [*ROLES, ANON]
]


@pytest.fixture
def world(app, make_user, make_house, make_member):
    """A resident who lives in a house, a pending request to join it, and an announcement
    published to that house only, with an attachment."""
    from village import database
    from village.houses.models import MembershipRequest, Relation
    from village.privacy.enums import DataRequestType
    from village.privacy.models import DataRequest

    target = make_user(
        role=Role.RESIDENT,
        email="target@example.com",
        phone=TARGET_PHONE,
        national_id="1101700230708",
        password_hash=None,
    )
    house = make_house(house_number="1/1")
    member = make_member(house=house, user=target)
    applicant = make_user(role=Role.RESIDENT)
    with app.app_context():
        request = MembershipRequest(
            user_id=applicant.id, house_number="1/1", relation=Relation.TENANT
        )
        database.session().add(request)
        data_request = DataRequest(
            user_id=target.id, type=DataRequestType.ERASURE, due_on=date(2030, 1, 1)
        )
        database.session().add(data_request)
        database.session().flush()
        [notification] = notify_target(target.id)
        database.session().commit()
        request_id, data_request_id = request.id, data_request.id
        announcement, attachment = _announcement_to(house.id)
    service_request, photo = _service_request(app, house.id, target.id)
    invoice = _invoice(app, house.id)
    slip = _payment_slip(app, house.id, target.id)
    # before the payment: its credit would otherwise be spent on the notes' invoice
    credit_note, issued_note = _credit_notes(app, house.id, applicant.id)
    payment, receipt = _payment_and_receipt(app, house.id, applicant.id)
    fee_item, fee_schedule, billing_run = _fee_item_schedule_and_run(app)
    certificate = _certificate(app, make_house().id)
    return {
        "certificate": certificate,
        "fee_item": fee_item,
        "fee_schedule": fee_schedule,
        "billing_run": billing_run,
        "payment": payment,
        "receipt": receipt,
        "credit_note": credit_note,
        "issued_note": issued_note,
        "target": target.id,
        "house": house.id,
        "member": member.id,
        "request": request_id,
        "announcement": announcement,
        "attachment": attachment,
        "data_request": data_request_id,
        "service_request": service_request,
        "photo": photo,
        "notification": notification,
        "invoice": invoice,
        "slip": slip,
        "period": "2026-01",
    }


def _fee_item_schedule_and_run(app):
    """A fee item with a schedule (from 2030-01, for every plot), and a billing run preview."""
    from village import database
    from village.billing.models import BillingRun
    from village.finance.enums import FeeBasis
    from village.finance.models import FeeItem, FeeSchedule

    with app.app_context():
        item = FeeItem(code="SECURITY", name_th="ค่ารักษาความปลอดภัย", name_en="Security")
        database.session().add(item)
        database.session().flush()
        schedule = FeeSchedule(
            fee_item_id=item.id, basis=FeeBasis.PER_HOUSE, rate_satang=30_000,
            effective_from=date(2030, 1, 1), meeting_reference="AGM 1/2029",
        )  # fmt: skip
        run = BillingRun(
            period=date(2030, 1, 1), months=1, issue_date=date(2030, 1, 1),
            due_date=date(2030, 1, 16), preview=[], skipped=[],
        )  # fmt: skip
        database.session().add_all([schedule, run])
        database.session().commit()
        return item.id, schedule.id, run.id


def _certificate(app, house_id):
    """A debt-clearance certificate of a house that owes nothing (not the resident's)."""
    from village import database
    from village.certificates.models import Certificate

    with app.app_context():
        certificate = Certificate(
            number="CERT2569-900001", house_id=house_id, house_number="9/9", owner_names=[],
            issue_date=date(2026, 1, 5), valid_until=date(2026, 2, 4), issued_by_name="Office",
        )  # fmt: skip
        database.session().add(certificate)
        database.session().commit()
        return certificate.number


def _payment_slip(app, house_id, submitter_id):
    """A slip the world's resident submitted for their house (a PNG)."""
    from datetime import UTC, datetime

    from werkzeug.datastructures import FileStorage

    from tests.files.samples import png_with_transparency
    from village import database
    from village.files import service as files
    from village.files.enums import Accept, FileKind
    from village.payments.models import PaymentSlip

    with app.test_request_context():
        upload = FileStorage(io.BytesIO(png_with_transparency()), filename="slip.png", name="file")
        stored = files.store(
            upload, kind=FileKind.PAYMENT_SLIP, accept=Accept.DOCUMENTS, uploaded_by=None
        )
        slip = PaymentSlip(
            house_id=house_id, submitted_by_id=submitter_id, amount_satang=150_000,
            transferred_at=datetime(2026, 11, 20, 2, 0, tzinfo=UTC), invoice_ids=[],
            file_id=stored.id, file_sha256=stored.sha256,
        )  # fmt: skip
        database.session().add(slip)
        database.session().flush()
        files.attach([stored], owner_type="payment_slip", owner_id=slip.id)
        database.session().commit()
        return slip.id


def _invoice(app, house_id):
    """An invoice of the world's house (a key card)."""
    from village import database
    from village.invoices import issuing

    with app.app_context():
        line = issuing.LineDraft(description="Key card", unit_satang=10_000, amount_satang=10_000)
        draft = issuing.InvoiceDraft(house_id=house_id, bill_to_name="Owner", lines=[line])
        (invoice,) = issuing.issue(
            [draft], issue_date=date(2026, 1, 5), due_date=date(2026, 1, 20), created_by_id=None
        )
        database.session().commit()
        return invoice.id


def _announcement_to(house_id):
    """A published announcement to one house, with a PDF attached (inside an app context)."""
    from werkzeug.datastructures import FileStorage

    from tests.files import samples
    from village import database
    from village.announcements.enums import AudienceKind
    from village.announcements.models import Announcement, AnnouncementTarget
    from village.database import utcnow
    from village.files import service as files
    from village.files.enums import Accept, FileKind

    announcement = Announcement(
        title="For 1/1",
        body="B",
        body_html="<p>B</p>",
        audience_kind=AudienceKind.HOUSES,
        targets=[AnnouncementTarget(house_id=house_id)],
        publish_at=utcnow(),
        notified_at=utcnow(),
    )
    database.session().add(announcement)
    database.session().flush()
    upload = FileStorage(io.BytesIO(samples.pdf()), filename="papers.pdf", name="file")
    stored = files.store(
        upload, kind=FileKind.ANNOUNCEMENT_ATTACHMENT, accept=Accept.DOCUMENTS, uploaded_by=None
    )
    files.attach([stored], owner_type="announcement", owner_id=announcement.id)
    database.session().commit()
    return announcement.id, str(stored.id)


def _service_request(app, house_id, opener_id):
    """A request the world's resident opened for their house, with a photo."""
    from werkzeug.datastructures import FileStorage

    from tests.files.samples import jpeg
    from village import database
    from village.files import service as files
    from village.files.enums import Accept, FileKind
    from village.numbering.enums import DocumentPrefix
    from village.numbering.service import next_number
    from village.profile import service as profile
    from village.service_requests.models import ServiceRequest

    with app.test_request_context():
        request = ServiceRequest(
            number=next_number(DocumentPrefix.SERVICE_REQUEST, fiscal_year=profile.fiscal_year()),
            house_id=house_id,
            category="water",
            title="Leak",
            description="A leak",
            opened_by_id=opener_id,
        )
        database.session().add(request)
        database.session().flush()
        upload = FileStorage(io.BytesIO(jpeg()), filename="leak.jpg", name="photo")
        stored = files.store(
            upload, kind=FileKind.SERVICE_REQUEST_PHOTO, accept=Accept.IMAGES, uploaded_by=None
        )
        files.attach([stored], owner_type="service_request", owner_id=request.id)
        database.session().commit()
        return request.id, str(stored.id)


def _credit_notes(app, house_id, maker_id):
    """On another invoice of the house (so {invoice} stays voidable): a pending note of
    10 baht and an issued one (CN…) of 1 baht."""
    from village import database
    from village.credit_notes.enums import CreditNoteStatus
    from village.credit_notes.models import CreditNote
    from village.invoices import ledger
    from village.invoices.models import Invoice

    invoice_id = _invoice(app, house_id)
    with app.app_context():
        db = database.session()
        pending = CreditNote(invoice_id=invoice_id, house_id=house_id, amount_satang=1_000,
                             reason="Wrong area", created_by_id=maker_id)  # fmt: skip
        issued = CreditNote(invoice_id=invoice_id, house_id=house_id, amount_satang=100,
                            reason="Discount", created_by_id=maker_id,
                            status=CreditNoteStatus.ISSUED, number="CN2569-999999",
                            issue_date=date(2026, 1, 6))  # fmt: skip
        db.add_all([pending, issued])
        invoice = db.get(Invoice, invoice_id)
        assert invoice is not None
        ledger.settle(invoice, credited_delta=100)
        ledger.refresh_outstanding([house_id])
        db.commit()
        return pending.id, issued.id


def _payment_and_receipt(app, house_id, recorder_id):
    """A pending payment of the house, and a receipt of another (confirmed) one."""
    from village import database
    from village.payments import receipting
    from village.payments.enums import PaymentMethod
    from village.payments.models import Payment

    with app.app_context():
        made = [
            Payment(
                house_id=house_id, amount_satang=amount, method=PaymentMethod.CASH,
                paid_on=date(2026, 1, 5), posting_date=date(2026, 1, 5), payer_name="Payer",
                recorded_by_id=recorder_id,
            )
            for amount in (100, 200)
        ]  # fmt: skip
        database.session().add_all(made)
        database.session().flush()
        # allocated to nothing (the house's credit), so {invoice} stays voidable
        receipt = receipting.confirm(
            made[1], confirmed_by_id=recorder_id, collector_name=None, requested=[]
        )
        database.session().commit()
        return made[0].id, receipt.id


def notify_target(user_id):
    from sqlalchemy import select

    from village import database
    from village.notifications import service
    from village.notifications.events import NotificationEvent
    from village.notifications.models import Notification

    service.notify([user_id], NotificationEvent.ANNOUNCEMENT_PUBLISHED, params={"title": "x"})
    return list(database.session().scalars(select(Notification.id)))


def fill(value, names):
    """Put the world's ids into a path or a body ("{house}" in a list becomes an int)."""
    if isinstance(value, str):
        if value.startswith("{") and value.endswith("}") and value[1:-1] in names:
            return names[value[1:-1]]
        return value.format(**names)
    if isinstance(value, list):
        return [fill(item, names) for item in value]
    if isinstance(value, dict):
        return {key: fill(item, names) for key, item in value.items()}
    return value


@pytest.mark.parametrize(("method", "path", "body", "caller", "expected"), CASES)
def test_rbac_matrix(client, login_as, world, method, path, body, caller, expected):
    signed_in = None if caller == ANON else login_as(caller)
    headers = signed_in.headers if signed_in else {}
    own_session = signed_in.session_id if signed_in else "00000000-0000-4000-8000-000000000000"
    names = {**world, "own_session": own_session}
    if body is FILE:
        sent = {"data": {"file": (io.BytesIO(b"house_number\r\n9/9\r\n"), "houses.csv")}}
    elif body is PHOTO:
        from tests.files.samples import jpeg

        sent = {"data": {"photo": (io.BytesIO(jpeg()), "photo.jpg")}}
    elif body in (SLIP_FORM, SLIP_FILE):
        from tests.files.samples import jpeg

        form = {"file": (io.BytesIO(jpeg()), "slip.jpg")}
        if body is SLIP_FORM:
            form |= {"house_id": str(names["house"]), "amount_satang": "150000",
                     "transferred_at": "2026-11-20T09:00:00+07:00"}  # fmt: skip
        sent = {"data": form}
    else:
        sent = {"json": fill(body, names)}
    response = client.open(fill(path, names), method=method, headers=headers, **sent)
    assert response.status_code == expected, response.json
    if expected >= 400:
        assert response.mimetype == "application/problem+json"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/houses/{house}"),
        ("GET", "/api/v1/houses/{house}/members"),
        ("GET", "/api/v1/houses?q=1/1"),
        ("GET", "/api/v1/me/houses"),
    ],
)
def test_a_resident_sees_their_own_house_and_no_other(
    client, login_as, world, make_house, make_member, method, path
):
    """The scope column: another house is not found (404, or absent from a list); one's own
    house answers. The same paths, the same resident, only the membership differs."""
    resident = login_as(R)
    own = make_house(house_number="2/2")
    make_member(house=own, user=resident.user)
    other = fill(path, world)
    mine = fill(path, {**world, "house": own.id}).replace("q=1/1", "q=2/2")
    other_answer = client.open(other, method=method, headers=resident.headers)
    mine_answer = client.open(mine, method=method, headers=resident.headers)
    assert mine_answer.status_code == 200
    if path.endswith("{house}") or path.endswith("/members"):
        assert other_answer.status_code == 404
    else:
        listed = other_answer.json
        items = listed["items"] if isinstance(listed, dict) else listed
        assert [house["house_number"] for house in items] in ([], ["2/2"])
        assert "1/1" not in str(items)


def test_every_protected_endpoint_is_in_the_matrix(app):
    in_matrix = {
        (method, path.split("?")[0].replace("{target}", "<id>").replace("{own_session}", "<sid>"))
        for method, path, _, _ in MATRIX
    }
    protected = set()
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        if getattr(view, "required_permission", None) is None:
            continue
        path = rule.rule.replace("<id:user_id>", "<id>").replace("<uuid:session_id>", "<sid>")
        path = re.sub(r"<id:(\w+)_id>", r"{\1}", path)  # <id:house_id> is the world's {house}
        path = path.replace("<uuid:file_id>", "{attachment}")
        path = path.replace("<uuid:photo_id>", "{photo}")
        path = path.replace("<period>", "{period}")
        path = path.replace("<certificate_number>", "{certificate}")
        protected |= {(method, path) for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert protected == in_matrix


@pytest.mark.parametrize("caller", ROLES)
def test_denials_are_logged_with_user_and_permission(client, login_as, caller, caplog):
    headers = login_as(caller).headers
    client.delete("/api/v1/users/999999", headers=headers)
    if caller == SA:
        assert not [r for r in caplog.records if getattr(r, "event", None) == "access_denied"]
        return
    denial = next(r for r in caplog.records if getattr(r, "event", None) == "access_denied")
    assert denial.permission == "users:delete"
    assert denial.role == caller
    assert isinstance(denial.user_id, int)
