"""Announcements of the estate office, whom each is addressed to, and who has read it.

The status is derived from the times (`status_at`): `publish_at` null is a draft,
in the future scheduled, passed published, until `expires_at` passes or staff
archive it (`archived_at`). `notified_at` records that the audience was notified
(once: at publication, or by `flask --app village publish-due` for a scheduled one).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from village.announcements.enums import AnnouncementPriority, AnnouncementStatus, AudienceKind
from village.database import Base, str_enum, utcnow
from village.users.models import User

__all__ = ["Announcement", "AnnouncementTarget", "ReadReceipt"]


class Announcement(Base):
    __tablename__ = "announcements"
    __table_args__ = (
        Index("ix_announcements_publish_at", "publish_at"),
        Index("ix_announcements_due", "notified_at", "publish_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)  # Markdown, at most 20,000 characters
    body_html: Mapped[str] = mapped_column(Text)  # rendering.to_html(body): sanitised
    audience_kind: Mapped[AudienceKind] = mapped_column(str_enum(AudienceKind, "audience_kind"))
    priority: Mapped[AnnouncementPriority] = mapped_column(
        str_enum(AnnouncementPriority, "announcement_priority"),
        default=AnnouncementPriority.NORMAL,
    )
    pinned: Mapped[bool] = mapped_column(default=False, server_default=false())
    publish_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]
    archived_at: Mapped[datetime | None]
    notified_at: Mapped[datetime | None]
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    author: Mapped[User | None] = relationship(lazy="joined")
    targets: Mapped[list[AnnouncementTarget]] = relationship(
        cascade="all, delete-orphan",
        order_by=lambda: AnnouncementTarget.id,
        lazy="selectin",
    )

    def __repr__(self) -> str:
        return f"<Announcement id={self.id} {self.title!r}>"

    def status_at(self, now: datetime) -> AnnouncementStatus:
        """draft | scheduled | published | archived at the instant `now` (UTC)."""
        if self.archived_at is not None or (self.expires_at is not None and self.expires_at <= now):
            return AnnouncementStatus.ARCHIVED
        if self.publish_at is None:
            return AnnouncementStatus.DRAFT
        return (
            AnnouncementStatus.SCHEDULED if self.publish_at > now else AnnouncementStatus.PUBLISHED
        )

    def was_published(self, now: datetime) -> bool:
        """True once its publish time has passed: title, body and audience are frozen."""
        return self.publish_at is not None and self.publish_at <= now

    @property
    def zones(self) -> list[str]:
        return [t.zone for t in self.targets if t.zone is not None]

    @property
    def house_ids(self) -> list[int]:
        return [t.house_id for t in self.targets if t.house_id is not None]


class AnnouncementTarget(Base):
    """One zone (audience `zones`) or one house (audience `houses`) of an announcement."""

    __tablename__ = "announcement_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    announcement_id: Mapped[int] = mapped_column(
        ForeignKey("announcements.id", ondelete="CASCADE"), index=True
    )
    zone: Mapped[str | None] = mapped_column(String(50), index=True)
    house_id: Mapped[int | None] = mapped_column(
        ForeignKey("houses.id", ondelete="CASCADE"), index=True
    )


class ReadReceipt(Base):
    """A person has opened an announcement (POST /announcements/{id}/read), once."""

    __tablename__ = "announcement_reads"

    announcement_id: Mapped[int] = mapped_column(
        ForeignKey("announcements.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    read_at: Mapped[datetime] = mapped_column(default=utcnow)
