"""GET /api/v1/audit-events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.factories import PASSWORD


@pytest.fixture
def auditor(login_as):
    return login_as("super_admin")


def events(client, auditor, **params):
    response = client.get("/api/v1/audit-events", query_string=params, headers=auditor.headers)
    assert response.status_code == 200, response.json
    return response.json


def test_lists_events_newest_first(client, auditor, make_user):
    user = make_user()
    client.post("/auth/login", json={"email": user.email, "password": "Wrong-pass-1"})
    client.post("/auth/login", json={"email": user.email, "password": PASSWORD})
    body = events(client, auditor)
    actions = [e["action"] for e in body["items"]]
    assert actions[:2] == ["login_succeeded", "login_failed"]
    assert body["total"] == len(actions)
    first = body["items"][0]
    assert first["actor_id"] == user.id
    assert first["actor_email"] == user.email
    assert first["ip_address"] == "127.0.0.1"


def test_filters(client, auditor, make_user):
    user = make_user()
    client.post("/auth/login", json={"email": user.email, "password": "Wrong-pass-1"})
    failed = events(client, auditor, action="login_failed")
    assert [e["action"] for e in failed["items"]] == ["login_failed"]
    mine = events(client, auditor, actor_id=user.id)
    assert {e["actor_id"] for e in mine["items"]} == {user.id}
    by_target = events(client, auditor, target_type="user", target_id=str(user.id))
    assert by_target["total"] == 1
    future = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    assert events(client, auditor, since=future)["items"] == []
    assert events(client, auditor, until=future)["total"] >= 2


def test_details_never_hold_secrets(client, auditor, login_as):
    admin = login_as("super_admin")
    client.post(
        "/api/v1/users",
        json={"email": "n@example.com", "password": "Secret-pass-9", "full_name": "N"},
        headers=admin.headers,
    )
    text = client.get("/api/v1/audit-events", headers=auditor.headers).get_data(as_text=True)
    assert "Secret-pass-9" not in text
    assert "$2b$" not in text


def test_events_name_people_as_they_were_named_then(client, auditor, make_user):
    """Issue 10: the log showed targets like "session 0b7b…" or "user 5"; it names people."""
    user = make_user(full_name="Somchai Jaidee")
    client.post("/auth/login", json={"email": user.email, "password": PASSWORD})
    client.delete(f"/api/v1/users/{user.id}", headers=auditor.headers)
    items = events(client, auditor)["items"]
    deleted, signed_in = items[0], items[1]
    assert (deleted["action"], deleted["target_name"]) == ("user_deleted", "Somchai Jaidee")
    assert deleted["actor_name"] == auditor.user.full_name
    assert signed_in["action"] == "login_succeeded"
    assert (signed_in["actor_name"], signed_in["target_type"]) == ("Somchai Jaidee", "session")
    assert signed_in["target_name"] == "Somchai Jaidee"  # whose session


def test_events_by_or_about_a_person_are_found_by_name(client, auditor, make_user):
    actor = make_user(full_name="Malee Sukjai", role="village_admin")
    target = make_user(full_name="Prasert Meechai")
    token = client.post("/auth/login", json={"email": actor.email, "password": PASSWORD}).json
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    client.patch(f"/api/v1/users/{target.id}", json={"full_name": "Prasert M."}, headers=headers)
    by = {e["action"] for e in events(client, auditor, q="malee")["items"]}
    assert by == {"login_succeeded", "user_updated"}
    about = [e["action"] for e in events(client, auditor, q="PRASERT")["items"]]
    assert about == ["user_updated"]
    assert events(client, auditor, q="nobody-here")["total"] == 0


def test_token_refreshes_are_not_in_the_trail(client, auditor):
    client.post("/auth/refresh", json={"refresh_token": auditor.refresh_token})
    assert "token_refreshed" not in {e["action"] for e in events(client, auditor)["items"]}


@pytest.mark.parametrize(
    "params",
    [
        {"since": "yesterday"},
        {"since": "2026-01-01T00:00:00"},
        {"per_page": 500},
        {"actor_id": 0},
        {"action": "token_refreshed"},
        {"q": "x" * 101},
    ],
)
def test_bad_filters_are_422(client, auditor, params):
    response = client.get("/api/v1/audit-events", query_string=params, headers=auditor.headers)
    assert response.status_code == 422
