"""Bad input on every endpoint that reads a body or a query: a clear 4xx, never a 500."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from village import create_app
from village.config import Settings

# The operations are read from the OpenAPI document, so a new endpoint is covered
# the moment it exists.
_SPEC = (
    create_app(Settings(_env_file=None, APP_ENV="test", DATABASE_URL="sqlite://"))
    .test_client()
    .get("/api/openapi.json")
    .json
)
BODY_OPERATIONS = [
    (method.upper(), path)
    for path, operations in _SPEC["paths"].items()
    for method, operation in operations.items()
    if "requestBody" in operation
]
# Operations that take a file: anything but multipart/form-data is a 415 (their bad files
# are tested with them, e.g. tests/houses/test_import_export.py).
UPLOADS = {
    (method.upper(), path)
    for path, operations in _SPEC["paths"].items()
    for method, operation in operations.items()
    if "multipart/form-data" in operation.get("requestBody", {}).get("content", {})
}
QUERY_OPERATIONS = [
    (path, [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"])
    for path, operations in _SPEC["paths"].items()
    for method, operation in operations.items()
    if method == "get" and any(p["in"] == "query" for p in operation.get("parameters", []))
]
BAD_BODIES = [
    (b"{", "application/json", 400),
    (b'{"a": 1,}', "application/json", 400),
    (b"\x00\x01\x02", "application/json", 400),
    (b"[]", "application/json", 422),
    (b'"text"', "application/json", 422),
    (b"email=a&password=b", "application/x-www-form-urlencoded", 415),
    (b"<xml/>", "application/xml", 415),
    (json.dumps({"x": "y" * 70_000}).encode(), "application/json", 413),
]


@pytest.fixture
def admin_headers(login_as):
    return login_as("super_admin").headers


@pytest.fixture
def ids(app, make_member):
    """An existing object for every path parameter: a user, a house, a membership."""
    from village import database
    from village.announcements.enums import AudienceKind
    from village.announcements.models import Announcement
    from village.houses.models import MembershipRequest, Relation
    from village.payments.enums import PaymentMethod
    from village.payments.models import Payment
    from village.privacy.enums import DataRequestType
    from village.privacy.models import DataRequest
    from village.service_requests.models import ServiceRequest

    member = make_member()
    with app.app_context():
        request = MembershipRequest(
            user_id=member.user_id, house_number="1/1", relation=Relation.TENANT
        )
        database.session().add(request)
        data_request = DataRequest(
            user_id=member.user_id, type=DataRequestType.ACCESS, due_on=date(2030, 1, 1)
        )
        database.session().add(data_request)
        database.session().commit()
        service_request = ServiceRequest(
            number="SR2569-999999",  # above anything these tests issue
            house_id=member.house_id,
            category="water",
            title="Leak",
            description="A leak",
            opened_by_id=member.user_id,
        )
        database.session().add(service_request)
        database.session().commit()
        request_id, data_request_id = request.id, data_request.id
        service_request_id = service_request.id
        announcement = Announcement(
            title="Draft", body="B", body_html="<p>B</p>", audience_kind=AudienceKind.ALL
        )
        database.session().add(announcement)
        database.session().commit()
        invoice_id = _an_invoice(member.house_id)
        slip_id = _payment_slip(member.house_id, member.user_id)
        fee_ids = _finance_objects(database.session())
        payment = Payment(
            house_id=member.house_id, amount_satang=100, method=PaymentMethod.CASH,
            paid_on=date(2026, 1, 1), posting_date=date(2026, 1, 1), payer_name="P",
        )  # fmt: skip
        database.session().add(payment)
        database.session().commit()
        credit_note_id = _a_credit_note(invoice_id, member.house_id)
        certificate = _a_certificate(member.house_id)
    return {
        **fee_ids,
        "credit_note_id": credit_note_id,
        "certificate_number": certificate,
        "payment_id": payment.id,
        "announcement_id": announcement.id,
        "data_request_id": data_request_id,
        "user_id": member.user_id,
        "house_id": member.house_id,
        "member_id": member.id,
        "request_id": request_id,
        "service_request_id": service_request_id,
        "invoice_id": invoice_id,
        "slip_id": slip_id,
        "period": "2026-01",
    }


def _payment_slip(house_id: int, user_id: int) -> int:
    from datetime import UTC, datetime

    from village import database
    from village.files.enums import FileKind
    from village.files.models import StoredFile
    from village.payments.models import PaymentSlip

    stored = StoredFile(
        kind=FileKind.PAYMENT_SLIP, storage_key="00/00/" + "0" * 64, filename="slip.png",
        mime="image/png", size_bytes=1, sha256="0" * 64,
    )  # fmt: skip
    database.session().add(stored)
    database.session().flush()
    slip = PaymentSlip(
        house_id=house_id, submitted_by_id=user_id, amount_satang=100,
        transferred_at=datetime(2026, 11, 1, tzinfo=UTC), file_id=stored.id,
        file_sha256=stored.sha256,
    )  # fmt: skip
    database.session().add(slip)
    database.session().commit()
    return slip.id


def _a_certificate(house_id: int) -> str:
    from village import database
    from village.certificates.models import Certificate

    certificate = Certificate(
        number="CERT2569-900001", house_id=house_id, house_number="1/1", owner_names=[],
        issue_date=date(2026, 1, 5), valid_until=date(2026, 2, 4), issued_by_name="Office",
    )  # fmt: skip
    database.session().add(certificate)
    database.session().commit()
    return certificate.number


def _an_invoice(house_id: int) -> int:
    from village import database
    from village.invoices import issuing

    line = issuing.LineDraft(description="Key card", unit_satang=10_000, amount_satang=10_000)
    draft = issuing.InvoiceDraft(house_id=house_id, bill_to_name="Owner", lines=[line])
    (invoice,) = issuing.issue(
        [draft], issue_date=date(2026, 1, 5), due_date=date(2026, 1, 20), created_by_id=None
    )
    database.session().commit()
    return invoice.id


def _a_credit_note(invoice_id: int, house_id: int) -> int:
    """A pending credit note on the invoice (asked for by nobody in particular)."""
    from village import database
    from village.credit_notes.models import CreditNote

    note = CreditNote(invoice_id=invoice_id, house_id=house_id, amount_satang=100, reason="x")
    database.session().add(note)
    database.session().commit()
    return note.id


def _finance_objects(db) -> dict[str, int]:
    """A fee item, a schedule and a billing run (preview) for their paths."""
    from village.billing.models import BillingRun
    from village.finance.models import FeeItem, FeeSchedule

    item = FeeItem(code="BAD_INPUT", name_th="ทดสอบ", name_en="Test")
    db.add(item)
    db.flush()
    schedule = FeeSchedule(
        fee_item_id=item.id,
        basis="per_house",
        rate_satang=100,
        effective_from=date(2026, 1, 1),
        meeting_reference="AGM",
    )
    run = BillingRun(
        period=date(2026, 12, 1),
        months=1,
        issue_date=date(2026, 12, 1),
        due_date=date(2026, 12, 16),
        preview=[],
        skipped=[],
    )
    db.add_all([schedule, run])
    db.commit()
    return {"fee_item_id": item.id, "fee_schedule_id": schedule.id, "billing_run_id": run.id}


def concrete(path: str, ids: dict[str, int]) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: str(ids[m.group(1)]), path)


@pytest.mark.parametrize(("method", "path"), BODY_OPERATIONS)
@pytest.mark.parametrize(("data", "content_type", "expected"), BAD_BODIES)
def test_bad_bodies(client, admin_headers, ids, method, path, data, content_type, expected):
    response = client.open(
        concrete(path, ids),
        method=method,
        data=data,
        content_type=content_type,
        headers=admin_headers,
    )
    if (method, path) in UPLOADS:
        expected = 415
    assert response.status_code == expected, (method, path, response.json)
    assert response.mimetype == "application/problem+json"


# Filters whose answer, when they select nothing, is a 409 naming why (a batch of letters
# with no house in it is `no_arrears`), not an empty 200.
EMPTY_SELECTION_IS_409 = {"/api/v1/reports/dunning-letters"}


@pytest.mark.parametrize(("path", "params"), QUERY_OPERATIONS)
@pytest.mark.parametrize("value", ["", "-1", "9" * 40, "\u0000", "' OR 1=1 --", "[]", "ก" * 200])
def test_bad_query_values(client, admin_headers, ids, path, params, value):
    allowed = (200, 422, 409) if path in EMPTY_SELECTION_IS_409 else (200, 422)
    for param in params:
        response = client.get(
            concrete(path, ids), query_string={param: value}, headers=admin_headers
        )
        assert response.status_code in allowed, (path, param, value, response.json)
        assert response.is_json


def _body_fields(method: str, path: str) -> list[str]:
    content = _SPEC["paths"][path][method.lower()]["requestBody"]["content"]
    schema = content.get("application/json", {}).get("schema", {})
    if "$ref" in schema:
        schema = _SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return sorted(schema.get("properties", {}))


NULL_FIELDS = [
    (method, path, field)
    for method, path in BODY_OPERATIONS
    if (method, path) not in UPLOADS
    for field in _body_fields(method, path)
]


@pytest.mark.parametrize(("method", "path", "field"), NULL_FIELDS)
def test_null_in_any_field_is_never_a_500(client, admin_headers, ids, method, path, field):
    # Issue 11: {"relation": null} on PATCH .../members/{id} reached a NOT NULL column.
    response = client.open(
        concrete(path, ids), method=method, json={field: None}, headers=admin_headers
    )
    assert response.status_code < 500, (method, path, field, response.json)
    if response.status_code == 422:
        assert response.mimetype == "application/problem+json"
