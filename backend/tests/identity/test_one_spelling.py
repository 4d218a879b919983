"""One account, one spelling: every place an email is compared uses one normalisation.

The examples from the field (issue 10): on SQLite, "Ölaf…" registered and could
not sign in with the identical string, and "ölaf…" registered a second account;
on both databases an address typed with a combining accent (NFD) registered
(stored NFC) and could not sign in with the same bytes.
"""

from __future__ import annotations

import unicodedata

import pytest

from tests.helpers import user_by_email
from village.enums import Role

PASSWORD = "Unique-Spelling-2026"
CAPITAL = "Ölaf22695@example.com"
NFD = "jose\u0301.nfd@example.com"  # e + U+0301 COMBINING ACUTE ACCENT


def register(client, email, **extra):
    body = {"email": email, "password": PASSWORD, "full_name": "Ölaf Ñandú", **extra}
    return client.post("/auth/register", json=body)


def login(client, email):
    return client.post("/auth/login", json={"email": email, "password": PASSWORD})


def test_a_non_ascii_capital_signs_in_with_the_identical_string(client):
    assert register(client, CAPITAL).status_code == 201
    assert login(client, CAPITAL).status_code == 200
    assert login(client, CAPITAL.lower()).status_code == 200


def test_the_lower_case_spelling_is_the_same_account(client):
    assert register(client, CAPITAL).status_code == 201
    again = register(client, CAPITAL.lower())
    assert again.status_code == 409
    assert again.json["detail"] == "An account with this email already exists."


@pytest.mark.parametrize("typed", [NFD, unicodedata.normalize("NFC", NFD), NFD.upper()])
def test_a_decomposed_accent_signs_in_however_it_is_typed(app, client, typed):
    assert register(client, NFD).status_code == 201
    stored = user_by_email(app, unicodedata.normalize("NFC", NFD))
    assert stored is not None  # stored composed (NFC)
    assert login(client, typed).status_code == 200
    assert register(client, typed).status_code == 409


def test_an_idna_domain_is_one_account_in_either_form(client):
    assert register(client, "owner@bücher.example").status_code == 201
    assert login(client, "owner@xn--bcher-kva.example").status_code == 200
    assert register(client, "OWNER@XN--BCHER-KVA.EXAMPLE").status_code == 409


def test_changing_to_another_spelling_of_a_taken_email_is_a_conflict(client, login_as):
    assert register(client, CAPITAL).status_code == 201
    other = login_as(Role.RESIDENT)
    answer = client.patch(
        "/auth/me",
        json={"email": CAPITAL.lower(), "current_password": "Corr3ct-Horse-Battery"},
        headers=other.headers,
    )
    assert answer.status_code == 409


def test_admins_cannot_create_a_second_spelling_either(client, login_as):
    admin = login_as(Role.SUPER_ADMIN)
    first = {"email": CAPITAL, "password": PASSWORD, "full_name": "A"}
    assert client.post("/api/v1/users", json=first, headers=admin.headers).status_code == 201
    second = {**first, "email": CAPITAL.lower()}
    assert client.post("/api/v1/users", json=second, headers=admin.headers).status_code == 409


def test_the_users_search_folds_non_ascii_case_on_every_database(client, login_as):
    admin = login_as(Role.SUPER_ADMIN)
    assert register(client, CAPITAL).status_code == 201
    for q in ("ölaf22695", "ÖLAF22695", "ñandú", "ÑANDÚ"):
        found = client.get("/api/v1/users", query_string={"q": q}, headers=admin.headers).json
        assert [u["email"] for u in found["items"]] == [CAPITAL], q


def test_logout_all_for_one_user_finds_any_spelling(app, client):
    assert register(client, NFD).status_code == 201
    assert login(client, NFD).status_code == 200
    result = app.test_cli_runner().invoke(args=["logout-all", "--user", NFD.upper()])
    assert result.exit_code == 0, result.output
    assert "Ended 1 session(s)" in result.output


def test_create_admin_stores_the_normalised_address_and_refuses_a_second_spelling(app):
    runner = app.test_cli_runner()
    args = ["create-admin", "--full-name", "Site Admin", "--password-stdin"]
    made = runner.invoke(args=[*args, "--email", "  Admin@EXAMPLE.com "], input=PASSWORD)
    assert made.exit_code == 0, made.output
    assert user_by_email(app, "Admin@example.com") is not None  # trimmed, domain lower-cased
    again = runner.invoke(args=[*args, "--email", "ADMIN@example.com"], input=PASSWORD)
    assert again.exit_code == 1
    assert "already exists" in again.output
    bad = runner.invoke(args=[*args, "--email", "not an address"], input=PASSWORD)
    assert bad.exit_code == 1
    assert "email: Enter a valid email address." in bad.output
