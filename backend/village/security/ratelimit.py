"""Rate limits (Flask-Limiter): one budget per client, stricter ones on the auth endpoints.

- Every request counts against RATELIMIT_DEFAULT for its client: the user of an
  access token that passes every check the endpoint itself applies (signature,
  claims, session still open, user active, role unchanged), else the client IP
  (as resolved by ProxyFix through TRUSTED_PROXIES hops only, so a forged
  X-Forwarded-For changes nothing). A revoked or stolen-and-dead token never
  spends its former owner's budget.
- `AUTH_LIMITS` below is the one table of the stricter limits: per IP on every
  endpoint that checks a password or issues tokens, and per account on every
  password check, sign-in and re-authentication alike (one shared budget), so
  a password spray from many addresses, or guessing through an open session,
  still hits a wall.
- /health, /metrics, CORS preflights and the dashboard's static files (any
  path outside /api and /auth) are never limited.
- Storage: Redis when REDIS_URL is set (shared by every worker and instance),
  else memory, which is per worker process: N workers would allow N times the
  limit, so production refuses to start with several workers and no Redis.
  If Redis goes down, the limits keep working from memory
  (`in_memory_fallback_enabled`) and an error is logged; requests never fail
  because of it. Flask-Limiter probes Redis again with a growing back-off.
- A 429 is problem+json with Retry-After and X-RateLimit-* headers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, cast

from flask import Flask, Response, current_app, g, request
from flask_jwt_extended import get_current_user, verify_jwt_in_request
from flask_limiter import HeaderNames, Limiter, RateLimitExceeded
from sqlalchemy.exc import SQLAlchemyError

from village.config import Settings, current_settings
from village.errors import AppError, app_error_response
from village.identifiers import email_key, identifier_digest, phone_fragment

log = logging.getLogger("village.security")

EXEMPT_PATHS = frozenset({"/health", "/metrics"})
# Only the API is limited: the dashboard's page and assets (served from `/`) are
# static files a whole office may load at once from one address.
LIMITED_PREFIXES = ("/api", "/auth")
REDIS_TIMEOUT_SECONDS = 0.5
LIMITER = "village.limiter"


class RateLimited(AppError):
    status, slug, title = 429, "rate-limited", "Too many requests"


def client_ip() -> str:
    """The client address after ProxyFix (only TRUSTED_PROXIES hops are believed)."""
    return request.remote_addr or "unknown"


def ip_key() -> str:
    return f"ip:{client_ip()}"


_NO_USER = object()


class _Account(Protocol):
    id: int
    email: str


def verified_user() -> _Account | None:
    """The user of this request's access token, after the same checks the endpoint
    will apply (village.auth.identity), or None. Checked once per request: the
    endpoint's own check reuses the result."""
    cached = g.get("_village_limiter_user", _NO_USER)
    if cached is not _NO_USER:
        return cast("_Account | None", cached)
    user = None
    if request.headers.get("Authorization", "")[:7].lower() == "bearer ":
        try:
            verify_jwt_in_request(locations=["headers"])
            user = get_current_user()
        except Exception:  # any refused token simply counts against the IP
            user = None
    g._village_limiter_user = user
    return user


def client_key() -> str:
    """The verified user, else the IP: staff behind one office NAT each get their
    own budget, and neither an anonymous client nor a dead token poses as a user."""
    user = verified_user()
    return f"user:{user.id}" if user is not None else ip_key()


