"""`users.house_number` becomes text: it lists every house a person is a current member
of ("12/3, 12/4, …"), which for an owner of several houses outgrows 32 characters.

On SQLite the users table is rebuilt by batch mode (its declared type changes); its
user_counts triggers go with the old table and are made again here, as in 0007.

Revision ID: 20261130_0010
Revises: 20261130_0009
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = "20261130_0010"
down_revision: str | None = "20261130_0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _retype(before: sa.types.TypeEngine, after: sa.types.TypeEngine) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("users", recreate="always" if sqlite else "never") as batch:
        batch.alter_column("house_number", existing_type=before, type_=after)
    if sqlite:
        for statement in context.script.get_revision("20261128_0003").module.SQLITE:
            op.execute(statement)


def upgrade() -> None:
    _retype(sa.String(32), sa.Text())


def downgrade() -> None:
    # Longer lists are cut to 32 characters (the column is derived: the next change to a
    # membership writes it whole again).
    op.execute(
        "UPDATE users SET house_number = substr(house_number, 1, 32) "
        "WHERE length(house_number) > 32"
    )
    _retype(sa.Text(), sa.String(32))
