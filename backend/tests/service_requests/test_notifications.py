"""Who is told: staff of every new request, the opener of every status change and public
comment, the assignee of an assignment; never of one's own doing, never of an internal note."""

from __future__ import annotations

from datetime import timedelta

from tests.service_requests.conftest import BASE, REQUEST, force, move
from village.database import utcnow
from village.enums import Role

INBOX = "/api/v1/me/notifications"


def inbox(client, who) -> list[dict]:
    answer = client.get(INBOX, headers=who.headers)
    assert answer.status_code == 200, answer.json
    return list(reversed(answer.json["items"]))  # oldest first


def test_staff_hear_of_every_new_request_residents_and_accountants_do_not(
    client, office, login_as, resident_of
):
    colleague = login_as(Role.SUPER_ADMIN)
    accountant = login_as(Role.ACCOUNTING_ADMIN)
    resident, house = resident_of()
    neighbour, _ = resident_of()
    made = client.post(BASE, json={**REQUEST, "house_id": house.id}, headers=resident.headers).json
    for staff in (office, colleague):
        [note] = inbox(client, staff)
        assert note["event"] == "service_request_submitted"
        assert note["params"] == {
            "number": made["number"],
            "title": REQUEST["title"],
            "category": "water",
            "house_number": house.house_number,
        }
        assert note["link"] == f"/service-requests/{made['id']}"
    for nobody in (accountant, resident, neighbour):
        assert inbox(client, nobody) == []


def test_the_opener_hears_of_each_status_change_and_public_comment(client, opened, office):
    resident, _, request = opened
    rid = request["id"]
    move(client, rid, office.headers, "on_hold", reason="รออะไหล่")
    move(client, rid, office.headers, "in_progress")
    client.post(
        f"{BASE}/{rid}/comments", json={"body": "note", "internal": True}, headers=office.headers
    )
    client.post(f"{BASE}/{rid}/comments", json={"body": "มาแล้วครับ"}, headers=office.headers)
    client.post(f"{BASE}/{rid}/comments", json={"body": "ขอบคุณ"}, headers=resident.headers)
    move(client, rid, office.headers, "resolved")
    notes = inbox(client, resident)
    assert [(n["event"], n["params"].get("status")) for n in notes] == [
        ("service_request_status_changed", "on_hold"),
        ("service_request_status_changed", "in_progress"),
        ("service_request_commented", None),
        ("service_request_status_changed", "resolved"),
    ]
    assert notes[0]["params"]["reason"] == "รออะไหล่"
    assert notes[2]["params"]["author_name"] == office.user.full_name
    # The opener's own moves are not news to them.
    move(client, rid, resident.headers, "closed", rating=5)
    assert len(inbox(client, resident)) == 4


def test_the_assignee_hears_of_the_assignment(client, opened, office, login_as):
    _, _, request = opened
    tech = login_as(Role.VILLAGE_ADMIN)
    before = len(inbox(client, tech))
    client.patch(
        f"{BASE}/{request['id']}", json={"assignee_id": tech.user.id}, headers=office.headers
    )
    notes = inbox(client, tech)[before:]
    assert [n["event"] for n in notes] == ["service_request_assigned"]
    assert notes[0]["params"]["number"] == request["number"]
    # Assigning oneself tells nobody.
    mine = len(inbox(client, office))
    client.patch(
        f"{BASE}/{request['id']}", json={"assignee_id": office.user.id}, headers=office.headers
    )
    assert len(inbox(client, office)) == mine


def test_the_automatic_close_tells_the_opener(client, app, opened):
    resident, _, request = opened
    force(app, request["id"], status="resolved", resolved_at=utcnow() - timedelta(days=8))
    app.test_cli_runner().invoke(args=["close-resolved"])
    [note] = inbox(client, resident)
    assert note["event"] == "service_request_status_changed"
    assert note["params"]["status"] == "closed"
