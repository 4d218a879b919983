"""GET /health: liveness and database reachability, never rate-limited."""

from __future__ import annotations

from typing import Any

from apiflask import APIBlueprint

from village.health import service

bp = APIBlueprint("health", __name__)


@bp.get("/health")
@bp.doc(responses={200: "The API and its database work", 503: "The database is unreachable"})
def get_health() -> tuple[dict[str, Any], int]:
    """Report whether the API and its database work."""
    report = service.check()
    return report, 200 if report["status"] == "healthy" else 503
