"""Typed settings from the environment and `.env`, and the production safety check.

Every setting of the product contract lives here with a default that is safe
for local use. `Settings.production_problems()` lists what makes a production
start unsafe; `create_app` refuses to build an app while that list is non-empty.
"""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
from dataclasses import dataclass
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Any, Literal

from flask import current_app
from limits import parse_many
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

BACKEND_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = BACKEND_DIR.parent
DEFAULT_SQLITE_URL = f"sqlite:///{REPO_DIR / 'var' / 'village.db'}"

MIN_SECRET_BYTES = 32
# Values people paste from examples and tutorials; never acceptable in production.
KNOWN_PLACEHOLDERS = frozenset(
    {
        "change-me",
        "changeme",
        "secret",
        "your-secret-key",
        "your-jwt-secret-key",
        "jwt-secret-string",
        "super-secret",
        "dev",
        "development",
        "replace-with-64-hex-characters",
    }
)
GENERATE_SECRET_HINT = 'python -c "import secrets; print(secrets.token_hex(32))"'
CommaList = Annotated[list[str], NoDecode]


@dataclass(frozen=True)
class SettingProblem:
    """One unsafe production setting and how to fix it."""

    setting: str
    problem: str
    fix: str

    def __str__(self) -> str:
        return f"✘ {self.setting}: {self.problem}\n    fix: {self.fix}"


class UnsafeSettingsError(RuntimeError):
    """Raised when production settings fail the safety check."""

    def __init__(self, problems: list[SettingProblem]) -> None:
        self.problems = problems
        lines = "\n".join(str(p) for p in problems)
        super().__init__(
            f"Refusing to start in production: {len(problems)} unsafe setting(s).\n{lines}"
        )


