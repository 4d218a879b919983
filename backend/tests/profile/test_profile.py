"""GET/PATCH /api/v1/village: one profile, read by everyone, changed by the office."""

from __future__ import annotations

import pytest

from tests.helpers import audit_events


def test_everyone_reads_the_profile_made_on_install(client, login_as):
    resident = login_as("resident")
    profile = client.get("/api/v1/village", headers=resident.headers).json
    assert (profile["name_th"], profile["name_en"], profile["timezone"]) == (
        "หมู่บ้าน",
        "Village",
        "Asia/Bangkok",
    )
    assert profile["fiscal_year_start_month"] == 1


def test_the_office_changes_it_and_it_is_audited(client, login_as, app):
    office = login_as("village_admin")
    changed = client.patch(
        "/api/v1/village",
        json={
            "name_th": "หมู่บ้านสวนสวย",
            "name_en": "Suan Suay Village",
            "phone": "02-123-4567",
            "tax_id": "0994000123451",
            "fiscal_year_start_month": 10,
        },
        headers=office.headers,
    )
    assert changed.status_code == 200, changed.json
    assert (changed.json["phone"], changed.json["tax_id"]) == ("+6621234567", "0994000123451")
    [event] = audit_events(app, "village_profile_updated")
    assert event.details["changes"]["name_en"] == {"from": "Village", "to": "Suan Suay Village"}


@pytest.mark.parametrize(
    "change",
    [
        {"tax_id": "0994000123456"},  # wrong check digit
        {"timezone": "Mars/Olympus"},
        {"fiscal_year_start_month": 13},
        {"name_th": None},
        {"name_en": ""},
        {"email": "not an email"},
        {"phone": "12"},
    ],
)
def test_bad_profile_fields_are_422(client, login_as, change):
    office = login_as("village_admin")
    assert client.patch("/api/v1/village", json=change, headers=office.headers).status_code == 422


@pytest.mark.parametrize("role", ["accounting_admin", "resident"])
def test_only_the_office_changes_it(client, login_as, role):
    someone = login_as(role)
    answer = client.patch("/api/v1/village", json={"name_en": "X"}, headers=someone.headers)
    assert answer.status_code == 403


def test_today_and_the_fiscal_year_are_the_villages(app):
    from datetime import UTC, date, datetime
    from zoneinfo import ZoneInfo

    from village import database
    from village.profile import service as profile

    with app.app_context():
        village = profile.get()
        village.timezone, village.fiscal_year_start_month = "Pacific/Kiritimati", 10
        database.session().flush()
        # UTC+14: from 10:00 UTC on, it is already tomorrow there.
        assert profile.today() == datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
        assert (profile.today() != datetime.now(UTC).date()) == (datetime.now(UTC).hour >= 10)
        assert profile.fiscal_year(date(2026, 10, 1)) == 2570
        assert profile.fiscal_year(date(2026, 9, 30)) == 2569
