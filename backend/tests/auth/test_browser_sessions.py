"""Browser sessions: the refresh token in an HttpOnly cookie, guarded by double-submit CSRF."""

from __future__ import annotations

from http.cookies import SimpleCookie

import pytest

from tests.factories import PASSWORD
from tests.helpers import sessions_of


def cookies_of(response) -> dict[str, SimpleCookie]:
    jar = {}
    for header in response.headers.getlist("Set-Cookie"):
        cookie = SimpleCookie()
        cookie.load(header)
        jar.update(cookie)
    return jar


@pytest.fixture
def browser(client, make_user):
    user = make_user()
    response = client.post("/auth/login", json={"email": user.email, "password": PASSWORD})
    assert response.status_code == 200
    return client, user, response


def csrf_header(client) -> dict[str, str]:
    return {"X-CSRF-Token": client.get_cookie("village_csrf", path="/").value}


def test_login_sets_an_httponly_strict_refresh_cookie_scoped_to_auth(browser):
    _, _, response = browser
    cookies = cookies_of(response)
    refresh = cookies["village_refresh"]
    assert refresh["httponly"]
    assert refresh["samesite"] == "Strict"
    assert refresh["path"] == "/auth"
    assert int(refresh["max-age"]) == 2_592_000
    assert refresh.value == response.json["refresh_token"]
    csrf = cookies["village_csrf"]
    assert not csrf["httponly"]  # the dashboard reads it to echo it back
    assert csrf["path"] == "/"


def test_cookies_are_secure_when_configured(make_app, make_user):
    app = make_app(SESSION_COOKIE_SECURE=True)
    user = make_user()
    response = app.test_client().post(
        "/auth/login", json={"email": user.email, "password": PASSWORD}
    )
    assert all(c["secure"] for c in cookies_of(response).values())


def test_cookie_refresh_rotates_the_cookie_and_keeps_the_token_out_of_the_body(browser):
    client, _, login = browser
    response = client.post("/auth/refresh", headers=csrf_header(client))
    assert response.status_code == 200
    assert response.json["refresh_token"] is None
    assert response.json["access_token"]
    new_cookie = cookies_of(response)["village_refresh"]
    assert new_cookie.value != login.json["refresh_token"]
    me = client.get(
        "/auth/me", headers={"Authorization": f"Bearer {response.json['access_token']}"}
    )
    assert me.status_code == 200


def test_cookie_refresh_without_the_csrf_header_is_refused(browser):
    client, _, _ = browser
    response = client.post("/auth/refresh")
    assert response.status_code == 401
    assert "X-CSRF-Token" in response.json["detail"]


def test_cookie_refresh_with_a_wrong_csrf_value_is_refused(browser):
    client, _, _ = browser
    assert client.post("/auth/refresh", headers={"X-CSRF-Token": "forged"}).status_code == 401


def test_logout_with_the_cookie_ends_the_session_and_clears_cookies(app, browser):
    client, user, login = browser
    response = client.post("/auth/logout", headers=csrf_header(client))
    assert response.status_code == 204
    cleared = cookies_of(response)
    assert cleared["village_refresh"].value == ""
    assert sessions_of(app, user.id)[0].revoked_reason == "logout"
    old_access = {"Authorization": f"Bearer {login.json['access_token']}"}
    assert client.get("/auth/me", headers=old_access).status_code == 401


def test_logout_with_the_cookie_needs_csrf(browser):
    client, _, _ = browser
    assert client.post("/auth/logout").status_code == 401


def test_bearer_clients_are_unaffected_by_cookies(client, login_as):
    signed_in = login_as("resident")
    client.delete_cookie("village_refresh", path="/auth")
    response = client.post(
        "/auth/refresh", headers={"Authorization": f"Bearer {signed_in.refresh_token}"}
    )
    assert response.status_code == 200
    assert response.json["refresh_token"]


def test_cookies_can_be_shared_with_sibling_hosts(make_app, make_user):
    # Dashboard on admin.example.com, API on api.example.com: the dashboard's
    # script must read the CSRF cookie, and the refresh cookie must reach the API.
    app = make_app(SESSION_COOKIE_DOMAIN="example.com")
    user = make_user()
    response = app.test_client().post(
        "/auth/login", json={"email": user.email, "password": PASSWORD}
    )
    cookies = cookies_of(response)
    assert cookies["village_refresh"]["domain"] == "example.com"
    assert cookies["village_csrf"]["domain"] == "example.com"


def test_cookies_are_host_only_by_default(browser):
    _, _, response = browser
    assert not any(c["domain"] for c in cookies_of(response).values())
