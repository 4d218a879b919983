"""Response and query models of the audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from village.audit.actions import AuditAction
from village.pagination import MAX_PER_PAGE, Page, PageQuery
from village.validation import Line, SearchText


class AuditEventRead(BaseModel):
    """One event. Names are snapshots taken when it happened."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    occurred_at: datetime
    actor_id: int | None = Field(description="Null for the system or an operator command")
    actor_email: str | None
    actor_name: str | None
    action: AuditAction
    target_type: str | None = Field(description="user, session or jwt_key")
    target_id: str | None
    target_name: str | None = Field(
        description="The target user's name; for a session, its owner's"
    )
    ip_address: str | None
    user_agent: str | None
    details: dict[str, Any]


class AuditEventPage(Page[AuditEventRead]):
    pass


class AuditEventQuery(PageQuery):
    per_page: int = Field(50, ge=1, le=MAX_PER_PAGE)
    q: SearchText | None = Field(
        None, description="Events by or about a person: part of a name or an email"
    )
    actor_id: int | None = Field(None, ge=1, le=2_147_483_647)
    action: AuditAction | None = None
    target_type: Line | None = Field(None, max_length=32, description="user or session")
    target_id: Line | None = Field(None, max_length=64)
    since: AwareDatetime | None = Field(None, description="ISO 8601 with a timezone; inclusive")
    until: AwareDatetime | None = Field(None, description="ISO 8601 with a timezone; exclusive")
