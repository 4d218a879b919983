"""Incident response: rotate the JWT key, end every session (API and CLI), audited."""

from __future__ import annotations

import re

import jwt
import pytest

from tests.conftest import make_settings
from tests.helpers import audit_events
from tests.operations.test_operator_commands import create_admin, flask, operator_env  # noqa: F401
from village.security.tokens import key_id

CURRENT_KEY = make_settings("sqlite://").JWT_SECRET_KEY.get_secret_value()


def me(client, signed_in):
    return client.get("/auth/me", headers=signed_in.headers).status_code


def refresh(client, signed_in):
    headers = {"Authorization": f"Bearer {signed_in.refresh_token}"}
    return client.post("/auth/refresh", headers=headers).status_code


def test_revoke_all_sessions_ends_every_token_at_once_and_new_logins_work(app, client, login_as):
    admin = login_as("super_admin")
    others = [login_as("resident"), login_as("village_admin"), login_as("accounting_admin")]
    assert {me(client, s) for s in [admin, *others]} == {200}

    response = client.post("/api/v1/admin/revoke-all-sessions", headers=admin.headers)
    assert response.status_code == 200
    assert response.json == {"ended": 4}

    # Access tokens included: every request checks its session. The caller's own too.
    assert {me(client, s) for s in [admin, *others]} == {401}
    assert {refresh(client, s) for s in [admin, *others]} == {401}
    again = login_as("resident")
    assert me(client, again) == 200

    (event,) = audit_events(app, "forced_logout")
    assert event.actor_id == admin.user.id
    assert event.details == {"scope": "everyone", "sessions": 4, "via": "api"}


def test_the_cli_ends_every_session_or_one_users(app, client, login_as):
    alice, bob = login_as("resident"), login_as("resident")
    runner = app.test_cli_runner()

    result = runner.invoke(args=["logout-all", "--user", alice.user.email.upper()])
    assert result.exit_code == 0, result.output
    assert "Ended 1 session(s)" in result.output
    assert (me(client, alice), me(client, bob)) == (401, 200)

    result = runner.invoke(args=["logout-all"])
    assert result.exit_code == 0, result.output
    assert me(client, bob) == 401
    assert me(client, login_as("resident")) == 200  # new sign-ins work
    events = audit_events(app, "forced_logout")
    assert [(e.details["scope"], e.details["via"], e.actor_id) for e in events] == [
        ("user", "cli", None),
        ("everyone", "cli", None),
    ]
    assert events[0].target_id == str(alice.user.id)


def test_the_cli_names_an_unknown_account(app):
    result = app.test_cli_runner().invoke(args=["logout-all", "--user", "nobody@example.com"])
    assert result.exit_code == 1
    assert "no account has the email nobody@example.com" in result.output


def rotate(app) -> tuple[str, str]:
    """Run rotate-jwt-key; return the new key and the whole output."""
    result = app.test_cli_runner().invoke(args=["rotate-jwt-key"])
    assert result.exit_code == 0, result.output
    keys = re.findall(r"^([0-9a-f]{64})$", result.output, flags=re.MULTILINE)
    assert len(keys) == 1
    return keys[0], result.output


def test_rotate_jwt_key_prints_a_new_key_and_the_steps_and_is_audited(app):
    new_key, output = rotate(app)
    assert new_key != CURRENT_KEY
    for step in (
        "JWT_PREVIOUS_SECRET_KEYS=<the current JWT_SECRET_KEY>",
        f"JWT_SECRET_KEY={new_key}",
        "Restart the API",
        "delete the\n    old key from JWT_PREVIOUS_SECRET_KEYS",
        "(30 days, on or after",
        "flask --app village logout-all",
    ):
        assert step in output
    assert CURRENT_KEY not in output  # the live key is never printed
    (event,) = audit_events(app, "jwt_key_rotation_started")
    assert event.details["current_kid"] == key_id(CURRENT_KEY)
    assert event.details["new_kid"] == key_id(new_key)
    assert new_key not in str(event.details)


def test_a_rotation_keeps_users_signed_in_until_the_old_key_is_removed(app, make_app, login_as):
    before = login_as("resident")
    new_key, _ = rotate(app)

    rotated = make_app(JWT_SECRET_KEY=new_key, JWT_PREVIOUS_SECRET_KEYS=CURRENT_KEY).test_client()
    assert me(rotated, before) == 200  # still signed in after the restart
    pair = rotated.post(
        "/auth/refresh", headers={"Authorization": f"Bearer {before.refresh_token}"}
    ).json
    assert jwt.get_unverified_header(pair["access_token"])["kid"] == key_id(new_key)

    finished = make_app(JWT_SECRET_KEY=new_key).test_client()  # old key removed
    assert me(finished, before) == 401
    fresh = {"Authorization": f"Bearer {pair['access_token']}"}
    assert finished.get("/auth/me", headers=fresh).status_code == 200


def test_the_operator_commands_run_as_written(operator_env):  # noqa: F811
    """`flask --app village rotate-jwt-key` and `logout-all` from backend/, as the docs say."""
    env = operator_env
    assert create_admin(env).returncode == 0

    rotated = flask(env, "rotate-jwt-key")
    assert rotated.returncode == 0, rotated.stderr
    assert re.search(r"^[0-9a-f]{64}$", rotated.stdout, flags=re.MULTILINE)

    unknown = flask(env, "logout-all", "--user", "ghost@example.com")
    assert unknown.returncode == 1
    assert "no account has the email ghost@example.com" in unknown.stderr

    ended = flask(env, "logout-all")
    assert ended.returncode == 0, ended.stderr
    assert "Ended 0 session(s) of every user" in ended.stdout


@pytest.mark.parametrize("role", ["village_admin", "accounting_admin", "resident"])
def test_only_a_super_admin_may_sign_everyone_out(client, login_as, role):
    victim = login_as("resident")
    caller = login_as(role)
    response = client.post("/api/v1/admin/revoke-all-sessions", headers=caller.headers)
    assert response.status_code == 403
    assert me(client, victim) == 200
