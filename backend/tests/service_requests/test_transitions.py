"""The status machine, generated from village.md's table (village/service_requests/machine.py):
every pair not in it is 409, every pair in it works for the right party only, with the
table's effects."""

from __future__ import annotations

from datetime import timedelta
from itertools import product

import pytest

from tests.helpers import audit_events
from tests.service_requests.conftest import BASE, REQUEST, force, move
from village.database import utcnow
from village.enums import Role
from village.service_requests.enums import Status
from village.service_requests.machine import TRANSITIONS, Who

ILLEGAL = [(frm, to) for frm, to in product(Status, Status) if (frm, to) not in TRANSITIONS]
LEGAL = list(TRANSITIONS.items())


def test_the_table_is_village_mds():
    assert len(ILLEGAL) == 49 - 11
    assert {(f.value, t.value) for f, t in TRANSITIONS} == {
        ("submitted", "in_progress"),
        ("submitted", "on_hold"),
        ("in_progress", "on_hold"),
        ("on_hold", "in_progress"),
        ("submitted", "rejected"),
        ("in_progress", "rejected"),
        ("on_hold", "rejected"),
        ("submitted", "cancelled"),
        ("in_progress", "resolved"),
        ("resolved", "in_progress"),
        ("resolved", "closed"),
    }


def _at(app, request_id: int, status: Status) -> None:
    force(
        app,
        request_id,
        status=status.value,
        resolved_at=utcnow() if status is Status.RESOLVED else None,
    )


@pytest.mark.parametrize(("frm", "to"), ILLEGAL, ids=[f"{f}->{t}" for f, t in ILLEGAL])
def test_every_transition_not_in_the_table_is_409(client, app, opened, office, frm, to):
    resident, _, request = opened
    _at(app, request["id"], frm)
    for who in (office, resident):
        answer = move(
            client,
            request["id"],
            who.headers,
            to.value,
            reason="because",
            rating=5 if to is Status.CLOSED else None,
        )
        assert answer.status_code == 409, (who.user.role, answer.json)
        assert answer.json["code"] == "illegal_transition"
        assert frm.value in answer.json["detail"]  # names the current state
    after = client.get(f"{BASE}/{request['id']}", headers=office.headers).json
    assert after["status"] == frm.value


def _party(rule_who: Who, office, resident):
    return (office, resident) if rule_who is Who.STAFF else (resident, office)


@pytest.mark.parametrize(("pair", "rule"), LEGAL, ids=[f"{f}->{t}" for (f, t), _ in LEGAL])
def test_every_transition_in_the_table_works_for_its_party_only(
    client, app, opened, office, pair, rule
):
    frm, to = pair
    resident, _, request = opened
    _at(app, request["id"], frm)
    allowed, refused = _party(rule.who, office, resident)
    wrong = move(client, request["id"], refused.headers, to.value, reason="why not")
    assert wrong.status_code == 409
    assert wrong.json["code"] == ("staff_only" if rule.who is Who.STAFF else "opener_only")
    if rule.reason_required:
        for missing in ({}, {"reason": ""}, {"reason": "   "}):
            no_reason = move(client, request["id"], allowed.headers, to.value, **missing)
            assert no_reason.status_code == 422, missing
            assert no_reason.json["errors"][0]["field"] == "reason"
    shown = client.get(f"{BASE}/{request['id']}", headers=allowed.headers).json
    assert to.value in shown["allowed_transitions"]
    answer = move(client, request["id"], allowed.headers, to.value, reason="เหตุผล")
    assert answer.status_code == 200, answer.json
    assert answer.json["status"] == to.value
    [event] = audit_events(app, "service_request_status_changed")
    assert event.details["from"] == frm.value and event.details["to"] == to.value


def test_another_resident_of_the_house_is_not_the_opener(
    client, opened, login_as, make_member, app
):
    _, house, request = opened
    partner = login_as(Role.RESIDENT)
    make_member(house=house, user=partner.user, is_primary_contact=False)
    answer = move(client, request["id"], partner.headers, "cancelled")
    assert answer.status_code == 409
    assert answer.json["code"] == "opener_only"


def test_the_effects_first_response_resolution_reopen_and_close(client, app, opened, office):
    resident, _, request = opened
    rid = request["id"]
    started = move(client, rid, office.headers, "in_progress").json
    assert started["first_response_at"] is not None
    move(client, rid, office.headers, "on_hold", reason="waiting for a part")
    again = move(client, rid, office.headers, "in_progress").json
    assert again["first_response_at"] == started["first_response_at"]  # set once
    resolved = move(client, rid, office.headers, "resolved").json
    assert resolved["resolved_at"] is not None and resolved["closed_at"] is None
    assert resolved["allowed_transitions"] == []  # the office waits for the opener now
    mine = client.get(f"{BASE}/{rid}", headers=resident.headers).json
    assert sorted(mine["allowed_transitions"]) == ["closed", "in_progress"]
    reopened = move(client, rid, resident.headers, "in_progress").json
    assert reopened["reopen_count"] == 1 and reopened["resolved_at"] is None
    move(client, rid, office.headers, "resolved")
    closed = move(client, rid, resident.headers, "closed", rating=4, rating_comment="เร็วดี").json
    assert closed["status"] == "closed"
    assert closed["rating"] == 4 and closed["rating_comment"] == "เร็วดี"
    assert closed["closed_at"] is not None
    assert closed["allowed_transitions"] == []


def test_a_reopen_comes_within_seven_days_of_the_resolution(client, app, opened):
    resident, _, request = opened
    rid = request["id"]
    force(app, rid, status="resolved", resolved_at=utcnow() - timedelta(days=7, minutes=1))
    late = move(client, rid, resident.headers, "in_progress")
    assert late.status_code == 409
    assert late.json["code"] == "reopen_window_passed"
    force(app, rid, resolved_at=utcnow() - timedelta(days=6, hours=23))
    assert move(client, rid, resident.headers, "in_progress").json["reopen_count"] == 1


def test_closing_without_a_rating_is_fine(client, app, opened):
    resident, _, request = opened
    force(app, request["id"], status="resolved", resolved_at=utcnow())
    closed = move(client, request["id"], resident.headers, "closed").json
    assert closed["status"] == "closed" and closed["rating"] is None


@pytest.mark.parametrize(
    "extra",
    [
        {"rating": 0},
        {"rating": 6},
        {"rating": 4.5},
        {"rating": "5"},
        {"rating": True},
        {"rating_comment": "x" * 1001},
        {"to": "finished"},
        {"to": None},
        {"reason": 7},
        {"note": "unknown field"},
    ],
)
def test_bad_transition_bodies_are_422(client, app, opened, extra):
    resident, _, request = opened
    force(app, request["id"], status="resolved", resolved_at=utcnow())
    body = {"to": "closed", **extra}
    answer = client.post(f"{BASE}/{request['id']}/transitions", json=body, headers=resident.headers)
    assert answer.status_code == 422, answer.json


def test_a_rating_only_comes_with_a_close(client, opened, office):
    resident, _, request = opened
    answer = move(client, request["id"], resident.headers, "cancelled", rating=5)
    assert answer.status_code == 422
    assert answer.json["errors"][0]["code"] == "only_when_closing"


def test_staff_who_opened_a_request_may_cancel_it(client, office):
    made = client.post(BASE, json=REQUEST, headers=office.headers).json
    assert move(client, made["id"], office.headers, "cancelled").json["status"] == "cancelled"
