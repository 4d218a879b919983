"""POST /auth/register."""

from __future__ import annotations

import pytest

from tests.helpers import audit_actions, user_by_email

CHECKLIST = {"email": "test@example.com", "password": "TestPass123", "full_name": "Test User"}
THAI_PASSPHRASE = ("บ้านเลขที่เก้าสิบเก้าอยู่ริมคลองมีต้นมะม่วงสองต้นและแมวสามตัว" * 2)[:64]


def test_checklist_registration_gives_an_active_resident(client, app):
    response = client.post("/auth/register", json=CHECKLIST)
    assert response.status_code == 201
    body = response.json
    assert body["email"] == "test@example.com"
    assert body["role"] == "resident"
    assert body["status"] == "active"
    assert set(body) >= {
        "id",
        "email",
        "full_name",
        "phone",
        "role",
        "status",
        "house_number",
        "address",
        "created_at",
        "updated_at",
        "last_login_at",
    }
    assert not {"password", "password_hash"} & set(body)
    assert "user_registered" in audit_actions(app)


def test_password_is_stored_hashed(client, app):
    client.post("/auth/register", json=CHECKLIST)
    stored = user_by_email(app, "test@example.com").password_hash
    assert stored.startswith("$2b$")
    assert "TestPass123" not in stored


@pytest.mark.parametrize("email", ["TEST@example.com", "Test@Example.COM", "test@EXAMPLE.com"])
def test_duplicate_email_is_409_whatever_the_case(client, email):
    assert client.post("/auth/register", json=CHECKLIST).status_code == 201
    response = client.post("/auth/register", json={**CHECKLIST, "email": email})
    assert response.status_code == 409
    assert response.json["type"] == "urn:village:problem:conflict"


def test_weak_password_names_every_broken_rule(client):
    response = client.post("/auth/register", json={**CHECKLIST, "password": "password"})
    assert response.status_code == 422
    codes = {e["code"] for e in response.json["errors"]}
    assert codes == {"password_needs_upper", "password_needs_digit", "password_too_common"}
    assert all(e["field"] == "password" for e in response.json["errors"])


def test_submitted_password_is_never_echoed(client):
    secret = "Sup3r-secret-but-invalid-\u0000"
    response = client.post("/auth/register", json={**CHECKLIST, "password": secret})
    assert response.status_code == 422
    assert "Sup3r-secret" not in response.get_data(as_text=True)


def test_password_equal_to_email_name_is_refused(client):
    response = client.post(
        "/auth/register",
        json={**CHECKLIST, "email": "somchai99@example.com", "password": "Somchai99"},
    )
    assert {e["code"] for e in response.json["errors"]} == {"password_contains_email"}


@pytest.mark.parametrize(
    "field", ["role", "status", "id", "created_at", "password_hash", "is_admin"]
)
def test_mass_assignment_is_refused_naming_the_field(client, field):
    response = client.post("/auth/register", json={**CHECKLIST, field: "super_admin"})
    assert response.status_code == 422
    assert response.json["errors"] == [
        {"field": field, "message": "Unknown or read-only field.", "code": "extra_forbidden"}
    ]


@pytest.mark.parametrize("missing", ["password", "full_name"])
def test_required_fields(client, missing):
    body = {k: v for k, v in CHECKLIST.items() if k != missing}
    response = client.post("/auth/register", json=body)
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == missing


def test_an_email_or_a_phone_is_required_and_a_phone_alone_is_enough(client):
    body = {k: v for k, v in CHECKLIST.items() if k != "email"}
    assert client.post("/auth/register", json=body).status_code == 422
    by_phone = client.post("/auth/register", json={**body, "phone": "081 234 5678"})
    assert by_phone.status_code == 201, by_phone.json
    assert (by_phone.json["phone"], by_phone.json["email"]) == ("+66812345678", None)
    login = client.post(
        "/auth/login", json={"phone": "+66 81 234 5678", "password": CHECKLIST["password"]}
    )
    assert login.status_code == 200
    again = client.post("/auth/register", json={**body, "phone": "0812345678"})
    assert (again.status_code, again.json["code"]) == (409, "phone_taken")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "not-an-email"),
        ("email", "a@b"),
        ("email", 12345),
        ("full_name", ""),
        ("full_name", "   "),
        ("full_name", "x" * 201),
        ("full_name", "line\nbreak"),
        ("phone", "call me"),
        ("password", 123456789),
        ("password", None),
        ("house_number", ["1"]),
    ],
)
def test_invalid_fields_are_422_with_the_field_named(client, field, value):
    response = client.post("/auth/register", json={**CHECKLIST, field: value})
    assert response.status_code == 422
    assert field in {e["field"] for e in response.json["errors"]}


def test_long_thai_passphrase_registers_and_logs_in_but_its_prefix_does_not(client):
    assert len(THAI_PASSPHRASE.encode()) == 192
    body = {**CHECKLIST, "password": THAI_PASSPHRASE}
    assert client.post("/auth/register", json=body).status_code == 201
    ok = client.post("/auth/login", json={"email": CHECKLIST["email"], "password": THAI_PASSPHRASE})
    assert ok.status_code == 200
    prefix = THAI_PASSPHRASE.encode()[:72].decode()
    wrong = client.post("/auth/login", json={"email": CHECKLIST["email"], "password": prefix})
    assert wrong.status_code == 401


def test_over_long_password_is_422_not_500(client):
    response = client.post("/auth/register", json={**CHECKLIST, "password": "Aa1" + "é" * 300})
    assert response.status_code == 422
    assert response.json["errors"][0]["code"] == "password_too_long"


def test_thai_names_and_addresses_are_kept_exactly(client):
    body = {
        **CHECKLIST,
        "full_name": "สมชาย ใจดี",
        "address": "99/1 หมู่ 5 ต.บางพลี",
        "house_number": "99/1",
        "relation": "owner",
    }
    response = client.post("/auth/register", json=body)
    assert response.status_code == 201
    assert response.json["full_name"] == "สมชาย ใจดี"
    assert response.json["address"] == "99/1 หมู่ 5 ต.บางพลี"


def test_approval_mode_makes_pending_accounts_that_cannot_sign_in(make_app):
    app = make_app(REGISTRATION_MODE="approval")
    client = app.test_client()
    response = client.post("/auth/register", json=CHECKLIST)
    assert response.status_code == 201
    assert response.json["status"] == "pending"
    login = client.post(
        "/auth/login", json={"email": CHECKLIST["email"], "password": CHECKLIST["password"]}
    )
    assert login.status_code == 403
    assert "approval" in login.json["detail"]
    # A wrong password still gets the generic 401: the status is only told to the owner.
    wrong = client.post(
        "/auth/login", json={"email": CHECKLIST["email"], "password": "Wrong-pass1"}
    )
    assert wrong.status_code == 401


def test_approved_account_can_sign_in(make_app, login_as):
    app = make_app(REGISTRATION_MODE="approval")
    client = app.test_client()
    user_id = client.post("/auth/register", json=CHECKLIST).json["id"]
    admin = login_as("village_admin")
    approved = client.patch(
        f"/api/v1/users/{user_id}", json={"status": "active"}, headers=admin.headers
    )
    assert approved.status_code == 200
    login = client.post(
        "/auth/login", json={"email": CHECKLIST["email"], "password": CHECKLIST["password"]}
    )
    assert login.status_code == 200


def test_closed_mode_refuses_registration(make_app):
    client = make_app(REGISTRATION_MODE="closed").test_client()
    response = client.post("/auth/register", json=CHECKLIST)
    assert response.status_code == 403
    assert response.json["type"] == "urn:village:problem:registration-closed"
