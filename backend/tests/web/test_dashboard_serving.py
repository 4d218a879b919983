"""The dashboard's build served at /: SPA fallback, caching, and the API never shadowed."""

from __future__ import annotations

from pathlib import Path

import pytest

INDEX = "<!doctype html><title>Village dashboard</title><script src=/assets/app-1a2b3c.js></script>"


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX)
    (tmp_path / "assets" / "app-1a2b3c.js").write_text("console.log('app')")
    (tmp_path / "health").write_text("ok\n")
    (tmp_path / "favicon.svg").write_text("<svg/>")
    return tmp_path


@pytest.fixture
def web(make_app, dist):
    return make_app(DASHBOARD_DIST_DIR=str(dist)).test_client()


HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


def assert_problem(response, status):
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"


def test_start_page_is_the_dashboard_and_never_cached_stale(web):
    response = web.get("/", headers=HTML)
    assert response.status_code == 200
    assert "Village dashboard" in response.text
    assert response.headers["Cache-Control"] == "no-cache"


def test_hashed_assets_are_cached_for_a_year(web):
    response = web.get("/assets/app-1a2b3c.js")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_client_side_routes_get_the_dashboard(web):
    for path in ("/users", "/users/12/edit", "/account", "/sign-in"):
        response = web.get(path, headers=HTML)
        assert response.status_code == 200, path
        assert "Village dashboard" in response.text


def test_top_level_build_files_are_served(web):
    assert web.get("/favicon.svg").data == b"<svg/>"
    assert web.get("/favicon.svg").headers["Cache-Control"] == "no-cache"


def test_missing_files_and_json_clients_get_a_problem_404(web):
    assert_problem(web.get("/assets/nope-123.js"), 404)
    assert_problem(web.get("/missing.png", headers=HTML), 404)
    assert_problem(web.get("/users", headers={"Accept": "application/json"}), 404)
    assert_problem(web.get("/assets/../../../etc/passwd"), 404)


def test_the_api_is_never_shadowed(web):
    assert (
        web.get("/health", headers=HTML).json["status"] == "healthy"
    )  # the API's, not dist/health
    for path in ("/api/v1/nope", "/auth/nope", "/api", "/auth", "/metrics/extra", "/health/extra"):
        assert_problem(web.get(path, headers=HTML), 404)
    assert web.get("/metrics", headers=HTML).mimetype == "text/plain"  # Prometheus, not the SPA
    assert_problem(web.post("/api/v1/nope", json={}), 404)  # not a 405 from the SPA route
    assert_problem(web.get("/auth/login", headers=HTML), 405)
    assert web.get("/api/openapi.json").status_code == 200


def test_without_a_build_the_start_page_says_how_to_make_one(make_app, tmp_path):
    client = make_app(DASHBOARD_DIST_DIR=str(tmp_path / "no-dist")).test_client()
    for path in ("/", "/users"):
        response = client.get(path, headers=HTML)
        assert response.status_code == 503
        assert response.mimetype == "text/html"
        assert "npm run build" in response.text
    assert client.get("/health").status_code == 200


def test_serving_can_be_turned_off(make_app, dist):
    client = make_app(SERVE_DASHBOARD=False, DASHBOARD_DIST_DIR=str(dist)).test_client()
    assert_problem(client.get("/", headers=HTML), 404)
    assert_problem(client.get("/users", headers=HTML), 404)
