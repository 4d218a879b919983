"""Houses (plots) of the village, the people who are members of each, and requests to join.

Areas are integer hundredths of a square wah (`land_area_sq_wah` 50.25 is 5025),
so fee arithmetic stays exact (village.md, "Conventions"). A membership is never
deleted once it is history: ending it sets `moved_out_on`.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from village.database import Base, Satang, str_enum, utcnow
from village.houses.enums import Occupancy, PlotType, Relation, RequestStatus
from village.users.models import User

__all__ = [
    "House",
    "HouseMember",
    "MembershipRequest",
    "Occupancy",
    "PlotType",
    "Relation",
    "RequestStatus",
    "to_hundredths",
]


class House(Base):
    __tablename__ = "houses"
    __table_args__ = (Index("ix_houses_zone", "zone"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Trimmed, spaces collapsed, Thai and full-width digits as 0-9 (identifiers.house_number).
    house_number: Mapped[str] = mapped_column(String(32), unique=True)
    plot_number: Mapped[str | None] = mapped_column(String(30))
    title_deed_number: Mapped[str | None] = mapped_column(String(30))
    zone: Mapped[str | None] = mapped_column(String(50))
    land_area_hundredths: Mapped[int | None]  # hundredths of a square wah; > 0
    usable_area_hundredths: Mapped[int | None]  # hundredths of a square metre
    plot_type: Mapped[PlotType] = mapped_column(
        str_enum(PlotType, "plot_type"), default=PlotType.RESIDENTIAL
    )
    occupancy: Mapped[Occupancy] = mapped_column(
        str_enum(Occupancy, "occupancy"), default=Occupancy.OCCUPIED
    )
    developer_owned: Mapped[bool] = mapped_column(default=False, server_default=false())
    billable_from: Mapped[date | None]  # the first day of the first billed month
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    archived_at: Mapped[datetime | None]
    # Kept by the ledger (village.invoices.ledger, village.payments.ledger) in the
    # transaction that changes them, so lists show a balance without summing invoices:
    # Σ outstanding of the house's invoices, and what its payments hold beyond allocations.
    outstanding_satang: Mapped[Satang] = mapped_column(default=0, server_default="0")
    credit_satang: Mapped[Satang] = mapped_column(default=0, server_default="0")

    # The current members, the primary contact first (read-only: memberships change
    # through the service, which keeps their history).
    members: Mapped[list[HouseMember]] = relationship(
        primaryjoin="and_(House.id == HouseMember.house_id, HouseMember.moved_out_on.is_(None))",
        viewonly=True,
        order_by=lambda: (HouseMember.is_primary_contact.desc(), HouseMember.id),
    )

    def __repr__(self) -> str:
        return f"<House id={self.id} {self.house_number!r}>"

    @property
    def land_area_sq_wah(self) -> Decimal | None:
        """The land area in square wah, exactly (hundredths / 100)."""
        return _from_hundredths(self.land_area_hundredths)

    @property
    def balance_satang(self) -> int:
        """What the house owes now: outstanding minus credit (invariant 4), in satang."""
        return self.outstanding_satang - self.credit_satang

    @property
    def usable_area_sqm(self) -> Decimal | None:
        return _from_hundredths(self.usable_area_hundredths)


def _from_hundredths(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value) / 100


def to_hundredths(value: Decimal | None) -> int | None:
    """An area with at most two decimals as an exact integer of hundredths."""
    return None if value is None else int(value * 100)


# PostgreSQL only, like the users' (users/models.py): the houses search by number or
# plot uses these trigram indexes (migration 0009).
for _column in (House.house_number, House.plot_number):
    Index(
        f"ix_houses_{_column.key}_trgm",
        _column,
        postgresql_using="gin",
        postgresql_ops={_column.key: "gin_trgm_ops"},
    ).ddl_if(dialect="postgresql")


class HouseMember(Base):
    """A person's membership of a house: current while `moved_out_on` is null."""

    __tablename__ = "house_members"
    __table_args__ = (
        # One current membership per person and house ...
        Index(
            "uq_house_members_current",
            "house_id",
            "user_id",
            unique=True,
            sqlite_where=text("moved_out_on IS NULL"),
            postgresql_where=text("moved_out_on IS NULL"),
        ),
        # ... and at most one current primary contact (the bill-to person) per house.
        Index(
            "uq_house_members_primary",
            "house_id",
            unique=True,
            sqlite_where=text("is_primary_contact AND moved_out_on IS NULL"),
            postgresql_where=text("is_primary_contact AND moved_out_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    house_id: Mapped[int] = mapped_column(ForeignKey("houses.id", ondelete="RESTRICT"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"), index=True)
    relation: Mapped[Relation] = mapped_column(str_enum(Relation, "relation"))
    is_primary_contact: Mapped[bool] = mapped_column(default=False, server_default=false())
    moved_in_on: Mapped[date | None]
    moved_out_on: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    house: Mapped[House] = relationship(foreign_keys=[house_id])
    user: Mapped[User] = relationship(lazy="joined")

    @property
    def is_current(self) -> bool:
        return self.moved_out_on is None


class MembershipRequest(Base):
    """A self-registered person's word that they live at a house, for the office to confirm."""

    __tablename__ = "membership_requests"
    __table_args__ = (Index("ix_membership_requests_status", "status", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    house_number: Mapped[str] = mapped_column(String(32))  # as the person gave it (normalised)
    relation: Mapped[Relation] = mapped_column(str_enum(Relation, "relation"))
    status: Mapped[RequestStatus] = mapped_column(
        str_enum(RequestStatus, "request_status"), default=RequestStatus.PENDING
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    house_id: Mapped[int | None] = mapped_column(ForeignKey("houses.id", ondelete="SET NULL"))
    decision_note: Mapped[str | None] = mapped_column(String(500))

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="joined")
