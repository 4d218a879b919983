"""Closing and reopening months (village.md, "Periods"): the snapshot, its figures and
their agreement with the arrears core, the month must have ended in the village's
timezone, reopening is a super admin's with a reason, and every step is audited."""

from __future__ import annotations

from datetime import UTC, date, datetime

import time_machine

from tests.periods.conftest import NOV, OCT, PERIODS, SEP, close
from village import database
from village.arrears import queries as arrears
from village.audit.models import AuditEvent
from village.enums import Role


def history(books, make_house):
    """Two houses' books across September and October."""
    owing, paying = make_house(), make_house()
    books.issue(owing.id, months=[SEP], amount=100_000, issue_date=SEP, due_date=date(2026, 9, 15))
    books.issue(paying.id, months=[SEP], amount=80_000, issue_date=SEP, due_date=date(2026, 9, 15))
    books.pay(paying.id, 100_000, paid_on=date(2026, 9, 20))  # 20,000 of credit
    books.issue(owing.id, months=[OCT], amount=100_000, issue_date=OCT, due_date=date(2026, 10, 15))
    books.pay(owing.id, 30_000, paid_on=date(2026, 10, 3))
    return owing, paying


def test_closing_a_month_snapshots_its_figures_and_its_end_balances(
    client, app, office, books, make_house
):
    history(books, make_house)

    closed = close(client, office, SEP)
    assert closed["period"] == "2026-09"
    assert closed["status"] == "closed"
    assert closed["closed_by"] == {"id": office.user.id, "full_name": "Accountant One"}
    snapshot = closed["snapshot"]
    assert {key: snapshot[key] for key in snapshot if key not in ("taken_at", "counts")} == {
        "billed_satang": 180_000,
        "collected_satang": 100_000,
        "credited_satang": 0,
        "outstanding_satang": 100_000,
        "credit_satang": 20_000,
    }
    assert snapshot["counts"] == {
        "invoices": 2, "receipts": 1, "credit_notes": 0, "houses_in_arrears": 1,
    }  # fmt: skip
    with app.app_context():
        everyone = arrears.balance_totals_as_of(date(2026, 9, 30))
        rows = arrears.arrears_rows(date(2026, 9, 30))
    # invariant 4: the snapshot = Σ balances = the arrears report's total for that day
    assert snapshot["outstanding_satang"] - snapshot["credit_satang"] == everyone.balance_satang
    assert sum(row.balance_satang for row in rows) == everyone.balance_satang == 80_000
    with app.app_context():
        (event,) = database.session().query(AuditEvent).filter_by(action="period_closed")
        assert event.target_name == "2026-09"
        assert event.details["outstanding_satang"] == 100_000


def test_the_list_and_one_month(client, office, books, make_house, login_as):
    history(books, make_house)
    close(client, office, SEP)

    listed = client.get(f"{PERIODS}?year=2026", headers=office.headers)
    assert listed.status_code == 200, listed.json
    assert [(p["period"], p["status"]) for p in listed.json["items"]] == [
        ("2026-10", "open"), ("2026-09", "closed"),
    ]  # fmt: skip
    assert listed.json["total"] == 2
    assert listed.json["items"][0]["snapshot"] is None
    assert client.get(f"{PERIODS}?year=2025", headers=office.headers).json["items"] == []

    one = client.get(f"{PERIODS}/2026-09", headers=office.headers)
    assert one.status_code == 200
    assert len(one.json["snapshots"]) == 1
    assert one.json["snapshots"][0] == one.json["snapshot"]
    never = client.get(f"{PERIODS}/2020-02", headers=office.headers).json
    assert (never["status"], never["snapshot"], never["snapshots"]) == ("open", None, [])
    for bad in ("2026-13", "2026-1", "26-01", "latest"):
        assert client.get(f"{PERIODS}/{bad}", headers=office.headers).status_code == 404
    resident = login_as(Role.RESIDENT)
    assert client.get(PERIODS, headers=resident.headers).status_code == 403


def test_a_month_closes_once_and_only_after_it_ended_in_the_village(
    client, app, office, books, login_as
):
    today = books.today()
    close(client, office, today.replace(day=1), expected=409)
    close(client, office, SEP)
    again = close(client, office, SEP, expected=409)
    assert again["code"] == "already_closed"

    # 31 January 2027, 20:00 UTC: already 1 February in Bangkok, not yet in UTC
    with time_machine.travel(datetime(2027, 1, 31, 20, 0, tzinfo=UTC), tick=False):
        accountant = login_as(Role.ACCOUNTING_ADMIN)
        books.timezone("UTC")
        refused = close(client, accountant, date(2027, 1, 1), expected=409)
        assert refused["code"] == "period_not_ended"
        books.timezone("Asia/Bangkok")
        assert close(client, accountant, date(2027, 1, 1))["status"] == "closed"


