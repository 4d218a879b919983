"""`flask --app village preflight`: the checklist's pre-deployment items, checked.

Each item is one line: ✔ or ✘, what was checked, and for a ✘ how to fix it.
The settings are judged as production would judge them, whatever FLASK_ENV
says (a first item reports FLASK_ENV itself), so every unsafe setting that
`Settings.production_problems()` knows is listed here too, with its fix.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from village.config import Settings
from village.observability.metrics import latest_backup_time
from village.operations.startup import active_super_admins, migration_state

MAX_ACCESS_SECONDS = 3600
MAX_REFRESH_SECONDS = 2_592_000
# What production_problems() judges, so its verdicts get a ✔ line when clean.
SAFETY_CHECKED = (
    "JWT_SECRET_KEY",
    "SECRET_KEY",
    "FLASK_DEBUG",
    "DATABASE_URL",
    "CORS_ORIGINS",
    "FORCE_HTTPS",
    "TRUSTED_PROXIES",
    "PUBLIC_HOSTS",
    "DASHBOARD_URL",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "BCRYPT_ROUNDS",
    "UPLOAD_DIR",
)


@dataclass(frozen=True)
class Item:
    ok: bool
    what: str
    fix: str = ""

    def __str__(self) -> str:
        line = f"{'✔' if self.ok else '✘'} {self.what}"
        return line if self.ok or not self.fix else f"{line}\n    fix: {self.fix}"


def _as_production(settings: Settings) -> Settings:
    return settings.model_copy(update={"FLASK_ENV": "production", "APP_ENV": None})


def settings_items(settings: Settings) -> Iterator[Item]:
    yield Item(
        settings.is_production,
        f"FLASK_ENV is {settings.environment}",
        "set FLASK_ENV=production in .env",
    )
    problems = _as_production(settings).production_problems()
    judged = {p.setting for p in problems}
    for problem in problems:
        yield Item(False, f"{problem.setting} {problem.problem}", problem.fix)
    extras = [(name, item) for name, item in _extra_items(settings) if name not in judged]
    for name in SAFETY_CHECKED:
        if name not in judged and name not in dict(extras):
            yield Item(True, f"{name} is safe for production")
    yield from (item for _, item in extras)


def _extra_items(settings: Settings) -> Iterator[tuple[str, Item]]:
    """Checklist items production_problems() does not (yet) judge itself."""
    current = {s.get_secret_value() for s in (settings.JWT_SECRET_KEY, settings.SECRET_KEY) if s}
    yield (
        "JWT_PREVIOUS_SECRET_KEYS",
        Item(
            not current & set(settings.JWT_PREVIOUS_SECRET_KEYS),
            f"{len(settings.JWT_PREVIOUS_SECRET_KEYS)} previous JWT key(s), "
            "none reused as a current key",
            "a key is either current or previous: generate a new JWT_SECRET_KEY",
        ),
    )
    yield (
        "JWT_ACCESS_TOKEN_EXPIRES",
        Item(
            settings.JWT_ACCESS_TOKEN_EXPIRES <= MAX_ACCESS_SECONDS,
            f"access tokens live {settings.JWT_ACCESS_TOKEN_EXPIRES} s (at most 3600)",
            "set JWT_ACCESS_TOKEN_EXPIRES=3600",
        ),
    )
    yield (
        "JWT_REFRESH_TOKEN_EXPIRES",
        Item(
            settings.JWT_REFRESH_TOKEN_EXPIRES <= MAX_REFRESH_SECONDS,
            f"refresh tokens live {settings.JWT_REFRESH_TOKEN_EXPIRES} s (at most 2592000)",
            "set JWT_REFRESH_TOKEN_EXPIRES=2592000",
        ),
    )
    yield (
        "RATELIMIT_ENABLED",
        Item(
            settings.RATELIMIT_ENABLED,
            f"rate limiting is {'on' if settings.RATELIMIT_ENABLED else 'off'}",
            "set RATELIMIT_ENABLED=true",
        ),
    )
    yield "REDIS_URL", _shared_rate_limit_storage(settings)
    yield (
        "LOG_LEVEL",
        Item(
            settings.LOG_LEVEL in ("INFO", "WARNING"),
            f"LOG_LEVEL is {settings.LOG_LEVEL}",
            "set LOG_LEVEL=INFO",
        ),
    )


def _shared_rate_limit_storage(settings: Settings) -> Item:
    workers = settings.WEB_CONCURRENCY
    if not settings.REDIS_URL:  # several workers without it: a production problem (above)
        return Item(True, f"rate limits are kept in memory by the single worker ({workers})")
    try:
        import redis

        redis.Redis.from_url(settings.REDIS_URL, socket_timeout=3).ping()
    except Exception as exc:
        return Item(
            False,
            f"REDIS_URL is set but Redis does not answer ({type(exc).__name__})",
            "start Redis (sudo systemctl start redis-server) or correct REDIS_URL",
        )
    return Item(True, f"rate limits are shared through Redis by all {workers} workers")


def database_items(settings: Settings) -> Iterator[Item]:
    engine = sa.create_engine(settings.DATABASE_URL, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            yield Item(True, "the database answers")
            yield _migrations(conn)
            yield _super_admin(conn)
    except sa.exc.SQLAlchemyError as exc:
        yield Item(
            False,
            f"the database does not answer ({type(exc).__name__})",
            "check DATABASE_URL and that PostgreSQL runs: pg_isready -h 127.0.0.1",
        )
    finally:
        engine.dispose()


def _migrations(conn: sa.Connection) -> Item:
    current, heads = migration_state(conn)
    return Item(
        current == heads,
        f"migrations at head ({', '.join(sorted(current)) or 'none applied'})",
        "cd backend && venv/bin/alembic upgrade head",
    )


def _super_admin(conn: sa.Connection) -> Item:
    count = active_super_admins(conn)
    return Item(
        bool(count),
        f"{count or 'no'} active super admin(s)",
        "python scripts/create_admin_user.py",
    )


def file_items(settings: Settings, env_file: Path) -> Iterator[Item]:
    yield _log_file(settings.LOG_FILE)
    yield _env_file(env_file)
    yield from _uploads(settings)
    yield from _backups(settings)


NGINX_DIR = Path("/etc/nginx")
# Where web servers serve files from by default, whatever their configuration says.
DEFAULT_SERVED = (Path("/var/www"), Path("/usr/share/nginx"), Path("/srv/www"))
_NGINX_ROOT = re.compile(r"(?:^|[;{])\s*(?:root|alias)\s+([^;\s]+)\s*;", re.MULTILINE)


def served_paths(settings: Settings, nginx_dir: Path = NGINX_DIR) -> list[Path]:
    """Directories something serves to the web: the dashboard's build (the app serves it),
    the app's own static files, web servers' default roots, and every root or alias in
    the nginx configuration on this machine."""
    paths = [settings.DASHBOARD_DIST_DIR, Path(__file__).resolve().parents[1], *DEFAULT_SERVED]
    if nginx_dir.is_dir():
        for config in sorted(nginx_dir.rglob("*")):
            with contextlib.suppress(OSError, UnicodeDecodeError):
                if config.is_file():
                    paths += [Path(p) for p in _NGINX_ROOT.findall(config.read_text())]
    return [path.resolve() for path in paths if path.is_absolute()]


def _uploads(settings: Settings) -> Iterator[Item]:
    directory = settings.upload_dir
    create = f"sudo install -d -o village-mgmt -g village-mgmt -m 700 {directory}"
    yield Item(
        directory.is_dir() and os.access(directory, os.W_OK | os.X_OK),
        f"upload directory {directory} exists and is writable",
        create,
    )
    if directory.is_dir():
        mode = stat.S_IMODE(directory.stat().st_mode)
        yield Item(
            not mode & 0o007,
            f"upload directory {directory} is not readable by other users (mode {mode:o})",
            f"chmod 700 {directory}",
        )
    resolved = directory.resolve()
    served = [path for path in served_paths(settings) if resolved.is_relative_to(path)]
    yield Item(
        not served,
        f"upload directory {directory} is outside every served path"
        if not served
        else f"upload directory {directory} is inside {served[0]}, which is served to the web",
        "set UPLOAD_DIR=/var/lib/village-management/uploads and move the files there",
    )


def _writable(path: Path) -> bool:
    if path.exists():
        return os.access(path, os.W_OK)
    parent = path.parent
    return parent.is_dir() and os.access(parent, os.W_OK | os.X_OK)


def _log_file(log_file: Path | None) -> Item:
    if log_file is None:
        return Item(
            False,
            "LOG_FILE is not set",
            "set LOG_FILE=/var/log/village-management/app.log",
        )
    return Item(
        _writable(log_file),
        f"log file {log_file} is writable",
        f"sudo install -d -o village-mgmt -g village-mgmt -m 750 {log_file.parent}",
    )


def _env_file(env_file: Path) -> Item:
    if not env_file.is_file():
        return Item(True, f"no {env_file} file (settings come from the environment)")
    mode = stat.S_IMODE(env_file.stat().st_mode)
    return Item(
        not mode & 0o077,
        f"{env_file} is readable by its owner only (mode {mode:o})",
        f"chmod 600 {env_file}",
    )


def _backups(settings: Settings) -> Iterator[Item]:
    directory = settings.BACKUP_DIR
    yield Item(
        directory.is_dir() and os.access(directory, os.W_OK | os.X_OK),
        f"backup directory {directory} is writable",
        f"sudo install -d -o village-mgmt -g village-mgmt -m 700 {directory}",
    )
    finished = latest_backup_time(directory)
    hours = (time.time() - finished) / 3600 if finished else None
    yield Item(
        hours is not None and hours <= settings.BACKUP_MAX_AGE_HOURS,
        "no backup yet"
        if hours is None
        else f"last backup {hours:.1f} h ago (at most {settings.BACKUP_MAX_AGE_HOURS} h)",
        "flask --app village backup (and schedule it daily: see docs/deployment.md)",
    )


def thai_font() -> Item:
    """PDF documents (receipts, invoices) need a Thai font that fontconfig, and so
    WeasyPrint's Pango, can find; without one Thai prints as empty boxes."""
    fc_list = shutil.which("fc-list")
    families = ""
    if fc_list:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            families = subprocess.run(  # noqa: S603 - a fixed command, no user input
                [fc_list, ":lang=th", "family"],
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            ).stdout.strip()
    first = families.splitlines()[0] if families else ""
    return Item(
        bool(families),
        f"a Thai font is installed for PDF documents ({first}, …)"
        if families
        else "no Thai font is installed (PDF receipts and invoices would print boxes)",
        "sudo apt-get install fonts-thai-tlwg",
    )


def run(settings: Settings, env_file: Path) -> list[Item]:
    """Every item, in the checklist's order."""
    return [
        *settings_items(settings),
        *database_items(settings),
        *file_items(settings, env_file),
        thai_font(),
    ]
