"""A morning at the office on `python main.py`, the embedded default: real threads, real HTTP.

The example from the field (issue 10): on SQLite, four sign-ins at the same
moment answered `503 503 503 200`, and four dashboard requests after five idle
minutes a 500 and 503s. A single-office deployment must serve a handful of
people at once without an error, whichever database it runs on.
"""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa

from tests.operations.test_operator_commands import http, operator_env, server  # noqa: F401

PASSWORD = "Morning-Office-2026"
PEOPLE = 10


def at_once(actions):
    """Run every zero-argument callable in `actions` in its own thread, released together."""
    barrier = threading.Barrier(len(actions))

    def run(action):
        barrier.wait()
        return action()

    with ThreadPoolExecutor(max_workers=len(actions)) as pool:
        return list(pool.map(run, actions))


def test_ten_sign_ins_and_twenty_reads_at_once_after_idle_minutes(operator_env):  # noqa: F811
    env = {
        **operator_env,
        "BCRYPT_ROUNDS": "10",  # each sign-in holds the database for a real hash's time
        "RATELIMIT_LOGIN": "100 per minute",
        "RATELIMIT_AUTH": "100 per minute",
        "RATELIMIT_DEFAULT": "1000 per minute",
    }
    emails = [f"resident{i}@village.example" for i in range(PEOPLE)]
    with server(env) as base:
        for email in emails:
            body = {"email": email, "password": PASSWORD, "full_name": "Resident"}
            assert http("POST", f"{base}/auth/register", body)[0] == 201

        def sign_in(email):
            return lambda: http(
                "POST", f"{base}/auth/login", {"email": email, "password": PASSWORD}
            )

        signed_in = at_once([sign_in(email) for email in emails])
        assert Counter(status for status, _, _ in signed_in) == {200: PEOPLE}
        tokens = [body["access_token"] for _, body, _ in signed_in]

        # Five idle minutes: the next request of each session records its use (a write).
        engine = sa.create_engine(env["DATABASE_URL"])
        with engine.begin() as connection:
            connection.execute(
                sa.text("UPDATE auth_sessions SET last_used_at = :then"),
                {"then": "2026-01-01 00:00:00"},
            )
        engine.dispose()

        def read(path, token):
            return lambda: http("GET", f"{base}{path}", token=token)

        reads = [read(path, t) for t in tokens for path in ("/auth/me", "/auth/sessions")]
        answers = at_once(reads)
        assert Counter(status for status, _, _ in answers) == {200: 2 * PEOPLE}


def test_two_tabs_refreshing_at_once_answer_as_documented(operator_env):  # noqa: F811
    """docs/api.md: of two refreshes with one token, one gets the new pair and the other a
    401 saying the token was just rotated; the session lives on."""
    with server(operator_env) as base:
        body = {"email": "tabs@village.example", "password": PASSWORD, "full_name": "Two Tabs"}
        assert http("POST", f"{base}/auth/register", body)[0] == 201
        credentials = {"email": body["email"], "password": PASSWORD}
        tokens = http("POST", f"{base}/auth/login", credentials)[1]
        refresh = tokens["refresh_token"]
        answers = at_once(
            [lambda: http("POST", f"{base}/auth/refresh", {"refresh_token": refresh})] * 2
        )
        assert sorted(status for status, _, _ in answers) == [200, 401]
        loser = next(problem for status, problem, _ in answers if status == 401)
        assert loser["detail"] == "This refresh token was just rotated; use the newest one."
        assert http("GET", f"{base}/auth/me", token=tokens["access_token"])[0] == 200
