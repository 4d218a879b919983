"""Where a request really came from, and refusing credentials over plain HTTP.

ProxyFix believes X-Forwarded-For and X-Forwarded-Proto for exactly
TRUSTED_PROXIES hops (nginx appends the real peer; a client's own forged
entries sit further left and are ignored). With TRUSTED_PROXIES=0 the headers
are ignored entirely. X-Forwarded-Host is never believed.

FORCE_HTTPS (on by default in production), for a request that arrived over
plain HTTP:
- GET/HEAD without credentials (pages, the docs) → 301 to the https:// URL,
  but only when the request's Host is one of PUBLIC_HOSTS: a redirect never
  points at a host the client chose (`Host: evil.example` → 421 problem);
- anything carrying credentials (an Authorization header or the refresh
  cookie), and any other method (its body may hold a password), → 403
  problem+json `https-required`, logged as `credentials_over_http`: a token
  that travelled in clear text must be noticed, not silently accepted (and not
  redirected, which would send it a second time);
- /health and /metrics are served over either scheme: local health checks and
  scrapes hit the app directly over HTTP, and they carry no secrets.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit, urlunsplit

from flask import Flask, redirect, request
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.wrappers import Response

from village.config import Settings, current_settings
from village.errors import AppError, app_error_response
from village.security.tokens import REFRESH_COOKIE

log = logging.getLogger("village.security")

PLAIN_HTTP_PATHS = frozenset({"/health", "/metrics"})


class HTTPSRequired(AppError):
    status, slug, title = 403, "https-required", "HTTPS required"


class MisdirectedRequest(AppError):
    """RFC 9110 §15.5.20: this server does not answer for the host the request names."""

    status, slug, title = 421, "unknown-host", "Unknown host"


def _carries_credentials() -> bool:
    return "Authorization" in request.headers or REFRESH_COOKIE in request.cookies


def _public_host() -> str | None:
    """The request's Host when it is one of PUBLIC_HOSTS (the default port may be left out)."""
    host = request.host.lower().removesuffix(":80")
    return host if host in current_settings().PUBLIC_HOSTS else None


def _enforce_https() -> Response | None:
    if request.is_secure or request.path in PLAIN_HTTP_PATHS:
        return None
    credentials = _carries_credentials()
    if request.method in ("GET", "HEAD") and not credentials:
        host = _public_host()
        if host is None:
            return app_error_response(
                MisdirectedRequest("This server does not answer for the host this request names.")
            )
        target = urlsplit(request.url)._replace(scheme="https", netloc=host)
        return redirect(urlunsplit(target), code=301)
    log.warning(
        "credentials_over_http",
        extra={
            "event": "credentials_over_http",
            "method": request.method,
            "path": request.path,
            "credentials": credentials,
        },
    )
    detail = "This API only accepts requests over HTTPS."
    if credentials:
        detail += " The credentials you sent over plain HTTP may be exposed: sign in again."
    return app_error_response(HTTPSRequired(detail))


def init_app(app: Flask, settings: Settings) -> None:
    """Trust TRUSTED_PROXIES hops of X-Forwarded-*; enforce HTTPS when FORCE_HTTPS is on."""
    hops = settings.TRUSTED_PROXIES
    if hops:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=hops, x_proto=hops, x_host=0, x_port=0, x_prefix=0
        )
    if settings.force_https:
        app.before_request(_enforce_https)
