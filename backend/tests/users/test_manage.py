"""Create, read, change, delete users within the role-assignment rules."""

from __future__ import annotations

import pytest

from tests.factories import PASSWORD
from tests.helpers import audit_events, reload_user
from village.enums import Role, UserStatus

NEW = {"email": "new.person@example.com", "password": "New-Person-1", "full_name": "New Person"}


def test_super_admin_creates_any_role(client, login_as):
    admin = login_as("super_admin")
    for role in Role:
        body = {**NEW, "email": f"{role}@example.com", "role": role}
        response = client.post("/api/v1/users", json=body, headers=admin.headers)
        assert response.status_code == 201, response.json
        assert response.json["role"] == role


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("resident", 201),
        ("accounting_admin", 403),
        ("village_admin", 403),
        ("super_admin", 403),
    ],
)
def test_village_admin_creates_only_residents(client, login_as, role, expected):
    admin = login_as("village_admin")
    response = client.post("/api/v1/users", json={**NEW, "role": role}, headers=admin.headers)
    assert response.status_code == expected
    if expected == 403:
        assert response.json["type"] == "urn:village:problem:permission-denied"


def test_an_initial_password_must_be_changed_at_the_first_sign_in(app, client, login_as):
    """village.md, "Accounts": until changed, the session only reads /auth/me, changes the
    password or signs out."""
    admin = login_as("village_admin")
    created = client.post("/api/v1/users", json=NEW, headers=admin.headers).json
    assert (created["has_password"], created["password_change_required"]) == (True, True)
    login = client.post("/auth/login", json={"email": NEW["email"], "password": NEW["password"]})
    assert (login.status_code, login.json["password_change_required"]) == (200, True)
    headers = {"Authorization": f"Bearer {login.json['access_token']}"}
    assert client.get("/auth/me", headers=headers).status_code == 200
    for method, path in (("GET", "/api/v1/me/houses"), ("GET", "/auth/sessions"),
                         ("PATCH", "/auth/me"), ("GET", "/api/v1/village")):  # fmt: skip
        refused = client.open(
            path, method=method, json={} if method == "PATCH" else None, headers=headers
        )
        assert refused.status_code == 403, path
        assert refused.json["type"] == "urn:village:problem:password-change-required"
    changed = client.post(
        "/auth/change-password",
        json={"current_password": NEW["password"], "new_password": "Own-Choice-2026"},
        headers=headers,
    )
    assert changed.status_code == 204
    assert client.get("/api/v1/me/houses", headers=headers).status_code == 200
    assert reload_user(app, created["id"]).password_change_required is False
    [event] = audit_events(app, "user_created")
    assert event.actor_id == admin.user.id
    assert event.details["after"]["password"] == "initial, to be changed"
    assert NEW["password"] not in str(event.details)


def test_a_person_without_a_password_is_created_by_phone_alone(client, login_as):
    admin = login_as("village_admin")
    body = {"full_name": "Owner Only", "phone": "089 123 4567"}
    created = client.post("/api/v1/users", json=body, headers=admin.headers)
    assert created.status_code == 201, created.json
    assert (created.json["phone"], created.json["email"]) == ("+66891234567", None)
    assert (created.json["has_password"], created.json["password_change_required"]) == (
        False,
        False,
    )
    no_way_in = client.post("/auth/login", json={"phone": "0891234567", "password": "Anything-1"})
    assert no_way_in.status_code == 401
    nobody = client.post("/api/v1/users", json={"full_name": "No One"}, headers=admin.headers)
    assert nobody.status_code == 422


def test_create_with_a_taken_email_is_409(client, login_as, make_user):
    make_user(email="new.person@example.com")
    admin = login_as("super_admin")
    assert (
        client.post(
            "/api/v1/users", json={**NEW, "email": "NEW.person@example.com"}, headers=admin.headers
        ).status_code
        == 409
    )


def test_create_applies_the_password_policy(client, login_as):
    admin = login_as("super_admin")
    response = client.post("/api/v1/users", json={**NEW, "password": "weak"}, headers=admin.headers)
    assert response.status_code == 422
    assert {e["field"] for e in response.json["errors"]} == {"password"}


def test_get_unknown_user_is_404(client, login_as):
    admin = login_as("super_admin")
    assert client.get("/api/v1/users/999999", headers=admin.headers).status_code == 404
    assert (
        client.get("/api/v1/users/99999999999999999999", headers=admin.headers).status_code == 404
    )
    assert client.get("/api/v1/users/abc", headers=admin.headers).status_code == 404
    assert client.get("/api/v1/users/0", headers=admin.headers).status_code == 404


