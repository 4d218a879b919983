"""The role/status index also orders by created_at (filtered lists, newest first).

Revision ID: 20261128_0004
Revises: 20261128_0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261128_0004"
down_revision: str | None = "20261128_0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_users_role_status_created", "users", ["role", "status", "created_at"])
    op.drop_index("ix_users_role_status", table_name="users")


def downgrade() -> None:
    op.create_index("ix_users_role_status", "users", ["role", "status"])
    op.drop_index("ix_users_role_status_created", table_name="users")
