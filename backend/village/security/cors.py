"""CORS (Flask-CORS): exactly the origins in CORS_ORIGINS, nothing for any other.

- A listed origin gets `Access-Control-Allow-Origin: <that origin>` and
  `Access-Control-Allow-Credentials: true` (the dashboard's refresh cookie).
- Any other origin, `null` included, gets no CORS headers at all, so the
  browser withholds the response from its script.
- `Vary: Origin` on every response, so no cache hands one origin's answer to another.
- `*` (development only; production refuses it) allows any origin, never with
  credentials.
- Preflights are answered by Flask-CORS and never rate limited.
"""

from __future__ import annotations

from flask import Flask, Response
from flask_cors import CORS

from village.config import Settings

ALLOW_HEADERS = [
    "Authorization",
    "Content-Type",
    "X-CSRF-Token",
    "X-Requested-With",
    "X-Request-ID",
]
EXPOSE_HEADERS = [
    "Retry-After",
    "X-RateLimit-Limit",
    "X-RateLimit-Remaining",
    "X-RateLimit-Reset",
    "X-Request-ID",
    "WWW-Authenticate",
]
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
PREFLIGHT_MAX_AGE = 600


def _vary_on_origin(response: Response) -> Response:
    response.vary.add("Origin")
    return response


def init_app(app: Flask, settings: Settings) -> None:
    wildcard = "*" in settings.CORS_ORIGINS
    CORS(
        app,
        origins="*" if wildcard else list(settings.CORS_ORIGINS),
        send_wildcard=wildcard,
        supports_credentials=not wildcard,
        allow_headers=ALLOW_HEADERS,
        expose_headers=EXPOSE_HEADERS,
        methods=METHODS,
        max_age=PREFLIGHT_MAX_AGE,
        # Without an Origin header Flask-CORS would otherwise list every allowed origin.
        always_send=False,
        vary_header=False,  # added to every response below instead
    )
    app.after_request(_vary_on_origin)
