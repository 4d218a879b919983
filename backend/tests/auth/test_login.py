"""POST /auth/login: tokens, identical failures, lockout, rehash, account status."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import bcrypt
import pytest
import time_machine

from tests.factories import PASSWORD
from tests.helpers import audit_events, reload_user
from village.enums import Role, UserStatus
from village.security.passwords import hash_password


def login(client, email, password=PASSWORD):
    return client.post("/auth/login", json={"email": email, "password": password})


def test_success_returns_both_tokens_with_the_contracts_lifetimes(client, make_user):
    user = make_user()
    response = login(client, user.email)
    assert response.status_code == 200
    body = response.json
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 3600
    assert body["refresh_expires_in"] == 2_592_000
    assert body["access_token"].count(".") == 2
    assert body["refresh_token"].count(".") == 2
    assert body["user"]["id"] == user.id
    assert "password_hash" not in body["user"]


def test_email_is_matched_case_insensitively(client, make_user):
    user = make_user(email="Mixed.Case@example.com")
    assert login(client, "mixed.case@EXAMPLE.com").status_code == 200
    assert user.email == "Mixed.Case@example.com"


def test_success_records_last_login_and_an_audit_event(app, client, make_user):
    user = make_user()
    login(client, user.email)
    assert reload_user(app, user.id).last_login_at is not None
    assert len(audit_events(app, "login_succeeded")) == 1


def test_unknown_email_wrong_password_and_locked_account_look_identical(client, make_user):
    user = make_user()
    locked = make_user(locked_until=datetime.now(UTC) + timedelta(minutes=5))
    answers = [
        login(client, "nobody@example.com"),
        login(client, user.email, "Wrong-password-1"),
        login(client, locked.email),  # correct password, but locked
        login(client, "not even an email"),
    ]
    assert {r.status_code for r in answers} == {401}
    assert len({r.get_data() for r in answers}) == 1
    assert len({r.headers["WWW-Authenticate"] for r in answers}) == 1
    assert answers[0].json["detail"] == "Incorrect email, phone number or password."


def test_unknown_email_still_costs_one_bcrypt_verification(client, make_user, monkeypatch):
    make_user()
    calls = []
    real = bcrypt.checkpw
    monkeypatch.setattr(bcrypt, "checkpw", lambda pw, hashed: calls.append(1) or real(pw, hashed))
    login(client, "nobody@example.com")
    assert len(calls) == 1


def test_failures_are_audited_with_a_reason(app, client, make_user):
    user = make_user()
    login(client, user.email, "Wrong-password-1")
    login(client, "ghost@example.com")
    reasons = [e.details["reason"] for e in audit_events(app, "login_failed")]
    assert reasons == ["bad_password", "unknown_email"]


def test_five_failures_lock_the_account_for_a_growing_period(app, client, make_user):
    user = make_user()
    start = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
    with time_machine.travel(start, tick=False) as clock:
        for _ in range(4):
            assert login(client, user.email, "Wrong-password-1").status_code == 401
        assert reload_user(app, user.id).locked_until is None
        login(client, user.email, "Wrong-password-1")  # the 5th
        assert reload_user(app, user.id).locked_until == start + timedelta(minutes=1)
        # While locked even the right password is refused, with the same answer.
        assert login(client, user.email).status_code == 401
        expected_minutes = [2, 4, 8, 15, 15]
        for minutes in expected_minutes:
            clock.shift(timedelta(minutes=16))
            now = datetime.now(UTC)
            login(client, user.email, "Wrong-password-1")
            assert reload_user(app, user.id).locked_until == now + timedelta(minutes=minutes)
        clock.shift(timedelta(minutes=16))
        assert login(client, user.email).status_code == 200
    after = reload_user(app, user.id)
    assert after.failed_login_count == 0
    assert after.locked_until is None
    assert len(audit_events(app, "account_locked")) == 6


def test_attempts_during_a_lockout_do_not_extend_it(app, client, make_user):
    user = make_user()
    for _ in range(5):
        login(client, user.email, "Wrong-password-1")
    locked_until = reload_user(app, user.id).locked_until
    for _ in range(3):
        login(client, user.email, "Wrong-password-1")
    assert reload_user(app, user.id).locked_until == locked_until


def test_an_admin_can_unlock(app, client, make_user, login_as):
    user = make_user()
    for _ in range(5):
        login(client, user.email, "Wrong-password-1")
    assert login(client, user.email).status_code == 401
    admin = login_as("village_admin")
    response = client.post(f"/api/v1/users/{user.id}/unlock", headers=admin.headers)
    assert response.status_code == 200
    assert response.json["locked_until"] is None
    assert login(client, user.email).status_code == 200
    assert len(audit_events(app, "user_unlocked")) == 1


def test_success_resets_the_failure_count(app, client, make_user):
    user = make_user()
    for _ in range(4):
        login(client, user.email, "Wrong-password-1")
    login(client, user.email)
    for _ in range(4):
        login(client, user.email, "Wrong-password-1")
    assert reload_user(app, user.id).locked_until is None


def test_hash_is_upgraded_when_the_cost_changes(app, client, make_user):
    user = make_user(password_hash=hash_password(PASSWORD, rounds=5))
    assert login(client, user.email).status_code == 200
    assert reload_user(app, user.id).password_hash.startswith("$2b$04$")
    assert login(client, user.email).status_code == 200


@pytest.mark.parametrize(
    ("status", "phrase"), [(UserStatus.PENDING, "approval"), (UserStatus.INACTIVE, "deactivated")]
)
def test_inactive_accounts_get_403_only_with_the_right_password(client, make_user, status, phrase):
    user = make_user(status=status)
    refused = login(client, user.email)
    assert refused.status_code == 403
    assert phrase in refused.json["detail"]
    assert login(client, user.email, "Wrong-password-1").status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"email": "a@example.com"},
        {"password": "x"},
        {"email": None, "password": "x"},
        {"email": "a@example.com", "password": ""},
        {"email": ["a"], "password": "x"},
        {"email": "a@example.com", "password": "x" * 1025},
        {"email": "a@example.com", "password": "x", "remember_me": True},
    ],
)
def test_bad_login_bodies_are_422(client, body):
    response = client.post("/auth/login", json=body)
    assert response.status_code == 422
    assert response.json["errors"]


def test_super_admin_tokens_carry_the_role(client, make_user):
    admin = make_user(role=Role.SUPER_ADMIN)
    assert login(client, admin.email).json["user"]["role"] == "super_admin"


def test_after_a_cost_change_an_unknown_account_costs_what_real_ones_cost(make_app, make_user):
    """The example from the field (issue 10): restarted with a higher BCRYPT_ROUNDS over
    hashes of the old cost, a wrong password took ~290 ms and an unknown email ~540 ms.
    Here the stored hashes cost 2**10 and the configured cost is 2**4: a 64-fold gap that
    any timing would show, whatever else the machine is doing."""
    import statistics
    import time

    client = make_app(BCRYPT_ROUNDS=4).test_client()
    stored = hash_password(PASSWORD, rounds=10)
    users = [make_user(password_hash=stored) for _ in range(3)]
    locked = make_user(password_hash=stored, locked_until=datetime.now(UTC) + timedelta(hours=1))

    def seconds(email):
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            assert login(client, email, "Wrong-password-1").status_code == 401
            runs.append(time.perf_counter() - started)
        return statistics.median(runs)

    known = seconds(users[0].email)
    for email in ("nobody@example.com", locked.email):
        assert seconds(email) > 0.4 * known, email  # before: ~1/64 of it
