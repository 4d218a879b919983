"""Logout, expiry, deactivation, password changes: tokens stop working at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from tests.factories import PASSWORD
from tests.helpers import audit_events, sessions_of


def me(client, token):
    return client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})


def test_logout_ends_the_access_and_refresh_tokens_at_once(app, client, login_as):
    signed_in = login_as("resident")
    response = client.post("/auth/logout", headers=signed_in.headers)
    assert response.status_code == 204
    assert response.data == b""
    assert me(client, signed_in.access_token).status_code == 401
    refresh = client.post(
        "/auth/refresh", headers={"Authorization": f"Bearer {signed_in.refresh_token}"}
    )
    assert refresh.status_code == 401
    assert sessions_of(app, signed_in.user.id)[0].revoked_reason == "logout"
    assert len(audit_events(app, "logout")) == 1


@pytest.mark.parametrize("where", ["header", "body"])
def test_a_client_holding_only_the_refresh_token_can_log_out(app, client, login_as, where):
    """RFC 7009 clients revoke with the refresh token (issue 10: it answered 401)."""
    signed_in = login_as("resident")
    token = signed_in.refresh_token
    if where == "header":
        response = client.post("/auth/logout", headers={"Authorization": f"Bearer {token}"})
    else:
        response = client.post("/auth/logout", json={"refresh_token": token})
    assert response.status_code == 204
    assert me(client, signed_in.access_token).status_code == 401
    refreshed = client.post("/auth/refresh", json={"refresh_token": token})
    assert refreshed.status_code == 401
    assert sessions_of(app, signed_in.user.id)[0].revoked_reason == "logout"


@pytest.mark.parametrize(
    "sent",
    [
        {"json": {"refresh_token": "not.a.token"}},
        {"json": {"refresh_token": None}},
        {"json": {"access_token": "x"}},
        {"headers": {"Authorization": "Bearer not.a.token"}},
    ],
)
def test_logout_without_a_valid_token_is_401(client, login_as, sent):
    signed_in = login_as("resident")
    assert client.post("/auth/logout", **sent).status_code in (401, 422)
    assert me(client, signed_in.access_token).status_code == 200


def test_logout_ends_only_that_session(client, login_as, make_user):
    from tests.conftest import sign_in

    signed_in = login_as("resident")
    other_device = sign_in(client, signed_in.user.email)
    client.post("/auth/logout", headers=signed_in.headers)
    assert me(client, other_device["access_token"]).status_code == 200


def test_access_token_expires_after_an_hour(client, login_as):
    signed_in = login_as("resident")
    now = datetime.now(UTC)
    with time_machine.travel(now + timedelta(minutes=59)):
        assert me(client, signed_in.access_token).status_code == 200
    with time_machine.travel(now + timedelta(minutes=61)):
        response = me(client, signed_in.access_token)
        assert response.status_code == 401
        assert response.json["detail"] == "The token has expired."


def test_deactivation_takes_effect_on_the_next_request(client, login_as):
    resident = login_as("resident")
    admin = login_as("village_admin")
    client.patch(
        f"/api/v1/users/{resident.user.id}", json={"status": "inactive"}, headers=admin.headers
    )
    assert me(client, resident.access_token).status_code == 401


def test_setting_a_password_with_a_link_ends_the_persons_sessions(client, login_as):
    resident = login_as("resident", password_change_required=True)
    admin = login_as("village_admin")
    link = client.post(
        f"/api/v1/users/{resident.user.id}/set-password-link", headers=admin.headers
    ).json
    answer = client.post(
        "/auth/set-password", json={"token": link["token"], "new_password": "Brand-new-Pass1"}
    )
    assert answer.status_code == 204
    assert me(client, resident.access_token).status_code == 401


def test_admin_can_end_all_sessions_of_a_user(app, client, login_as):
    resident = login_as("resident")
    admin = login_as("super_admin")
    response = client.post(
        f"/api/v1/users/{resident.user.id}/revoke-sessions", headers=admin.headers
    )
    assert response.status_code == 204
    assert me(client, resident.access_token).status_code == 401
    assert me(client, admin.access_token).status_code == 200
    assert audit_events(app, "sessions_revoked")[0].details == {"sessions": 1}


def test_deleted_users_tokens_stop_working(client, login_as):
    resident = login_as("resident")
    admin = login_as("super_admin")
    assert (
        client.delete(f"/api/v1/users/{resident.user.id}", headers=admin.headers).status_code == 204
    )
    assert me(client, resident.access_token).status_code == 401


def test_change_password_ends_other_sessions_but_keeps_this_one(app, client, login_as):
    from tests.conftest import sign_in

    signed_in = login_as("resident")
    other = sign_in(client, signed_in.user.email)
    response = client.post(
        "/auth/change-password",
        json={"current_password": PASSWORD, "new_password": "Fresh-passw0rd"},
        headers=signed_in.headers,
    )
    assert response.status_code == 204
    assert me(client, signed_in.access_token).status_code == 200
    assert me(client, other["access_token"]).status_code == 401
    assert (
        client.post(
            "/auth/login", json={"email": signed_in.user.email, "password": PASSWORD}
        ).status_code
        == 401
    )
    assert sign_in(client, signed_in.user.email, "Fresh-passw0rd")["access_token"]
    assert audit_events(app, "password_changed")[0].details == {"other_sessions_ended": 1}


def test_change_password_needs_the_current_password(app, client, login_as):
    signed_in = login_as("resident")
    response = client.post(
        "/auth/change-password",
        json={"current_password": "Not-the-pass1", "new_password": "Fresh-passw0rd"},
        headers=signed_in.headers,
    )
    assert response.status_code == 422
    assert response.json["errors"][0] == {
        "field": "current_password",
        "message": "The current password is wrong.",
        "code": "wrong_password",
    }
    # The failure counts toward the lockout and is audited, though the request failed.
    assert len(audit_events(app, "reauthentication_failed")) == 1


def test_change_password_applies_the_policy_to_the_new_one(client, login_as):
    signed_in = login_as("resident")
    response = client.post(
        "/auth/change-password",
        json={"current_password": PASSWORD, "new_password": "short"},
        headers=signed_in.headers,
    )
    assert response.status_code == 422
    assert {e["field"] for e in response.json["errors"]} == {"new_password"}
    same = client.post(
        "/auth/change-password",
        json={"current_password": PASSWORD, "new_password": PASSWORD},
        headers=signed_in.headers,
    )
    assert same.json["errors"][0]["code"] == "password_unchanged"
