"""The outbox: one row per email to send, kept after sending for the record."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Enum, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from village.database import Base, utcnow


class MailStatus(StrEnum):
    PENDING = "pending"  # waiting for its first or next attempt (next_attempt_at)
    SENT = "sent"  # accepted by the SMTP server (or written to MAIL_DIR)
    FAILED = "failed"  # gave up after MAIL_MAX_ATTEMPTS, or it can never be sent


def _text_enum(enum: type[StrEnum], length: int) -> Enum:
    # Text checked by the model only (as files.kind): a new value needs no migration.
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class OutboxMessage(Base):
    __tablename__ = "mail_outbox"
    __table_args__ = (
        # The worker's claim: due pending rows, oldest first; the backlog metric.
        Index("ix_mail_outbox_status_next_attempt_at", "status", "next_attempt_at"),
        Index("ix_mail_outbox_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    to_address: Mapped[str] = mapped_column(String(254))
    to_name: Mapped[str | None] = mapped_column(String(200))
    # A template of village/mail/templates/ (its name without language and suffix).
    template: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(2))
    # What the template shows; JSON values only, never a password. Emptied once the
    # mail is sent or given up (a reset link's token does not stay here).
    params: Mapped[dict[str, Any]] = mapped_column(JSON)
    essential: Mapped[bool] = mapped_column(default=False, server_default=false())
    status: Mapped[MailStatus] = mapped_column(
        _text_enum(MailStatus, 10), default=MailStatus.PENDING
    )
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

    def __repr__(self) -> str:  # never the address or the params
        return f"<OutboxMessage id={self.id} template={self.template} status={self.status}>"
