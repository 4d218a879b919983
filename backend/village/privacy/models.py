"""Tables of the privacy domain: notices, acceptances, data-subject requests, erasures.

Notices are append-only (a new version is a new row); acceptances are a log (one row per
person and version, never changed); requests keep their decision and who made it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from village.database import Base, str_enum, utcnow
from village.privacy.enums import DataRequestStatus, DataRequestType
from village.users.models import User


class PrivacyNotice(Base):
    """One version of the privacy notice (Thai and English). The newest is current."""

    __tablename__ = "privacy_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(unique=True)  # 1, 2, 3 ... the highest is current
    text_th: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime] = mapped_column(default=utcnow)
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class NoticeAcceptance(Base):
    """A person accepted (acknowledged) a version of the notice: when, from where."""

    __tablename__ = "privacy_notice_acceptances"
    __table_args__ = (UniqueConstraint("user_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(ForeignKey("privacy_notices.version"))
    accepted_at: Mapped[datetime] = mapped_column(default=utcnow)
    ip_address: Mapped[str | None] = mapped_column(String(45))
    user_agent: Mapped[str | None] = mapped_column(String(512))


class DataRequest(Base):
    """A data-subject request, due 30 days after it arrives (PDPA s.30 para. 3)."""

    __tablename__ = "data_requests"
    __table_args__ = (
        Index("ix_data_requests_status_due", "status", "due_on"),
        # One pending request of each type per person (a double click files one).
        Index(
            "uq_data_requests_pending",
            "user_id",
            "type",
            unique=True,
            sqlite_where=text("status = 'pending'"),
            postgresql_where=text("status = 'pending'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    type: Mapped[DataRequestType] = mapped_column(str_enum(DataRequestType, "data_request_type"))
    details: Mapped[str | None] = mapped_column(Text)
    status: Mapped[DataRequestStatus] = mapped_column(
        str_enum(DataRequestStatus, "data_request_status"), default=DataRequestStatus.PENDING
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    due_on: Mapped[date]  # the village's date of arrival + 30 days
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decision_note: Mapped[str | None] = mapped_column(Text)

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="joined")
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id], lazy="joined")


class Erasure(Base):
    """A person was anonymised (erasure by anonymisation): when, by whom, on which request."""

    __tablename__ = "erasures"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    erased_at: Mapped[datetime] = mapped_column(default=utcnow)
    erased_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("data_requests.id", ondelete="SET NULL")
    )
