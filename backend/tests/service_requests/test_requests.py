"""Service requests: opening, who sees what, triage, comments, the daily limit."""

from __future__ import annotations

import re

import pytest

from tests.helpers import audit_events
from tests.service_requests.conftest import BASE, REQUEST
from village.enums import Role

NUMBER = re.compile(r"^SR25\d\d-\d{6}$")


# --- opening -----------------------------------------------------------------------


def test_a_resident_reports_a_problem_of_their_house(client, app, resident_of):
    resident, house = resident_of(full_name="สมชาย ใจดี")
    answer = client.post(BASE, json={**REQUEST, "house_id": house.id}, headers=resident.headers)
    assert answer.status_code == 201, answer.json
    body = answer.json
    assert NUMBER.match(body["number"])
    assert body["number"].endswith("-000001")
    assert body["status"] == "submitted"
    assert body["priority"] == "normal"
    assert body["house"] == {"id": house.id, "house_number": house.house_number}
    assert body["opened_by"] == {"id": resident.user.id, "full_name": "สมชาย ใจดี"}
    assert body["assignee"] is None
    assert body["reopen_count"] == 0
    assert body["photos"] == []
    assert body["first_response_at"] is body["resolved_at"] is body["closed_at"] is None
    assert body["allowed_transitions"] == ["cancelled"]  # the opener's only move now
    second = client.post(BASE, json={**REQUEST, "house_id": house.id}, headers=resident.headers)
    assert second.json["number"].endswith("-000002")
    [event] = audit_events(app, "service_request_opened")[:1]
    assert event.target_name == body["number"]
    assert event.details["category"] == "water"


def test_the_number_carries_the_villages_fiscal_year(client, app, office):
    from village.profile import service as profile

    with app.app_context():
        expected = profile.fiscal_year()
    answer = client.post(BASE, json=REQUEST, headers=office.headers)
    assert answer.json["number"] == f"SR{expected}-000001"


def test_a_resident_may_report_a_common_area_and_sees_it(client, resident_of):
    resident, _ = resident_of()
    answer = client.post(
        BASE,
        json={**REQUEST, "category": "road_lighting", "house_id": None},
        headers=resident.headers,
    )
    assert answer.status_code == 201
    assert answer.json["house_id"] is None and answer.json["house"] is None
    listed = client.get(BASE, headers=resident.headers).json
    assert [item["id"] for item in listed["items"]] == [answer.json["id"]]


def test_a_resident_cannot_report_for_another_house_existing_or_not(
    client, resident_of, make_house
):
    resident, _ = resident_of()
    other = make_house()
    for house_id in (other.id, 999_999):
        answer = client.post(BASE, json={**REQUEST, "house_id": house_id}, headers=resident.headers)
        assert answer.status_code == 422
        assert answer.json["errors"][0]["field"] == "house_id"
        assert answer.json["errors"][0]["code"] == "unknown_house"


def test_a_resident_without_a_house_cannot_report(client, login_as):
    homeless = login_as(Role.RESIDENT)
    answer = client.post(BASE, json=REQUEST, headers=homeless.headers)
    assert answer.status_code == 422
    assert answer.json["errors"][0]["code"] == "no_house"


def test_staff_report_for_any_house_or_none(client, office, make_house):
    house = make_house()
    assert (
        client.post(
            BASE, json={**REQUEST, "house_id": house.id}, headers=office.headers
        ).status_code
        == 201
    )
    assert client.post(BASE, json=REQUEST, headers=office.headers).status_code == 201
    missing = client.post(BASE, json={**REQUEST, "house_id": 424242}, headers=office.headers)
    assert missing.status_code == 422


def test_an_accounting_admin_has_no_part_in_requests(client, login_as):
    accountant = login_as(Role.ACCOUNTING_ADMIN)
    assert client.get(BASE, headers=accountant.headers).status_code == 403
    assert client.post(BASE, json=REQUEST, headers=accountant.headers).status_code == 403


