"""Service requests and their timeline (comments and status changes).

A request belongs to a house, or to no house (`house_id` null: a common area).
Its timeline is one table: a comment has a body; a status change has
`status_from`/`status_to` and the reason as its body. `internal` entries are the
office's notes, never shown to residents.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from village.database import Base, str_enum, utcnow
from village.houses.models import House
from village.service_requests.enums import (
    RATING_COMMENT_MAX,
    TERMINAL,
    TITLE_MAX,
    Category,
    Priority,
    Status,
)
from village.users.models import User

__all__ = ["Category", "Comment", "Priority", "ServiceRequest", "Status"]


class ServiceRequest(Base):
    __tablename__ = "service_requests"
    __table_args__ = (
        Index("ix_service_requests_status_created", "status", "created_at"),
        Index("ix_service_requests_opened_by_created", "opened_by_id", "created_at"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating_range"),
        CheckConstraint("reopen_count >= 0", name="reopen_count_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # SR2569-000310
    house_id: Mapped[int | None] = mapped_column(
        ForeignKey("houses.id", ondelete="RESTRICT"), index=True
    )
    category: Mapped[Category] = mapped_column(str_enum(Category, "sr_category"))
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    description: Mapped[str] = mapped_column(Text)
    priority: Mapped[Priority] = mapped_column(
        str_enum(Priority, "sr_priority"), default=Priority.NORMAL
    )
    status: Mapped[Status] = mapped_column(str_enum(Status, "sr_status"), default=Status.SUBMITTED)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]  # when it reached a terminal status
    reopen_count: Mapped[int] = mapped_column(default=0, server_default="0")
    rating: Mapped[int | None]
    rating_comment: Mapped[str | None] = mapped_column(String(RATING_COMMENT_MAX))

    house: Mapped[House | None] = relationship(lazy="joined")
    opened_by: Mapped[User] = relationship(foreign_keys=[opened_by_id], lazy="joined")
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id], lazy="joined")

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL

    def __repr__(self) -> str:
        return f"<ServiceRequest id={self.id} {self.number!r} {self.status}>"


class Comment(Base):
    """One entry of a request's timeline: a comment, or a status change (with its reason)."""

    __tablename__ = "service_request_comments"
    __table_args__ = (Index("ix_service_request_comments_request", "request_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("service_requests.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text, default="")
    internal: Mapped[bool] = mapped_column(default=False, server_default=false())
    status_from: Mapped[Status | None] = mapped_column(str_enum(Status, "status_from"))
    status_to: Mapped[Status | None] = mapped_column(str_enum(Status, "status_to"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    author: Mapped[User | None] = relationship(lazy="joined")
