"""GET /api/v1/audit-events: the audit trail, for super admins."""

from __future__ import annotations

from typing import Any

from apiflask import APIBlueprint

from village.audit import service
from village.audit.schemas import AuditEventPage, AuditEventQuery
from village.security.permissions import Permission, require

bp = APIBlueprint("audit", __name__, url_prefix="/api/v1/audit-events")


@bp.get("")
@require(Permission.AUDIT_READ)
@bp.input(AuditEventQuery, location="query", arg_name="query")
@bp.output(AuditEventPage)
def list_audit_events(query: AuditEventQuery) -> dict[str, Any]:
    """List audit events, newest first, filtered by actor, action, target and time."""
    events, total = service.list_page(query)
    return {"items": events, "total": total, "page": query.page, "per_page": query.per_page}
