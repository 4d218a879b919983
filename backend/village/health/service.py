"""The health report: status, database, version and uptime; never a secret."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from village.config import app_version
from village.database import get_db

STARTED = time.monotonic()
DB_CHECK_TIMEOUT_MS = 2000


def database_ok() -> tuple[bool, float]:
    """Run `SELECT 1` on a fresh pool connection with a short timeout."""
    started = time.perf_counter()
    engine = get_db().engine
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(text(f"SET statement_timeout = {DB_CHECK_TIMEOUT_MS}"))
            connection.execute(text("SELECT 1"))
            if engine.dialect.name == "postgresql":
                connection.execute(text("RESET statement_timeout"))
    except SQLAlchemyError:
        return False, time.perf_counter() - started
    return True, time.perf_counter() - started


def check() -> dict[str, Any]:
    ok, seconds = database_ok()
    return {
        "status": "healthy" if ok else "unhealthy",
        "authentication": "JWT-enabled",
        "database": "connected" if ok else "disconnected",
        "database_latency_ms": round(seconds * 1000, 2),
        "version": app_version(),
        "uptime_seconds": round(time.monotonic() - STARTED),
    }
