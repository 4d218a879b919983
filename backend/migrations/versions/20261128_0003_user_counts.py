"""user_counts: users per (role, status), kept exact by triggers.

Revision ID: 20261128_0003
Revises: 20261128_0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261128_0003"
down_revision: str | None = "20261128_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES = ("super_admin", "village_admin", "accounting_admin", "resident")
STATUSES = ("active", "inactive", "pending")

POSTGRESQL = [
    """
    CREATE FUNCTION user_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO user_counts (role, status, users) VALUES (NEW.role, NEW.status, 1)
        ON CONFLICT (role, status) DO UPDATE SET users = user_counts.users + 1;
      END IF;
      IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE user_counts SET users = users - 1 WHERE role = OLD.role AND status = OLD.status;
      END IF;
      RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER user_counts_follow_insert_delete AFTER INSERT OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION user_counts_follow()
    """,
    """
    CREATE TRIGGER user_counts_follow_update AFTER UPDATE OF role, status ON users
    FOR EACH ROW WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION user_counts_follow()
    """,
]
_SQLITE_ADD = (
    "INSERT INTO user_counts (role, status, users) VALUES (NEW.role, NEW.status, 1) "
    "ON CONFLICT (role, status) DO UPDATE SET users = users + 1;"
)
_SQLITE_REMOVE = (
    "UPDATE user_counts SET users = users - 1 WHERE role = OLD.role AND status = OLD.status;"
)
SQLITE = [
    f"CREATE TRIGGER user_counts_follow_insert AFTER INSERT ON users BEGIN {_SQLITE_ADD} END",
    f"CREATE TRIGGER user_counts_follow_delete AFTER DELETE ON users BEGIN {_SQLITE_REMOVE} END",
    "CREATE TRIGGER user_counts_follow_update AFTER UPDATE OF role, status ON users "
    "WHEN OLD.role IS NOT NEW.role OR OLD.status IS NOT NEW.status "
    f"BEGIN {_SQLITE_REMOVE} {_SQLITE_ADD} END",
]


def upgrade() -> None:
    op.create_table(
        "user_counts",
        sa.Column(
            "role",
            sa.Enum(*ROLES, name="role", native_enum=False, create_constraint=True, length=20),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(*STATUSES, name="status", native_enum=False, create_constraint=True, length=20),
            nullable=False,
        ),
        sa.Column("users", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("role", "status", name=op.f("pk_user_counts")),
    )
    op.execute(
        "INSERT INTO user_counts (role, status, users) "
        "SELECT role, status, count(*) FROM users GROUP BY role, status"
    )
    for statement in POSTGRESQL if op.get_bind().dialect.name == "postgresql" else SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER user_counts_follow_update ON users")
        op.execute("DROP TRIGGER user_counts_follow_insert_delete ON users")
        op.execute("DROP FUNCTION user_counts_follow()")
    else:
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER user_counts_follow_{name}")
    op.drop_table("user_counts")