def test_the_national_id_is_masked_for_everyone_and_revealed_on_request_audited(
    app, client, login_as, make_user
):
    """Issue 10: super and village admins saw residents' full 13-digit ID in every view."""
    target = make_user(national_id="1101700230708")
    editor = login_as("village_admin")
    reader = login_as("accounting_admin")
    for who in (editor, reader):
        shown = client.get(f"/api/v1/users/{target.id}", headers=who.headers).json
        assert shown["national_id"] == "*********0708"
    edited = client.patch(
        f"/api/v1/users/{target.id}", json={"full_name": "Edited"}, headers=editor.headers
    )
    assert edited.json["national_id"] == "*********0708"
    revealed = client.post(f"/api/v1/users/{target.id}/reveal-national-id", headers=editor.headers)
    assert revealed.json == {"national_id": "1101700230708"}
    (event,) = audit_events(app, "national_id_revealed")
    assert (event.actor_id, event.target_id, event.target_name) == (
        editor.user.id,
        str(target.id),
        "Edited",
    )
    assert "1101700230708" not in str(event.details)
    refused = client.post(f"/api/v1/users/{target.id}/reveal-national-id", headers=reader.headers)
    assert refused.status_code == 403


def test_a_village_admin_cannot_reveal_a_staff_members_national_id(client, login_as, make_user):
    staff = make_user(role="super_admin", national_id="1101700230708")
    editor = login_as("village_admin")
    answer = client.post(f"/api/v1/users/{staff.id}/reveal-national-id", headers=editor.headers)
    assert answer.status_code == 403
    nothing = make_user()
    missing = client.post(f"/api/v1/users/{nothing.id}/reveal-national-id", headers=editor.headers)
    assert missing.status_code == 404


def test_patch_changes_fields_and_audits_before_and_after(app, client, login_as, make_user):
    target = make_user(full_name="Old Name", password_hash=None)  # no password of their own
    admin = login_as("village_admin")
    response = client.patch(
        f"/api/v1/users/{target.id}",
        json={"full_name": "New Name", "phone": None},
        headers=admin.headers,
    )
    assert response.status_code == 200
    assert response.json["full_name"] == "New Name"
    assert response.json["phone"] is None
    [event] = audit_events(app, "user_updated")
    assert event.details["changes"]["full_name"] == {"from": "Old Name", "to": "New Name"}


def test_patch_with_nothing_new_writes_no_audit(app, client, login_as, make_user):
    target = make_user(full_name="Same")
    admin = login_as("village_admin")
    client.patch(f"/api/v1/users/{target.id}", json={"full_name": "Same"}, headers=admin.headers)
    assert audit_events(app, "user_updated") == []


@pytest.mark.parametrize("field", ["full_name", "role", "status", "password"])
def test_required_fields_cannot_be_nulled(client, login_as, make_user, field):
    target = make_user()
    admin = login_as("super_admin")
    response = client.patch(f"/api/v1/users/{target.id}", json={field: None}, headers=admin.headers)
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == field


def test_role_change_is_audited_separately(app, client, login_as, make_user):
    target = make_user()
    admin = login_as("super_admin")
    client.patch(
        f"/api/v1/users/{target.id}", json={"role": "village_admin"}, headers=admin.headers
    )
    [event] = audit_events(app, "role_changed")
    assert event.details == {"from": "resident", "to": "village_admin"}


def test_a_person_keeps_at_least_one_way_to_sign_in(client, login_as, make_user):
    target = make_user(password_hash=None, email="only@example.com", phone=None)
    admin = login_as("super_admin")
    answer = client.patch(f"/api/v1/users/{target.id}", json={"email": None}, headers=admin.headers)
    assert answer.status_code == 422
    swap = client.patch(
        f"/api/v1/users/{target.id}",
        json={"email": None, "phone": "0812223333"},
        headers=admin.headers,
    )
    assert (swap.status_code, swap.json["email"], swap.json["phone"]) == (200, None, "+66812223333")


def test_no_administrator_sets_a_password(app, client, login_as, make_user):
    """Issue 11: no administrator sets or learns an existing account's password."""
    target = make_user()
    admin = login_as("super_admin")
    answer = client.patch(
        f"/api/v1/users/{target.id}", json={"password": "Reset-Passw0rd"}, headers=admin.headers
    )
    assert answer.status_code == 422
    assert answer.json["errors"][0]["field"] == "password"
    assert audit_events(app, "user_updated") == []


