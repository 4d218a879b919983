"""The health report: status, database, version and uptime; never a secret.

Load balancers and monitors poll /health, sometimes many times a second per
worker. The database check is remembered for a second (per worker, success or
failure alike), so a storm of health checks costs the database at most one
round trip per second per worker, and an outage still shows within a second.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from village.config import app_state, app_version
from village.database import get_db

# When this process (the gunicorn master, with preload) started: fixed text, so every
# /health body has the same length and load tools (ab) see no "length" failures.
STARTED_AT = datetime.now(UTC).replace(microsecond=0).isoformat()
CHECK_TTL_SECONDS = 1.0


@dataclass(frozen=True)
class DatabaseCheck:
    ok: bool
    latency_seconds: float
    checked_at: float


class HealthCache:
    """The last database check of one app, shared by the threads of a worker."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: DatabaseCheck | None = None

    def database(self) -> DatabaseCheck:
        last = self._last
        if last is not None and time.monotonic() - last.checked_at < CHECK_TTL_SECONDS:
            return last
        with self._lock:  # one check at a time; the others reuse its answer
            last = self._last
            if last is None or time.monotonic() - last.checked_at >= CHECK_TTL_SECONDS:
                last = self._last = _check_database()
        return last


def _check_database() -> DatabaseCheck:
    """One `SELECT 1` on a pooled connection (timeouts: DATABASE_CONNECT_TIMEOUT, statement)."""
    started = time.perf_counter()
    try:
        with get_db().reader.connect() as connection:
            connection.execute(text("SELECT 1"))
        ok = True
    except SQLAlchemyError:
        ok = False
    return DatabaseCheck(ok, time.perf_counter() - started, time.monotonic())


def database_check() -> DatabaseCheck:
    cache: HealthCache = app_state().setdefault("health", HealthCache())
    return cache.database()


def check() -> dict[str, Any]:
    """The /health body. The database's latency is a metric (/metrics), not part of it."""
    database = database_check()
    return {
        "status": "healthy" if database.ok else "unhealthy",
        "authentication": "JWT-enabled",
        "database": "connected" if database.ok else "disconnected",
        "version": app_version(),
        "started_at": STARTED_AT,
    }
