"""One row per login: the refresh-token family and its state."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from village.database import Base, utcnow


class AuthSession(Base):
    """A signed-in device. Access and refresh tokens carry its id as `sid`.

    `refresh_jti` is the only refresh token of the family that may be used;
    `previous_refresh_jti` and `rotated_at` tell a benign race (two tabs
    refreshing at once, within the grace window) from a replayed old token.
    """

    __tablename__ = "auth_sessions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    refresh_jti: Mapped[str] = mapped_column(String(32))
    previous_refresh_jti: Mapped[str | None] = mapped_column(String(32))
    rotated_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    ip_address: Mapped[str | None] = mapped_column(String(45))
    user_agent: Mapped[str | None] = mapped_column(String(512))
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(String(40))

    def __repr__(self) -> str:
        return f"<AuthSession id={self.id} user_id={self.user_id}>"

    def is_usable(self, now: datetime) -> bool:
        return self.revoked_at is None and self.expires_at > now
