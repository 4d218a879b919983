"""A person's mail language and email opt-out: shown and changed in /auth/me."""

from __future__ import annotations

import pytest

from tests.helpers import audit_events, reload_user


def test_new_accounts_read_thai_and_get_mail(client, login_as):
    me = login_as()
    body = client.get("/auth/me", headers=me.headers).json
    assert (body["language"], body["email_opt_out"]) == ("th", False)


def test_a_person_chooses_english_and_opts_out(app, client, login_as):
    me = login_as()
    response = client.patch(
        "/auth/me", json={"language": "en", "email_opt_out": True}, headers=me.headers
    )
    assert response.status_code == 200
    assert (response.json["language"], response.json["email_opt_out"]) == ("en", True)
    saved = reload_user(app, me.user.id)
    assert (saved.language, saved.email_opt_out) == ("en", True)
    [event] = audit_events(app, "profile_updated")
    assert event.details["changes"]["language"] == {"from": "th", "to": "en"}
    # No password needed for preferences.
    back = client.patch("/auth/me", json={"email_opt_out": False}, headers=me.headers)
    assert back.json["email_opt_out"] is False
    assert back.json["language"] == "en"


def test_put_leaves_the_preferences_alone_when_not_sent(client, login_as):
    me = login_as()
    client.patch("/auth/me", json={"language": "en"}, headers=me.headers)
    replaced = client.put("/auth/me", json={"full_name": "New Name"}, headers=me.headers)
    assert replaced.status_code == 200
    assert replaced.json["language"] == "en"
    again = client.put(
        "/auth/me",
        json={"full_name": "New Name", "language": "th", "email_opt_out": True},
        headers=me.headers,
    )
    assert (again.json["language"], again.json["email_opt_out"]) == ("th", True)


@pytest.mark.parametrize(
    "body",
    [
        {"language": "fr"},
        {"language": "TH"},
        {"language": None},
        {"language": 1},
        {"email_opt_out": None},
        {"email_opt_out": "maybe"},
        {"email_opt_out": [True]},
    ],
)
def test_bad_preferences_are_422(client, login_as, body):
    me = login_as()
    response = client.patch("/auth/me", json=body, headers=me.headers)
    assert response.status_code == 422
    assert response.content_type == "application/problem+json"
