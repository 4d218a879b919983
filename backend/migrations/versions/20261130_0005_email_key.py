"""users.email_key: one comparison form of every email, computed in Python.

The unique index on `lower(email)` depended on the database's idea of case
(SQLite folds ASCII only), and lookups lower-cased in Python: "Ölaf@…" could
register twice on SQLite and never sign in. `email_key` (village.identifiers)
replaces it on every database. Existing emails are normalised on the way; two
accounts that turn out to share one address stop the migration with their ids,
for the office to resolve (merging accounts is not a migration's call).

Revision ID: 20261130_0005
Revises: 20261128_0004
Create Date: 2026-11-30
"""

from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from village.identifiers import InvalidIdentifier, email_key, normalize_email

revision: str = "20261130_0005"
down_revision: str | None = "20261128_0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

users = sa.table("users", sa.column("id", sa.Integer), sa.column("email"), sa.column("email_key"))


def _normalised(email: str) -> str:
    try:
        return normalize_email(email)
    except InvalidIdentifier:  # stored before validation existed: keep it, keyed as typed
        return email


def upgrade() -> None:
    bind = op.get_bind()
    postgresql = bind.dialect.name == "postgresql"
    # First, so no row below is indexed by a lower() that may not be SQLite's own
    # (village.database gives SQLite Python's).
    op.drop_index("uq_users_email_lower", table_name="users")
    # SQLite adds a NOT NULL column only with a default (and without rebuilding the
    # table, which would drop the user_counts triggers); the model always sets it.
    op.add_column(
        "users",
        sa.Column(
            "email_key",
            sa.String(254),
            nullable=postgresql,
            server_default=None if postgresql else "",
        ),
    )
    rows = bind.execute(sa.select(users.c.id, users.c.email)).all()
    owners: dict[str, list[int]] = defaultdict(list)
    for user_id, email in rows:
        stored = _normalised(email)
        owners[email_key(stored)].append(user_id)
        bind.execute(
            users.update()
            .where(users.c.id == user_id)
            .values(email=stored, email_key=email_key(stored))
        )
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    if shared:
        listing = "; ".join(f"users {ids} share {key!r}" for key, ids in sorted(shared.items()))
        raise RuntimeError(
            "Some accounts have the same email ignoring case or Unicode form, so one of each "
            f"group must get another address before this upgrade: {listing}"
        )
    if postgresql:
        op.alter_column("users", "email_key", nullable=False)
        op.drop_index("ix_users_email_trgm", table_name="users")
        op.create_index(
            "ix_users_email_key_trgm",
            "users",
            ["email_key"],
            postgresql_using="gin",
            postgresql_ops={"email_key": "gin_trgm_ops"},
        )
    op.create_index("uq_users_email_key", "users", ["email_key"], unique=True)


def downgrade() -> None:
    op.create_index("uq_users_email_lower", "users", [sa.text("lower(email)")], unique=True)
    op.drop_index("uq_users_email_key", table_name="users")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_users_email_key_trgm", table_name="users")
        op.create_index(
            "ix_users_email_trgm",
            "users",
            ["email"],
            postgresql_using="gin",
            postgresql_ops={"email": "gin_trgm_ops"},
        )
    op.drop_column("users", "email_key")
