"""What a Prometheus scrape learns from the health check: database up, and how fast."""

from __future__ import annotations

from village.health import service
from village.observability import metrics


def record_database() -> None:
    """Run the health check and record its database verdict (a scrape hook)."""
    database = service.database_check()
    metrics.DB_UP.set(1 if database.ok else 0)
    metrics.DB_CHECK.observe(database.latency_seconds)