class Settings(BaseSettings):
    """All settings of the Village Management System (environment or `.env`)."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=True
    )

    APP_ENV: Literal["development", "production", "test"] | None = None
    FLASK_ENV: Literal["development", "production", "test"] | None = None
    FLASK_DEBUG: bool = False

    SECRET_KEY: SecretStr | None = None
    JWT_SECRET_KEY: SecretStr | None = None
    JWT_PREVIOUS_SECRET_KEYS: CommaList = Field(default_factory=list)
    JWT_ACCESS_TOKEN_EXPIRES: int = Field(3600, ge=60, le=86_400)
    JWT_REFRESH_TOKEN_EXPIRES: int = Field(2_592_000, ge=300, le=31_536_000)
    JWT_REFRESH_REUSE_GRACE_SECONDS: int = Field(10, ge=0, le=300)
    # Clocks of several instances differ by a little: iat/nbf/exp are checked with this slack.
    JWT_LEEWAY_SECONDS: int = Field(5, ge=0, le=60)
    JWT_ISSUER: str = "village-management"
    JWT_AUDIENCE: str = "village-management-api"

    DATABASE_URL: str = DEFAULT_SQLITE_URL
    DATABASE_POOL_SIZE: int = Field(5, ge=1, le=100)
    DATABASE_MAX_OVERFLOW: int = Field(5, ge=0, le=100)
    DATABASE_CONNECT_TIMEOUT: int = Field(5, ge=1, le=60)
    DATABASE_STATEMENT_TIMEOUT_MS: int = Field(30_000, ge=100, le=3_600_000)
    DATABASE_ECHO: bool = False
    REDIS_URL: str | None = None

    REGISTRATION_MODE: Literal["open", "approval", "closed"] = "open"
    CORS_ORIGINS: CommaList = Field(
        default_factory=lambda: ["http://localhost:5173", "http://localhost:3000"]
    )
    RATELIMIT_ENABLED: bool = True
    RATELIMIT_DEFAULT: str = "60 per minute;1000 per hour"
    # --- security hardening: rate limits, CORS (see docs/security.md) ---
    RATELIMIT_LOGIN: str = "10 per minute;100 per hour"
    RATELIMIT_LOGIN_ACCOUNT: str = "5 per minute;30 per hour"
    RATELIMIT_AUTH: str = "10 per minute;50 per hour"
    RATELIMIT_REFRESH: str = "30 per minute;300 per hour"
    RATELIMIT_KEY_PREFIX: str = Field("village", pattern=r"^[A-Za-z0-9_.:-]{1,64}$")
    CORS_ALLOW_LOCALHOST: bool = False
    SESSION_COOKIE_SECURE: bool | None = None
    SESSION_COOKIE_HTTPONLY: bool = True
    SESSION_COOKIE_SAMESITE: Literal["Strict", "Lax", "None"] = "Strict"
    # Share the browser-session cookies with sibling hosts, e.g. your-domain.com when
    # the dashboard is admin.your-domain.com and the API api.your-domain.com (the
    # dashboard must read the CSRF cookie). Unset: host-only cookies (same origin).
    SESSION_COOKIE_DOMAIN: str | None = Field(
        None, pattern=r"^\.?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$", max_length=253
    )
    FORCE_HTTPS: bool | None = None
    TRUSTED_PROXIES: int = Field(0, ge=0, le=5)
    # The host names (with :port when not 80/443) people reach this system by. A
    # plain-HTTP request is redirected to HTTPS only for these; any other Host gets a 421.
    PUBLIC_HOSTS: CommaList = Field(default_factory=list)

    LOG_LEVEL: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    # Standard output: JSON lines (production, tests) or short text lines (development's
    # default, for a person at a terminal). LOG_FILE is always JSON.
    LOG_FORMAT: Literal["json", "text"] | None = None
    LOG_FILE: Path | None = None
    # 0: the app never rotates LOG_FILE itself (logrotate does; see deploy/logrotate/).
    LOG_MAX_BYTES: int = Field(10 * 1024 * 1024, ge=0)
    LOG_BACKUP_COUNT: int = Field(10, ge=0, le=1000)

    BCRYPT_ROUNDS: int = Field(12, ge=4, le=16)
    PASSWORD_MIN_LENGTH: int = Field(8, ge=8, le=64)
    PASSWORD_MAX_LENGTH: int = Field(256, ge=64, le=1024)
    PASSWORD_REQUIRE_COMPOSITION: bool = True
    PASSWORD_PASSPHRASE_LENGTH: int = Field(20, ge=8, le=256)
    LOGIN_MAX_FAILED_ATTEMPTS: int = Field(5, ge=1, le=100)
    LOGIN_LOCKOUT_SECONDS: int = Field(60, ge=1)
    LOGIN_LOCKOUT_MAX_SECONDS: int = Field(900, ge=1)

    # --- operations: metrics, audit retention, backups ---
    METRICS_ENABLED: bool = True
    METRICS_TOKEN: SecretStr | None = None
    METRICS_ALLOWED_IPS: CommaList = Field(default_factory=lambda: ["127.0.0.1", "::1"])
    AUDIT_RETENTION_DAYS: int = Field(365, ge=1, le=36_500)
    BACKUP_DIR: Path = REPO_DIR / "var" / "backups"
    BACKUP_RETENTION_DAYS: int = Field(14, ge=1, le=3650)
    BACKUP_MAX_AGE_HOURS: int = Field(26, ge=1, le=24 * 31)

    # The admin dashboard's build (admin-dashboard/dist), served at / with SPA fallback.
    SERVE_DASHBOARD: bool = True
    DASHBOARD_DIST_DIR: Path = REPO_DIR / "admin-dashboard" / "dist"

    MAX_CONTENT_LENGTH: int = Field(64 * 1024, ge=1024, le=10 * 1024 * 1024)
    HOST: str = "127.0.0.1"
    PORT: int = Field(8000, ge=1, le=65535)
    WEB_CONCURRENCY: int = Field(2, ge=1, le=64)

    def __init__(self, **values: Any) -> None:
        # VILLAGE_ENV_FILE names another env file (the test suite points it at /dev/null).
        values.setdefault("_env_file", os.environ.get("VILLAGE_ENV_FILE", ".env"))
        super().__init__(**values)

    @field_validator(
        "JWT_PREVIOUS_SECRET_KEYS",
        "CORS_ORIGINS",
        "METRICS_ALLOWED_IPS",
        "PUBLIC_HOSTS",
        mode="before",
    )
    @classmethod
    def _split_comma_list(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator(
        "RATELIMIT_DEFAULT",
        "RATELIMIT_LOGIN",
        "RATELIMIT_LOGIN_ACCOUNT",
        "RATELIMIT_AUTH",
        "RATELIMIT_REFRESH",
    )
    @classmethod
    def _rate_limit_syntax(cls, value: str) -> str:
        try:
            parse_many(value)
        except ValueError:
            raise ValueError(
                f"{value!r} is not a rate limit; write e.g. '60 per minute;1000 per hour'"
            ) from None
        return value

    @field_validator("PUBLIC_HOSTS")
    @classmethod
    def _hosts(cls, value: list[str]) -> list[str]:
        for host in value:
            if not _HOST.fullmatch(host):
                raise ValueError(
                    f"PUBLIC_HOSTS: {host!r} is not a host name (write api.example.com or "
                    "example.com:8443, no scheme or path)"
                )
        return [host.lower() for host in value]

    @field_validator("METRICS_TOKEN", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("METRICS_ALLOWED_IPS")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(
                    f"METRICS_ALLOWED_IPS: {item!r} is not an IP address or network"
                ) from None
        return value

    @model_validator(mode="after")
    def _env_names_agree(self) -> Settings:
        if self.APP_ENV and self.FLASK_ENV and self.APP_ENV != self.FLASK_ENV:
            raise ValueError(
                f"APP_ENV={self.APP_ENV} and FLASK_ENV={self.FLASK_ENV} disagree; set one of them"
            )
        return self

    @property
    def environment(self) -> str:
        """The deployment environment: development (default), test or production."""
        return self.APP_ENV or self.FLASK_ENV or "development"

    @property
    def log_format(self) -> str:
        """LOG_FORMAT, by default text in development and JSON elsewhere."""
        if self.LOG_FORMAT is not None:
            return self.LOG_FORMAT
        return "text" if self.environment == "development" else "json"

    @property
    def is_production(self) -> bool:
        return self.environment == "production"

    @property
    def is_sqlite(self) -> bool:
        return self.DATABASE_URL.startswith("sqlite")

    @property
    def cookie_secure(self) -> bool:
        """Secure cookies unless explicitly disabled; on by default in production."""
        return (
            self.is_production if self.SESSION_COOKIE_SECURE is None else self.SESSION_COOKIE_SECURE
        )

    @property
    def force_https(self) -> bool:
        return self.is_production if self.FORCE_HTTPS is None else self.FORCE_HTTPS

    def jwt_signing_key(self) -> str:
        """The current signing key; a development run without one gets an ephemeral key."""
        if self.JWT_SECRET_KEY is not None:
            return self.JWT_SECRET_KEY.get_secret_value()
        if self.is_production:  # pragma: no cover - production_problems() stops this earlier
            raise UnsafeSettingsError(self.production_problems())
        return _ephemeral_secret("jwt")

    def flask_secret_key(self) -> str:
        if self.SECRET_KEY is not None:
            return self.SECRET_KEY.get_secret_value()
        return _ephemeral_secret("flask")

    def production_problems(self) -> list[SettingProblem]:
        """Every unsafe setting for a production start (empty outside production)."""
        if not self.is_production:
            return []
        problems = [
            *_secret_problems("JWT_SECRET_KEY", self.JWT_SECRET_KEY),
            *_secret_problems("SECRET_KEY", self.SECRET_KEY),
        ]
        if (
            self.JWT_SECRET_KEY is not None
            and self.SECRET_KEY is not None
            and self.JWT_SECRET_KEY.get_secret_value() == self.SECRET_KEY.get_secret_value()
        ):
            problems.append(
                SettingProblem(
                    "JWT_SECRET_KEY",
                    "is the same as SECRET_KEY; a leak of one must not expose the other",
                    f"generate a separate key with: {GENERATE_SECRET_HINT}",
                )
            )
        if self.METRICS_TOKEN is not None:
            problems += _secret_problems("METRICS_TOKEN", self.METRICS_TOKEN)
        problems += self._flag_problems()
        problems += self._transport_problems()
        return problems

    def _flag_problems(self) -> list[SettingProblem]:
        checks = [
            (
                self.FLASK_DEBUG,
                "FLASK_DEBUG",
                "is on; the debugger runs arbitrary code",
                "set FLASK_DEBUG=false",
            ),
            (
                self.is_sqlite,
                "DATABASE_URL",
                "points at SQLite, which is for local use only",
                "set DATABASE_URL=postgresql+psycopg://USER:PASSWORD@HOST:5432/village_management_prod",
            ),
            (
                "*" in self.CORS_ORIGINS,
                "CORS_ORIGINS",
                "contains the wildcard '*'",
                "list the dashboard's exact origins, e.g. CORS_ORIGINS=https://admin.example.com",
            ),
            (
                not self.cookie_secure,
                "SESSION_COOKIE_SECURE",
                "is off; session cookies would travel over plain HTTP",
                "set SESSION_COOKIE_SECURE=true",
            ),
            (
                not self.SESSION_COOKIE_HTTPONLY,
                "SESSION_COOKIE_HTTPONLY",
                "is off; scripts could read the session cookie",
                "set SESSION_COOKIE_HTTPONLY=true",
            ),
            (
                self.SESSION_COOKIE_SAMESITE == "None",
                "SESSION_COOKIE_SAMESITE",
                "is None; cookies would be sent on cross-site requests",
                "set SESSION_COOKIE_SAMESITE=Strict",
            ),
            (
                self.BCRYPT_ROUNDS < 10,
                "BCRYPT_ROUNDS",
                f"is {self.BCRYPT_ROUNDS}; below 10 hashes are too cheap to crack",
                "set BCRYPT_ROUNDS=12",
            ),
            (
                self.RATELIMIT_ENABLED and not self.REDIS_URL and self.WEB_CONCURRENCY > 1,
                "REDIS_URL",
                f"is not set while WEB_CONCURRENCY={self.WEB_CONCURRENCY}: each worker would "
                f"keep its own rate-limit counters, allowing {self.WEB_CONCURRENCY} times every "
                "limit (sign-in guessing included)",
                "install Redis (sudo apt install redis-server) and set "
                "REDIS_URL=redis://127.0.0.1:6379/0, or run one worker (WEB_CONCURRENCY=1)",
            ),
        ]
        return [SettingProblem(name, problem, fix) for bad, name, problem, fix in checks if bad]

    def _transport_problems(self) -> list[SettingProblem]:
        """CORS origins and HTTPS: what a browser may reach, and how."""
        problems = [
            SettingProblem("CORS_ORIGINS", problem, fix)
            for origin in self.CORS_ORIGINS
            if origin != "*"  # reported with the other flags
            for problem, fix in _origin_problems(origin, self.CORS_ALLOW_LOCALHOST)
        ]
        if not self.force_https:
            problems.append(
                SettingProblem(
                    "FORCE_HTTPS",
                    "is off; tokens and passwords could travel over plain HTTP",
                    "serve the API through nginx with TLS and set FORCE_HTTPS=true",
                )
            )
        elif not self.PUBLIC_HOSTS:
            problems.append(
                SettingProblem(
                    "PUBLIC_HOSTS",
                    "is empty; plain-HTTP requests could be redirected to any host a client "
                    "names in its Host header",
                    "list the names people use, e.g. "
                    "PUBLIC_HOSTS=api.your-domain.com,admin.your-domain.com",
                )
            )
        if self.force_https and self.TRUSTED_PROXIES == 0:
            problems.append(
                SettingProblem(
                    "TRUSTED_PROXIES",
                    "is 0 while FORCE_HTTPS is on; no proxy can report HTTPS, so every "
                    "request would look like plain HTTP and be refused",
                    "put nginx (with X-Forwarded-Proto and X-Forwarded-For) in front "
                    "and set TRUSTED_PROXIES=1",
                )
            )
        return problems


_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
_HOST = re.compile(
    r"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?"
)
_LOCAL_HOSTS = re.compile(r"^https?://(localhost|127\.[0-9.]+|\[::1\]|0\.0\.0\.0)(:|$)", re.I)


def _origin_problems(origin: str, allow_localhost: bool) -> list[tuple[str, str]]:
    """Why a CORS origin is unsafe or can never match a browser's Origin header."""
    if origin.lower() == "null":
        return [
            (
                "contains 'null', the origin of sandboxed frames and local files",
                "remove 'null'; list only https://host origins",
            )
        ]
    if _LOCAL_HOSTS.match(origin):
        if allow_localhost:
            return []
        return [
            (
                f"contains the development origin {origin}",
                "remove localhost origins (or set CORS_ALLOW_LOCALHOST=true on purpose)",
            )
        ]
    if not _ORIGIN.match(origin):
        return [
            (
                f"has {origin!r}, which is not an origin (scheme://host[:port], no path "
                "or trailing slash) and would never match",
                "write origins like https://admin.example.com",
            )
        ]
    if origin.lower().startswith("http://"):
        return [
            (
                f"has {origin}, a plain-HTTP origin: its pages and cookies travel in clear text",
                f"serve the dashboard over HTTPS and list {'https://' + origin[7:]}",
            )
        ]
    return []


