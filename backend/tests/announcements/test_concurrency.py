"""Duplicates at once, against real commits, on SQLite and PostgreSQL: a resident's
double tap on an announcement, and two publish-due runs at the same moment."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from tests.auth.test_concurrency import at_once
from tests.conftest import sign_in
from tests.factories import HouseFactory, MemberFactory, UserFactory
from village import database
from village.announcements import service
from village.announcements.enums import AudienceKind
from village.announcements.models import Announcement, ReadReceipt
from village.enums import Role, UserStatus
from village.notifications.models import Notification

pytestmark = pytest.mark.committed


def _resident_and_announcement(app, *, publish_at):
    with app.app_context():
        resident = UserFactory(role=Role.RESIDENT, status=UserStatus.ACTIVE)
        MemberFactory(house=HouseFactory(zone="A"), user=resident)
        announcement = Announcement(
            title="Gate closed",
            body="B",
            body_html="<p>B</p>",
            audience_kind=AudienceKind.ALL,
            publish_at=publish_at,
        )
        database.session().add(announcement)
        database.session().commit()
        return resident.email, resident.id, announcement.id


def test_twenty_reads_at_once_record_one_read(committed_app):
    now = datetime.now(UTC)
    email, user_id, announcement_id = _resident_and_announcement(committed_app, publish_at=now)
    token = sign_in(committed_app.test_client(), email)["access_token"]

    def read(_):
        return (
            committed_app.test_client()
            .post(
                f"/api/v1/announcements/{announcement_id}/read",
                headers={"Authorization": f"Bearer {token}"},
            )
            .status_code
        )

    assert Counter(at_once(20, read)) == {204: 20}
    with committed_app.app_context():
        reads = database.session().scalar(
            select(func.count()).select_from(ReadReceipt).where(ReadReceipt.user_id == user_id)
        )
        assert reads == 1


def test_two_publish_due_runs_at_once_notify_once(committed_app):
    due = datetime.now(UTC) - timedelta(seconds=1)
    _, user_id, announcement_id = _resident_and_announcement(committed_app, publish_at=due)

    def run(_):
        with committed_app.app_context(), database.transaction():
            return len(service.publish_due())

    assert sorted(at_once(2, run)) == [0, 1]
    with committed_app.app_context():
        sent = database.session().scalars(
            select(Notification.user_id).where(
                Notification.link == f"/announcements/{announcement_id}"
            )
        )
        assert list(sent) == [user_id]
