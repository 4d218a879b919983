"""The village profile: one row, created on install (village.md, "Village profile")."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from village.database import Base, utcnow

PROFILE_ID = 1  # one deployment serves one village


class VillageProfile(Base):
    __tablename__ = "village_profile"
    __table_args__ = (
        CheckConstraint(f"id = {PROFILE_ID}", name="single_row"),
        CheckConstraint("fiscal_year_start_month BETWEEN 1 AND 12", name="fiscal_month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=PROFILE_ID)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    juristic_person_name: Mapped[str | None] = mapped_column(String(300))
    tax_id: Mapped[str | None] = mapped_column(String(13))
    address: Mapped[str | None] = mapped_column(String(500))
    phone: Mapped[str | None] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(254))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Bangkok")
    fiscal_year_start_month: Mapped[int] = mapped_column(default=1)
    office_hours: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
