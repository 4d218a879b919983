"""GET/PATCH/PUT /auth/me: own profile only; never role or status; email needs the password."""

from __future__ import annotations

import pytest

from tests.factories import PASSWORD
from tests.helpers import reload_user

VALID_ID = "1101700230708"


def test_get_me_shows_profile_and_permissions(client, login_as):
    signed_in = login_as("village_admin", full_name="Staff Member")
    body = client.get("/auth/me", headers=signed_in.headers).json
    assert body["full_name"] == "Staff Member"
    assert body["role"] == "village_admin"
    assert "users:write" in body["permissions"]
    assert "users:delete" not in body["permissions"]
    assert body["assignable_roles"] == ["resident"]


def test_patch_changes_only_the_fields_sent(client, login_as):
    signed_in = login_as("resident", phone="0811111111")
    response = client.patch("/auth/me", json={"full_name": "ชื่อใหม่"}, headers=signed_in.headers)
    assert response.status_code == 200
    assert response.json["full_name"] == "ชื่อใหม่"
    assert response.json["phone"] == "0811111111"


def test_put_replaces_the_profile_and_clears_what_is_left_out(client, login_as):
    signed_in = login_as("resident", phone="0811111111")
    response = client.put("/auth/me", json={"full_name": "Whole New"}, headers=signed_in.headers)
    assert response.status_code == 200
    assert response.json["phone"] is None
    assert response.json["email"] == signed_in.user.email


@pytest.mark.parametrize(
    "field", ["role", "status", "id", "house_number", "password", "password_hash", "last_login_at"]
)
def test_role_status_and_read_only_fields_are_refused(client, login_as, field):
    signed_in = login_as("resident")
    response = client.patch("/auth/me", json={field: "super_admin"}, headers=signed_in.headers)
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == field
    assert client.get("/auth/me", headers=signed_in.headers).json["role"] == "resident"


def test_email_change_needs_the_current_password(app, client, login_as):
    signed_in = login_as("resident")
    missing = client.patch("/auth/me", json={"email": "new@example.com"}, headers=signed_in.headers)
    assert missing.status_code == 422
    assert missing.json["errors"][0]["field"] == "current_password"
    wrong = client.patch(
        "/auth/me",
        json={"email": "new@example.com", "current_password": "Wrong-pass1"},
        headers=signed_in.headers,
    )
    assert wrong.status_code == 422
    ok = client.patch(
        "/auth/me",
        json={"email": "new@example.com", "current_password": PASSWORD},
        headers=signed_in.headers,
    )
    assert ok.status_code == 200
    assert reload_user(app, signed_in.user.id).email == "new@example.com"


def test_email_change_to_a_taken_address_is_409(client, login_as, make_user):
    make_user(email="taken@example.com")
    signed_in = login_as("resident")
    response = client.patch(
        "/auth/me",
        json={"email": "TAKEN@example.com", "current_password": PASSWORD},
        headers=signed_in.headers,
    )
    assert response.status_code == 409


def test_national_id_is_validated_and_shown_to_its_owner(client, login_as):
    signed_in = login_as("resident")
    bad = client.patch("/auth/me", json={"national_id": "1234567890123"}, headers=signed_in.headers)
    assert bad.status_code == 422
    ok = client.patch(
        "/auth/me", json={"national_id": "1-1017-00230-70-8"}, headers=signed_in.headers
    )
    assert ok.status_code == 200
    assert ok.json["national_id"] == VALID_ID


def test_full_name_cannot_be_nulled(client, login_as):
    signed_in = login_as("resident")
    response = client.patch("/auth/me", json={"full_name": None}, headers=signed_in.headers)
    assert response.status_code == 422


@pytest.mark.parametrize(
    ("role", "scope"), [("resident", "own_houses"), ("accounting_admin", "all")]
)
def test_me_says_how_far_the_permissions_reach(client, login_as, role, scope):
    me = client.get("/auth/me", headers=login_as(role).headers).json
    assert me["scope"] == scope


@pytest.mark.parametrize("mode", ["open", "approval", "closed"])
def test_the_sign_in_page_can_ask_whether_sign_up_is_open(make_app, mode):
    answer = make_app(REGISTRATION_MODE=mode).test_client().get("/auth/registration")
    assert (answer.status_code, answer.json) == (200, {"mode": mode})


def test_password_policy_is_published(client):
    body = client.get("/auth/password-policy").json
    assert body["min_length"] == 8
    assert body["rules"][0] == "At least 8 characters"


def test_profile_changes_are_audited_before_and_after_without_the_full_id(app, client, login_as):
    from tests.helpers import audit_events

    signed_in = login_as("resident", full_name="Old Name")
    client.patch(
        "/auth/me",
        json={"full_name": "New Name", "national_id": VALID_ID},
        headers=signed_in.headers,
    )
    [event] = audit_events(app, "profile_updated")
    assert event.details["changes"]["full_name"] == {"from": "Old Name", "to": "New Name"}
    assert event.details["changes"]["national_id"] == {"from": None, "to": "*********0708"}
