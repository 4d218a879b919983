"""/api/v1/me/notifications: each person reads only their own, newest first, and marks
them read (village.md, "Notifications and email")."""

from __future__ import annotations

from typing import Any

import pytest

from village import database
from village.enums import Permission, UserStatus
from village.notifications import service
from village.notifications.events import NotificationEvent

BASE = "/api/v1/me/notifications"


def notify(app: Any, user_ids: list[int], **params: Any) -> int:
    with app.app_context(), database.transaction():
        return service.notify(
            user_ids,
            NotificationEvent.SERVICE_REQUEST_STATUS_CHANGED,
            params={"number": "SR2569-000001", "title": "ไฟดับ", "status": "resolved", **params},
            link="/service-requests/1",
        )


def test_a_person_reads_their_notifications_newest_first_and_marks_them(client, login_as, app):
    me, other = login_as("resident"), login_as("resident")
    assert notify(app, [me.user.id, me.user.id, other.user.id], reason=None) == 2
    notify(app, [me.user.id], reason="ซ่อมแล้ว")

    page = client.get(BASE, headers=me.headers).json
    assert page["total"] == 2
    newest, oldest = page["items"]
    assert newest["params"]["reason"] == "ซ่อมแล้ว" and oldest["params"]["reason"] is None
    assert (newest["event"], newest["link"], newest["read_at"]) == (
        "service_request_status_changed",
        "/service-requests/1",
        None,
    )
    count = client.get(f"{BASE}/unread-count", headers=me.headers).json
    assert count == {"unread": 2}

    read = client.post(f"{BASE}/{oldest['id']}/read", headers=me.headers)
    assert read.status_code == 200 and read.json["read_at"] is not None
    again = client.post(f"{BASE}/{oldest['id']}/read", headers=me.headers)
    assert again.json["read_at"] == read.json["read_at"]  # the first reading stands
    unread = client.get(BASE, query_string={"unread_only": "true"}, headers=me.headers).json
    assert [n["id"] for n in unread["items"]] == [newest["id"]]

    assert client.post(f"{BASE}/read-all", headers=me.headers).json == {"unread": 0}
    assert client.get(f"{BASE}/unread-count", headers=me.headers).json == {"unread": 0}
    # The other person's stays theirs, unread.
    assert client.get(f"{BASE}/unread-count", headers=other.headers).json == {"unread": 1}


def test_another_persons_notification_is_not_found(client, login_as, app):
    me, other = login_as("resident"), login_as("super_admin")
    notify(app, [other.user.id])
    theirs = client.get(BASE, headers=other.headers).json["items"][0]["id"]
    answer = client.post(f"{BASE}/{theirs}/read", headers=me.headers)
    assert (answer.status_code, answer.content_type) == (404, "application/problem+json")
    assert client.get(f"{BASE}/unread-count", headers=other.headers).json == {"unread": 1}


def test_an_empty_audience_writes_nothing(client, login_as, app):
    me = login_as("resident")
    assert notify(app, []) == 0
    assert client.get(BASE, headers=me.headers).json["total"] == 0


@pytest.mark.parametrize("query", [{"unread_only": "perhaps"}, {"per_page": 101}, {"page": 0}])
def test_bad_queries_are_422(client, login_as, query):
    me = login_as("resident")
    assert client.get(BASE, query_string=query, headers=me.headers).status_code == 422


def test_signed_out_is_401(client):
    assert client.get(f"{BASE}/unread-count").status_code == 401


def test_staff_ids_are_the_active_holders_over_the_whole_village(app, make_user):
    admin = make_user(role="village_admin", status=UserStatus.ACTIVE)
    inactive = make_user(role="village_admin", status=UserStatus.INACTIVE)
    resident = make_user(
        role="resident", status=UserStatus.ACTIVE
    )  # holds the permission, own scope
    accountant = make_user(role="accounting_admin", status=UserStatus.ACTIVE)
    with app.app_context():
        holders = service.staff_ids(Permission.SERVICE_REQUESTS_MANAGE)
    assert admin.id in holders
    assert {inactive.id, resident.id, accountant.id}.isdisjoint(holders)
    assert all(isinstance(i, int) for i in holders)
