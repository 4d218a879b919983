"""Security headers on every response (errors and redirects too), CSP per path, caching."""

from __future__ import annotations

import pytest

from village.security.headers import API_CSP, DASHBOARD_CSP, DOCS_CSP, policy_for

EVERYWHERE = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def assert_common_headers(response):
    for name, value in EVERYWHERE.items():
        assert response.headers[name] == value, name
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "Server" not in response.headers
    assert "Content-Security-Policy" in response.headers


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/health", 200),
        ("GET", "/api/openapi.json", 200),
        ("GET", "/auth/me", 401),  # error
        ("GET", "/api/v1/users/999", 401),
        ("GET", "/no/such/page", 404),
        ("DELETE", "/health", 405),
        ("POST", "/auth/login", 415),
        ("GET", "/api/docs", 200),
        ("GET", "/api/docs/vendor/swagger-ui.css", 200),
    ],
)
def test_every_response_carries_the_security_headers(client, method, path, status):
    response = client.open(path, method=method, data="x" if method == "POST" else None)
    assert response.status_code == status
    assert_common_headers(response)


def test_a_500_carries_them_too(app, client):
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/api/v1/boom")
    def boom():
        raise RuntimeError("bug")

    response = client.get("/api/v1/boom")
    assert response.status_code == 500
    assert_common_headers(response)
    assert response.headers["Content-Security-Policy"] == API_CSP


@pytest.mark.parametrize(
    ("path", "csp"),
    [
        ("/auth/login", API_CSP),
        ("/api/v1/users", API_CSP),
        ("/api/openapi.json", API_CSP),
        ("/health", API_CSP),
        ("/metrics", API_CSP),
        ("/api/docs", DOCS_CSP),
        ("/api/docs/vendor/swagger-ui-bundle.js", DOCS_CSP),
        ("/", DASHBOARD_CSP),
        ("/users/12", DASHBOARD_CSP),
        ("/assets/index-abc.js", DASHBOARD_CSP),
        ("/healthz", DASHBOARD_CSP),  # prefixes match whole segments only
        ("/apidocs", DASHBOARD_CSP),
    ],
)
def test_the_policy_table_picks_the_csp_by_path(client, path, csp):
    assert policy_for(path)[0] == csp
    assert client.get(path).headers["Content-Security-Policy"] == csp


def test_the_api_loads_nothing_and_may_not_be_framed():
    assert API_CSP == "default-src 'none'; frame-ancestors 'none'"
    for csp in (DOCS_CSP, DASHBOARD_CSP):
        assert "frame-ancestors 'none'" in csp
        assert "'unsafe-eval'" not in csp
        assert "script-src 'self';" in csp  # no inline or remote scripts


@pytest.mark.parametrize(
    "path", ["/auth/me", "/auth/sessions", "/api/v1/users", "/api/v1/audit-events", "/auth/login"]
)
def test_auth_user_audit_and_session_responses_are_never_cached(client, login_as, path):
    headers = login_as("super_admin").headers
    response = client.get(path, headers=headers)
    assert response.headers["Cache-Control"] == "no-store"


def test_login_tokens_are_not_cached(client, make_user):
    user = make_user()
    response = client.post(
        "/auth/login", json={"email": user.email, "password": "Corr3ct-Horse-Battery"}
    )
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"


def test_docs_assets_keep_their_cache_lifetime(client):
    response = client.get("/api/docs/vendor/swagger-ui.css")
    assert "max-age=86400" in response.headers["Cache-Control"]


def test_hsts_only_over_https(client):
    assert "Strict-Transport-Security" not in client.get("/health").headers
    secure = client.get("/health", base_url="https://localhost")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
