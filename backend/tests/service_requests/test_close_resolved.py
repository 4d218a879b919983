"""flask --app village close-resolved: requests resolved 7 days ago close by themselves."""

from __future__ import annotations

from datetime import timedelta

from tests.helpers import audit_events
from tests.service_requests.conftest import BASE, force
from village.database import utcnow


def test_requests_resolved_over_seven_days_ago_close(client, app, opened, office):
    resident, house, request = opened
    fresh = client.post(
        BASE,
        json={"category": "garden", "title": "t", "description": "d", "house_id": house.id},
        headers=resident.headers,
    ).json
    untouched = client.post(
        BASE,
        json={"category": "garden", "title": "t", "description": "d", "house_id": house.id},
        headers=resident.headers,
    ).json
    force(
        app, request["id"], status="resolved", resolved_at=utcnow() - timedelta(days=7, minutes=5)
    )
    force(app, fresh["id"], status="resolved", resolved_at=utcnow() - timedelta(days=6))
    force(app, untouched["id"], status="in_progress", resolved_at=utcnow() - timedelta(days=30))

    result = app.test_cli_runner().invoke(args=["close-resolved"])
    assert result.exit_code == 0, result.output
    assert "closed 1 request" in result.output
    assert request["number"] in result.output

    def status(rid):
        return client.get(f"{BASE}/{rid}", headers=office.headers).json

    closed = status(request["id"])
    assert closed["status"] == "closed" and closed["closed_at"] is not None
    assert closed["rating"] is None
    assert status(fresh["id"])["status"] == "resolved"
    assert status(untouched["id"])["status"] == "in_progress"
    timeline = client.get(f"{BASE}/{request['id']}/comments", headers=resident.headers).json
    assert timeline[-1]["status_to"] == "closed" and timeline[-1]["author"] is None
    [event] = audit_events(app, "service_request_status_changed")
    assert event.actor_id is None and event.details["automatic"] is True

    again = app.test_cli_runner().invoke(args=["close-resolved"])
    assert again.exit_code == 0 and "closed 0 request" in again.output