def test_reopening_is_a_super_admins_with_a_reason_and_keeps_every_snapshot(
    client, app, office, boss, books, make_house
):
    owing, _ = history(books, make_house)
    first = close(client, office, SEP)["snapshot"]
    url = f"{PERIODS}/2026-09/reopen"

    assert client.post(url, json={"reason": "x"}, headers=office.headers).status_code == 403
    assert client.post(url, json={}, headers=boss.headers).status_code == 422
    assert client.post(url, json={"reason": "  "}, headers=boss.headers).status_code == 422
    reopened = client.post(url, json={"reason": "Bank fee missed"}, headers=boss.headers)
    assert reopened.status_code == 200, reopened.json
    assert reopened.json["status"] == "open"
    assert reopened.json["reopen_reason"] == "Bank fee missed"
    assert reopened.json["reopened_by"]["full_name"] == "Super Admin"
    assert reopened.json["snapshot"] == first  # kept
    again = client.post(url, json={"reason": "Twice"}, headers=boss.headers)
    assert (again.status_code, again.json["code"]) == (409, "period_open")
    never = client.post(f"{PERIODS}/2026-08/reopen", json={"reason": "x"}, headers=boss.headers)
    assert never.status_code == 409

    # while open, September is written to; closing again takes a second snapshot
    books.pay(owing.id, 50_000, paid_on=date(2026, 9, 25))
    second = close(client, office, SEP)["snapshot"]
    assert second["collected_satang"] == first["collected_satang"] + 50_000
    detail = client.get(f"{PERIODS}/2026-09", headers=office.headers).json
    assert detail["snapshots"] == [second, first]
    with app.app_context():
        actions = [
            (event.action, event.details.get("reason"))
            for event in database.session().query(AuditEvent).order_by(AuditEvent.id)
            if event.action.startswith("period_")
        ]
    assert actions == [
        ("period_closed", None), ("period_reopened", "Bank fee missed"), ("period_closed", None),
    ]  # fmt: skip


def test_a_late_receipt_posts_to_the_next_open_month_and_the_snapshot_never_changes(
    client, app, office, checker, books, make_house
):
    owing, _ = history(books, make_house)
    snapshot = close(client, office, SEP)["snapshot"]
    close(client, office, OCT)

    response = client.post(
        "/api/v1/payments",
        json={"house_id": owing.id, "amount_satang": 40_000, "method": "cash",
              "paid_on": "2026-09-29"},
        headers=office.headers,
    )  # fmt: skip
    assert response.status_code == 201, response.json
    assert (response.json["paid_on"], response.json["posting_date"]) == ("2026-09-29", "2026-11-01")
    confirmed = client.post(
        f"/api/v1/payments/{response.json['id']}/confirm", headers=checker.headers
    )
    assert confirmed.status_code == 200, confirmed.json
    assert confirmed.json["posting_date"] == "2026-11-01"
    assert {a["allocated_on"] for a in confirmed.json["allocations"]} == {"2026-11-01"}
    receipt = client.get(
        f"/api/v1/receipts/{confirmed.json['receipt']['id']}", headers=office.headers
    )
    assert receipt.json["issue_date"] == "2026-11-01"

    later = client.get(f"{PERIODS}/2026-09", headers=office.headers).json
    assert later["snapshot"] == snapshot
    with app.app_context():  # the month's end, recomputed now, has not moved either
        assert arrears.balance_totals_as_of(date(2026, 9, 30)).balance_satang == (
            snapshot["outstanding_satang"] - snapshot["credit_satang"]
        )
    assert NOV.month == 11


def test_a_closed_month_locks_every_date_before_its_end_whatever_the_order_of_closing(
    client, office, books, make_house
):
    """Closing October while September is open: a September write would change October's
    closing balances, so it is refused too, and September's money is posted in November."""
    house = make_house()
    close(client, office, OCT)
    refused = client.post(
        "/api/v1/invoices",
        json={"house_id": house.id, "issue_date": "2026-09-10",
              "lines": [{"description": "Key card", "unit_satang": 10_000}]},
        headers=office.headers,
    )  # fmt: skip
    assert (refused.status_code, refused.json["code"]) == (409, "period_closed")
    assert "2026-10" in refused.json["detail"]
    paid = client.post(
        "/api/v1/payments",
        json={"house_id": house.id, "amount_satang": 500, "method": "cash",
              "paid_on": "2026-09-10"},
        headers=office.headers,
    )  # fmt: skip
    assert paid.json["posting_date"] == "2026-11-01"
    assert close(client, office, SEP)["status"] == "closed"  # September may still close
