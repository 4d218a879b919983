"""The village registry: its profile, houses, members, requests to join a house; and
one-time set-password links (only their hashes).

Existing `users.house_number` values become houses (by their normalised number)
and current memberships: the first person of a house is its owner and primary
contact, others family. `users.house_number` stays as the read-only list of a
person's current houses, kept by the houses service.

Revision ID: 20261130_0008
Revises: 20261130_0007
Create Date: 2026-11-30
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from village.identifiers import InvalidIdentifier, normalize_house_number

revision: str = "20261130_0008"
down_revision: str | None = "20261130_0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


RELATIONS = ("owner", "co_owner", "tenant", "family", "agent")


def _create_tables() -> None:
    timestamp = sa.DateTime(timezone=True)
    op.create_table(
        "village_profile",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name_th", sa.String(200), nullable=False),
        sa.Column("name_en", sa.String(200), nullable=False),
        sa.Column("juristic_person_name", sa.String(300)),
        sa.Column("tax_id", sa.String(13)),
        sa.Column("address", sa.String(500)),
        sa.Column("phone", sa.String(16)),
        sa.Column("email", sa.String(254)),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("fiscal_year_start_month", sa.Integer(), nullable=False),
        sa.Column("office_hours", sa.String(200)),
        sa.Column("updated_at", timestamp, nullable=False),
        sa.CheckConstraint("id = 1", name="ck_village_profile_single_row"),
        sa.CheckConstraint(
            "fiscal_year_start_month BETWEEN 1 AND 12", name="ck_village_profile_fiscal_month"
        ),
    )
    op.create_table(
        "houses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("house_number", sa.String(32), nullable=False),
        sa.Column("plot_number", sa.String(30)),
        sa.Column("title_deed_number", sa.String(30)),
        sa.Column("zone", sa.String(50)),
        sa.Column("land_area_hundredths", sa.Integer()),
        sa.Column("usable_area_hundredths", sa.Integer()),
        sa.Column(
            "plot_type",
            _enum("plot_type", "residential", "commercial", "vacant_land"),
            nullable=False,
        ),
        sa.Column(
            "occupancy",
            _enum("occupancy", "occupied", "vacant", "under_construction"),
            nullable=False,
        ),
        sa.Column("developer_owned", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("billable_from", sa.Date()),
        sa.Column("notes", sa.Text()),
        sa.Column("created_at", timestamp, nullable=False),
        sa.Column("updated_at", timestamp, nullable=False),
        sa.Column("archived_at", timestamp),
        sa.UniqueConstraint("house_number", name="uq_houses_house_number"),
    )
    op.create_index("ix_houses_zone", "houses", ["zone"])
    op.create_table(
        "house_members",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "house_id",
            sa.Integer(),
            sa.ForeignKey(
                "houses.id", ondelete="RESTRICT", name="fk_house_members_house_id_houses"
            ),
            nullable=False,
        ),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="RESTRICT", name="fk_house_members_user_id_users"),
            nullable=False,
        ),
        sa.Column("relation", _enum("relation", *RELATIONS), nullable=False),
        sa.Column("is_primary_contact", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("moved_in_on", sa.Date()),
        sa.Column("moved_out_on", sa.Date()),
        sa.Column("created_at", timestamp, nullable=False),
        sa.Column("updated_at", timestamp, nullable=False),
    )
    op.create_index("ix_house_members_house_id", "house_members", ["house_id"])
    op.create_index("ix_house_members_user_id", "house_members", ["user_id"])
    current = sa.text("moved_out_on IS NULL")
    op.create_index(
        "uq_house_members_current",
        "house_members",
        ["house_id", "user_id"],
        unique=True,
        sqlite_where=current,
        postgresql_where=current,
    )
    primary = sa.text("is_primary_contact AND moved_out_on IS NULL")
    op.create_index(
        "uq_house_members_primary",
        "house_members",
        ["house_id"],
        unique=True,
        sqlite_where=primary,
        postgresql_where=primary,
    )
    op.create_table(
        "membership_requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey(
                "users.id", ondelete="CASCADE", name="fk_membership_requests_user_id_users"
            ),
            nullable=False,
        ),
        sa.Column("house_number", sa.String(32), nullable=False),
        sa.Column("relation", _enum("relation", *RELATIONS), nullable=False),
        sa.Column(
            "status", _enum("request_status", "pending", "approved", "rejected"), nullable=False
        ),
        sa.Column("created_at", timestamp, nullable=False),
        sa.Column("decided_at", timestamp),
        sa.Column(
            "decided_by_id",
            sa.Integer(),
            sa.ForeignKey(
                "users.id", ondelete="SET NULL", name="fk_membership_requests_decided_by_id_users"
            ),
        ),
        sa.Column(
            "house_id",
            sa.Integer(),
            sa.ForeignKey(
                "houses.id", ondelete="SET NULL", name="fk_membership_requests_house_id_houses"
            ),
        ),
        sa.Column("decision_note", sa.String(500)),
    )
    op.create_index("ix_membership_requests_user_id", "membership_requests", ["user_id"])
    op.create_index(
        "ix_membership_requests_status", "membership_requests", ["status", "created_at"]
    )


def _create_password_tokens() -> None:
    timestamp = sa.DateTime(timezone=True)
    op.create_table(
        "password_tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE", name="fk_password_tokens_user_id_users"),
            nullable=False,
        ),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("purpose", _enum("token_purpose", "set_password", "reset"), nullable=False),
        sa.Column(
            "created_by_id",
            sa.Integer(),
            sa.ForeignKey(
                "users.id", ondelete="SET NULL", name="fk_password_tokens_created_by_id_users"
            ),
        ),
        sa.Column("created_at", timestamp, nullable=False),
        sa.Column("expires_at", timestamp, nullable=False),
        sa.Column("used_at", timestamp),
        sa.UniqueConstraint("token_hash", name="uq_password_tokens_token_hash"),
    )
    op.create_index("ix_password_tokens_user_id", "password_tokens", ["user_id"])


def _houses_from_users(bind: sa.engine.Connection, now: datetime) -> None:
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("house_number", sa.String))
    houses = sa.table(
        "houses",
        sa.column("id", sa.Integer),
        sa.column("house_number", sa.String),
        sa.column("plot_type", sa.String),
        sa.column("occupancy", sa.String),
        sa.column("developer_owned", sa.Boolean),
        sa.column("created_at", sa.DateTime),
        sa.column("updated_at", sa.DateTime),
    )
    members = sa.table(
        "house_members",
        *(sa.column(c) for c in ("house_id", "user_id", "relation", "created_at", "updated_at")),
        sa.column("is_primary_contact", sa.Boolean),
    )
    rows = bind.execute(
        sa.select(users.c.id, users.c.house_number)
        .where(users.c.house_number.is_not(None))
        .order_by(users.c.id)
    ).all()
    house_ids: dict[str, int] = {}
    for user_id, raw in rows:
        try:
            number = normalize_house_number(raw)
        except InvalidIdentifier:  # blank: nothing to link
            bind.execute(users.update().where(users.c.id == user_id).values(house_number=None))
            continue
        first = number not in house_ids
        if first:
            house_ids[number] = bind.execute(
                houses.insert()
                .values(
                    house_number=number,
                    plot_type="residential",
                    occupancy="occupied",
                    developer_owned=False,
                    created_at=now,
                    updated_at=now,
                )
                .returning(houses.c.id)
            ).scalar_one()
        bind.execute(
            members.insert().values(
                house_id=house_ids[number],
                user_id=user_id,
                relation="owner" if first else "family",
                is_primary_contact=first,
                created_at=now,
                updated_at=now,
            )
        )
        bind.execute(users.update().where(users.c.id == user_id).values(house_number=number))


def upgrade() -> None:
    _create_tables()
    _create_password_tokens()
    bind = op.get_bind()
    now = (
        datetime.now(UTC)
        if bind.dialect.name == "postgresql"
        else datetime.now(UTC).replace(tzinfo=None)
    )
    bind.execute(
        sa.text(
            "INSERT INTO village_profile (id, name_th, name_en, timezone, fiscal_year_start_month,"
            " updated_at) VALUES (1, 'หมู่บ้าน', 'Village', 'Asia/Bangkok', 1, :now)"
        ),
        {"now": now},
    )
    _houses_from_users(bind, now)


def downgrade() -> None:
    tables = (
        "password_tokens",
        "membership_requests",
        "house_members",
        "houses",
        "village_profile",
    )
    for table in tables:
        op.drop_table(table)
