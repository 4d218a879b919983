"""Duplicate requests at once, against real commits, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

pytestmark = pytest.mark.committed

USER = {"email": "race@example.com", "password": "Race-cond1tion", "full_name": "Race Condition"}


def at_once(count, action):
    """Run `action(i)` in `count` threads released together; return the results."""
    barrier = threading.Barrier(count)

    def run(i):
        barrier.wait()
        return action(i)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


def test_fifty_registrations_with_one_email_give_one_201(committed_app):
    def register(i):
        email = USER["email"] if i % 2 else USER["email"].upper()
        return (
            committed_app.test_client()
            .post("/auth/register", json={**USER, "email": email})
            .status_code
        )

    statuses = Counter(at_once(50, register))
    assert statuses == {201: 1, 409: 49}


def test_concurrent_refreshes_with_one_token_exactly_one_wins(committed_app):
    client = committed_app.test_client()
    assert client.post("/auth/register", json=USER).status_code == 201
    tokens = client.post(
        "/auth/login", json={"email": USER["email"], "password": USER["password"]}
    ).json

    def refresh(_):
        headers = {"Authorization": f"Bearer {tokens['refresh_token']}"}
        return committed_app.test_client().post("/auth/refresh", headers=headers).status_code

    statuses = Counter(at_once(20, refresh))
    assert statuses == {200: 1, 401: 19}
    # The losers were within the grace window: the session survives.
    me = client.get("/auth/me", headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert me.status_code == 200


def test_concurrent_failed_logins_are_all_counted(committed_app):
    client = committed_app.test_client()
    client.post("/auth/register", json=USER)

    def fail(_):
        body = {"email": USER["email"], "password": "Wrong-passw0rd"}
        return committed_app.test_client().post("/auth/login", json=body).status_code

    assert set(at_once(5, fail)) == {401}
    # Five counted failures lock the account: the right password is refused now.
    ok = client.post("/auth/login", json={"email": USER["email"], "password": USER["password"]})
    assert ok.status_code == 401


def test_two_super_admins_demoting_each_other_leave_one(committed_app):
    from tests.factories import PASSWORD, UserFactory
    from village.enums import Role

    with committed_app.app_context():
        first, second = UserFactory(role=Role.SUPER_ADMIN), UserFactory(role=Role.SUPER_ADMIN)
        pairs = [(first.email, second.id), (second.email, first.id)]
    client = committed_app.test_client()
    tokens = [
        client.post("/auth/login", json={"email": e, "password": PASSWORD}).json["access_token"]
        for e, _ in pairs
    ]

    def demote(i):
        headers = {"Authorization": f"Bearer {tokens[i]}"}
        target = pairs[i][1]
        return (
            committed_app.test_client()
            .patch(f"/api/v1/users/{target}", json={"role": "resident"}, headers=headers)
            .status_code
        )

    statuses = sorted(at_once(2, demote))
    # Either one demotion wins and the other is refused (last super admin), or the
    # second caller finds its own token stale (it was just demoted): never both 200.
    assert statuses.count(200) == 1
