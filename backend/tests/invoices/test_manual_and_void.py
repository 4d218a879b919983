"""A manual invoice (ad-hoc charges, a month billed by hand) and voiding an invoice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.helpers import audit_events
from tests.invoices.conftest import BASE
from village import database
from village.enums import Role
from village.notifications.models import Notification
from village.thai_dates import be_year

DEC = date(2025, 12, 1)
KEY_CARD = {"description": "บัตรผ่านเข้าออก / Key card", "quantity": 2, "unit_satang": 15_050}


def manual(client, headers, **body):
    return client.post(BASE, json=body, headers=headers)


def test_a_manual_invoice_is_numbered_billed_to_the_primary_contact_and_audited(
    app, client, office, books, make_house, make_member, make_user
):
    house = make_house(house_number="12/3")
    owner = make_user(full_name="Kanchana Srisuwan")
    tenant = make_user(full_name="Somsak Tenant")
    make_member(house=house, user=tenant, is_primary_contact=False)
    make_member(house=house, user=owner, is_primary_contact=True)
    fee = books.fee_item_id()
    response = manual(
        client,
        office.headers,
        house_id=house.id,
        lines=[KEY_CARD, {"fee_item_id": fee, "month": "2025-12", "description": "ค่าส่วนกลาง",
                          "unit_satang": 160_000}],
    )  # fmt: skip
    assert response.status_code == 201, response.json
    body = response.json
    today = books.today()
    assert body["number"] == f"INV{be_year(today)}-000001"
    assert body["issue_date"] == today.isoformat()
    assert body["due_date"] == (today + timedelta(days=15)).isoformat()  # the default due_days
    assert body["bill_to_name"] == "Kanchana Srisuwan"
    key, common = body["lines"]
    assert (key["quantity"], key["unit_satang"], key["amount_satang"]) == (2, 15_050, 30_100)
    assert key["fee_item"] is None and key["month"] is None
    assert (common["fee_item"]["id"], common["month"]) == (fee, "2025-12")
    assert body["total_satang"] == body["outstanding_satang"] == 190_100
    assert (body["status"], body["billing_run_id"], body["overdue"]) == ("issued", None, False)
    assert (
        client.get(f"/api/v1/houses/{house.id}", headers=office.headers).json["balance_satang"]
        == 190_100
    )

    (event,) = audit_events(app, "invoice_issued")
    assert (event.target_id, event.target_name) == (str(body["id"]), body["number"])
    assert event.details["total_satang"] == 190_100 and event.details["manual"] is True
    with app.app_context():
        told = database.session().scalars(
            select(Notification.user_id).where(Notification.event == "invoice_issued")
        )
        assert sorted(told) == sorted([owner.id, tenant.id])


def test_dates_and_the_bill_to_name_may_be_given(client, office, books, make_house):
    house = make_house()
    response = manual(
        client,
        office.headers,
        house_id=house.id,
        issue_date="2025-11-03",
        due_date="2025-11-30",
        bill_to_name="บริษัท ตัวอย่าง จำกัด",
        lines=[KEY_CARD],
    )
    assert response.status_code == 201, response.json
    body = response.json
    assert (body["issue_date"], body["due_date"]) == ("2025-11-03", "2025-11-30")
    assert body["number"].startswith("INV2568-")  # the fiscal year of its issue date
    assert body["bill_to_name"] == "บริษัท ตัวอย่าง จำกัด"
    assert body["overdue"] is True


def test_the_due_days_come_from_the_finance_settings(client, office, books, make_house):
    books.settings(due_days=7)
    house = make_house()
    body = manual(client, office.headers, house_id=house.id, issue_date="2025-11-03",
                  lines=[KEY_CARD]).json  # fmt: skip
    assert body["due_date"] == "2025-11-10"


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ({**KEY_CARD, "unit_satang": 150.5}, "lines.0.unit_satang"),
        ({**KEY_CARD, "unit_satang": 150.0}, "lines.0.unit_satang"),
        ({**KEY_CARD, "unit_satang": "15050"}, "lines.0.unit_satang"),
        ({**KEY_CARD, "unit_satang": -1}, "lines.0.unit_satang"),
        ({**KEY_CARD, "unit_satang": True}, "lines.0.unit_satang"),
        ({**KEY_CARD, "quantity": 0}, "lines.0.quantity"),
        ({**KEY_CARD, "quantity": 1.5}, "lines.0.quantity"),
        ({**KEY_CARD, "description": ""}, "lines.0.description"),
        ({**KEY_CARD, "month": "2025-13"}, "lines.0.month"),
        ({**KEY_CARD, "amount_satang": 30_100}, "lines.0.amount_satang"),  # derived, read-only
    ],
)
def test_a_line_that_is_not_whole_satang_or_is_malformed_is_422(
    client, office, make_house, line, field
):
    response = manual(client, office.headers, house_id=make_house().id, lines=[line])
    assert response.status_code == 422, response.json
    assert field in [error["field"] for error in response.json["errors"]]


def test_other_bad_manual_invoices_are_422(client, office, books, make_house, app):
    house = make_house()
    cases = [
        ({"house_id": house.id, "lines": []}, "lines", None),
        ({"house_id": house.id + 1000, "lines": [KEY_CARD]}, "house_id", "unknown_house"),
        ({"house_id": str(house.id), "lines": [KEY_CARD]}, "house_id", None),
        (
            {"house_id": house.id, "issue_date": "2025-11-10", "due_date": "2025-11-09",
             "lines": [KEY_CARD]},
            "due_date",
            "due_before_issue",
        ),
        (
            {"house_id": house.id, "lines": [{**KEY_CARD, "fee_item_id": 999_999}]},
            "lines.0.fee_item_id",
            "unknown_fee_item",
        ),
        (
            {"house_id": house.id, "lines": [{**KEY_CARD, "quantity": 10_000,
                                              "unit_satang": 1_000_000_000}]},
            "json",
            None,
        ),
        (  # a direction override would print "฿301.00" as "00.103฿" on the bill
            {"house_id": house.id, "lines": [{**KEY_CARD, "description": "บัตร \u202eRTL"}]},
            "lines.0.description",
            "bidi_controls",
        ),
    ]  # fmt: skip
    for body, field, code in cases:
        response = client.post(BASE, json=body, headers=office.headers)
        assert response.status_code == 422, (body, response.json)
        errors = {error["field"]: error["code"] for error in response.json["errors"]}
        assert field in errors, (body, errors)
        if code:
            assert errors[field] == code
    assert audit_events(app, "invoice_issued") == []


def test_an_archived_house_gets_no_manual_invoice(app, client, office, make_house):
    from village.database import utcnow
    from village.houses.models import House

    house = make_house()
    with app.app_context():
        database.session().get(House, house.id).archived_at = utcnow()
        database.session().commit()
    response = manual(client, office.headers, house_id=house.id, lines=[KEY_CARD])
    assert response.status_code == 422
    assert response.json["errors"][0]["code"] == "house_archived"


def test_a_month_already_billed_is_409_and_consumes_no_number(client, office, books, make_house):
    house = make_house()
    fee = books.fee_item_id()
    books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)
    line = {"fee_item_id": fee, "month": "2025-12", "description": "ค่าส่วนกลาง",
            "unit_satang": 160_000}  # fmt: skip
    response = manual(client, office.headers, house_id=house.id, issue_date="2025-12-02",
                      lines=[line])  # fmt: skip
    assert response.status_code == 409
    assert response.json["code"] == "already_billed"
    # Another house's December is free; and no number was used by the refused one.
    other = manual(client, office.headers, house_id=make_house().id, issue_date="2025-12-02",
                   lines=[line]).json  # fmt: skip
    assert other["number"] == "INV2568-000002"
    # The same month twice in one invoice is refused the same way.
    twice = manual(client, office.headers, house_id=make_house().id, lines=[line, line])
    assert twice.status_code == 409 and twice.json["code"] == "already_billed"


def test_only_finance_writers_issue_and_void(client, books, login_as, make_house):
    house = make_house()
    invoice = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)
    for role in (Role.VILLAGE_ADMIN, Role.RESIDENT):
        headers = login_as(role).headers
        assert manual(client, headers, house_id=house.id, lines=[KEY_CARD]).status_code == 403
        voided = client.post(f"{BASE}/{invoice}/void", json={"reason": "x"}, headers=headers)
        assert voided.status_code == 403
    superuser = login_as(Role.SUPER_ADMIN).headers
    assert manual(client, superuser, house_id=house.id, lines=[KEY_CARD]).status_code == 201
    assert client.post(BASE, json={}, headers={}).status_code == 401


def test_void_keeps_the_number_frees_the_month_and_is_audited(
    app, client, office, books, make_house
):
    house = make_house()
    fee = books.fee_item_id()
    invoice = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)
    number = client.get(f"{BASE}/{invoice}", headers=office.headers).json["number"]
    response = client.post(
        f"{BASE}/{invoice}/void", json={"reason": "Wrong plot size"}, headers=office.headers
    )
    assert response.status_code == 200, response.json
    body = response.json
    assert (body["number"], body["status"], body["void_reason"]) == (
        number, "void", "Wrong plot size"
    )  # fmt: skip
    assert body["voided_at"] is not None
    assert (body["outstanding_satang"], body["overdue"]) == (0, False)
    assert books.house(house.id).balance_satang == 0
    (event,) = audit_events(app, "invoice_voided")
    assert event.details["reason"] == "Wrong plot size"
    assert event.details["status"] == {"from": "issued", "to": "void"}

    again = client.post(f"{BASE}/{invoice}/void", json={"reason": "again"}, headers=office.headers)
    assert again.status_code == 409
    assert "void" in again.json["detail"]

    # Re-billing December by a manual invoice now works.
    rebill = manual(
        client,
        office.headers,
        house_id=house.id,
        issue_date="2025-12-05",
        lines=[{"fee_item_id": fee, "month": "2025-12", "description": "ค่าส่วนกลาง (แก้ไข)",
                "unit_satang": 150_000}],
    )  # fmt: skip
    assert rebill.status_code == 201, rebill.json
    assert books.house(house.id).balance_satang == 150_000


def test_void_with_allocations_is_409_has_allocations(client, office, books, make_house):
    house = make_house()
    invoice = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)
    books.pay(house.id, 10_000, paid_on=DEC)
    response = client.post(f"{BASE}/{invoice}/void", json={"reason": "x"}, headers=office.headers)
    assert response.status_code == 409
    assert response.json["code"] == "has_allocations"
    assert client.get(f"{BASE}/{invoice}", headers=office.headers).json["status"] == (
        "partially_paid"
    )


def test_void_needs_a_reason_and_a_visible_invoice(client, office, books, make_house):
    house = make_house()
    invoice = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)
    for body in ({}, {"reason": ""}, {"reason": "   "}, {"reason": "x" * 501}):
        response = client.post(f"{BASE}/{invoice}/void", json=body, headers=office.headers)
        assert response.status_code == 422, body
    missing = client.post(f"{BASE}/{invoice + 99}/void", json={"reason": "x"},
                          headers=office.headers)  # fmt: skip
    assert missing.status_code == 404