def _secret_problems(name: str, value: SecretStr | None) -> list[SettingProblem]:
    fix = f"generate one with: {GENERATE_SECRET_HINT} and set {name}=<that value> in .env"
    if value is None or not value.get_secret_value().strip():
        return [SettingProblem(name, "is not set", fix)]
    secret = value.get_secret_value()
    if secret.strip().lower() in KNOWN_PLACEHOLDERS or "change" in secret.lower():
        return [SettingProblem(name, "is a placeholder value from an example", fix)]
    if len(secret.encode()) < MIN_SECRET_BYTES:
        return [
            SettingProblem(
                name,
                f"is {len(secret.encode())} bytes; at least {MIN_SECRET_BYTES} are needed",
                fix,
            )
        ]
    if len(set(secret)) < 10:
        return [SettingProblem(name, "has too few distinct characters to be random", fix)]
    return []


_EPHEMERAL: dict[str, str] = {}


def _ephemeral_secret(purpose: str) -> str:
    # Stable within one process so tokens survive between requests of a dev run.
    return _EPHEMERAL.setdefault(purpose, secrets.token_hex(32))


@cache
def app_version() -> str:
    try:
        return version("village")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "0.0.0+local"


def app_state() -> dict[str, Any]:
    """Small per-app, per-process state (caches) of the current app."""
    state: dict[str, Any] = current_app.extensions.setdefault("village.state", {})
    return state


def current_settings() -> Settings:
    """The settings of the app handling the current request or CLI command."""
    settings: Settings = current_app.extensions["village.settings"]
    return settings
