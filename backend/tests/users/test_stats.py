"""GET /api/v1/users/stats."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import time_machine

from village.enums import Role, UserStatus


def test_counts_by_role_status_activity_and_locks(client, login_as, make_user):
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    with time_machine.travel(now, tick=False):
        make_user(
            role=Role.RESIDENT,
            created_at=now - timedelta(days=2),
            last_login_at=now - timedelta(days=40),
        )
        make_user(role=Role.RESIDENT, status=UserStatus.PENDING, created_at=now - timedelta(days=2))
        make_user(
            role=Role.ACCOUNTING_ADMIN,
            created_at=now - timedelta(days=100),
            locked_until=now + timedelta(minutes=3),
        )
        admin = login_as("village_admin")  # created today, signs in now
        body = client.get(
            "/api/v1/users/stats", query_string={"days": 7}, headers=admin.headers
        ).json
    assert body["total"] == 4
    assert body["by_role"] == {
        "super_admin": 0,
        "village_admin": 1,
        "accounting_admin": 1,
        "resident": 2,
    }
    assert body["by_status"] == {"active": 3, "inactive": 0, "pending": 1}
    assert body["active_last_30_days"] == 1
    assert body["locked"] == 1
    days = body["registrations"]
    assert len(days) == 7
    assert days[-1] == {"date": "2026-11-28", "count": 1}
    assert days[-3] == {"date": "2026-11-26", "count": 2}
    assert sum(d["count"] for d in days) == 3


def test_days_is_bounded(client, login_as):
    admin = login_as("super_admin")
    assert client.get("/api/v1/users/stats?days=0", headers=admin.headers).status_code == 422
    assert client.get("/api/v1/users/stats?days=367", headers=admin.headers).status_code == 422
    assert len(client.get("/api/v1/users/stats", headers=admin.headers).json["registrations"]) == 30
