"""The receipt's PDF (village.documents): the first download is the original, every
later one a copy ("สำเนา / COPY"), counted and audited; a reversed one says VOID.

Needs `village.documents` (branch feat/documents) merged."""

from __future__ import annotations

import io

from pypdf import PdfReader

from tests.helpers import audit_events
from tests.payments.conftest import PAYMENTS, RECEIPTS, confirm, record, today
from village import database
from village.payments.models import Receipt


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _receipt(app, client, office, accountant, house):
    made = record(client, office.headers, house.id, 250_000, paid_on=today(app))
    return confirm(client, accountant.headers, made.json["id"]).json


def test_the_first_download_is_the_original_and_later_ones_are_copies(
    app, client, office, accountant, house, resident_of
):
    payment = _receipt(app, client, office, accountant, house)
    url = f"{RECEIPTS}/{payment['receipt']['id']}/pdf"

    first = client.get(url, headers=office.headers)
    assert first.status_code == 200
    assert first.mimetype == "application/pdf"
    assert first.data.startswith(b"%PDF")
    assert payment["receipt_number"] in first.headers["Content-Disposition"]
    original = _text(first.data)
    assert payment["receipt_number"] in original
    assert "2,500.00" in original
    assert "COPY" not in original
    assert audit_events(app, "receipt_reprinted") == []

    resident = resident_of(house)
    second = client.get(url, headers=resident.headers)  # the house's resident may download
    assert second.status_code == 200
    assert "COPY" in _text(second.data)
    with app.app_context():
        receipt = database.session().get(Receipt, payment["receipt"]["id"])
        assert receipt is not None and receipt.print_count == 2
    [event] = audit_events(app, "receipt_reprinted")
    assert event.actor_id == resident.user.id and event.target_name == payment["receipt_number"]
    assert event.details["print_count"] == 2
    detail = client.get(f"{RECEIPTS}/{payment['receipt']['id']}", headers=office.headers)
    assert detail.json["print_count"] == 2


def test_a_reversed_receipt_prints_void(app, client, office, accountant, accountant2, house):
    payment = _receipt(app, client, office, accountant, house)
    client.post(f"{PAYMENTS}/{payment['id']}/reverse", json={"reason": "Bounced"},
                headers=accountant2.headers)  # fmt: skip
    answer = client.get(f"{RECEIPTS}/{payment['receipt']['id']}/pdf", headers=office.headers)
    assert answer.status_code == 200
    got = _text(answer.data)
    assert "VOID" in got and payment["receipt_number"] in got


def test_another_houses_receipt_pdf_is_not_found(
    app, client, office, accountant, house, make_house, resident_of
):
    payment = _receipt(app, client, office, accountant, house)
    stranger = resident_of(make_house())
    url = f"{RECEIPTS}/{payment['receipt']['id']}/pdf"
    assert client.get(url, headers=stranger.headers).status_code == 404
    assert client.get(f"{RECEIPTS}/999999/pdf", headers=office.headers).status_code == 404
    with app.app_context():
        receipt = database.session().get(Receipt, payment["receipt"]["id"])
        assert receipt is not None and receipt.print_count == 0
