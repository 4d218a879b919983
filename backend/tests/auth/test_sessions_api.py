"""GET /auth/sessions, DELETE /auth/sessions/{id}, POST /auth/sessions/revoke-others."""

from __future__ import annotations

import uuid

from tests.conftest import sign_in
from tests.helpers import audit_events


def test_lists_own_open_sessions_with_the_current_one_marked(client, login_as):
    signed_in = login_as("resident")
    sign_in(client, signed_in.user.email)
    sessions = client.get("/auth/sessions", headers=signed_in.headers).json
    assert len(sessions) == 2
    assert [s["current"] for s in sessions].count(True) == 1
    current = next(s for s in sessions if s["current"])
    assert current["id"] == signed_in.session_id
    assert {
        "created_at",
        "last_used_at",
        "expires_at",
        "ip_address",
        "user_agent",
    } <= current.keys()


def test_other_users_sessions_are_not_listed(client, login_as):
    me = login_as("resident")
    login_as("resident")
    assert len(client.get("/auth/sessions", headers=me.headers).json) == 1


def test_sign_out_another_device(app, client, login_as):
    signed_in = login_as("resident")
    other = sign_in(client, signed_in.user.email)
    other_id = next(
        s["id"]
        for s in client.get("/auth/sessions", headers=signed_in.headers).json
        if not s["current"]
    )
    assert client.delete(f"/auth/sessions/{other_id}", headers=signed_in.headers).status_code == 204
    assert (
        client.get(
            "/auth/me", headers={"Authorization": f"Bearer {other['access_token']}"}
        ).status_code
        == 401
    )
    assert len(client.get("/auth/sessions", headers=signed_in.headers).json) == 1
    assert len(audit_events(app, "session_revoked")) == 1


def test_cannot_end_someone_elses_session(client, login_as):
    me = login_as("resident")
    victim = login_as("resident")
    response = client.delete(f"/auth/sessions/{victim.session_id}", headers=me.headers)
    assert response.status_code == 404
    assert client.get("/auth/me", headers=victim.headers).status_code == 200


def test_unknown_or_malformed_session_ids(client, login_as):
    me = login_as("resident")
    assert client.delete(f"/auth/sessions/{uuid.uuid4()}", headers=me.headers).status_code == 404
    assert client.delete("/auth/sessions/not-a-uuid", headers=me.headers).status_code == 404


def test_sign_out_everywhere_else(client, login_as):
    signed_in = login_as("resident")
    others = [sign_in(client, signed_in.user.email) for _ in range(3)]
    response = client.post("/auth/sessions/revoke-others", headers=signed_in.headers)
    assert response.json == {"ended": 3}
    assert client.get("/auth/me", headers=signed_in.headers).status_code == 200
    for other in others:
        assert (
            client.get(
                "/auth/me", headers={"Authorization": f"Bearer {other['access_token']}"}
            ).status_code
            == 401
        )
