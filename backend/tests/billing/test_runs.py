"""Billing runs through the API: preview, post, discard (village.md, "Billing runs")."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from tests.billing.conftest import RUNS, billed_pairs, invoices_of, post, preview
from tests.finance.conftest import fee_item
from tests.helpers import audit_events
from village import database
from village.houses.models import House
from village.invoices.issuing import void
from village.invoices.models import Invoice
from village.notifications.models import Notification
from village.payments.enums import PaymentMethod, PaymentStatus
from village.payments.models import Payment
from village.payments.receipting import confirm


def test_the_contracts_example_end_to_end(app, client, accountant, common_rate, make_house,
                                          make_member):  # fmt: skip
    houses = [make_house(land_area_hundredths=area * 100) for area in (50, 80, 100)]
    members = [make_member(house=house) for house in houses]
    run = preview(client, accountant)
    assert run["status"] == "preview"
    assert run["invoice_count"] == 3
    assert run["total_satang"] == 460_000
    assert run["due_date"] == "2026-12-16"  # issue date + 15 days
    assert [i["total_satang"] for i in run["preview"]] == [100_000, 160_000, 200_000]
    [line] = run["preview"][0]["lines"]
    assert line == {
        "fee_item_id": common_rate["fee_item_id"],
        "fee_item_code": "COMMON",
        "month": "2026-12",
        "description": "ค่าส่วนกลาง ธันวาคม 2569 / Common fee December 2026",
        "quantity": 1,
        "unit_satang": 100_000,
        "amount_satang": 100_000,
        "source_invoice_id": None,
    }
    assert run["preview"][0]["bill_to_user_id"] == members[0].user_id
    assert invoices_of(app) == []  # nothing numbered by a preview

    posted = post(client, accountant, run["id"])
    assert posted["status"] == "posted"
    assert posted["invoice_count"] == 3
    assert posted["total_satang"] == 460_000
    issued = invoices_of(app)
    assert [i.number for i in issued] == ["INV2569-000001", "INV2569-000002", "INV2569-000003"]
    assert [i.total_satang for i in issued] == [100_000, 160_000, 200_000]
    assert {i.billing_run_id for i in issued} == {run["id"]}
    assert all(i.status == "issued" and i.due_date == date(2026, 12, 16) for i in issued)
    with app.app_context():
        assert [h.outstanding_satang for h in
                database.session().scalars(select(House).order_by(House.id))] == [
            100_000, 160_000, 200_000]  # fmt: skip
        told = database.session().scalars(
            select(Notification).where(Notification.event == "invoice_issued")
            .order_by(Notification.id)
        ).all()  # fmt: skip
        assert [n.user_id for n in told] == [m.user_id for m in members]
        assert told[0].params == {
            "number": "INV2569-000001",
            "house_number": houses[0].house_number,
            "total_satang": 100_000,
            "due_date": "2026-12-16",
        }
        assert told[0].link == "/my-bills"
    [created] = audit_events(app, "billing_run_created")
    assert created.details["invoice_count"] == 3
    assert created.details["total_satang"] == 460_000
    [event] = audit_events(app, "billing_run_posted")
    assert event.details["invoice_count"] == 3
    assert event.details["first_number"] == "INV2569-000001"
    assert event.details["last_number"] == "INV2569-000003"
    got = client.get(f"{RUNS}/{run['id']}", headers=accountant.headers).json
    assert got["status"] == "posted"
    listed = client.get(RUNS, headers=accountant.headers).json
    assert [r["id"] for r in listed["items"]] == [run["id"]]
    assert listed["items"][0]["skipped_count"] == 0


def test_three_months_make_one_invoice_with_three_lines(app, client, accountant, common_rate,
                                                       make_house):  # fmt: skip
    make_house(land_area_hundredths=5000)
    make_house(land_area_hundredths=8000)
    run = preview(client, accountant, months=3)
    assert run["invoice_count"] == 2
    assert run["total_satang"] == 3 * 260_000
    assert [line["month"] for line in run["preview"][0]["lines"]] == [
        "2026-12", "2027-01", "2027-02"]  # fmt: skip
    assert run["preview"][0]["lines"][1]["description"] == (
        "ค่าส่วนกลาง มกราคม 2570 / Common fee January 2027"
    )
    post(client, accountant, run["id"])
    issued = invoices_of(app)
    assert len(issued) == 2
    assert [[line.month for line in i.lines] for i in issued] == [
        [date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1)]] * 2  # fmt: skip
    assert issued[0].total_satang == 300_000


def test_rerunning_a_period_bills_nothing_new_and_a_new_house_only(
    app, client, accountant, common_rate, make_house
):
    first = make_house()
    post(client, accountant, preview(client, accountant)["id"])
    again = preview(client, accountant)
    assert again["invoice_count"] == 0
    assert again["skipped"] == [
        {"house_id": first.id, "house_number": first.house_number, "reason": "already_billed"}
    ]
    post(client, accountant, again["id"])
    assert len(invoices_of(app)) == 1
    added = make_house(land_area_hundredths=7525)  # 75.25 ตร.ว. × 20 = 1,505.00
    third = preview(client, accountant)
    assert [i["house_id"] for i in third["preview"]] == [added.id]
    assert third["total_satang"] == 150_500
    post(client, accountant, third["id"])
    assert [i.house_id for i in invoices_of(app)] == [first.id, added.id]
    assert set(billed_pairs(app).values()) == {1}


def test_a_three_month_run_after_a_month_billed_bills_the_rest(app, client, accountant,
                                                              common_rate, make_house):  # fmt: skip
    make_house()
    post(client, accountant, preview(client, accountant)["id"])
    run = preview(client, accountant, months=3)
    assert [line["month"] for line in run["preview"][0]["lines"]] == ["2027-01", "2027-02"]


def test_skipped_houses_and_why(app, client, accountant, common_rate, make_house):
    archived = make_house(archived_at=datetime(2026, 1, 1, tzinfo=UTC))
    later = make_house(billable_from=date(2027, 1, 1))
    no_area = make_house(land_area_hundredths=None)
    partly = make_house(billable_from=date(2027, 1, 1))
    billed = make_house()
    # Every non-archived house: the archived one is not even listed.
    run = preview(client, accountant)
    assert {s["house_id"]: s["reason"] for s in run["skipped"]} == {
        later.id: "not_yet_billable",
        no_area.id: "no_land_area",
        partly.id: "not_yet_billable",
    }
    assert [i["house_id"] for i in run["preview"]] == [billed.id]
    # Given by id, the archived one is listed as archived.
    ids = [archived.id, later.id, no_area.id, partly.id, billed.id]
    run = preview(client, accountant, house_ids=ids, months=3)
    assert {s["house_id"]: s["reason"] for s in run["skipped"]} == {
        archived.id: "archived",
        no_area.id: "no_land_area",
    }
    by_house = {i["house_id"]: i for i in run["preview"]}
    assert [line["month"] for line in by_house[partly.id]["lines"]] == ["2027-01", "2027-02"]
    assert len(by_house[billed.id]["lines"]) == 3


def test_no_schedule(client, accountant, make_house, common_item):
    house = make_house()
    run = preview(client, accountant)
    assert run["skipped"] == [
        {"house_id": house.id, "house_number": house.house_number, "reason": "no_schedule"}
    ]


def test_per_house_items_and_plot_type_rates(app, client, accountant, common_item, make_house):
    garbage = fee_item(app, "GARBAGE", "ค่าเก็บขยะ", "Garbage collection")
    for body in (
        {"fee_item_id": common_item, "basis": "per_sq_wah", "rate_satang": 2000,
         "plot_type": "residential"},
        {"fee_item_id": common_item, "basis": "per_sq_wah", "rate_satang": 3000,
         "plot_type": "commercial"},
        {"fee_item_id": garbage, "basis": "per_house", "rate_satang": 5000},
    ):  # fmt: skip
        response = client.post(
            "/api/v1/fee-schedules",
            json={**body, "effective_from": "2026-01", "meeting_reference": "AGM"},
            headers=accountant.headers,
        )
        assert response.status_code == 201, response.json
    home = make_house(plot_type="residential")
    shop = make_house(plot_type="commercial")
    vacant = make_house(plot_type="vacant_land", land_area_hundredths=None)
    run = preview(client, accountant)
    totals = {i["house_id"]: i["total_satang"] for i in run["preview"]}
    assert totals == {home.id: 100_000 + 5000, shop.id: 150_000 + 5000, vacant.id: 5000}
    lines = {i["house_id"]: [x["fee_item_code"] for x in i["lines"]] for i in run["preview"]}
    assert lines[home.id] == ["COMMON", "GARBAGE"]
    assert lines[vacant.id] == ["GARBAGE"]


def test_developer_owned_plots_are_billed_to_the_developer(
    app, client, accountant, common_rate, make_house, make_member
):
    plot = make_house(developer_owned=True)
    make_member(house=plot)
    nobody = make_house()
    owned = make_house()
    owner = make_member(house=owned, is_primary_contact=False)
    run = preview(client, accountant)
    by_house = {i["house_id"]: i for i in run["preview"]}
    assert by_house[plot.id]["bill_to_name"] == "ผู้จัดสรรที่ดิน (Developer)"
    assert by_house[plot.id]["billed_to_developer"] is True
    assert by_house[plot.id]["bill_to_user_id"] is None
    assert by_house[nobody.id]["bill_to_name"] == f"เจ้าของบ้านเลขที่ {nobody.house_number}"
    assert by_house[owned.id]["bill_to_user_id"] == owner.user_id
    post(client, accountant, run["id"])
    [invoice] = invoices_of(app, plot.id)
    assert invoice.billed_to_developer is True
    assert invoice.bill_to_name == "ผู้จัดสรรที่ดิน (Developer)"


def test_a_house_with_credit_is_paid_at_once(app, client, accountant, common_rate, make_house,
                                            login_as):  # fmt: skip
    house = make_house()  # 50 ตร.ว.: 1,000.00 a month
    checker = login_as("super_admin")
    with app.app_context():
        payment = Payment(
            house_id=house.id,
            amount_satang=250_000,
            method=PaymentMethod.CASH,
            paid_on=date(2026, 11, 20),
            posting_date=date(2026, 11, 20),
            payer_name="Owner",
            status=PaymentStatus.PENDING,
            recorded_by_id=accountant.user.id,
        )
        database.session().add(payment)
        database.session().flush()
        confirm(payment, confirmed_by_id=checker.user.id, collector_name="Office")
        database.session().commit()
        assert database.session().get(House, house.id).credit_satang == 250_000
    run = post(client, accountant, preview(client, accountant, months=3)["id"])
    assert run["total_satang"] == 300_000
    [invoice] = invoices_of(app)
    assert invoice.paid_satang == 250_000
    assert invoice.status == "partially_paid"
    with app.app_context():
        house_now = database.session().get(House, house.id)
        assert house_now.credit_satang == 0
        assert house_now.outstanding_satang == 50_000
        assert house_now.balance_satang == 50_000


def test_voiding_an_invoice_frees_its_months(app, client, accountant, common_rate, make_house):
    house = make_house()
    post(client, accountant, preview(client, accountant)["id"])
    [invoice] = invoices_of(app)
    with app.app_context():
        void(database.session().get(Invoice, invoice.id), reason="wrong area",
             voided_by_id=accountant.user.id, on=date(2026, 12, 1))  # fmt: skip
        database.session().commit()
    run = preview(client, accountant)
    assert [i["house_id"] for i in run["preview"]] == [house.id]
    post(client, accountant, run["id"])
    assert [i.status for i in invoices_of(app)] == ["void", "issued"]
    assert [i.number for i in invoices_of(app)] == ["INV2569-000001", "INV2569-000002"]


def test_a_stale_preview_issues_only_what_is_still_missing(app, client, accountant, common_rate,
                                                          make_house):  # fmt: skip
    first = make_house()
    stale = preview(client, accountant, months=3)
    post(client, accountant, preview(client, accountant)["id"])  # December, elsewhere
    second = make_house()
    posted = post(client, accountant, stale["id"])
    # December of the first house was billed meanwhile; the rest of the stale preview goes.
    assert posted["invoice_count"] == 1
    [invoice] = posted["preview"]
    assert [line["month"] for line in invoice["lines"]] == ["2027-01", "2027-02"]
    assert [i.house_id for i in invoices_of(app)] == [first.id, first.id]
    assert second.id not in {i.house_id for i in invoices_of(app)}  # not in that preview
    assert set(billed_pairs(app).values()) == {1}


def test_posting_twice_or_discarding_a_posted_run_is_409(app, client, accountant, common_rate,
                                                        make_house):  # fmt: skip
    make_house()
    run = preview(client, accountant)
    post(client, accountant, run["id"])
    again = client.post(f"{RUNS}/{run['id']}/post", headers=accountant.headers)
    assert again.status_code == 409
    assert "posted" in again.json["detail"]
    assert again.json["code"] == "run_posted"
    assert client.delete(f"{RUNS}/{run['id']}", headers=accountant.headers).status_code == 409
    assert len(invoices_of(app)) == 1


def test_discarding_a_preview(app, client, accountant, common_rate, make_house):
    make_house()
    run = preview(client, accountant)
    response = client.delete(f"{RUNS}/{run['id']}", headers=accountant.headers)
    assert response.status_code == 200, response.json
    assert response.json["status"] == "discarded"
    posting = client.post(f"{RUNS}/{run['id']}/post", headers=accountant.headers)
    assert posting.status_code == 409
    assert posting.json["code"] == "run_discarded"
    assert invoices_of(app) == []
    [event] = audit_events(app, "billing_run_discarded")
    assert event.details["invoice_count"] == 1
    listed = client.get(RUNS, query_string={"status": "discarded"}, headers=accountant.headers)
    assert [r["id"] for r in listed.json["items"]] == [run["id"]]


def test_the_due_date_follows_the_settings_and_issue_date_defaults_to_today(
    client, accountant, common_rate, make_house
):
    make_house()
    client.patch("/api/v1/finance/settings", json={"due_days": 30}, headers=accountant.headers)
    response = client.post(RUNS, json={"period": "2026-12"}, headers=accountant.headers)
    assert response.status_code == 201, response.json
    body = response.json
    issue = date.fromisoformat(body["issue_date"])
    assert (date.fromisoformat(body["due_date"]) - issue).days == 30
    assert body["months"] == 1


def test_permissions(client, accountant, village_admin, login_as, common_rate, make_house,
                     make_member):  # fmt: skip
    house = make_house()
    resident = login_as("resident")
    make_member(house=house, user=resident.user)
    body = {"period": "2026-12", "months": 1}
    assert client.post(RUNS, json=body, headers=village_admin.headers).status_code == 403
    assert client.post(RUNS, json=body, headers=resident.headers).status_code == 403
    run = preview(client, accountant)
    for who in (village_admin, resident):
        assert client.post(f"{RUNS}/{run['id']}/post", headers=who.headers).status_code == 403
        assert client.delete(f"{RUNS}/{run['id']}", headers=who.headers).status_code == 403
    # Reading runs is the office's: a village admin reads, a resident is refused.
    assert client.get(f"{RUNS}/{run['id']}", headers=village_admin.headers).status_code == 200
    assert client.get(RUNS, headers=village_admin.headers).status_code == 200
    assert client.get(f"{RUNS}/{run['id']}", headers=resident.headers).status_code == 403
    assert client.get(RUNS, headers=resident.headers).status_code == 403
    assert client.get(f"{RUNS}/999999", headers=accountant.headers).status_code == 404
    assert client.post(f"{RUNS}/999999/post", headers=accountant.headers).status_code == 404
    assert client.post(RUNS, json=body).status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {"period": "2026-13"},
        {"period": "2569-12"},  # a B.E. year
        {"period": "2026-12-01"},
        {"period": 202612},
        {"period": "2026-12", "months": 2},
        {"period": "2026-12", "months": 1.0},
        {"period": "2026-12", "months": "3"},
        {"period": "2026-12", "house_ids": [999999]},
        {"period": "2026-12", "house_ids": ["1"]},
        {"period": "2026-12", "issue_date": "2569-12-01"},
        {"period": "2026-12", "issue_date": "01/12/2026"},
        {"period": "2026-12", "status": "posted"},
        {"months": 1},
    ],
)
def test_bad_input_is_422_problem_json(client, accountant, common_rate, body):
    response = client.post(RUNS, json=body, headers=accountant.headers)
    assert response.status_code == 422, response.json
    assert response.mimetype == "application/problem+json"
    assert response.json["errors"]
