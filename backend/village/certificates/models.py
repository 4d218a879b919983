"""Debt-clearance certificates (village.md, "Statement, arrears and certificates").

A certificate says that on its issue date the house owed the juristic person nothing.
It is numbered (`CERT{fiscal year B.E.}-NNNNNN`) when issued and never edited. What it
printed is kept as a snapshot (house and plot, owners, the last billed month, who
issued it), so verifying it later shows what the paper says even after the house's
owners change or the issuer's account is erased.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from village.database import Base, utcnow
from village.houses.models import House

__all__ = ["Certificate"]


class Certificate(Base):
    __tablename__ = "certificates"
    __table_args__ = (
        Index("ix_certificates_house_issue", "house_id", "issue_date"),
        CheckConstraint("valid_until >= issue_date", name="valid_after_issue"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # CERT2570-000001
    house_id: Mapped[int] = mapped_column(ForeignKey("houses.id", ondelete="RESTRICT"))
    # Snapshots at issue: what the paper says.
    house_number: Mapped[str] = mapped_column(String(32))
    plot_number: Mapped[str | None] = mapped_column(String(30))
    title_deed_number: Mapped[str | None] = mapped_column(String(30))
    land_area_hundredths: Mapped[int | None]  # hundredths of a square wah
    owner_names: Mapped[list[str]] = mapped_column(JSON)
    paid_through: Mapped[date | None]  # the first day of the last month billed; None: none yet
    issue_date: Mapped[date]  # the village's date
    valid_until: Mapped[date]  # the last day it is valid, inclusive
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    issued_by_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    house: Mapped[House] = relationship(lazy="joined")
