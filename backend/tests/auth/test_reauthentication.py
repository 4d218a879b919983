"""Re-authentication is a sign-in as far as guessing is concerned.

The example from the field (issue 10): one access token, six
`PATCH /auth/me {"email": "thief…", "current_password": <guess>}` answered 422
each and locked the owner out of signing in; the seventh, with the right
password, changed the email. With the shipped limits, 40 guesses in 19 s all
answered 422. And a guess made while the account was locked extended the lock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.factories import PASSWORD
from tests.helpers import audit_events, reload_user
from tests.observability.test_metrics import scrape, total

THIEF = "thief@example.com"
NEW_PASSWORD = "Brand-New-Pass-2026"


def steal_email(client, signed_in, password):
    return client.patch(
        "/auth/me",
        json={"email": THIEF, "current_password": password},
        headers=signed_in.headers,
    )


def change_password(client, signed_in, current):
    return client.post(
        "/auth/change-password",
        json={"current_password": current, "new_password": NEW_PASSWORD},
        headers=signed_in.headers,
    )


def test_guessing_through_a_session_locks_the_account_and_ends_the_session(app, client, login_as):
    owner = login_as("resident")
    answers = [steal_email(client, owner, f"Guess-{i}-Wrong").status_code for i in range(5)]
    # Four wrong answers, then the failure that locks the account ends this session.
    assert answers == [422, 422, 422, 422, 401]
    assert client.get("/auth/me", headers=owner.headers).status_code == 401
    seventh = steal_email(client, owner, PASSWORD)
    assert seventh.status_code == 401
    user = reload_user(app, owner.user.id)
    assert user.email == owner.user.email
    assert user.locked_until is not None
    assert [e.details["reason"] for e in audit_events(app, "reauthentication_failed")] == [
        "bad_password"
    ] * 5
    assert len(audit_events(app, "account_locked")) == 1


def test_while_locked_no_password_is_accepted_and_the_lock_is_not_extended(
    app, client, login_as, make_user
):
    owner = login_as("resident")
    for _ in range(5):  # someone guesses at the sign-in page meanwhile
        client.post("/auth/login", json={"email": owner.user.email, "password": "Nope-1234"})
    locked = reload_user(app, owner.user.id)
    for attempt in ("Guess-1-Wrong", PASSWORD):
        answer = steal_email(client, owner, attempt)
        assert answer.status_code == 429
        assert answer.json["type"] == "urn:village:problem:account-locked"
        assert 0 < int(answer.headers["Retry-After"]) <= 60
        assert change_password(client, owner, attempt).status_code == 429
    after = reload_user(app, owner.user.id)
    assert (after.locked_until, after.failed_login_count) == (
        locked.locked_until,
        locked.failed_login_count,
    )
    assert after.email == owner.user.email
    # The session itself is not the guesser here: it still works for everything else.
    assert client.get("/auth/me", headers=owner.headers).status_code == 200


def test_sign_in_and_re_authentication_spend_one_per_account_budget(make_app, make_user):
    app = make_app(RATELIMIT_LOGIN_ACCOUNT="5 per minute", LOGIN_MAX_FAILED_ATTEMPTS=50)
    client = app.test_client()
    user = make_user()
    body = client.post("/auth/login", json={"email": user.email, "password": PASSWORD}).json
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    for _ in range(3):  # the first of the five was the sign-in above
        bad = client.post("/auth/login", json={"email": user.email, "password": "Nope-1234"})
        assert bad.status_code == 401
    wrong = client.post(
        "/auth/change-password",
        json={"current_password": "Nope-1234", "new_password": NEW_PASSWORD},
        headers=headers,
    )
    assert wrong.status_code == 422
    refused = client.patch(
        "/auth/me", json={"email": THIEF, "current_password": "Nope-1234"}, headers=headers
    )
    assert refused.status_code == 429
    assert "Retry-After" in refused.headers
    # A profile change that checks no password spends nothing.
    named = client.patch("/auth/me", json={"full_name": "Still Me"}, headers=headers)
    assert named.status_code == 200


def test_forty_guesses_with_the_shipped_limits_meet_a_429(make_app, make_user):
    app = make_app(
        RATELIMIT_LOGIN_ACCOUNT="5 per minute;30 per hour",
        RATELIMIT_AUTH="10 per minute;50 per hour",
        LOGIN_MAX_FAILED_ATTEMPTS=100,  # the budget, not the lockout, is under test here
    )
    client = app.test_client()
    user = make_user()
    body = client.post("/auth/login", json={"email": user.email, "password": PASSWORD}).json
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    statuses = [
        client.patch(
            "/auth/me", json={"email": THIEF, "current_password": f"Guess-{i}"}, headers=headers
        ).status_code
        for i in range(40)
    ]
    assert statuses.count(422) == 4  # five a minute, one spent by the sign-in
    assert statuses.count(429) == 36


def test_a_right_password_resets_the_failure_count(app, client, login_as):
    owner = login_as("resident")
    for _ in range(3):
        assert change_password(client, owner, "Guess-1-Wrong").status_code == 422
    assert reload_user(app, owner.user.id).failed_login_count == 3
    assert change_password(client, owner, PASSWORD).status_code == 204
    assert reload_user(app, owner.user.id).failed_login_count == 0


@pytest.mark.parametrize("method", ["patch", "put"])
def test_both_profile_writes_check_the_password_the_same_way(app, client, login_as, method):
    owner = login_as("resident")
    body = {"full_name": "Me", "email": THIEF, "current_password": "Guess-1-Wrong"}
    for _ in range(4):
        assert (
            getattr(client, method)("/auth/me", json=body, headers=owner.headers).status_code == 422
        )
    assert getattr(client, method)("/auth/me", json=body, headers=owner.headers).status_code == 401
    assert reload_user(app, owner.user.id).email == owner.user.email


def test_re_authentication_is_counted_with_sign_ins(client, login_as):
    owner = login_as("resident")
    before = scrape(client)
    change_password(client, owner, "Guess-1-Wrong")
    change_password(client, owner, PASSWORD)
    after = scrape(client)

    def delta(**labels):
        name = "village_login_attempts_total"
        return total(after, name, **labels) - total(before, name, **labels)

    assert delta(result="bad_password", via="reauthentication") == 1
    assert delta(result="success", via="reauthentication") == 1


def test_a_lock_in_the_past_does_not_block_re_authentication(client, login_as):
    owner = login_as("resident", locked_until=datetime.now(UTC) - timedelta(seconds=1))
    assert change_password(client, owner, PASSWORD).status_code == 204
