"""Privacy (PDPA): notices and their acceptances, data-subject requests, erasures; and the
first notice (version 1, Thai and English), so every install has one to accept.

Revision ID: 20261130_0018
Revises: 20261130_0016
Create Date: 2026-11-30
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from village.privacy.default_notice import NOTICE_EN, NOTICE_TH

revision: str = "20261130_0018"
down_revision: str | None = "20261130_0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    timestamp = sa.DateTime(timezone=True)
    notices = op.create_table(
        "privacy_notices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("text_th", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("published_at", timestamp, nullable=False),
        sa.Column("published_by_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL")),
        sa.UniqueConstraint("version"),
    )
    op.create_table(
        "privacy_notice_acceptances",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "version", sa.Integer(), sa.ForeignKey("privacy_notices.version"), nullable=False
        ),
        sa.Column("accepted_at", timestamp, nullable=False),
        sa.Column("ip_address", sa.String(45)),
        sa.Column("user_agent", sa.String(512)),
        sa.UniqueConstraint("user_id", "version"),
    )
    op.create_index(
        op.f("ix_privacy_notice_acceptances_user_id"), "privacy_notice_acceptances", ["user_id"]
    )
    op.create_table(
        "data_requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "type",
            _enum("data_request_type", "access", "rectification", "erasure", "objection"),
            nullable=False,
        ),
        sa.Column("details", sa.Text()),
        sa.Column(
            "status",
            _enum("data_request_status", "pending", "completed", "rejected"),
            nullable=False,
        ),
        sa.Column("created_at", timestamp, nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("decided_at", timestamp),
        sa.Column("decided_by_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL")),
        sa.Column("decision_note", sa.Text()),
    )
    op.create_index(op.f("ix_data_requests_user_id"), "data_requests", ["user_id"])
    op.create_index("ix_data_requests_status_due", "data_requests", ["status", "due_on"])
    op.create_index(
        "uq_data_requests_pending",
        "data_requests",
        ["user_id", "type"],
        unique=True,
        sqlite_where=sa.text("status = 'pending'"),
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.create_table(
        "erasures",
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("erased_at", timestamp, nullable=False),
        sa.Column("erased_by_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL")),
        sa.Column(
            "request_id", sa.Integer(), sa.ForeignKey("data_requests.id", ondelete="SET NULL")
        ),
    )
    op.bulk_insert(
        notices,
        [
            {
                "version": 1,
                "text_th": NOTICE_TH,
                "text_en": NOTICE_EN,
                "published_at": datetime.now(UTC),
                "published_by_id": None,
            }
        ],
    )


def downgrade() -> None:
    op.drop_table("erasures")
    op.drop_index("uq_data_requests_pending", table_name="data_requests")
    op.drop_index("ix_data_requests_status_due", table_name="data_requests")
    op.drop_index(op.f("ix_data_requests_user_id"), table_name="data_requests")
    op.drop_table("data_requests")
    op.drop_index(
        op.f("ix_privacy_notice_acceptances_user_id"), table_name="privacy_notice_acceptances"
    )
    op.drop_table("privacy_notice_acceptances")
    op.drop_table("privacy_notices")
