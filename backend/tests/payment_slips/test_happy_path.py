"""A resident pays by transfer and uploads the slip; the office accepts it: a confirmed
payment, the invoice paid, a receipt, the house owing nothing, the resident told."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from tests.helpers import audit_actions
from tests.payment_slips.conftest import BASE, issue_invoice, send_slip
from village import database
from village.houses.models import House
from village.invoices.models import Invoice
from village.notifications.models import Notification
from village.payments.models import Payment, Receipt


def notifications_of(app, user_id):
    with app.app_context():
        return list(
            database.session().scalars(
                select(Notification)
                .where(Notification.user_id == user_id)
                .order_by(Notification.id)
            )
        )


def test_upload_queue_accept_receipt_paid_balance_zero_and_told(
    client, app, resident_of, accountant
):
    resident, house = resident_of(full_name="มาลี ใจดี")
    invoice = issue_invoice(app, house.id, 150_000, date(2026, 11, 1))

    sent = send_slip(
        client, resident.headers, house_id=house.id, transferred_at="2026-11-20T09:15:00+07:00"
    )
    assert sent.status_code == 201, sent.json
    slip = sent.json
    assert slip["status"] == "submitted"
    assert slip["house"] == {"id": house.id, "house_number": house.house_number}
    assert slip["submitted_by"]["full_name"] == "มาลี ใจดี"
    assert slip["amount_satang"] == 150_000
    assert slip["possible_duplicate"] is False
    assert slip["receipt"] is None and slip["payment_id"] is None
    assert slip["file"]["mime"] == "image/png"
    assert slip["file"]["url"] == f"{BASE}/{slip['id']}/file"
    assert slip["suggested_allocations"] is None  # a resident does not see the office's match

    # The office was told; the queue holds the slip with its suggested match.
    [told] = notifications_of(app, accountant.user.id)
    assert told.event == "payment_slip_submitted"
    assert told.params == {"house_number": house.house_number, "amount_satang": 150_000}
    assert told.link == "/payment-slips?status=submitted"
    queue = client.get(f"{BASE}?status=submitted", headers=accountant.headers).json
    assert queue["total"] == 1
    [item] = queue["items"]
    assert item["id"] == slip["id"]
    assert item["suggested_allocations"] == [
        {
            "invoice_id": invoice["id"],
            "invoice_number": invoice["number"],
            "due_date": "2026-11-16",
            "outstanding_satang": 150_000,
            "amount_satang": 150_000,
        }
    ]

    accepted = client.post(f"{BASE}/{slip['id']}/accept", json={}, headers=accountant.headers)
    assert accepted.status_code == 200, accepted.json
    body = accepted.json
    assert body["status"] == "accepted"
    assert body["payment_id"] is not None
    assert body["receipt"]["number"].startswith("RC2569-")

    with app.app_context():
        session = database.session()
        payment = session.get(Payment, body["payment_id"])
        assert payment.status == "confirmed"
        assert payment.method == "bank_transfer"
        assert payment.paid_on == date(2026, 11, 20)
        assert payment.reference == f"slip #{slip['id']}"
        assert payment.recorded_by_id == accountant.user.id
        assert payment.confirmed_by_id == accountant.user.id
        assert payment.payer_name == "มาลี ใจดี"
        receipt = session.scalar(select(Receipt).where(Receipt.payment_id == payment.id))
        assert receipt.amount_satang == 150_000
        assert [(line.invoice_id, line.amount_satang) for line in receipt.lines] == [
            (invoice["id"], 150_000)
        ]
        paid = session.get(Invoice, invoice["id"])
        assert paid.status == "paid"
        assert paid.outstanding_satang == 0
        assert session.get(House, house.id).balance_satang == 0

    decided = notifications_of(app, resident.user.id)[-1]
    assert decided.event == "payment_slip_decided"
    assert decided.params["status"] == "accepted"
    assert decided.params["receipt_number"] == body["receipt"]["number"]
    assert decided.link == "/my-bills"
    assert "payment_slip_submitted" in audit_actions(app)
    assert "payment_slip_accepted" in audit_actions(app)
    assert "payment_confirmed" in audit_actions(app)

    # The resident sees it accepted, with its receipt, in their own list.
    mine = client.get("/api/v1/me/payment-slips", headers=resident.headers).json
    assert [s["receipt"]["number"] for s in mine["items"]] == [body["receipt"]["number"]]
    # Accepting twice is a 409 naming the state (the body may be left out altogether).
    again = client.post(f"{BASE}/{slip['id']}/accept", headers=accountant.headers)
    assert again.status_code == 409
    assert "accepted" in again.json["detail"]


def test_slip_invoice_ids_first_then_oldest_due_and_the_rest_is_credit(
    client, app, resident_of, accountant
):
    resident, house = resident_of()
    october = issue_invoice(app, house.id, 100_000, date(2026, 10, 1))
    november = issue_invoice(app, house.id, 100_000, date(2026, 11, 1))
    sent = send_slip(
        client, resident.headers, house_id=house.id, amount_satang=250_000,
        invoice_ids=f"{november['id']}",
    )  # fmt: skip
    slip = sent.json
    shown = client.get(f"{BASE}/{slip['id']}", headers=accountant.headers).json
    assert [(s["invoice_id"], s["amount_satang"]) for s in shown["suggested_allocations"]] == [
        (november["id"], 100_000),
        (october["id"], 100_000),
    ]
    accepted = client.post(f"{BASE}/{slip['id']}/accept", json={}, headers=accountant.headers)
    assert accepted.status_code == 200, accepted.json
    with app.app_context():
        assert database.session().get(House, house.id).credit_satang == 50_000
        assert database.session().get(House, house.id).balance_satang == -50_000


def test_explicit_allocations_are_checked(client, app, resident_of, accountant):
    resident, house = resident_of()
    invoice = issue_invoice(app, house.id, 100_000, date(2026, 10, 1))
    _other, other_house = resident_of()
    foreign = issue_invoice(app, other_house.id, 100_000, date(2026, 10, 1))
    slip = send_slip(client, resident.headers, house_id=house.id, amount_satang=120_000).json
    url = f"{BASE}/{slip['id']}/accept"

    def accept(allocations):
        return client.post(url, json={"allocations": allocations}, headers=accountant.headers)

    assert accept([{"invoice_id": foreign["id"], "amount_satang": 100}]).status_code == 422
    over = accept([{"invoice_id": invoice["id"], "amount_satang": 100_001}])
    assert over.status_code == 422
    assert over.json["errors"][0]["code"] == "over_outstanding"
    assert accept([{"invoice_id": invoice["id"], "amount_satang": 10.5}]).status_code == 422
    # Nothing of the refused attempts stuck: the slip is still in the queue.
    assert client.get(f"{BASE}/{slip['id']}", headers=accountant.headers).json["status"] == (
        "submitted"
    )
    ok = accept([{"invoice_id": invoice["id"], "amount_satang": 60_000}])
    assert ok.status_code == 200, ok.json
    with app.app_context():
        paid = database.session().get(Invoice, invoice["id"])
        assert paid.paid_satang == 60_000
        assert database.session().get(House, house.id).credit_satang == 60_000


def test_invoice_ids_repeated_or_comma_separated_and_paid_on_is_the_villages_day(
    client, app, resident_of, accountant
):
    resident, house = resident_of()
    first = issue_invoice(app, house.id, 50_000, date(2026, 9, 1))
    second = issue_invoice(app, house.id, 50_000, date(2026, 10, 1))
    third = issue_invoice(app, house.id, 50_000, date(2026, 11, 1))
    repeated = send_slip(
        client, resident.headers, house_id=house.id, amount_satang=50_000,
        invoice_ids=[str(third["id"]), str(first["id"])],
    )  # fmt: skip
    assert repeated.json["invoice_ids"] == [third["id"], first["id"]]
    commas = send_slip(
        client, resident.headers, house_id=house.id, amount_satang=50_000,
        invoice_ids=f" {second['id']}, {third['id']},", data=b"",
        transferred_at="2026-11-19T18:30:00Z",  # 01:30 on the 20th in Bangkok
    )  # fmt: skip
    assert commas.status_code == 422  # an empty file is no slip
    commas = send_slip(
        client, resident.headers, house_id=house.id, amount_satang=50_000,
        invoice_ids=f" {second['id']}, {third['id']},", transferred_at="2026-11-19T18:30:00Z",
    )  # fmt: skip
    assert commas.json["invoice_ids"] == [second["id"], third["id"]]
    accepted = client.post(
        f"{BASE}/{commas.json['id']}/accept", json={}, headers=accountant.headers
    ).json
    with app.app_context():
        payment = database.session().get(Payment, accepted["payment_id"])
        assert payment.paid_on == date(2026, 11, 20)
        assert database.session().get(Invoice, second["id"]).status == "paid"
        assert database.session().get(Invoice, first["id"]).status == "issued"
