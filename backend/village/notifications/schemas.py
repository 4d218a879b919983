"""Bodies and answers of /api/v1/me/notifications."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from village.notifications.events import NotificationEvent
from village.pagination import Page, PageQuery

Param = str | int | bool | None


class NotificationQuery(PageQuery):
    unread_only: bool = Field(False, description="Only the notifications not read yet")


class NotificationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    event: NotificationEvent
    params: dict[str, Param] = Field(
        description="What the dashboard needs to word the event (see each event's params)"
    )
    link: str | None = Field(description="The dashboard path the notification opens")
    created_at: datetime
    read_at: datetime | None


class NotificationPage(Page[NotificationRead]):
    pass


class UnreadCount(BaseModel):
    unread: int