def _encodable(text: str) -> bool:
    """False for text with a lone surrogate (JSON's "\\udcff"): it names nobody, and would
    fail in the hash or the database; the view refuses it with a 422."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _body() -> dict[str, object]:
    try:
        body = request.get_json(silent=True)
    except Exception:  # an unreadable body is the view's to refuse (400/413)
        body = None
    return body if isinstance(body, dict) else {}


# create_app registers how to find the account a sign-in names (users.queries), so
# that an email and a phone of one person spend one budget.
ACCOUNT_RESOLVER = "village.account_resolver"
AccountResolver = Callable[..., "int | None"]


def account_key() -> str:
    """The account a password is being tried against, one budget per person: for a
    sign-in, the account its email or phone names (as sign-in finds it); for a
    re-authentication, the signed-in user. An identifier that names no account is
    budgeted by its keyed hash (Redis never holds an address or a number); with
    none at all, the IP stands in."""
    user = verified_user()
    if user is not None:
        return f"account:{user.id}"
    body = _body()
    email, phone = body.get("email"), body.get("phone")
    typed = email if isinstance(email, str) and email.strip() and _encodable(email) else None
    dialled = phone if isinstance(phone, str) and phone.strip() and _encodable(phone) else None
    if typed is None and dialled is None:
        return ip_key()
    found = _resolve_account(typed, dialled if typed is None else None)
    if found is not None:
        return f"account:{found}"
    form = email_key(typed) if typed is not None else f"phone:{phone_fragment(dialled or '')}"
    digest = identifier_digest(form, key=current_settings().flask_secret_key())
    return f"account:?{digest}"


def _resolve_account(email: str | None, phone: str | None) -> int | None:
    resolve: AccountResolver | None = current_app.extensions.get(ACCOUNT_RESOLVER)
    if resolve is None:
        return None
    try:
        return resolve(email=email, phone=phone)
    except SQLAlchemyError:  # the database is down: the view answers 503 in a moment
        return None


def reset_address_key() -> str:
    """The address a password reset is asked for, by its keyed hash (one budget per
    mailbox however it is spelled; Redis never holds the address); else the IP."""
    email = _body().get("email")
    if not isinstance(email, str) or not email.strip() or not _encodable(email):
        return ip_key()
    digest = identifier_digest(email_key(email), key=current_settings().flask_secret_key())
    return f"reset:{digest}"


def _checks_no_password() -> bool:
    """A profile change without `current_password` verifies nothing: no budget spent."""
    return "current_password" not in _body()


@dataclass(frozen=True)
class AuthLimit:
    endpoint: str
    setting: str
    key: Callable[[], str]
    scope: str
    exempt_when: Callable[[], bool] | None = None


# Limits of one scope share their counters across endpoints (Flask-Limiter's shared limits).
PASSWORD_CHECKS = "login-account"  # noqa: S105 - a limit's scope, not a password
AUTH_LIMITS = (
    AuthLimit("auth.login", "RATELIMIT_LOGIN", ip_key, "login-ip"),
    AuthLimit("auth.login", "RATELIMIT_LOGIN_ACCOUNT", account_key, PASSWORD_CHECKS),
    AuthLimit("auth.register", "RATELIMIT_AUTH", ip_key, "register"),
    AuthLimit("auth.set_password", "RATELIMIT_AUTH", ip_key, "set-password"),
    AuthLimit("auth.confirm_password_reset", "RATELIMIT_AUTH", ip_key, "set-password"),
    AuthLimit("auth.request_password_reset", "RATELIMIT_AUTH", ip_key, "password-reset-ip"),
    AuthLimit(
        "auth.request_password_reset",
        "RATELIMIT_PASSWORD_RESET",
        reset_address_key,
        "password-reset-address",
    ),
    AuthLimit("auth.refresh", "RATELIMIT_REFRESH", ip_key, "refresh"),
    AuthLimit("auth.change_password", "RATELIMIT_AUTH", ip_key, "reauthentication"),
    AuthLimit("auth.change_password", "RATELIMIT_LOGIN_ACCOUNT", account_key, PASSWORD_CHECKS),
    *(
        limit
        for endpoint in ("auth.patch_me", "auth.put_me")
        for limit in (
            AuthLimit(endpoint, "RATELIMIT_AUTH", ip_key, "reauthentication", _checks_no_password),
            AuthLimit(
                endpoint,
                "RATELIMIT_LOGIN_ACCOUNT",
                account_key,
                PASSWORD_CHECKS,
                _checks_no_password,
            ),
        )
    ),
)


def _is_api(path: str) -> bool:
    return any(path == prefix or path.startswith(prefix + "/") for prefix in LIMITED_PREFIXES)


def _exempt() -> bool:
    """Preflights, probes and the dashboard's own files (everything outside the API)."""
    return request.method == "OPTIONS" or request.path in EXEMPT_PATHS or not _is_api(request.path)


