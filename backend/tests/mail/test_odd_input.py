"""Odd text at the public password endpoints is a 4xx problem, never a 500."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "email",
    ["\x00", "a@b\r\nBcc: c@d", "\udcff", "ก" * 320, "😀@😀.th", "@", " "],
)
def test_a_reset_request_with_odd_text_is_202_or_422(client, email):
    response = client.post("/auth/password-reset", json={"email": email})
    assert response.status_code in (202, 422), response.get_data()


@pytest.mark.parametrize("path", ["/auth/password-reset/confirm", "/auth/set-password"])
@pytest.mark.parametrize("token", ["\udcff" * 20, "\x00" * 20, "a" * 15 + "\n"])
def test_a_token_with_odd_text_is_401_or_422(client, path, token):
    response = client.post(path, json={"token": token, "new_password": "Reset-By-Mail-2026"})
    assert response.status_code in (401, 422), response.get_data()


@pytest.mark.parametrize("field", ["email", "phone"])
def test_a_sign_in_with_a_lone_surrogate_is_refused_not_a_500(client, field):
    response = client.post("/auth/login", json={field: "\udcff", "password": "x"})
    assert response.status_code in (401, 422), response.get_data()