def test_put_requires_the_whole_record(client, login_as, make_user):
    target = make_user()
    admin = login_as("super_admin")
    partial = client.put(
        f"/api/v1/users/{target.id}", json={"full_name": "Only"}, headers=admin.headers
    )
    assert partial.status_code == 422
    assert {e["field"] for e in partial.json["errors"]} == {"role", "status"}


@pytest.mark.parametrize(
    ("target_role", "change", "expected"),
    [
        ("resident", {"full_name": "X"}, 200),
        ("resident", {"role": "accounting_admin"}, 403),
        ("resident", {"role": "village_admin"}, 403),
        ("resident", {"role": "super_admin"}, 403),
        ("accounting_admin", {"full_name": "X"}, 403),
        ("village_admin", {"full_name": "X"}, 403),
        ("super_admin", {"status": "inactive"}, 403),
    ],
)
def test_village_admin_edit_rules(client, login_as, make_user, target_role, change, expected):
    target = make_user(role=Role(target_role))
    admin = login_as("village_admin")
    assert (
        client.patch(f"/api/v1/users/{target.id}", json=change, headers=admin.headers).status_code
        == expected
    )


@pytest.mark.parametrize("change", [{"role": "resident"}, {"status": "inactive"}])
def test_nobody_changes_their_own_role_or_status(client, login_as, change):
    admin = login_as("super_admin")
    login_as("super_admin")  # not the last one: the self rule alone must refuse
    response = client.patch(f"/api/v1/users/{admin.user.id}", json=change, headers=admin.headers)
    assert response.status_code == 403
    assert "your own" in response.json["detail"]


def test_admin_may_edit_own_name_through_the_users_api(client, login_as):
    admin = login_as("super_admin")
    response = client.patch(
        f"/api/v1/users/{admin.user.id}", json={"full_name": "Me"}, headers=admin.headers
    )
    assert response.status_code == 200


def test_last_active_super_admin_cannot_be_deactivated_by_another_path(
    app, client, login_as, make_user
):
    admin = login_as("super_admin")
    other = make_user(role=Role.SUPER_ADMIN)
    # Two active super admins: demoting the other is fine ...
    response = client.patch(
        f"/api/v1/users/{other.id}", json={"role": "resident"}, headers=admin.headers
    )
    assert response.status_code == 200
    # ... and now the signed-in one is the last: no one can remove it, not even itself.
    response = client.delete(f"/api/v1/users/{admin.user.id}", headers=admin.headers)
    assert response.status_code == 403


def test_delete_removes_the_user_and_keeps_the_audit_trail(app, client, login_as, make_user):
    target = make_user(email="leaving@example.com")
    admin = login_as("super_admin")
    client.post("/auth/login", json={"email": "leaving@example.com", "password": PASSWORD})
    assert client.delete(f"/api/v1/users/{target.id}", headers=admin.headers).status_code == 204
    assert reload_user(app, target.id) is None
    assert client.get(f"/api/v1/users/{target.id}", headers=admin.headers).status_code == 404
    [event] = audit_events(app, "user_deleted")
    assert event.details["before"]["email"] == "leaving@example.com"
    # The deleted user's own login event survives: actor id nulled, email kept.
    leaving_login = next(
        e for e in audit_events(app, "login_succeeded") if e.actor_email == "leaving@example.com"
    )
    assert leaving_login.actor_id is None


def test_delete_unknown_is_404_and_self_delete_is_403(client, login_as):
    admin = login_as("super_admin")
    assert client.delete("/api/v1/users/424242", headers=admin.headers).status_code == 404
    assert client.delete(f"/api/v1/users/{admin.user.id}", headers=admin.headers).status_code == 403


def test_deactivating_a_user_ends_their_sessions(client, login_as):
    resident = login_as("resident")
    admin = login_as("village_admin")
    client.patch(
        f"/api/v1/users/{resident.user.id}", json={"status": "inactive"}, headers=admin.headers
    )
    assert client.get("/auth/me", headers=resident.headers).status_code == 401
    assert reload_user(client.application, resident.user.id).status is UserStatus.INACTIVE


def test_unlock_respects_the_rules(client, login_as, make_user):
    target = make_user(role=Role.SUPER_ADMIN)
    admin = login_as("village_admin")
    assert (
        client.post(f"/api/v1/users/{target.id}/unlock", headers=admin.headers).status_code == 403
    )
