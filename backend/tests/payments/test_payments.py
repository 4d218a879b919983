"""Office payments: allocation, credit, receipts, maker-checker, reversal (village.md,
"Payments and receipts", "Permissions")."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.helpers import audit_actions, audit_events
from tests.payments.conftest import (
    PAYMENTS,
    RECEIPTS,
    confirm,
    issue_invoice,
    record,
    set_confirmation,
    today,
)
from village import database
from village.enums import Role
from village.houses.models import House
from village.invoices.models import Invoice
from village.notifications.models import Notification
from village.payments import ledger

SEP, OCT, NOV, DEC = date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1)


def _invoice(app, invoice_id):
    with app.app_context():
        found = database.session().get(Invoice, invoice_id)
        assert found is not None
        return found


def _house(app, house_id):
    with app.app_context():
        found = database.session().get(House, house_id)
        assert found is not None
        return found


def _confirmed(client, maker, checker, house_id, amount, **extra):
    made = record(client, maker.headers, house_id, amount, paid_on=today(client.application),
                  **extra)  # fmt: skip
    assert made.status_code == 201, made.json
    assert made.json["status"] == "pending"
    done = confirm(client, checker.headers, made.json["id"])
    assert done.status_code == 200, done.json
    return done.json


def _receipt(client, headers, payment):
    answer = client.get(f"{RECEIPTS}/{payment['receipt']['id']}", headers=headers)
    assert answer.status_code == 200, answer.json
    return answer.json


def test_oldest_due_first_month_by_month_and_the_receipt_says_so(
    app, client, office, accountant, house
):
    older = issue_invoice(app, house.id, [SEP, OCT])
    newer = issue_invoice(app, house.id, [NOV])

    payment = _confirmed(client, office, accountant, house.id, 250_000)

    assert payment["status"] == "confirmed"
    assert payment["allocated_satang"] == 250_000 and payment["credit_satang"] == 0
    assert [(a["invoice_number"], a["amount_satang"]) for a in payment["allocations"]] == [
        (older["number"], 200_000),
        (newer["number"], 50_000),
    ]
    assert payment["receipt_number"].startswith("RC2569-")
    assert _invoice(app, older["id"]).status == "paid"
    newer_now = _invoice(app, newer["id"])
    assert (newer_now.status, newer_now.outstanding_satang) == ("partially_paid", 50_000)
    assert (_house(app, house.id).outstanding_satang, _house(app, house.id).credit_satang) == (
        50_000,
        0,
    )

    receipt = _receipt(client, accountant.headers, payment)
    assert receipt["number"] == payment["receipt_number"]
    assert receipt["amount_satang"] == 250_000
    assert receipt["amount_in_words_th"] == "สองพันห้าร้อยบาทถ้วน"
    assert receipt["payer_name"] == "Somchai Jaidee"  # the house's primary contact
    assert receipt["collector_name"] == "Office Clerk"
    assert receipt["house"] == {"id": house.id, "house_number": "99/1"}
    assert receipt["method"] == "cash" and receipt["void"] is False
    assert receipt["payment_id"] == payment["id"]
    assert [(line["invoice_number"], line["month"], line["amount_satang"])
            for line in receipt["lines"]] == [
        (older["number"], "2026-09", 100_000),
        (older["number"], "2026-10", 100_000),
        (newer["number"], "2026-11", 50_000),
    ]  # fmt: skip


def test_chosen_allocations_then_credit_applied_to_a_later_invoice(
    app, client, office, accountant, house
):
    older = issue_invoice(app, house.id, [SEP])
    newer = issue_invoice(app, house.id, [OCT])

    payment = _confirmed(
        client, office, accountant, house.id, 150_000,
        allocations=[{"invoice_id": newer["id"], "amount_satang": 100_000}],
    )  # fmt: skip

    assert payment["requested_allocations"] == [
        {"invoice_id": newer["id"], "amount_satang": 100_000}
    ]
    assert [a["invoice_id"] for a in payment["allocations"]] == [newer["id"]]
    assert payment["credit_satang"] == 50_000
    assert _invoice(app, older["id"]).status == "issued"  # not chosen: untouched
    assert _invoice(app, newer["id"]).status == "paid"
    assert _house(app, house.id).credit_satang == 50_000
    lines = _receipt(client, office.headers, payment)["lines"]
    assert [(line["invoice_id"], line["month"], line["amount_satang"]) for line in lines] == [
        (newer["id"], "2026-10", 100_000),
        (None, None, 50_000),
    ]
    assert "credit" in lines[1]["description"]

    # A billing run issues December and applies the house's credit (as it would).
    later = issue_invoice(app, house.id, [DEC])
    with app.app_context():
        made = ledger.apply_credit([house.id], on=today(app))
        database.session().commit()
        assert [(a.invoice_id, a.amount_satang) for a in made] == [(older["id"], 50_000)]
    # Oldest due first: the credit went to September, still open, not to December.
    assert _invoice(app, older["id"]).outstanding_satang == 50_000
    assert _invoice(app, later["id"]).outstanding_satang == 100_000
    house_now = _house(app, house.id)
    assert (house_now.credit_satang, house_now.outstanding_satang) == (0, 150_000)
    again = client.get(f"{PAYMENTS}/{payment['id']}", headers=office.headers).json
    assert again["credit_satang"] == 0 and again["allocated_satang"] == 150_000


def test_credit_is_applied_to_a_new_invoice_when_nothing_was_open(
    app, client, office, accountant, house
):
    payment = _confirmed(client, office, accountant, house.id, 120_000)
    assert payment["allocations"] == [] and payment["credit_satang"] == 120_000
    lines = _receipt(client, office.headers, payment)["lines"]
    assert [(line["invoice_id"], line["amount_satang"]) for line in lines] == [(None, 120_000)]
    assert _house(app, house.id).balance_satang == -120_000

    invoice = issue_invoice(app, house.id, [DEC])
    with app.app_context():
        ledger.apply_credit([house.id], on=today(app))
        database.session().commit()
    assert _invoice(app, invoice["id"]).status == "paid"
    house_now = _house(app, house.id)
    assert (house_now.outstanding_satang, house_now.credit_satang) == (0, 20_000)


@pytest.mark.parametrize("amount", [1000.0, "1000", 0, -5, True, 1.5, 2_000_000_001], ids=repr)
def test_amounts_are_positive_integer_satang(client, office, house, amount):
    answer = record(client, office.headers, house.id, amount, paid_on=date(2026, 11, 1))  # type: ignore[arg-type]
    assert answer.status_code == 422
    assert answer.json["errors"][0]["field"] == "amount_satang"


def test_what_a_payment_is_refused_for(app, client, office, house, make_house):
    now = today(app)
    other = make_house()
    theirs = issue_invoice(app, other.id, [SEP])
    mine = issue_invoice(app, house.id, [SEP])
    settled = issue_invoice(app, house.id, [OCT])
    with app.app_context():
        invoice = database.session().get(Invoice, settled["id"])
        assert invoice is not None
        invoice.status = "void"  # type: ignore[assignment]
        database.session().commit()

    def errors(**body):
        amount = body.pop("amount", 100_000)
        answer = record(client, office.headers, body.pop("house_id", house.id), amount,
                        paid_on=body.pop("paid_on", now), **body)  # fmt: skip
        assert answer.status_code == 422, answer.json
        return {(e["field"], e["code"]) for e in answer.json["errors"]}

    assert errors(paid_on=now + timedelta(days=1)) == {("paid_on", "future_date")}
    assert errors(house_id=999_999) == {("house_id", "unknown_house")}
    assert ("method", "enum") in errors(method="gold")
    one = "allocations.0.invoice_id"
    assert errors(allocations=[{"invoice_id": theirs["id"], "amount_satang": 1}]) == {
        (one, "unknown_invoice")
    }
    assert errors(allocations=[{"invoice_id": settled["id"], "amount_satang": 1}]) == {
        (one, "invoice_not_open")
    }
    assert errors(
        amount=200_000, allocations=[{"invoice_id": mine["id"], "amount_satang": 100_001}]
    ) == {("allocations.0.amount_satang", "exceeds_outstanding")}
    assert errors(
        amount=50_000, allocations=[{"invoice_id": mine["id"], "amount_satang": 60_000}]
    ) == {("allocations", "exceeds_payment")}
    assert errors(
        allocations=[
            {"invoice_id": mine["id"], "amount_satang": 1},
            {"invoice_id": mine["id"], "amount_satang": 1},
        ]
    ) == {("allocations.1.invoice_id", "duplicate_invoice")}
    assert ("allocations.0.amount_satang", "int_type") in errors(
        allocations=[{"invoice_id": mine["id"], "amount_satang": 1.0}]
    )
    with app.app_context():
        from village.payments.models import Payment

        assert database.session().scalars(select(Payment)).all() == []


def test_the_recorder_never_confirms_or_reverses_even_as_super_admin(
    app, client, login_as, accountant, accountant2, house
):
    boss = login_as(Role.SUPER_ADMIN)
    issue_invoice(app, house.id, [SEP])
    made = record(client, boss.headers, house.id, 100_000, paid_on=today(app))
    assert made.status_code == 201

    refused = confirm(client, boss.headers, made.json["id"])
    assert refused.status_code == 409
    assert refused.json["code"] == "same_person"

    assert confirm(client, accountant.headers, made.json["id"]).status_code == 200
    again = confirm(client, accountant2.headers, made.json["id"])
    assert again.status_code == 409 and again.json["code"] == "not_pending"
    assert "confirmed" in again.json["detail"]

    reverse = client.post(f"{PAYMENTS}/{made.json['id']}/reverse", json={"reason": "x"},
                          headers=boss.headers)  # fmt: skip
    assert reverse.status_code == 409 and reverse.json["code"] == "same_person"


def test_a_pending_payment_tells_the_checkers_and_waits(
    app, client, office, accountant, login_as, house
):
    village_admin = login_as(Role.VILLAGE_ADMIN)
    made = record(client, office.headers, house.id, 100_000, paid_on=today(app),
                  method="bank_transfer", reference="TX-1")  # fmt: skip
    assert made.status_code == 201
    body = made.json
    assert body["status"] == "pending" and body["receipt"] is None
    assert body["recorded_by"]["full_name"] == "Office Clerk"
    assert body["payer_name"] == "Somchai Jaidee" and body["posting_date"] == body["paid_on"]
    with app.app_context():
        told = (
            database.session()
            .scalars(
                select(Notification).where(Notification.event == "payment_awaiting_confirmation")
            )
            .all()
        )
        assert [n.user_id for n in told] == [accountant.user.id]  # not the village admin
        assert told[0].params == {
            "house_number": "99/1",
            "amount_satang": 100_000,
            "method": "bank_transfer",
        }
        assert told[0].link == "/payments?status=pending"
    assert village_admin.user.id not in [n.user_id for n in told]
    assert audit_actions(app, target_type="payment") == ["payment_recorded"]
    assert _house(app, house.id).credit_satang == 0  # nothing moves before confirmation


def test_without_confirmation_required_it_is_confirmed_at_once(app, client, office, house):
    set_confirmation(app, False)
    issue_invoice(app, house.id, [SEP])
    made = record(client, office.headers, house.id, 100_000, paid_on=today(app),
                  payer_name="นางสมหญิง ใจดี")  # fmt: skip
    assert made.status_code == 201, made.json
    body = made.json
    assert body["status"] == "confirmed"
    assert body["confirmed_by"]["id"] == office.user.id
    assert body["receipt_number"].startswith("RC2569-")
    assert _receipt(client, office.headers, body)["payer_name"] == "นางสมหญิง ใจดี"
    assert audit_actions(app, target_type="payment") == ["payment_recorded", "payment_confirmed"]
    confirmed = audit_events(app, "payment_confirmed")[0]
    assert confirmed.details["automatic"] is True
    assert confirmed.details["receipt_number"] == body["receipt_number"]


def test_payer_name_defaults_to_the_house_number_without_a_primary_contact(
    app, client, office, make_house
):
    set_confirmation(app, False)
    bare = make_house(house_number="12/7")
    made = record(client, office.headers, bare.id, 5_000, paid_on=today(app))
    assert made.json["payer_name"] == "บ้านเลขที่ 12/7"


def test_reversal_restores_the_invoices_and_voids_the_receipt_keeping_its_number(
    app, client, office, accountant, accountant2, house
):
    older = issue_invoice(app, house.id, [SEP, OCT])
    payment = _confirmed(client, office, accountant, house.id, 250_000)
    number = payment["receipt_number"]

    reversed_ = client.post(
        f"{PAYMENTS}/{payment['id']}/reverse",
        json={"reason": "Cheque bounced"},
        headers=accountant2.headers,
    )
    assert reversed_.status_code == 200, reversed_.json
    body = reversed_.json
    assert body["status"] == "reversed" and body["reverse_reason"] == "Cheque bounced"
    assert body["reversed_by"]["id"] == accountant2.user.id
    assert body["allocated_satang"] == 0 and body["credit_satang"] == 0
    assert all(a["reversed_at"] for a in body["allocations"])
    assert body["receipt"] == {"id": payment["receipt"]["id"], "number": number, "void": True}

    invoice = _invoice(app, older["id"])
    assert (invoice.status, invoice.outstanding_satang) == ("issued", 200_000)
    house_now = _house(app, house.id)
    assert (house_now.outstanding_satang, house_now.credit_satang) == (200_000, 0)
    receipt = _receipt(client, office.headers, payment)
    assert (receipt["number"], receipt["void"], receipt["void_reason"]) == (
        number, True, "Cheque bounced",
    )  # fmt: skip

    second = client.post(f"{PAYMENTS}/{payment['id']}/reverse", json={"reason": "again"},
                         headers=accountant2.headers)  # fmt: skip
    assert second.status_code == 409 and second.json["code"] == "not_confirmed"
    assert "reversed" in second.json["detail"]
    events = audit_events(app, "payment_reversed")
    assert len(events) == 1 and events[0].details["receipt_number"] == number
    assert events[0].actor_id == accountant2.user.id


def test_reversing_a_pending_payment_is_refused(app, client, office, accountant, house):
    made = record(client, office.headers, house.id, 1_000, paid_on=today(app))
    answer = client.post(f"{PAYMENTS}/{made.json['id']}/reverse", json={"reason": "x"},
                         headers=accountant.headers)  # fmt: skip
    assert answer.status_code == 409 and answer.json["code"] == "not_confirmed"


def test_cancel_a_pending_payment(app, client, office, accountant, login_as, house):
    stranger = login_as(Role.VILLAGE_ADMIN)
    first = record(client, office.headers, house.id, 1_000, paid_on=today(app)).json
    second = record(client, office.headers, house.id, 2_000, paid_on=today(app)).json

    def cancel(payment, signed):
        return client.post(f"{PAYMENTS}/{payment['id']}/cancel", json={"reason": "Typo"},
                           headers=signed.headers)  # fmt: skip

    assert cancel(first, stranger).status_code == 403  # neither recorder nor checker
    mine = cancel(first, office)
    assert mine.status_code == 200 and mine.json["status"] == "cancelled"
    assert cancel(second, accountant).json["status"] == "cancelled"
    again = cancel(first, office)
    assert again.status_code == 409 and "cancelled" in again.json["detail"]
    late = confirm(client, accountant.headers, first["id"])
    assert late.status_code == 409 and "cancelled" in late.json["detail"]
    assert client.post(f"{PAYMENTS}/{first['id']}/cancel", json={},
                       headers=office.headers).status_code == 422  # fmt: skip
    event = audit_events(app, "payment_cancelled")[0]
    assert event.details["reason"] == "Typo" and event.actor_id == office.user.id


def test_cancelling_a_confirmed_payment_is_refused(app, client, office, accountant, house):
    payment = _confirmed(client, office, accountant, house.id, 1_000)
    answer = client.post(f"{PAYMENTS}/{payment['id']}/cancel", json={"reason": "x"},
                         headers=office.headers)  # fmt: skip
    assert answer.status_code == 409 and answer.json["code"] == "not_pending"


def test_who_may_do_what(app, client, office, house, resident_of):
    resident = resident_of(house)
    made = record(client, office.headers, house.id, 1_000, paid_on=today(app))
    assert record(client, resident.headers, house.id, 1_000,
                  paid_on=today(app)).status_code == 403  # fmt: skip
    assert confirm(client, office.headers, made.json["id"]).status_code == 403
    assert confirm(client, resident.headers, made.json["id"]).status_code == 403
    assert client.get(PAYMENTS).status_code == 401


def test_a_resident_sees_their_houses_payments_and_receipts_only(
    app, client, office, accountant, house, make_house, resident_of
):
    other = make_house(house_number="5/5")
    resident = resident_of(house)
    mine = _confirmed(client, office, accountant, house.id, 3_000, note="paid at the gate")
    theirs = _confirmed(client, office, accountant, other.id, 4_000)

    listed = client.get(PAYMENTS, headers=resident.headers).json
    assert [p["id"] for p in listed["items"]] == [mine["id"]] and listed["total"] == 1
    assert listed["items"][0]["note"] is None  # the office's note stays the office's
    assert client.get(f"{PAYMENTS}/{mine['id']}", headers=office.headers).json["note"] == (
        "paid at the gate"
    )
    assert client.get(f"{PAYMENTS}/{theirs['id']}", headers=resident.headers).status_code == 404
    assert client.get(f"{PAYMENTS}/999999", headers=resident.headers).status_code == 404

    receipts = client.get(RECEIPTS, headers=resident.headers).json
    assert [r["id"] for r in receipts["items"]] == [mine["receipt"]["id"]]
    own = client.get("/api/v1/me/receipts", headers=resident.headers).json
    assert [r["number"] for r in own["items"]] == [mine["receipt_number"]]
    other_receipt = f"{RECEIPTS}/{theirs['receipt']['id']}"
    assert client.get(other_receipt, headers=resident.headers).status_code == 404
    assert client.get(f"{other_receipt}/pdf", headers=resident.headers).status_code == 404
    assert client.get(f"{RECEIPTS}/{mine['receipt']['id']}",
                      headers=resident.headers).status_code == 200  # fmt: skip
    # Staff see all in /receipts, but /me/receipts is about their own houses (none).
    assert client.get(RECEIPTS, headers=office.headers).json["total"] == 2
    assert client.get("/api/v1/me/receipts", headers=office.headers).json["total"] == 0


def test_a_resident_who_moved_out_no_longer_sees_the_receipts(
    app, client, office, accountant, house, resident_of
):
    resident = resident_of(house)
    payment = _confirmed(client, office, accountant, house.id, 3_000)
    with app.app_context():
        from village.houses.models import HouseMember

        member = database.session().scalar(
            select(HouseMember).where(HouseMember.user_id == resident.user.id)
        )
        assert member is not None
        member.moved_out_on = date(2026, 11, 1)
        database.session().commit()
    assert client.get("/api/v1/me/receipts", headers=resident.headers).json["items"] == []
    receipt = f"{RECEIPTS}/{payment['receipt']['id']}"
    assert client.get(receipt, headers=resident.headers).status_code == 404


def test_payment_list_filters_search_sort_and_pages(
    app, client, office, accountant, house, make_house
):
    other = make_house(house_number="7/3")
    now = today(app)
    a = record(client, office.headers, house.id, 1_000, paid_on=now - timedelta(days=10),
               reference="SLIP-AAA").json  # fmt: skip
    b = record(client, office.headers, other.id, 2_000, paid_on=now - timedelta(days=5),
               method="cheque").json  # fmt: skip
    c = _confirmed(client, office, accountant, house.id, 3_000)

    def ids(**params):
        answer = client.get(PAYMENTS, query_string=params, headers=accountant.headers)
        assert answer.status_code == 200, answer.json
        return [p["id"] for p in answer.json["items"]]

    assert ids() == [c["id"], b["id"], a["id"]]  # newest paid first
    assert ids(sort="amount_satang") == [a["id"], b["id"], c["id"]]
    assert ids(status="pending") == [b["id"], a["id"]]
    assert ids(house_id=other.id) == [b["id"]]
    assert ids(method="cheque") == [b["id"]]
    assert ids(q="slip-a") == [a["id"]]
    assert ids(q="7/3") == [b["id"]]
    day = (now - timedelta(days=5)).isoformat()
    assert ids(**{"from": day}) == [c["id"], b["id"]]
    assert ids(to=day) == [b["id"], a["id"]]
    page = client.get(PAYMENTS, query_string={"per_page": 2, "page": 2},
                      headers=accountant.headers).json  # fmt: skip
    assert (page["total"], [p["id"] for p in page["items"]]) == (3, [a["id"]])
    assert client.get(PAYMENTS, query_string={"sort": "house"},
                      headers=accountant.headers).status_code == 422  # fmt: skip


def test_receipt_list_filters(app, client, office, accountant, accountant2, house, make_house):
    other = make_house(house_number="8/8")
    first = _confirmed(client, office, accountant, house.id, 1_000, reference="TRX-9")
    second = _confirmed(client, office, accountant, other.id, 2_000)
    client.post(f"{PAYMENTS}/{second['id']}/reverse", json={"reason": "wrong house"},
                headers=accountant2.headers)  # fmt: skip

    def numbers(**params):
        answer = client.get(RECEIPTS, query_string=params, headers=office.headers)
        assert answer.status_code == 200, answer.json
        return [r["number"] for r in answer.json["items"]]

    assert numbers(sort="number") == [first["receipt_number"], second["receipt_number"]]
    assert numbers(void="true") == [second["receipt_number"]]
    assert numbers(void="false") == [first["receipt_number"]]
    assert numbers(house_id=other.id) == [second["receipt_number"]]
    assert numbers(q="trx-9") == [first["receipt_number"]]
    assert numbers(q=first["receipt_number"]) == [first["receipt_number"]]
    assert numbers(q="8/8") == [second["receipt_number"]]
    future = (today(app) + timedelta(days=1)).isoformat()
    assert numbers(**{"from": future}) == []
    assert len(numbers(to=future)) == 2
