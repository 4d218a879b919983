"""The admin dashboard's built files (admin-dashboard/dist) at `/`, with SPA fallback.

- Hashed assets (`/assets/...`) are immutable: cached for a year.
- `index.html` is `no-cache`, so a new build is picked up at once.
- Any other path a browser navigates to gets `index.html` (client-side
  routes such as /users/12), except the API's own prefixes, which keep their
  JSON 404s; a client that does not accept HTML gets a 404 problem too.
- Without a build, `/` explains how to make one instead of failing.
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Flask, Response, request, send_from_directory
from werkzeug.exceptions import NotFound
from werkzeug.routing import PathConverter
from werkzeug.security import safe_join

from village.config import Settings, current_settings

bp = Blueprint("web", __name__)

ONE_YEAR = 31_536_000
IMMUTABLE = f"public, max-age={ONE_YEAR}, immutable"
# Paths owned by the API: never answered with the dashboard, and never matched
# by its catch-all route (so a POST to an unknown API path stays a 404, not a 405).
RESERVED_PREFIXES = ("api", "auth", "health", "metrics")


class DashboardPath(PathConverter):
    """A path that does not start with one of the API's prefixes."""

    regex = r"(?!(?:" + "|".join(RESERVED_PREFIXES) + r")(?:/|$))[^/].*?"


NOT_BUILT_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dashboard not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>The admin dashboard is not built yet</h1>
<p>The API is running. To see the dashboard here, build it once:</p>
<pre>make dashboard</pre>
<p>or, by hand: <code>cd admin-dashboard &amp;&amp; npm install &amp;&amp; npm run build</code>
(Node.js 20.19 or newer), then reload this page. <code>make run</code> does this for you.</p>
<p>API documentation: <a href="/api/docs">/api/docs</a> · health: <a href="/health">/health</a></p>
</body></html>
"""


def _dist() -> Path:
    return current_settings().DASHBOARD_DIST_DIR


def _index() -> Response:
    dist = _dist()
    if not (dist / "index.html").is_file():
        response = Response(NOT_BUILT_PAGE, status=503, mimetype="text/html")
        response.headers["Cache-Control"] = "no-store"
        return response
    response = send_from_directory(dist, "index.html", max_age=0)
    response.headers["Cache-Control"] = "no-cache"
    return response


@bp.get("/")
def dashboard_index() -> Response:
    """The dashboard's start page."""
    return _index()


@bp.get("/assets/<path:filename>")
def dashboard_asset(filename: str) -> Response:
    """A content-hashed build file: safe to cache for a year."""
    response = send_from_directory(_dist() / "assets", filename, max_age=ONE_YEAR)
    response.headers["Cache-Control"] = IMMUTABLE
    return response


@bp.get("/<dashboard_path:path>")
def dashboard_route(path: str) -> Response:
    """A top-level build file (favicon, health), else the SPA for client-side routes."""
    dist = _dist()
    candidate = safe_join(str(dist), path)
    if candidate is not None and Path(candidate).is_file():
        response = send_from_directory(dist, path, max_age=0)
        response.headers["Cache-Control"] = "no-cache"
        return response
    last_segment = path.rsplit("/", 1)[-1]
    if "." in last_segment or not request.accept_mimetypes.accept_html:
        raise NotFound()  # a missing file, or a client that wants JSON: the usual problem 404
    return _index()


def init_app(app: Flask, settings: Settings) -> None:
    """Serve the dashboard when SERVE_DASHBOARD is on (the default)."""
    if settings.SERVE_DASHBOARD:
        app.url_map.converters["dashboard_path"] = DashboardPath
        app.register_blueprint(bp)
