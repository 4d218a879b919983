"""What a Prometheus scrape learns from the health check: database up, and how fast."""

from __future__ import annotations

from village.health import service
from village.observability import metrics


def record_database() -> None:
    """Run the health check and record its database verdict (a scrape hook)."""
    report = service.check()
    metrics.DB_UP.set(1 if report["database"] == "connected" else 0)
    metrics.DB_CHECK.observe(report["database_latency_ms"] / 1000)
