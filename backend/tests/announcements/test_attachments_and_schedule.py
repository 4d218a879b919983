"""An announcement's attachments (served after the same access check), and scheduled
announcements announced by `flask --app village publish-due`."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import time_machine

from tests.announcements.conftest import BASE, feed, later
from tests.files import samples
from village import database
from village.announcements.models import Announcement


def attach(client, who, announcement_id, data: bytes, name: str):
    return client.post(
        f"{BASE}/{announcement_id}/attachments",
        data={"file": (io.BytesIO(data), name)},
        headers=who.headers,
    )


def test_attachments_are_taken_before_publication_and_served_to_the_audience(client, village, post):
    draft = post(publish_at=None, audience={"kind": "zones", "zones": ["A"]})
    pdf = attach(client, village.staff, draft["id"], samples.pdf(), "ประชุม.pdf")
    assert pdf.status_code == 201, pdf.json
    photo = attach(client, village.staff, draft["id"], samples.jpeg_with_gps(), "map.jpg")
    assert photo.status_code == 201
    refused = attach(client, village.staff, draft["id"], samples.zip_archive(), "x.pdf")
    assert refused.status_code == 415
    resident = attach(client, village.owner_a, draft["id"], samples.pdf(), "x.pdf")
    assert resident.status_code == 403

    url = f"{BASE}/{draft['id']}/attachments/{pdf.json['id']}"
    assert client.get(url, headers=village.owner_a.headers).status_code == 404  # a draft
    client.post(f"{BASE}/{draft['id']}/publish", headers=village.staff.headers)
    shown = client.get(f"{BASE}/{draft['id']}", headers=village.owner_a.headers).json
    assert [a["mime"] for a in shown["attachments"]] == ["application/pdf", "image/jpeg"]
    served = client.get(url, headers=village.owner_a.headers)
    assert served.status_code == 200
    assert served.data.startswith(b"%PDF")
    assert served.headers["Cache-Control"].startswith("private")
    assert client.get(url, headers=village.owner_b.headers).status_code == 404  # zone B
    other = post(title="Other")
    elsewhere = f"{BASE}/{other['id']}/attachments/{pdf.json['id']}"
    assert client.get(elsewhere, headers=village.owner_a.headers).status_code == 404

    frozen = attach(client, village.staff, draft["id"], samples.pdf(), "late.pdf")
    assert frozen.status_code == 409
    assert frozen.json["code"] == "announcement_published"
    removed = client.delete(url, headers=village.staff.headers)
    assert removed.status_code == 409


def test_an_attachment_can_be_removed_from_a_draft(client, village, post):
    draft = post(publish_at=None)
    pdf = attach(client, village.staff, draft["id"], samples.pdf(), "a.pdf").json
    url = f"{BASE}/{draft['id']}/attachments/{pdf['id']}"
    assert client.delete(url, headers=village.staff.headers).status_code == 204
    assert client.get(url, headers=village.staff.headers).status_code == 404
    assert (
        client.get(f"{BASE}/{draft['id']}", headers=village.staff.headers).json["attachments"] == []
    )


# --- publish-due -------------------------------------------------------------------


def _notified_at(app, announcement_id):
    with app.app_context():
        return database.session().get(Announcement, announcement_id).notified_at


def test_publish_due_announces_a_scheduled_announcement_once(app, client, village, post):
    scheduled = post(title="Meeting", publish_at=later(minutes=1))
    published_now = post(title="Now")
    assert _notified_at(app, published_now["id"]) is not None  # announced when published
    runner = app.test_cli_runner()
    early = runner.invoke(args=["publish-due"])
    assert early.exit_code == 0, early.output
    assert "announced 0" in early.output
    assert _notified_at(app, scheduled["id"]) is None
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=2), tick=False):
        assert "Meeting" in feed(client, village.owner_a)
        first = runner.invoke(args=["publish-due"])
        assert "announced 1" in first.output, first.output
        notified = _notified_at(app, scheduled["id"])
        assert notified is not None
        again = runner.invoke(args=["publish-due"])
        assert "announced 0" in again.output
        assert _notified_at(app, scheduled["id"]) == notified


def test_publish_due_skips_what_was_archived_before_its_time(app, client, village, post):
    scheduled = post(title="Cancelled", publish_at=later(minutes=1))
    client.post(f"{BASE}/{scheduled['id']}/archive", headers=village.staff.headers)
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=2), tick=False):
        result = app.test_cli_runner().invoke(args=["publish-due"])
        assert "announced 0" in result.output
    assert _notified_at(app, scheduled["id"]) is None


def test_a_scheduled_announcement_can_be_rescheduled_or_drafted(client, village, post):
    scheduled = post(publish_at=later(days=1))
    path = f"{BASE}/{scheduled['id']}"
    drafted = client.patch(path, json={"publish_at": None}, headers=village.staff.headers)
    assert drafted.json["status"] == "draft"
    now = client.patch(path, json={"publish_at": later(seconds=-5)}, headers=village.staff.headers)
    assert now.json["status"] == "published"
    assert feed(client, village.owner_a) == ["Water cut"]


# --- notifications -----------------------------------------------------------------


def _notified(app, announcement_id):
    from sqlalchemy import select

    from village.notifications.models import Notification

    with app.app_context():
        rows = database.session().scalars(
            select(Notification).where(Notification.link == f"/announcements/{announcement_id}")
        )
        return sorted((row.user_id, row.event, row.params["priority"]) for row in rows)


def test_publishing_notifies_exactly_the_audience_once(app, client, village, post):
    created = post(
        title="Zone A water",
        audience={"kind": "zones", "zones": ["A"]},
        priority="urgent",
        expires_at=later(days=1),
    )
    expected = sorted(
        (who.user.id, "announcement_published", "urgent")
        for who in (village.owner_a, village.tenant_a)
    )
    assert _notified(app, created["id"]) == expected
    client.patch(f"{BASE}/{created['id']}", json={"pinned": True}, headers=village.staff.headers)
    client.post(f"{BASE}/{created['id']}/publish", headers=village.staff.headers)
    assert _notified(app, created["id"]) == expected  # never twice
    inbox = client.get("/api/v1/me/notifications", headers=village.owner_a.headers).json
    assert [n["params"]["title"] for n in inbox["items"]] == ["Zone A water"]
    assert (
        client.get("/api/v1/me/notifications", headers=village.owner_b.headers).json["items"] == []
    )


def test_a_draft_notifies_nobody_until_published(app, client, village, post):
    draft = post(publish_at=None, audience={"kind": "owners"})
    assert _notified(app, draft["id"]) == []
    client.post(f"{BASE}/{draft['id']}/publish", headers=village.staff.headers)
    owners = sorted(w.user.id for w in (village.owner_a, village.owner_b))
    assert [user for user, _, _ in _notified(app, draft["id"])] == owners


def test_a_scheduled_announcement_notifies_when_publish_due_runs(app, village, post):
    scheduled = post(
        publish_at=later(minutes=1), audience={"kind": "houses", "house_ids": [village.house_b.id]}
    )
    assert _notified(app, scheduled["id"]) == []
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=2), tick=False):
        app.test_cli_runner().invoke(args=["publish-due"])
        app.test_cli_runner().invoke(args=["publish-due"])
    assert _notified(app, scheduled["id"]) == [
        (village.owner_b.user.id, "announcement_published", "normal")
    ]
