"""Trigram indexes for the houses search by house and plot number (PostgreSQL only).

The search is a UNION of matching houses (by number, by plot, by a current member's
name or phone); each part then uses an index instead of case-folding every row.

Revision ID: 20261130_0009
Revises: 20261130_0008
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261130_0009"
down_revision: str | None = "20261130_0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("house_number", "plot_number")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")  # since 0002; kept for clarity
    for column in COLUMNS:
        op.create_index(
            f"ix_houses_{column}_trgm",
            "houses",
            [column],
            postgresql_using="gin",
            postgresql_ops={column: "gin_trgm_ops"},
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.drop_index(f"ix_houses_{column}_trgm", table_name="houses")
