"""Credit notes through the API (village.md, "Credit notes"): one person asks, another
approves; an issued note is numbered CN…, dated today and reduces the invoice's
outstanding; never above what the invoice owes, never by its maker."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader
from sqlalchemy import select

from tests.credit_notes.conftest import NOTES, NOV, approve, ask, asked
from tests.helpers import audit_events
from village import database
from village.notifications.models import Notification
from village.period_locks.enums import PeriodStatus
from village.period_locks.models import AccountingPeriod
from village.profile import service as profile


def _prefix(app) -> str:
    with app.app_context():
        return f"CN{profile.fiscal_year(profile.today())}-"


def test_the_maker_asks_and_a_second_person_issues_it(app, client, office, checker, books, invoice):
    note = asked(client, office, invoice, 60_000, reason="Land area was 30 not 50 ตร.ว.")
    assert note["status"] == "pending_approval"
    assert note["number"] is None and note["issue_date"] is None
    assert note["invoice"] == {"id": invoice, "number": books.invoice(invoice).number}
    assert note["house"]["house_number"] == "77/7"
    assert note["created_by"]["full_name"] == "Accounts Office"
    assert (note["decided_by"], note["decided_at"], note["reject_reason"]) == (None, None, None)
    assert books.invoice(invoice).credited_satang == 0  # nothing moves before approval

    done = approve(client, checker, note["id"])
    assert done.status_code == 200, done.json
    issued = done.json
    assert issued["status"] == "issued"
    assert issued["number"] == f"{_prefix(app)}000001"
    assert issued["issue_date"] == books.today().isoformat()
    assert issued["decided_by"]["full_name"] == "Checker Two"
    after = books.invoice(invoice)
    assert (after.credited_satang, after.outstanding_satang, after.status) == (
        60_000, 100_000, "partially_paid",
    )  # fmt: skip
    assert books.house(after.house_id).outstanding_satang == 100_000

    [requested] = audit_events(app, "credit_note_requested")
    assert requested.details["amount_satang"] == 60_000
    assert requested.details["reason"] == "Land area was 30 not 50 ตร.ว."
    [event] = audit_events(app, "credit_note_issued")
    assert event.details["number"] == issued["number"]
    assert event.details["invoice_outstanding_satang"] == 100_000
    assert event.target_name == issued["number"]


def test_the_maker_never_approves_their_own_note(client, office, books, invoice):
    note = asked(client, office, invoice, 10_000)
    refused = approve(client, office, note["id"])
    assert refused.status_code == 409
    assert refused.json["code"] == "same_person"
    assert client.get(f"{NOTES}/{note['id']}", headers=office.headers).json["status"] == (
        "pending_approval"
    )
    assert books.invoice(invoice).credited_satang == 0


def test_a_note_above_what_the_invoice_owes_is_refused(client, office, books, invoice):
    refused = ask(client, office, invoice, 160_001)
    assert refused.status_code == 409
    assert refused.json["code"] == "exceeds_outstanding"
    books.pay(books.invoice(invoice).house_id, 100_000, paid_on=NOV + timedelta(days=3))
    assert ask(client, office, invoice, 60_001).json["code"] == "exceeds_outstanding"
    assert ask(client, office, invoice, 60_000).status_code == 201


def test_approval_checks_the_outstanding_again(client, office, checker, books, invoice):
    note = asked(client, office, invoice, 100_000)
    books.pay(books.invoice(invoice).house_id, 100_000, paid_on=NOV + timedelta(days=3))
    refused = approve(client, checker, note["id"])
    assert refused.status_code == 409
    assert refused.json["code"] == "exceeds_outstanding"
    assert books.invoice(invoice).credited_satang == 0
    # A refused approval consumes no number: the next issued note is the first.
    smaller = asked(client, office, invoice, 60_000)
    assert approve(client, checker, smaller["id"]).json["number"].endswith("-000001")


def test_a_void_invoice_takes_no_note_and_an_unknown_one_is_unprocessable(
    client, office, books, invoice
):
    books.void(invoice)
    refused = ask(client, office, invoice, 1_000)
    assert refused.status_code == 409
    assert refused.json["code"] == "invoice_void"
    unknown = ask(client, office, 999_999, 1_000)
    assert unknown.status_code == 422
    assert unknown.json["errors"][0]["code"] == "unknown_invoice"


def test_a_note_for_everything_owed_makes_the_invoice_credited(
    client, office, checker, books, invoice
):
    first = asked(client, office, invoice, 60_000)
    second = asked(client, office, invoice, 100_000)
    assert approve(client, checker, first["id"]).status_code == 200
    assert approve(client, checker, second["id"]).status_code == 200
    after = books.invoice(invoice)
    assert (after.status, after.credited_satang, after.outstanding_satang) == (
        "credited",
        160_000,
        0,
    )
    assert books.house(after.house_id).outstanding_satang == 0
    # A third would exceed nothing owed; the invoice says credited on its read too.
    assert ask(client, office, invoice, 1).json["code"] == "exceeds_outstanding"
    read = client.get(f"/api/v1/invoices/{invoice}", headers=office.headers).json
    assert (read["status"], read["credited_satang"], read["outstanding_satang"]) == (
        "credited", 160_000, 0,
    )  # fmt: skip


def test_paid_in_part_and_credited_for_the_rest_is_paid(client, office, checker, books, invoice):
    books.pay(books.invoice(invoice).house_id, 100_000, paid_on=NOV + timedelta(days=3))
    note = asked(client, office, invoice, 60_000)
    assert approve(client, checker, note["id"]).status_code == 200
    after = books.invoice(invoice)
    assert (after.status, after.paid_satang, after.credited_satang) == ("paid", 100_000, 60_000)


def test_numbers_are_consecutive_in_approval_order(app, client, office, checker, books, invoice):
    notes = [asked(client, office, invoice, 10_000) for _ in range(3)]
    rejected = client.post(
        f"{NOTES}/{notes[1]['id']}/reject", json={"reason": "Duplicate"}, headers=checker.headers
    )
    assert rejected.status_code == 200
    numbers = [approve(client, checker, notes[i]["id"]).json["number"] for i in (2, 0)]
    assert numbers == [f"{_prefix(app)}000001", f"{_prefix(app)}000002"]


def test_a_rejected_note_keeps_its_reason_and_is_never_approved(
    app, client, office, checker, books, invoice
):
    note = asked(client, office, invoice, 10_000)
    rejected = client.post(
        f"{NOTES}/{note['id']}/reject", json={"reason": "Not agreed"}, headers=checker.headers
    )
    assert rejected.status_code == 200, rejected.json
    body = rejected.json
    assert (body["status"], body["reject_reason"], body["number"]) == (
        "rejected",
        "Not agreed",
        None,
    )
    assert body["decided_by"]["full_name"] == "Checker Two"
    again = approve(client, checker, note["id"])
    assert again.status_code == 409
    assert again.json["code"] == "not_pending"
    twice = client.post(
        f"{NOTES}/{note['id']}/reject", json={"reason": "x"}, headers=checker.headers
    )
    assert twice.json["code"] == "not_pending"
    assert books.invoice(invoice).credited_satang == 0
    [event] = audit_events(app, "credit_note_rejected")
    assert event.details["reason"] == "Not agreed"
    no_reason = client.post(f"{NOTES}/{note['id']}/reject", json={}, headers=checker.headers)
    assert no_reason.status_code == 422


def test_approval_is_refused_in_a_closed_month(app, client, office, checker, books, invoice):
    note = asked(client, office, invoice, 10_000)
    with app.app_context():
        today = profile.today()
        database.session().add(
            AccountingPeriod(period=today.replace(day=1), status=PeriodStatus.CLOSED)
        )
        database.session().commit()
    refused = approve(client, checker, note["id"])
    assert refused.status_code == 409
    assert refused.json["code"] == "period_closed"
    assert books.invoice(invoice).credited_satang == 0


def test_lists_filter_and_residents_see_only_their_houses_issued_notes(
    client, office, checker, books, invoice, resident_of
):
    resident, own_house = resident_of()
    own = books.issue(own_house.id, months=[NOV], issue_date=NOV, due_date=date(2026, 11, 16))
    issued_own = asked(client, office, own, 5_000)
    approve(client, checker, issued_own["id"])
    pending_own = asked(client, office, own, 6_000)
    others = asked(client, office, invoice, 7_000)
    approve(client, checker, others["id"])

    staff = client.get(NOTES, headers=office.headers).json
    assert staff["total"] == 3
    assert [n["id"] for n in staff["items"]] == [others["id"], pending_own["id"], issued_own["id"]]
    pending = client.get(f"{NOTES}?status=pending_approval", headers=office.headers).json
    assert [n["id"] for n in pending["items"]] == [pending_own["id"]]
    by_invoice = client.get(f"{NOTES}?invoice_id={invoice}", headers=office.headers).json
    assert [n["id"] for n in by_invoice["items"]] == [others["id"]]
    by_house = client.get(f"{NOTES}?house_id={own_house.id}&sort=amount_satang",
                          headers=office.headers).json  # fmt: skip
    assert [n["amount_satang"] for n in by_house["items"]] == [5_000, 6_000]
    by_q = client.get(f"{NOTES}?q=77/7", headers=office.headers).json
    assert [n["id"] for n in by_q["items"]] == [others["id"]]

    mine = client.get(NOTES, headers=resident.headers).json
    assert [n["id"] for n in mine["items"]] == [issued_own["id"]]
    assert client.get(f"{NOTES}/{issued_own['id']}", headers=resident.headers).status_code == 200
    for hidden in (pending_own, others):
        assert client.get(f"{NOTES}/{hidden['id']}", headers=resident.headers).status_code == 404
        pdf = client.get(f"{NOTES}/{hidden['id']}/pdf", headers=resident.headers)
        assert pdf.status_code == 404
    assert client.get(f"{NOTES}/{issued_own['id']}/pdf", headers=resident.headers).status_code == (
        200
    )
    assert ask(client, resident, own, 1_000).status_code == 403
    assert approve(client, resident, pending_own["id"]).status_code == 403


def test_the_pdf_is_the_issued_note_in_thai_with_the_amount_in_words(
    client, office, checker, books, invoice
):
    note = asked(client, office, invoice, 250_000 - 90_000, reason="ลดค่าส่วนกลางตามมติ")
    pending = client.get(f"{NOTES}/{note['id']}/pdf", headers=office.headers)
    assert pending.status_code == 409
    assert pending.json["code"] == "not_issued"
    issued = approve(client, checker, note["id"]).json
    response = client.get(f"{NOTES}/{note['id']}/pdf", headers=office.headers)
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert issued["number"] in response.headers["Content-Disposition"]
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages)
    assert issued["number"] in text
    assert books.invoice(invoice).number in text
    assert "1,600.00" in text  # the amount; also the invoice's total
    assert "หนึ่งพันหกร้อยบาทถ้วน" in text
    assert "ใบลดหนี้" in text
    assert str(books.today().year + 543) in text  # a B.E. date


def test_the_statement_lists_an_issued_note_with_the_running_balance(
    client, office, checker, books, invoice
):
    house_id = books.invoice(invoice).house_id
    books.pay(house_id, 100_000, paid_on=NOV + timedelta(days=3))
    note = asked(client, office, invoice, 40_000, reason="Wrong area")
    asked(client, office, invoice, 5_000)  # pending: not on the statement
    issued = approve(client, checker, note["id"]).json
    body = client.get(f"/api/v1/houses/{house_id}/statement", headers=office.headers).json
    rows = [(e["kind"], e["reference"], e["debit_satang"], e["credit_satang"],
             e["balance_satang"]) for e in body["entries"]]  # fmt: skip
    assert rows[0][0] == "invoice" and rows[0][4] == 160_000
    assert rows[1][0] == "payment" and rows[1][4] == 60_000
    assert rows[2] == ("credit_note", issued["number"], 0, 40_000, 20_000)
    assert body["entries"][2]["date"] == books.today().isoformat()
    assert books.invoice(invoice).number in body["entries"][2]["description"]
    assert body["closing_balance_satang"] == 20_000
    kept = books.house(house_id)
    assert kept.outstanding_satang - kept.credit_satang == 20_000
    pdf = client.get(f"/api/v1/houses/{house_id}/statement?format=pdf", headers=office.headers)
    assert pdf.status_code == 200
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.data)).pages)
    assert issued["number"] in text
    assert "ใบลดหนี้" in text


def test_the_house_is_told_when_a_note_is_issued(app, client, office, checker, books, resident_of):
    resident, house = resident_of()
    invoice = books.issue(house.id, months=[NOV], issue_date=NOV, due_date=date(2026, 11, 16))
    note = asked(client, office, invoice, 5_000)

    def told():
        with app.app_context():
            return (
                database.session()
                .scalars(select(Notification).where(Notification.event == "credit_note_issued"))
                .all()
            )

    assert told() == []  # asking tells nobody
    issued = approve(client, checker, note["id"]).json
    [notice] = told()
    assert notice.user_id == resident.user.id
    assert notice.params == {
        "number": issued["number"],
        "house_number": house.house_number,
        "amount_satang": 5_000,
        "invoice_number": books.invoice(invoice).number,
    }
    assert notice.link == "/my-bills"
