"""Service requests (แจ้งซ่อม) and their timeline (comments and status changes).

Revision ID: 20261130_0017
Revises: 20261130_0015
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261130_0017"
down_revision: str | None = "20261130_0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CATEGORIES = (
    "repair", "electric", "water", "road_lighting", "garden", "security", "garbage",
    "noise_neighbour", "pets", "other",
)  # fmt: skip
PRIORITIES = ("low", "normal", "high", "urgent")
STATUSES = ("submitted", "in_progress", "on_hold", "resolved", "rejected", "cancelled", "closed")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    timestamp = sa.DateTime(timezone=True)
    op.create_table(
        "service_requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column(
            "house_id",
            sa.Integer(),
            sa.ForeignKey(
                "houses.id", ondelete="RESTRICT", name="fk_service_requests_house_id_houses"
            ),
        ),
        sa.Column("category", _enum(CATEGORIES, "sr_category"), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("priority", _enum(PRIORITIES, "sr_priority"), nullable=False),
        sa.Column("status", _enum(STATUSES, "sr_status"), nullable=False),
        sa.Column(
            "opened_by_id",
            sa.Integer(),
            sa.ForeignKey(
                "users.id", ondelete="RESTRICT", name="fk_service_requests_opened_by_id_users"
            ),
            nullable=False,
        ),
        sa.Column(
            "assignee_id",
            sa.Integer(),
            sa.ForeignKey(
                "users.id", ondelete="SET NULL", name="fk_service_requests_assignee_id_users"
            ),
        ),
        sa.Column("created_at", timestamp, nullable=False),
        sa.Column("updated_at", timestamp, nullable=False),
        sa.Column("first_response_at", timestamp),
        sa.Column("resolved_at", timestamp),
        sa.Column("closed_at", timestamp),
        sa.Column("reopen_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rating", sa.Integer()),
        sa.Column("rating_comment", sa.String(1000)),
        sa.CheckConstraint(
            "rating IS NULL OR rating BETWEEN 1 AND 5", name="ck_service_requests_rating_range"
        ),
        sa.CheckConstraint("reopen_count >= 0", name="ck_service_requests_reopen_count_positive"),
        sa.UniqueConstraint("number", name="uq_service_requests_number"),
    )
    op.create_index("ix_service_requests_house_id", "service_requests", ["house_id"])
    op.create_index("ix_service_requests_assignee_id", "service_requests", ["assignee_id"])
    op.create_index(
        "ix_service_requests_status_created", "service_requests", ["status", "created_at"]
    )
    op.create_index(
        "ix_service_requests_opened_by_created", "service_requests", ["opened_by_id", "created_at"]
    )
    op.create_table(
        "service_request_comments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer(),
            sa.ForeignKey(
                "service_requests.id",
                ondelete="CASCADE",
                name="fk_service_request_comments_request_id_service_requests",
            ),
            nullable=False,
        ),
        sa.Column(
            "author_id",
            sa.Integer(),
            sa.ForeignKey(
                "users.id", ondelete="SET NULL", name="fk_service_request_comments_author_id_users"
            ),
        ),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("internal", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("status_from", _enum(STATUSES, "status_from")),
        sa.Column("status_to", _enum(STATUSES, "status_to")),
        sa.Column("created_at", timestamp, nullable=False),
    )
    op.create_index(
        "ix_service_request_comments_request",
        "service_request_comments",
        ["request_id", "created_at"],
    )


def downgrade() -> None:
    op.drop_table("service_request_comments")
    op.drop_table("service_requests")