def test_anonymous_is_401(client):
    assert client.get(BASE).status_code == 401
    assert client.post(BASE, json=REQUEST).status_code == 401


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"category": "plumbing"}, "category"),
        ({"category": None}, "category"),
        ({"priority": "asap"}, "priority"),
        ({"title": ""}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"title": "two\nlines"}, "title"),
        ({"title": 12}, "title"),
        ({"description": ""}, "description"),
        ({"description": "y" * 5001}, "description"),
        ({"description": "nul \x00 byte"}, "description"),
        ({"house_id": "abc"}, "house_id"),
        ({"house_id": 0}, "house_id"),
        ({"house_id": 2**40}, "house_id"),
        ({"status": "closed"}, "status"),
        ({"number": "SR2569-000001"}, "number"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(client, office, change, field):
    answer = client.post(BASE, json={**REQUEST, **change}, headers=office.headers)
    assert answer.status_code == 422, answer.json
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert field in {error["field"] for error in answer.json["errors"]}


def test_the_longest_thai_title_and_description_are_kept(client, office):
    title, description = "ก" * 200, "ข้อความ 😀 " * 500
    answer = client.post(
        BASE,
        json={**REQUEST, "title": title, "description": description[:5000]},
        headers=office.headers,
    )
    assert answer.status_code == 201
    assert answer.json["title"] == title


def test_not_json_is_415_and_an_empty_body_422(client, office):
    assert client.post(BASE, data="title=x", headers=office.headers).status_code == 415
    assert client.post(BASE, json={}, headers=office.headers).status_code == 422


# --- who sees what -----------------------------------------------------------------


def test_a_resident_sees_only_their_houses_requests(client, opened, resident_of, office):
    owner, _, request = opened
    stranger, _ = resident_of()
    common = client.post(BASE, json=REQUEST, headers=office.headers).json  # staff, common area
    assert client.get(BASE, headers=stranger.headers).json["total"] == 0
    rid = request["id"]
    for path in (f"{BASE}/{rid}", f"{BASE}/{rid}/comments", f"{BASE}/{common['id']}"):
        assert client.get(path, headers=stranger.headers).status_code == 404
    assert (
        client.post(
            f"{BASE}/{rid}/comments", json={"body": "hi"}, headers=stranger.headers
        ).status_code
        == 404
    )
    assert (
        client.post(
            f"{BASE}/{rid}/transitions", json={"to": "cancelled"}, headers=stranger.headers
        ).status_code
        == 404
    )
    assert (
        client.patch(
            f"{BASE}/{rid}", json={"priority": "high"}, headers=stranger.headers
        ).status_code
        == 404
    )
    # The owner sees theirs, not the office's common-area one.
    assert [i["id"] for i in client.get(BASE, headers=owner.headers).json["items"]] == [rid]
    assert client.get(f"{BASE}/{common['id']}", headers=owner.headers).status_code == 404


def test_every_current_member_of_the_house_sees_its_requests(client, opened, login_as, make_member):
    _, house, request = opened
    partner = login_as(Role.RESIDENT)
    make_member(house=house, user=partner.user, is_primary_contact=False)
    assert client.get(f"{BASE}/{request['id']}", headers=partner.headers).status_code == 200


def test_staff_filter_the_queue(client, app, office, resident_of, make_house):
    resident, house = resident_of()
    other = make_house()
    made = [
        client.post(BASE, json={**REQUEST, "house_id": house.id}, headers=resident.headers).json,
        client.post(
            BASE,
            json={**REQUEST, "category": "garden", "priority": "urgent", "house_id": other.id},
            headers=office.headers,
        ).json,
        client.post(
            BASE,
            json={**REQUEST, "title": "ไฟดับ ซอย 3", "category": "road_lighting"},
            headers=office.headers,
        ).json,
    ]
    client.patch(
        f"{BASE}/{made[0]['id']}", json={"assignee_id": office.user.id}, headers=office.headers
    )

    def ids(**params):
        answer = client.get(BASE, query_string=params, headers=office.headers)
        assert answer.status_code == 200, answer.json
        return sorted(item["id"] for item in answer.json["items"])

    assert ids() == sorted(r["id"] for r in made)
    assert ids(category="garden") == [made[1]["id"]]
    assert ids(priority="urgent") == [made[1]["id"]]
    assert ids(house_id=house.id) == [made[0]["id"]]
    assert ids(common_area="true") == [made[2]["id"]]
    assert ids(assignee_id=office.user.id) == [made[0]["id"]]
    assert ids(unassigned="true") == sorted([made[1]["id"], made[2]["id"]])
    assert ids(q="ซอย") == [made[2]["id"]]
    assert ids(q=made[1]["number"]) == [made[1]["id"]]
    assert ids(status="submitted", open="true") == sorted(r["id"] for r in made)
    assert ids(status="resolved") == []
    # open-age: none is a day old yet; make one ten days old.
    assert ids(min_open_days=1) == []
    from datetime import timedelta

    from tests.service_requests.conftest import force
    from village.database import utcnow

    force(app, made[2]["id"], created_at=utcnow() - timedelta(days=10))
    assert ids(min_open_days=7) == [made[2]["id"]]
    first = client.get(
        BASE, query_string={"sort": "-priority", "per_page": 1}, headers=office.headers
    ).json
    assert first["total"] == 3 and first["per_page"] == 1
    assert first["items"][0]["id"] == made[1]["id"]  # urgent first
    second = client.get(
        BASE, query_string={"sort": "-priority", "per_page": 1, "page": 2}, headers=office.headers
    ).json
    assert second["items"][0]["id"] != made[1]["id"]


@pytest.mark.parametrize(
    "params",
    [
        {"status": "done"},
        {"per_page": 101},
        {"page": 0},
        {"sort": "title"},
        {"min_open_days": -1},
        {"house_id": "x"},
        {"category": "pipes"},
    ],
)
def test_bad_list_filters_are_422(client, office, params):
    assert client.get(BASE, query_string=params, headers=office.headers).status_code == 422


# --- triage ------------------------------------------------------------------------


def test_staff_assign_a_request_to_staff_only(client, app, opened, office, login_as):
    resident, _, request = opened
    colleague = login_as(Role.VILLAGE_ADMIN, full_name="ช่างสมศักดิ์")
    accountant = login_as(Role.ACCOUNTING_ADMIN)
    path = f"{BASE}/{request['id']}"
    answer = client.patch(
        path, json={"assignee_id": colleague.user.id, "priority": "high"}, headers=office.headers
    )
    assert answer.status_code == 200, answer.json
    assert answer.json["assignee"] == {"id": colleague.user.id, "full_name": "ช่างสมศักดิ์"}
    assert answer.json["priority"] == "high"
    for not_staff in (resident.user.id, accountant.user.id, 987654):
        refused = client.patch(path, json={"assignee_id": not_staff}, headers=office.headers)
        assert refused.status_code == 422
        assert refused.json["errors"][0]["code"] == "not_staff"
    assert client.patch(path, json={"priority": None}, headers=office.headers).status_code == 422
    assert (
        client.patch(path, json={"assignee_id": None}, headers=office.headers).json["assignee"]
        is None
    )
    # A resident holds service_requests:manage in their own scope only: no triage.
    assert (
        client.patch(path, json={"priority": "urgent"}, headers=resident.headers).status_code == 403
    )
    [event, *_] = audit_events(app, "service_request_updated")
    assert event.details["changes"]["assignee_id"] == {"from": None, "to": colleague.user.id}


def test_a_finished_request_cannot_be_reassigned(client, app, opened, office):
    from tests.service_requests.conftest import force

    _, _, request = opened
    force(app, request["id"], status="closed")
    answer = client.patch(
        f"{BASE}/{request['id']}", json={"priority": "low"}, headers=office.headers
    )
    assert answer.status_code == 409
    assert answer.json["code"] == "request_finished"


# --- comments ----------------------------------------------------------------------


def test_internal_notes_are_never_shown_to_residents(client, app, opened, office):
    resident, _, request = opened
    path = f"{BASE}/{request['id']}/comments"
    public = client.post(path, json={"body": "ช่างจะเข้าไปพรุ่งนี้"}, headers=office.headers)
    assert public.status_code == 201
    assert public.json["internal"] is False
    assert public.json["author"]["id"] == office.user.id
    note = client.post(
        path, json={"body": "owner is difficult", "internal": True}, headers=office.headers
    )
    assert note.status_code == 201 and note.json["internal"] is True
    reply = client.post(path, json={"body": "ขอบคุณครับ"}, headers=resident.headers)
    assert reply.status_code == 201
    seen_by_resident = client.get(path, headers=resident.headers).json
    assert [c["body"] for c in seen_by_resident] == ["ช่างจะเข้าไปพรุ่งนี้", "ขอบคุณครับ"]
    assert "owner is difficult" not in client.get(path, headers=resident.headers).get_data(
        as_text=True
    )
    seen_by_office = client.get(path, headers=office.headers).json
    assert [c["internal"] for c in seen_by_office] == [False, True, False]
    assert len(audit_events(app, "service_request_commented")) == 3


def test_a_resident_cannot_write_an_internal_note(client, opened):
    resident, _, request = opened
    path = f"{BASE}/{request['id']}/comments"
    answer = client.post(path, json={"body": "sneaky", "internal": True}, headers=resident.headers)
    assert answer.status_code == 403
    assert client.get(path, headers=resident.headers).json == []


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"body": ""},
        {"body": "x" * 5001},
        {"body": 5},
        {"body": "ok", "internal": "maybe"},
        {"body": "ok", "extra": 1},
    ],
)
def test_bad_comments_are_422(client, opened, office, body):
    _, _, request = opened
    answer = client.post(f"{BASE}/{request['id']}/comments", json=body, headers=office.headers)
    assert answer.status_code == 422


