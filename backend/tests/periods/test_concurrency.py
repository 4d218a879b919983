"""A close and the writes in flight (PostgreSQL): the close waits for a write that passed
the guard (or gives up, 409 period_busy), and a write after the close sees the month
closed — never a write dated in a month whose snapshot was taken without it."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from tests.conftest import sign_in
from tests.factories import UserFactory
from village import database
from village.enums import Role, UserStatus
from village.errors import Conflict
from village.period_locks import guard

pytestmark = [pytest.mark.committed, pytest.mark.postgres_only]
SEP = date(2026, 9, 1)


def test_a_close_waits_for_a_write_that_passed_the_guard(committed_app, monkeypatch):
    with committed_app.app_context():
        accountant = UserFactory(role=Role.ACCOUNTING_ADMIN, status=UserStatus.ACTIVE)
        email = accountant.email
    headers = {
        "Authorization": f"Bearer {sign_in(committed_app.test_client(), email)['access_token']}"
    }
    monkeypatch.setattr(guard, "CLOSE_LOCK_TIMEOUT_MS", 300)
    client = committed_app.test_client()

    passed, done = threading.Event(), threading.Event()

    def write_in_flight() -> None:  # past the guard, not yet committed
        with committed_app.app_context():
            assert guard.posting_date(date(2026, 9, 20)) == date(2026, 9, 20)
            passed.set()
            done.wait(30)
            database.session().commit()

    writer = threading.Thread(target=write_in_flight)
    writer.start()
    assert passed.wait(30)
    busy = client.post("/api/v1/periods/2026-09/close", headers=headers)
    done.set()
    writer.join()
    assert busy.status_code == 409, busy.json
    assert busy.json["code"] == "period_busy"

    closed = client.post("/api/v1/periods/2026-09/close", headers=headers)
    assert closed.status_code == 200, closed.json
    with committed_app.app_context():  # the next write sees the month closed
        assert guard.posting_date(date(2026, 9, 20)) == date(2026, 10, 1)
        with pytest.raises(Conflict) as refused:
            guard.require_open(SEP, what="An invoice dated")
        assert refused.value.extra_data == {"code": "period_closed"}
