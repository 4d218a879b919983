"""Trigram indexes for the users search (PostgreSQL only).

Revision ID: 20261128_0002
Revises: 20261128_0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261128_0002"
down_revision: str | None = "20261128_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("full_name", "email", "phone", "house_number")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # pg_trgm is a trusted extension: a database owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in COLUMNS:
        op.create_index(
            f"ix_users_{column}_trgm",
            "users",
            [column],
            postgresql_using="gin",
            postgresql_ops={column: "gin_trgm_ops"},
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.drop_index(f"ix_users_{column}_trgm", table_name="users")