def test_status_changes_appear_on_the_timeline_with_their_reasons(client, opened, office):
    resident, _, request = opened
    rid = request["id"]
    client.post(
        f"{BASE}/{rid}/transitions",
        json={"to": "on_hold", "reason": "รออะไหล่"},
        headers=office.headers,
    )
    timeline = client.get(f"{BASE}/{rid}/comments", headers=resident.headers).json
    assert timeline[-1]["status_from"] == "submitted"
    assert timeline[-1]["status_to"] == "on_hold"
    assert timeline[-1]["body"] == "รออะไหล่"


# --- the daily limit ---------------------------------------------------------------


def test_a_resident_opens_at_most_ten_requests_a_day(client, resident_of, office):
    resident, house = resident_of()
    for _ in range(10):
        ok = client.post(BASE, json={**REQUEST, "house_id": house.id}, headers=resident.headers)
        assert ok.status_code == 201
    refused = client.post(BASE, json={**REQUEST, "house_id": house.id}, headers=resident.headers)
    assert refused.status_code == 429
    assert refused.headers["Content-Type"] == "application/problem+json"
    assert refused.json["code"] == "daily_limit"
    assert 0 < int(refused.headers["Retry-After"]) <= 86400
    # It counted nothing, and the office is not limited.
    assert client.get(BASE, headers=resident.headers).json["total"] == 10
    for _ in range(11):
        assert client.post(BASE, json=REQUEST, headers=office.headers).status_code == 201


