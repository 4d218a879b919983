"""GET /api/v1/audit-events: the audit trail, for super admins."""

from __future__ import annotations

from apiflask import APIBlueprint

from village.audit import service
from village.audit.models import AuditEvent
from village.audit.schemas import AuditEventPage, AuditEventQuery
from village.pagination import PageOf
from village.security.permissions import Permission, require

bp = APIBlueprint("audit", __name__, url_prefix="/api/v1/audit-events")


@bp.get("")
@require(Permission.AUDIT_READ)
@bp.input(AuditEventQuery, location="query", arg_name="query")
@bp.output(AuditEventPage)
def list_audit_events(query: AuditEventQuery) -> PageOf[AuditEvent]:
    """List audit events, newest first, filtered by person, actor, action, target and time."""
    return service.list_page(query)
