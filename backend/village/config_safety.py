"""The production safety check: every setting that makes a production start unsafe.

`Settings.production_problems()` (and so `create_app`, `python main.py` and
`flask --app village preflight`) asks `production_problems` here; each problem
names the setting, what is wrong and how to fix it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import SecretStr

if TYPE_CHECKING:
    from village.config import Settings

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
GENERATE_SECRET_HINT = 'python -c "import secrets; print(secrets.token_hex(32))"'  # noqa: S105


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


def production_problems(self: Settings) -> list[SettingProblem]:
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
    problems += _flag_problems(self)
    problems += _transport_problems(self)
    problems += _upload_dir_problems(self)
    problems += _mail_problems(self)
    return problems


_LOCAL_SMTP = re.compile(r"^(localhost|127\.[0-9.]+|::1|\[::1\])$", re.I)


def _mail_problems(self: Settings) -> list[SettingProblem]:
    """SMTP credentials never cross a network in clear text; mail names a real sender."""
    if not self.SMTP_HOST:
        return []
    problems = []
    local = bool(_LOCAL_SMTP.match(self.SMTP_HOST))
    if self.SMTP_PASSWORD is not None and not self.SMTP_STARTTLS and not local:
        problems.append(
            SettingProblem(
                "SMTP_STARTTLS",
                f"is off while SMTP_PASSWORD is set for {self.SMTP_HOST}: the password "
                "and every mail (reset links included) would cross the network in clear text",
                "set SMTP_STARTTLS=true (port 587), or relay through a local MTA "
                "(SMTP_HOST=localhost) that encrypts onwards",
            )
        )
    if (self.SMTP_USERNAME is None) != (self.SMTP_PASSWORD is None):
        problems.append(
            SettingProblem(
                "SMTP_USERNAME" if self.SMTP_USERNAME is None else "SMTP_PASSWORD",
                "is not set while its partner is: the server would refuse every mail",
                "set both SMTP_USERNAME and SMTP_PASSWORD, or neither (a relay that "
                "trusts this host)",
            )
        )
    if self.MAIL_FROM.rstrip(">").lower().endswith("@localhost"):
        problems.append(
            SettingProblem(
                "MAIL_FROM",
                f"is {self.MAIL_FROM!r}: mail servers refuse or bin mail from @localhost",
                "set MAIL_FROM='Village Office <no-reply@your-domain.com>' (a domain whose "
                "SPF/DKIM allow SMTP_HOST)",
            )
        )
    return problems


def _upload_dir_problems(self: Settings) -> list[SettingProblem]:
    """Uploaded files need a fixed home: a relative path would move with the working
    directory (the server, the timers and the CLI start in different ones)."""
    fix = (
        "set UPLOAD_DIR=/var/lib/village-management/uploads and create it: sudo install -d "
        "-o village-mgmt -g village-mgmt -m 700 /var/lib/village-management/uploads"
    )
    directory = self.UPLOAD_DIR
    if directory is None:
        return [SettingProblem("UPLOAD_DIR", "is not set", fix)]
    if not directory.is_absolute():
        return [SettingProblem("UPLOAD_DIR", f"is {directory}, not an absolute path", fix)]
    served = self.DASHBOARD_DIST_DIR.resolve()
    if self.SERVE_DASHBOARD and directory.resolve().is_relative_to(served):
        return [
            SettingProblem(
                "UPLOAD_DIR",
                f"is inside DASHBOARD_DIST_DIR ({served}), which the app serves to anyone",
                fix,
            )
        ]
    return []


def _flag_problems(self: Settings) -> list[SettingProblem]:
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


def _transport_problems(self: Settings) -> list[SettingProblem]:
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
    dashboard = self.DASHBOARD_URL
    if dashboard is None or not dashboard.startswith("https://"):
        problems.append(
            SettingProblem(
                "DASHBOARD_URL",
                "is not set" if dashboard is None else f"is {dashboard}, not https://",
                "set DASHBOARD_URL=https://admin.your-domain.com (set-password links and "
                "letters point there)",
            )
        )
    return problems


_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
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
