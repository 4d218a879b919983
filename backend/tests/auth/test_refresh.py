"""POST /auth/refresh: rotation, reuse detection with a grace window, session cap."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
import time_machine

from tests.helpers import audit_events, sessions_of


def refresh(client, token, *, body=False):
    if body:
        return client.post("/auth/refresh", json={"refresh_token": token})
    return client.post("/auth/refresh", headers={"Authorization": f"Bearer {token}"})


def test_refresh_rotates_the_pair(client, login_as):
    signed_in = login_as("resident")
    response = refresh(client, signed_in.refresh_token)
    assert response.status_code == 200
    body = response.json
    assert body["refresh_token"] != signed_in.refresh_token
    assert body["token_type"] == "bearer"
    me = client.get("/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200


def test_refresh_token_can_come_in_a_json_body(client, login_as):
    signed_in = login_as("resident")
    assert refresh(client, signed_in.refresh_token, body=True).status_code == 200


def test_an_empty_body_without_a_token_is_401(client):
    assert client.post("/auth/refresh").status_code == 401
    assert client.post("/auth/refresh", json={}).status_code == 401


def test_reuse_within_the_grace_window_is_refused_without_harm(app, client, login_as):
    signed_in = login_as("resident")
    newest = refresh(client, signed_in.refresh_token).json
    again = refresh(client, signed_in.refresh_token)
    assert again.status_code == 401
    assert "newest" in again.json["detail"]
    # The session lives on: the newest tokens still work.
    assert refresh(client, newest["refresh_token"]).status_code == 200
    assert sessions_of(app, signed_in.user.id)[0].revoked_at is None
    assert audit_events(app, "token_reuse_detected") == []


def test_reuse_after_the_grace_window_revokes_the_whole_session(app, client, login_as):
    signed_in = login_as("resident")
    newest = refresh(client, signed_in.refresh_token).json
    with time_machine.travel(datetime.now(UTC) + timedelta(seconds=11)):
        replay = refresh(client, signed_in.refresh_token)
        assert replay.status_code == 401
        assert "already used" in replay.json["detail"]
        # Everything of that session is dead now, access tokens included.
        assert refresh(client, newest["refresh_token"]).status_code == 401
        me = client.get("/auth/me", headers={"Authorization": f"Bearer {newest['access_token']}"})
        assert me.status_code == 401
    [session] = sessions_of(app, signed_in.user.id)
    assert session.revoked_reason == "token_reuse"
    [event] = audit_events(app, "token_reuse_detected")
    assert event.actor_id == signed_in.user.id


def test_a_token_two_generations_old_is_reuse_at_once(app, client, login_as):
    signed_in = login_as("resident")
    second = refresh(client, signed_in.refresh_token).json
    refresh(client, second["refresh_token"])
    assert refresh(client, signed_in.refresh_token).status_code == 401
    assert sessions_of(app, signed_in.user.id)[0].revoked_reason == "token_reuse"


def test_rotation_never_extends_the_session_past_30_days(client, login_as):
    signed_in = login_as("resident")
    first_exp = jwt.decode(signed_in.refresh_token, options={"verify_signature": False})["exp"]
    with time_machine.travel(datetime.now(UTC) + timedelta(days=20)):
        rotated = refresh(client, signed_in.refresh_token).json
    claims = jwt.decode(rotated["refresh_token"], options={"verify_signature": False})
    assert abs(claims["exp"] - first_exp) <= 1
    assert rotated["refresh_expires_in"] <= 10 * 86_400 + 1


def test_an_expired_refresh_token_is_refused(client, login_as):
    signed_in = login_as("resident")
    with time_machine.travel(datetime.now(UTC) + timedelta(days=31)):
        assert refresh(client, signed_in.refresh_token).status_code == 401


def test_refresh_after_logout_is_refused(client, login_as):
    signed_in = login_as("resident")
    client.post("/auth/logout", headers=signed_in.headers)
    assert refresh(client, signed_in.refresh_token).status_code == 401


def test_refresh_of_a_deactivated_user_is_refused(client, login_as, make_user):
    signed_in = login_as("resident")
    admin = login_as("super_admin")
    client.patch(
        f"/api/v1/users/{signed_in.user.id}", json={"status": "inactive"}, headers=admin.headers
    )
    assert refresh(client, signed_in.refresh_token).status_code == 401


def test_refresh_picks_up_a_new_role(client, login_as):
    signed_in = login_as("resident")
    admin = login_as("super_admin")
    client.patch(
        f"/api/v1/users/{signed_in.user.id}",
        json={"role": "accounting_admin"},
        headers=admin.headers,
    )
    # The old access token names the old role: refused at once.
    assert client.get("/auth/me", headers=signed_in.headers).status_code == 401
    fresh = refresh(client, signed_in.refresh_token).json
    users = client.get(
        "/api/v1/users", headers={"Authorization": f"Bearer {fresh['access_token']}"}
    )
    assert users.status_code == 200
