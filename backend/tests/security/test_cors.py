"""CORS: exactly the configured origins, credentials only for them, Vary: Origin everywhere."""

from __future__ import annotations

import pytest

ADMIN = "https://admin.example.com"


@pytest.fixture
def cors_client(make_app):
    return make_app(CORS_ORIGINS=f"{ADMIN},https://office.example.com").test_client()


def preflight(client, origin, *, method="POST", request_headers="X-Requested-With"):
    return client.options(
        "/auth/login",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": request_headers,
        },
    )


def test_the_checklists_preflight_answers_for_the_dashboard_origin(cors_client):
    # curl -H "Origin: ..." -H "Access-Control-Request-Method: POST"
    #      -H "Access-Control-Request-Headers: X-Requested-With" -X OPTIONS .../auth/login
    response = preflight(cors_client, ADMIN)
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == ADMIN
    assert response.headers["Access-Control-Allow-Credentials"] == "true"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert response.headers["Access-Control-Allow-Headers"] == "X-Requested-With"
    assert int(response.headers["Access-Control-Max-Age"]) > 0
    assert "Origin" in response.headers["Vary"]


def test_the_dashboards_headers_are_allowed(cors_client):
    asked = "authorization, content-type, x-csrf-token"
    response = preflight(cors_client, ADMIN, method="PATCH", request_headers=asked)
    allowed = response.headers["Access-Control-Allow-Headers"].lower().split(",")
    allowed = {h.strip() for h in allowed}
    assert allowed == {"authorization", "content-type", "x-csrf-token"}
    assert "PATCH" in response.headers["Access-Control-Allow-Methods"]


@pytest.mark.parametrize(
    "origin",
    [
        "https://evil.example.com",
        "null",
        "http://admin.example.com",  # another scheme is another origin
        "https://admin.example.com.evil.example",
        "https://admin.example.com:8443",
        "https://sub.admin.example.com",
    ],
)
def test_any_other_origin_gets_no_cors_headers(cors_client, login_as, origin):
    answers = [
        preflight(cors_client, origin),
        cors_client.get("/health", headers={"Origin": origin}),
        cors_client.get("/auth/me", headers={"Origin": origin, **login_as("resident").headers}),
    ]
    for response in answers:
        assert not [h for h, _ in response.headers if h.startswith("Access-Control-")]
        assert "Origin" in response.headers["Vary"]


def test_simple_requests_and_errors_from_the_origin_are_readable(cors_client, login_as):
    ok = cors_client.get("/auth/me", headers={"Origin": ADMIN, **login_as("resident").headers})
    denied = cors_client.get("/api/v1/users", headers={"Origin": ADMIN})
    for response in (ok, denied):
        assert response.headers["Access-Control-Allow-Origin"] == ADMIN
        assert response.headers["Access-Control-Allow-Credentials"] == "true"
    exposed = denied.headers["Access-Control-Expose-Headers"]
    assert "Retry-After" in exposed
    assert "X-Request-ID" in exposed


def test_vary_origin_without_an_origin_header(cors_client):
    response = cors_client.get("/health")
    assert "Origin" in response.headers["Vary"]
    assert "Access-Control-Allow-Origin" not in response.headers


def test_a_development_wildcard_never_comes_with_credentials(make_app):
    client = make_app(CORS_ORIGINS="*").test_client()
    response = client.get("/health", headers={"Origin": "https://anything.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers


def test_no_origins_configured_means_no_cross_origin_access(make_app):
    client = make_app(CORS_ORIGINS="").test_client()
    response = preflight(client, ADMIN)
    assert "Access-Control-Allow-Origin" not in response.headers
