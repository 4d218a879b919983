"""Debt-clearance certificates: numbered, with what they printed kept as a snapshot.

Revision ID: 20261130_0021
Revises: 20261130_0020
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261130_0021"
down_revision: str | None = "20261130_0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("house_id", sa.Integer(), nullable=False),
        sa.Column("house_number", sa.String(length=32), nullable=False),
        sa.Column("plot_number", sa.String(length=30), nullable=True),
        sa.Column("title_deed_number", sa.String(length=30), nullable=True),
        sa.Column("land_area_hundredths", sa.Integer(), nullable=True),
        sa.Column("owner_names", sa.JSON(), nullable=False),
        sa.Column("paid_through", sa.Date(), nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("issued_by_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "valid_until >= issue_date", name=op.f("ck_certificates_valid_after_issue")
        ),
        sa.ForeignKeyConstraint(
            ["house_id"],
            ["houses.id"],
            name=op.f("fk_certificates_house_id_houses"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["issued_by_id"],
            ["users.id"],
            name=op.f("fk_certificates_issued_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
        sa.UniqueConstraint("number", name=op.f("uq_certificates_number")),
    )
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.create_index(
            "ix_certificates_house_issue", ["house_id", "issue_date"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.drop_index("ix_certificates_house_issue")
    op.drop_table("certificates")
