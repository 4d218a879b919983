"""Document numbers: one counter per prefix and fiscal year (INV2569-000123, SR2569-000310).

Revision ID: 20261130_0013
Revises: 20261130_0011
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261130_0013"
down_revision: str | None = "20261130_0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document_sequences",
        sa.Column("prefix", sa.String(8), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("prefix", "fiscal_year", name=op.f("pk_document_sequences")),
    )


def downgrade() -> None:
    op.drop_table("document_sequences")
