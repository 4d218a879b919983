"""Typed settings from the environment and `.env`.

Every setting of the product contract lives here with a default that is safe
for local use. `Settings.production_problems()` lists what makes a production
start unsafe (the checks are in `village.config_safety`); `create_app` refuses
to build an app while that list is non-empty.
"""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Any, Literal

from flask import current_app
from limits import parse_many
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from village.config_safety import SettingProblem, UnsafeSettingsError, production_problems

__all__ = [
    "BACKEND_DIR",
    "DEFAULT_MAIL_DIR",
    "DEFAULT_SQLITE_URL",
    "DEFAULT_UPLOAD_DIR",
    "REPO_DIR",
    "SettingProblem",
    "Settings",
    "UnsafeSettingsError",
    "app_state",
    "app_version",
    "current_settings",
]

BACKEND_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = BACKEND_DIR.parent
DEFAULT_SQLITE_URL = f"sqlite:///{REPO_DIR / 'var' / 'village.db'}"
DEFAULT_UPLOAD_DIR = REPO_DIR / "var" / "uploads"
DEFAULT_MAIL_DIR = REPO_DIR / "var" / "mail"
DEFAULT_MAIL_FROM = "Village Management <no-reply@localhost>"

CommaList = Annotated[list[str], NoDecode]


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
    # Password-reset requests per address (the per-IP budget is RATELIMIT_AUTH): a
    # stranger cannot flood someone's mailbox with reset mails.
    RATELIMIT_PASSWORD_RESET: str = "3 per 15 minutes;10 per day"
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

    # Where people open the dashboard (set-password links and letters point there), e.g.
    # https://admin.your-domain.com. Unset in development: http://HOST:PORT.
    DASHBOARD_URL: str | None = Field(None, pattern=r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
    # How long a set-password link handed over on paper stays valid.
    SET_PASSWORD_LINK_DAYS: int = Field(14, ge=1, le=90)

    # --- email (village.mail): SMTP when SMTP_HOST is set, else .eml files in MAIL_DIR ---
    SMTP_HOST: str | None = Field(None, pattern=r"^[A-Za-z0-9.:\[\]-]{1,253}$")
    SMTP_PORT: int = Field(587, ge=1, le=65535)
    SMTP_USERNAME: str | None = Field(None, max_length=320)
    SMTP_PASSWORD: SecretStr | None = None
    # STARTTLS before sending (and before any password crosses the wire).
    SMTP_STARTTLS: bool = True
    SMTP_TIMEOUT_SECONDS: int = Field(30, ge=1, le=300)
    # The From header, e.g. "หมู่บ้านสุขสันต์ <no-reply@your-domain.com>".
    MAIL_FROM: str = Field(DEFAULT_MAIL_FROM, max_length=320)
    # Development without SMTP_HOST: one .eml file per message here (var/mail/).
    MAIL_DIR: Path | None = None
    MAIL_MAX_ATTEMPTS: int = Field(8, ge=1, le=50)
    # Retries wait base x 2^(attempt-1) seconds, at most MAIL_RETRY_MAX_SECONDS.
    MAIL_RETRY_BASE_SECONDS: int = Field(60, ge=1, le=3600)
    MAIL_RETRY_MAX_SECONDS: int = Field(3600, ge=1, le=86_400)
    # How often the worker looks for due mail when the outbox is empty.
    MAIL_POLL_SECONDS: float = Field(5.0, ge=0.1, le=600)
    MAIL_BATCH_SIZE: int = Field(20, ge=1, le=500)
    # A claimed message is retried after this long if its worker died while sending it.
    MAIL_CLAIM_SECONDS: int = Field(900, ge=30, le=86_400)
    # Development's `python main.py` (make run) sends mail from a thread of its own; off
    # when a separate `flask --app village deliver-mail` runs. Production runs the
    # worker as its own service (village-mail.service) whatever this says.
    MAIL_WORKER_IN_PROCESS: bool = True

    # The admin dashboard's build (admin-dashboard/dist), served at / with SPA fallback.
    SERVE_DASHBOARD: bool = True
    DASHBOARD_DIST_DIR: Path = REPO_DIR / "admin-dashboard" / "dist"

    MAX_CONTENT_LENGTH: int = Field(64 * 1024, ge=1024, le=10 * 1024 * 1024)
    # Routes that take a file (house imports, photos, slips, attachments) accept a file
    # of at most this many bytes.
    UPLOAD_MAX_BYTES: int = Field(10 * 1024 * 1024, ge=64 * 1024, le=100 * 1024 * 1024)
    # Images of more pixels are refused before they are decoded (decompression bombs).
    UPLOAD_MAX_PIXELS: int = Field(40_000_000, ge=1_000_000, le=200_000_000)
    # Where uploaded files are kept (village.files): outside every served path, owned by
    # the app's user, mode 700. Unset in development: var/uploads/ of the checkout;
    # production must name an absolute path, e.g. /var/lib/village-management/uploads.
    UPLOAD_DIR: Path | None = None
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
        "RATELIMIT_PASSWORD_RESET",
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

    @field_validator("MAIL_FROM")
    @classmethod
    def _one_sender(cls, value: str) -> str:
        from email.utils import getaddresses

        found = getaddresses([value])
        if "\r" in value or "\n" in value or len(found) != 1 or "@" not in found[0][1]:
            raise ValueError(
                f"MAIL_FROM: {value!r} is not one address; write e.g. "
                "'Village Office <no-reply@your-domain.com>'"
            )
        return value

    @field_validator("METRICS_TOKEN", "SMTP_PASSWORD", "SMTP_HOST", "SMTP_USERNAME", mode="before")
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

    @property
    def upload_dir(self) -> Path:
        """UPLOAD_DIR, or var/uploads/ of the checkout when unset (never so in production)."""
        return self.UPLOAD_DIR if self.UPLOAD_DIR is not None else DEFAULT_UPLOAD_DIR

    @property
    def mail_dir(self) -> Path:
        """MAIL_DIR, or var/mail/ of the checkout when unset."""
        return self.MAIL_DIR if self.MAIL_DIR is not None else DEFAULT_MAIL_DIR

    @property
    def dashboard_url(self) -> str:
        """The dashboard's origin for links people open (DASHBOARD_URL, or this server)."""
        return self.DASHBOARD_URL or f"http://{self.HOST}:{self.PORT}"

    def flask_secret_key(self) -> str:
        if self.SECRET_KEY is not None:
            return self.SECRET_KEY.get_secret_value()
        return _ephemeral_secret("flask")

    def production_problems(self) -> list[SettingProblem]:
        """Every unsafe setting for a production start (empty outside production)."""
        return production_problems(self)


_HOST = re.compile(
    r"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?"
)

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