def test_yesterdays_requests_do_not_count(client, app, resident_of):
    from datetime import timedelta

    from tests.service_requests.conftest import force
    from village.database import utcnow

    resident, house = resident_of()
    for _ in range(10):
        made = client.post(BASE, json={**REQUEST, "house_id": house.id}, headers=resident.headers)
        force(app, made.json["id"], created_at=utcnow() - timedelta(days=1, hours=1))
    assert (
        client.post(
            BASE, json={**REQUEST, "house_id": house.id}, headers=resident.headers
        ).status_code
        == 201
    )


def test_the_assignees_are_the_active_staff(client, office, login_as, resident_of):
    from village.enums import UserStatus

    boss = login_as(Role.SUPER_ADMIN, full_name="Boss")
    login_as(Role.ACCOUNTING_ADMIN)
    gone = login_as(Role.VILLAGE_ADMIN)
    resident, _ = resident_of()
    from tests.helpers import reload_user  # noqa: F401
    from village import database
    from village.users.models import User

    with client.application.app_context():
        database.session().get(User, gone.user.id).status = UserStatus.INACTIVE
        database.session().commit()
    answer = client.get(f"{BASE}/assignees", headers=office.headers)
    assert answer.status_code == 200
    assert {p["id"] for p in answer.json} == {office.user.id, boss.user.id}
    assert client.get(f"{BASE}/assignees", headers=resident.headers).status_code == 403
