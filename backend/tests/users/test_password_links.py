"""Set-password links, and no administrator ever signing in as another existing account."""

from __future__ import annotations

import time

import pytest
import time_machine

from tests.factories import PASSWORD
from tests.helpers import audit_events, reload_user

NEW_PASSWORD = "Letter-Link-2026"


@pytest.fixture
def office(login_as):
    return login_as("village_admin")


@pytest.fixture
def owner(make_user):
    """An owner the office registered by phone: no password yet."""
    return make_user(email=None, phone="+66891112222", password_hash=None, full_name="Owner One")


def link_for(client, office, person):
    return client.post(f"/api/v1/users/{person.id}/set-password-link", headers=office.headers)


def redeem(client, token, password=NEW_PASSWORD):
    return client.post("/auth/set-password", json={"token": token, "new_password": password})


def test_a_letter_link_lets_the_owner_set_a_password_and_sign_in_by_phone(
    client, office, owner, app
):
    issued = link_for(client, office, owner)
    assert issued.status_code == 201
    link = issued.json
    assert link["url"].startswith("http://127.0.0.1:8000/set-password#token=")
    assert link["url"].endswith(link["token"])
    assert link["qr_svg"].startswith("<svg")
    assert redeem(client, link["token"]).status_code == 204
    signed_in = client.post("/auth/login", json={"phone": "089-111-2222", "password": NEW_PASSWORD})
    assert signed_in.status_code == 200
    assert signed_in.json["password_change_required"] is False
    assert redeem(client, link["token"], "Another-Pass-2026").status_code == 401  # once only
    assert [e.action for e in audit_events(app, "set_password_link_issued")] == [
        "set_password_link_issued"
    ]
    [used] = audit_events(app, "password_set_with_link")
    assert used.actor_id == owner.id
    assert link["token"] not in str(used.details)


def test_a_link_expires_and_a_newer_one_replaces_it(client, office, owner):
    first = link_for(client, office, owner).json
    second = link_for(client, office, owner).json
    assert redeem(client, first["token"]).status_code == 401
    with time_machine.travel(time.time() + 15 * 86_400, tick=False):
        expired = redeem(client, second["token"])
    assert expired.status_code == 401
    assert "ask the estate office for a new one" in expired.json["detail"]


def test_a_weak_password_is_refused_and_the_link_still_works(client, office, owner):
    link = link_for(client, office, owner).json
    weak = redeem(client, link["token"], "password")
    assert weak.status_code == 422
    assert weak.json["errors"][0]["field"] == "new_password"
    assert redeem(client, link["token"]).status_code == 204


@pytest.mark.parametrize("token", ["x" * 43, "", "a" * 300])
def test_unknown_or_malformed_tokens_are_refused(client, token):
    assert redeem(client, token).status_code in (401, 422)


def test_the_token_is_stored_only_as_a_hash(client, office, owner, app):
    from sqlalchemy import select

    from village import database
    from village.users.models import PasswordToken

    link = link_for(client, office, owner).json
    with app.app_context():
        [stored] = database.session().scalars(select(PasswordToken)).all()
        assert stored.token_hash != link["token"] and len(stored.token_hash) == 64


def test_no_administrator_can_sign_in_as_an_existing_account_by_any_path(
    client, login_as, make_user, app
):
    """Issue 11: walk every path an administrator could take over someone who chose their
    own password: set or reset it, change its email or phone (and reset), escalate a role."""
    victim = make_user(email="victim@example.com", phone="+66893334444")  # chose PASSWORD
    for role in ("super_admin", "village_admin"):
        admin = login_as(role)
        url = f"/api/v1/users/{victim.id}"
        set_password = client.patch(
            url, json={"password": "Taken-Over-2026"}, headers=admin.headers
        )
        assert set_password.status_code == 422  # no such field
        for change in ({"email": "mine@example.com"}, {"phone": "0899999999"}):
            moved = client.patch(url, json=change, headers=admin.headers)
            assert (moved.status_code, moved.json["code"]) == (409, "has_password")
        replaced = client.put(
            url,
            json={
                "full_name": "V",
                "role": "resident",
                "status": "active",
                "email": "mine@example.com",
            },
            headers=admin.headers,
        )
        assert replaced.status_code == 409
        link = client.post(f"{url}/set-password-link", headers=admin.headers)
        assert (link.status_code, link.json["code"]) == (409, "has_password")
    village_admin = login_as("village_admin")
    promoted = client.patch(
        f"/api/v1/users/{victim.id}", json={"role": "super_admin"}, headers=village_admin.headers
    )
    assert promoted.status_code == 403
    still = client.post("/auth/login", json={"email": "victim@example.com", "password": PASSWORD})
    assert still.status_code == 200
    assert reload_user(app, victim.id).email == "victim@example.com"


def test_the_owner_still_changes_their_own_identifiers_with_their_password(client, login_as):
    me = login_as("resident", phone="+66893335555")
    changed = client.patch(
        "/auth/me",
        json={"phone": "0893336666", "current_password": PASSWORD},
        headers=me.headers,
    )
    assert (changed.status_code, changed.json["phone"]) == (200, "+66893336666")
    without = client.patch("/auth/me", json={"phone": "0893337777"}, headers=me.headers)
    assert without.status_code == 422  # a new sign-in identifier needs the password


def test_an_initial_password_from_the_office_still_gets_a_link(client, office, make_user):
    fresh = make_user(password_change_required=True)
    assert link_for(client, office, fresh).status_code == 201


def test_letters_carry_links_for_members_without_their_own_password(
    client, office, owner, make_user
):
    house = client.post("/api/v1/houses", json={"house_number": "8/8"}, headers=office.headers).json
    members = f"/api/v1/houses/{house['id']}/members"
    client.post(members, json={"user_id": owner.id, "relation": "owner"}, headers=office.headers)
    signed_up = make_user()  # chose their own password: no letter link for them
    client.post(
        members, json={"user_id": signed_up.id, "relation": "family"}, headers=office.headers
    )
    letters = client.post(
        "/api/v1/houses/invitation-letters", json={"house_ids": [house["id"]]},
        headers=office.headers,
    ).json  # fmt: skip
    [letter] = letters
    assert letter["house_number"] == "8/8"
    assert [i["person"]["full_name"] for i in letter["invitations"]] == ["Owner One"]
    token = letter["invitations"][0]["url"].split("#token=")[1]
    assert redeem(client, token).status_code == 204
