"""Security headers on every response, errors and redirects included.

Hand-written on purpose: flask-talisman (the usual choice, last released in
2023) picks a CSP per view rather than per path prefix, has no
Cross-Origin-Opener-Policy or Cache-Control handling, and its force_https
redirects credentialed API calls instead of refusing them (see transport.py).
What is needed fits in one table and one after_request hook.

`POLICIES` is the single place that decides which Content-Security-Policy a
path gets: the JSON API loads nothing; the docs UI runs its local Swagger UI
assets; everything else is the dashboard (a React app served from `/`).
"""

from __future__ import annotations

from flask import Flask, Response, request

API_CSP = "default-src 'none'; frame-ancestors 'none'"
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
DASHBOARD_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    # blob: photos fetched with the user's token (a request's photos) and previews of
    # photos picked for upload; they never leave the page's own origin.
    "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
    "base-uri 'self'; form-action 'self'; object-src 'none'"
)

# A stored file (village.files.serving): nothing in it may run, even opened on its own.
FILE_CSP = API_CSP + "; sandbox"

# (path prefix, CSP, Cache-Control or None to leave it as the view set it); first match wins.
POLICIES: tuple[tuple[str, str, str | None], ...] = (
    ("/api/docs", DOCS_CSP, None),
    ("/api/v1", API_CSP, "no-store"),
    ("/api", API_CSP, None),
    ("/auth", API_CSP, "no-store"),
    ("/health", API_CSP, "no-store"),
    ("/metrics", API_CSP, "no-store"),
)
DEFAULT_POLICY = (DASHBOARD_CSP, None)

COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": (
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
        "microphone=(), payment=(), usb=(), browsing-topics=()"
    ),
}
HSTS = "max-age=31536000; includeSubDomains"
SERVER_NAME = "village"


def policy_for(path: str) -> tuple[str, str | None]:
    """The CSP and Cache-Control for a path (prefixes match whole segments: /api, /api/x,
    not /apix)."""
    for prefix, csp, cache in POLICIES:
        if path == prefix or path.startswith(prefix + "/"):
            return csp, cache
    return DEFAULT_POLICY


_FILE = "village_stored_file"


def mark_as_file(response: Response) -> None:
    """Mark a stored file's response: it gets FILE_CSP, and keeps its own Cache-Control."""
    setattr(response, _FILE, True)


def _secure_headers(response: Response) -> Response:
    csp, cache = policy_for(request.path)
    if getattr(response, _FILE, False):
        csp, cache = FILE_CSP, None
    response.headers.update(COMMON_HEADERS)
    response.headers["Content-Security-Policy"] = csp
    if cache is not None:
        response.headers["Cache-Control"] = cache
    if request.is_secure:
        response.headers["Strict-Transport-Security"] = HSTS
    response.headers.pop("Server", None)  # the servers' own banner is set in main.py/gunicorn
    # Both servers we run (gunicorn, Werkzeug's) always send Date themselves; Werkzeug's
    # conditional responses (static files) add a second one.
    response.headers.pop("Date", None)
    return response


def init_app(app: Flask) -> None:
    app.after_request(_secure_headers)