# Flask-Limiter writes its Retry-After on every response (and would stretch a 503's
# own); it writes it under this name instead, and only a 429 gets it as Retry-After.
LIMITER_RETRY_AFTER = "X-Village-Limiter-Retry-After"


def _retry_after_only_when_refused(response: Response) -> Response:
    delay = response.headers.pop(LIMITER_RETRY_AFTER, None)
    if response.status_code == 429 and delay is not None:
        response.headers["Retry-After"] = delay
    return response


def _too_many(error: RateLimitExceeded) -> Response:
    return app_error_response(
        RateLimited(f"Too many requests ({error.description}); retry after the Retry-After delay.")
    )


class _StorageOutage(logging.Filter):
    """Raise Flask-Limiter's "storage unreachable" warning to an error of ours."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "storage unreachable" in record.getMessage():
            log.error(
                "rate-limit storage (Redis) unreachable; limits now count in this "
                "process's memory until it is back",
                extra={"event": "ratelimit_storage_unavailable"},
            )
        elif "storage recovered" in record.getMessage():
            log.warning(
                "rate-limit storage (Redis) is back", extra={"event": "ratelimit_storage_recovered"}
            )
        return True


_OUTAGE_FILTER = _StorageOutage()


def _storage(settings: Settings) -> tuple[str, dict[str, float]]:
    if not settings.REDIS_URL:
        return "memory://", {}
    options = {"socket_timeout": REDIS_TIMEOUT_SECONDS, "socket_connect_timeout": 0.5}
    return settings.REDIS_URL, options


def _warn_about_storage(settings: Settings) -> None:
    # Several production workers without Redis never get here: the settings refuse them.
    if not settings.RATELIMIT_ENABLED:
        log.warning(
            "rate limiting is OFF (RATELIMIT_ENABLED=false): only for load tests on a private "
            "network",
            extra={"event": "ratelimit_disabled"},
        )


def _apply_auth_limits(app: Flask, limiter: Limiter, settings: Settings) -> None:
    # Flask-Limiter checks decorated limits when the view runs, so the view
    # functions are wrapped here (functools.wraps keeps their OpenAPI and
    # permission attributes) instead of decorating each route by hand.
    for rule in AUTH_LIMITS:
        limit = limiter.shared_limit(
            getattr(settings, rule.setting),
            key_func=rule.key,
            scope=rule.scope,
            exempt_when=rule.exempt_when,
        )
        app.view_functions[rule.endpoint] = limit(app.view_functions[rule.endpoint])  # type: ignore[assignment]


class RateLimiting:
    """The extension: `init_app` builds one Limiter per app (Flask-Limiter keeps its
    storage and limits on the Limiter object, so apps with different settings
    must not share one)."""

    def init_app(self, app: Flask, settings: Settings) -> None:
        storage_uri, storage_options = _storage(settings)
        limiter = Limiter(
            client_key,
            application_limits=[settings.RATELIMIT_DEFAULT],
            storage_uri=storage_uri,
            storage_options=storage_options,  # type: ignore[arg-type]
            in_memory_fallback_enabled=True,
            headers_enabled=True,
            header_name_mapping={HeaderNames.RETRY_AFTER: LIMITER_RETRY_AFTER},
            key_prefix=settings.RATELIMIT_KEY_PREFIX,
            enabled=settings.RATELIMIT_ENABLED,
        )
        limiter.request_filter(_exempt)
        app.config["RATELIMIT_ENABLED"] = settings.RATELIMIT_ENABLED
        # after_request hooks run last-registered first: this one must see the limiter's headers.
        app.after_request(_retry_after_only_when_refused)
        limiter.init_app(app)
        app.extensions[LIMITER] = limiter
        app.register_error_handler(RateLimitExceeded, _too_many)
        logging.getLogger("flask-limiter").addFilter(_OUTAGE_FILTER)
        _warn_about_storage(settings)
        if settings.RATELIMIT_ENABLED:
            _apply_auth_limits(app, limiter, settings)


rate_limiting = RateLimiting()


def init_app(app: Flask, settings: Settings) -> None:
    """Install rate limiting; call after every blueprint is registered."""
    rate_limiting.init_app(app, settings)
