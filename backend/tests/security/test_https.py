"""FORCE_HTTPS: plain-HTTP pages are redirected, credentials over plain HTTP refused."""

from __future__ import annotations

import logging

import pytest

from village.security.tokens import REFRESH_COOKIE

HTTP = {"X-Forwarded-Proto": "http", "X-Forwarded-For": "203.0.113.10"}
HTTPS = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.10"}
PROXY = {"REMOTE_ADDR": "127.0.0.1"}


@pytest.fixture
def behind_nginx(make_app):
    """The production shape: FORCE_HTTPS behind one TLS-terminating proxy."""
    return make_app(
        FORCE_HTTPS=True, TRUSTED_PROXIES=1, PUBLIC_HOSTS="localhost,admin.example.com"
    ).test_client()


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_pages_over_http_are_redirected_to_https(behind_nginx, method):
    response = behind_nginx.open("/api/docs?x=1", method=method, headers=HTTP, environ_base=PROXY)
    assert response.status_code == 301
    assert response.headers["Location"] == "https://localhost/api/docs?x=1"
    other = behind_nginx.open(
        "/", method=method, headers={**HTTP, "Host": "Admin.Example.com:80"}, environ_base=PROXY
    )
    assert other.headers["Location"] == "https://admin.example.com/"


@pytest.mark.parametrize("host", ["evil.example", "localhost.evil.example", "localhost:8080"])
def test_a_redirect_never_points_at_a_host_the_client_named(behind_nginx, host):
    """The example from the field (issue 10): behind the trusted proxy, `Host: evil.example`
    with `X-Forwarded-Proto: http` was answered `301 Location: https://evil.example/…`."""
    response = behind_nginx.get("/login", headers={**HTTP, "Host": host}, environ_base=PROXY)
    assert response.status_code == 421
    assert response.mimetype == "application/problem+json"
    assert "Location" not in response.headers


def test_a_line_break_in_the_path_never_reaches_the_location_header(behind_nginx):
    response = behind_nginx.get("/a%0d%0aSet-Cookie:x=1", headers=HTTP, environ_base=PROXY)
    assert response.status_code == 301
    assert "\r" not in response.headers["Location"] and "\n" not in response.headers["Location"]
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize(
    ("method", "path", "headers", "cookie"),
    [
        ("GET", "/auth/me", {"Authorization": "Bearer some.access.token"}, False),
        ("POST", "/auth/refresh", {}, True),
        ("POST", "/auth/login", {}, False),  # no token, but the body holds a password
        ("DELETE", "/api/v1/users/1", {"Authorization": "Bearer x"}, False),
        ("OPTIONS", "/auth/login", {}, False),
    ],
)
def test_credentials_and_writes_over_http_are_refused_not_redirected(
    behind_nginx, caplog, method, path, headers, cookie
):
    if cookie:
        behind_nginx.set_cookie(REFRESH_COOKIE, "a.refresh.token", path="/auth")
    response = behind_nginx.open(
        path,
        method=method,
        headers={**HTTP, **headers},
        json={"email": "a@example.com", "password": "Secret-pass-1"} if method == "POST" else None,
        environ_base=PROXY,
    )
    assert response.status_code == 403
    assert response.mimetype == "application/problem+json"
    assert response.json["type"] == "urn:village:problem:https-required"
    assert "Location" not in response.headers
    notice = next(r for r in caplog.records if getattr(r, "event", "") == "credentials_over_http")
    assert notice.levelno == logging.WARNING
    assert notice.credentials is bool(headers or cookie)
    assert "token" not in caplog.text.replace("credentials_over_http", "")


def test_health_answers_over_plain_http_for_local_checks(behind_nginx):
    direct = behind_nginx.get("/health")  # no proxy headers: a local probe
    assert direct.status_code == 200
    assert behind_nginx.get("/health", headers=HTTP, environ_base=PROXY).status_code == 200


def test_https_requests_pass_and_get_hsts(behind_nginx):
    response = behind_nginx.get("/auth/password-policy", headers=HTTPS, environ_base=PROXY)
    assert response.status_code == 200
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_a_client_cannot_claim_https_without_a_trusted_proxy(make_app):
    client = make_app(FORCE_HTTPS=True, TRUSTED_PROXIES=0, PUBLIC_HOSTS="localhost").test_client()
    response = client.get("/api/docs", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 301
    assert "Strict-Transport-Security" not in response.headers


def test_without_force_https_plain_http_is_served_without_hsts(make_app):
    client = make_app(FORCE_HTTPS=False).test_client()
    response = client.get("/auth/password-policy")
    assert response.status_code == 200
    assert "Strict-Transport-Security" not in response.headers


def test_the_proxys_address_is_replaced_by_the_clients(make_app, make_user):
    """Sessions and the audit trail record the real client, not nginx."""
    client = make_app(TRUSTED_PROXIES=1).test_client()
    user = make_user()
    body = client.post(
        "/auth/login",
        json={"email": user.email, "password": "Corr3ct-Horse-Battery"},
        headers={"X-Forwarded-For": "192.0.2.1, 203.0.113.10"},
        environ_base=PROXY,
    ).json
    sessions = client.get(
        "/auth/sessions", headers={"Authorization": f"Bearer {body['access_token']}"}
    ).json
    assert sessions[0]["ip_address"] == "203.0.113.10"
