"""Response and query models of the audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from village.validation import InputModel, Line


class AuditEventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    occurred_at: datetime
    actor_id: int | None
    actor_email: str | None
    action: str
    target_type: str | None
    target_id: str | None
    ip_address: str | None
    user_agent: str | None
    details: dict[str, Any]


class AuditEventPage(BaseModel):
    items: list[AuditEventRead]
    total: int
    page: int
    per_page: int


class AuditEventQuery(InputModel):
    page: int = Field(1, ge=1, le=100_000)
    per_page: int = Field(50, ge=1, le=100)
    actor_id: int | None = Field(None, ge=1, le=2_147_483_647)
    action: Line | None = Field(None, max_length=64, description="e.g. login_failed")
    target_type: Line | None = Field(None, max_length=32, description="user or session")
    target_id: Line | None = Field(None, max_length=64)
    since: AwareDatetime | None = Field(None, description="ISO 8601 with a timezone; inclusive")
    until: AwareDatetime | None = Field(None, description="ISO 8601 with a timezone; exclusive")
