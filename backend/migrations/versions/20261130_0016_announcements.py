"""Announcements: the office's notices, their audiences (zones or houses) and who read them.

Revision ID: 20261130_0016
Revises: 20261130_0014
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261130_0016"
down_revision: str | None = "20261130_0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    timestamp = sa.DateTime(timezone=True)
    op.create_table(
        "announcements",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=False),
        sa.Column(
            "audience_kind",
            _enum("audience_kind", "all", "zones", "owners", "houses"),
            nullable=False,
        ),
        sa.Column("priority", _enum("announcement_priority", "normal", "urgent"), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("publish_at", timestamp),
        sa.Column("expires_at", timestamp),
        sa.Column("archived_at", timestamp),
        sa.Column("notified_at", timestamp),
        sa.Column(
            "author_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="SET NULL", name="fk_announcements_author_id_users"),
        ),
        sa.Column("created_at", timestamp, nullable=False),
        sa.Column("updated_at", timestamp, nullable=False),
    )
    op.create_index("ix_announcements_publish_at", "announcements", ["publish_at"])
    op.create_index("ix_announcements_due", "announcements", ["notified_at", "publish_at"])
    op.create_table(
        "announcement_targets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "announcement_id",
            sa.Integer(),
            sa.ForeignKey(
                "announcements.id",
                ondelete="CASCADE",
                name="fk_announcement_targets_announcement_id_announcements",
            ),
            nullable=False,
        ),
        sa.Column("zone", sa.String(50)),
        sa.Column(
            "house_id",
            sa.Integer(),
            sa.ForeignKey(
                "houses.id", ondelete="CASCADE", name="fk_announcement_targets_house_id_houses"
            ),
        ),
    )
    for column in ("announcement_id", "zone", "house_id"):
        op.create_index(f"ix_announcement_targets_{column}", "announcement_targets", [column])
    op.create_table(
        "announcement_reads",
        sa.Column(
            "announcement_id",
            sa.Integer(),
            sa.ForeignKey(
                "announcements.id",
                ondelete="CASCADE",
                name="fk_announcement_reads_announcement_id_announcements",
            ),
            primary_key=True,
        ),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey(
                "users.id", ondelete="CASCADE", name="fk_announcement_reads_user_id_users"
            ),
            primary_key=True,
        ),
        sa.Column("read_at", timestamp, nullable=False),
    )
    op.create_index("ix_announcement_reads_user_id", "announcement_reads", ["user_id"])


def downgrade() -> None:
    op.drop_table("announcement_reads")
    op.drop_table("announcement_targets")
    op.drop_table("announcements")
