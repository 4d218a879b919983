"""In-app notifications: one row per recipient and event, read or not."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from village.database import Base, utcnow


class Notification(Base):
    __tablename__ = "notifications"
    __table_args__ = (
        # A person's list, newest first, and their unread count (a partial index
        # would be smaller, but SQLite and PostgreSQL spell it differently).
        Index("ix_notifications_user_read", "user_id", "read_at", "id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(64))  # a NotificationEvent value
    params: Mapped[dict[str, Any]] = mapped_column(
        JSON().with_variant(JSONB(), "postgresql"), default=dict
    )
    link: Mapped[str | None] = mapped_column(String(300))  # a dashboard path, e.g. /houses/5
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<Notification id={self.id} user={self.user_id} {self.event}>"
