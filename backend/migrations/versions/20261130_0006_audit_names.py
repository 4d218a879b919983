"""audit_events: actor_name and target_name snapshots; token refreshes leave the trail.

The audit log is read by office staff asking "who changed this?": it names people,
as they were named when it happened. Existing rows get today's names where the
account still exists (and, for deletions, the name the event itself recorded).
`token_refreshed` rows (three quarters of a busy trail: every page load made one)
are deleted: refreshes are routine, and the access log and metrics have them.

Revision ID: 20261130_0006
Revises: 20261130_0005
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261130_0006"
down_revision: str | None = "20261130_0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

events = sa.table(
    "audit_events",
    sa.column("id", sa.Integer),
    sa.column("action"),
    sa.column("target_name"),
    sa.column("details", sa.JSON),
)


def upgrade() -> None:
    op.add_column("audit_events", sa.Column("actor_name", sa.String(200), nullable=True))
    op.add_column("audit_events", sa.Column("target_name", sa.String(200), nullable=True))
    bind = op.get_bind()
    session_id = (
        "CAST(s.id AS VARCHAR)"
        if bind.dialect.name == "postgresql"
        else "lower(substr(s.id, 1, 8) || '-' || substr(s.id, 9, 4) || '-' || substr(s.id, 13, 4)"
        " || '-' || substr(s.id, 17, 4) || '-' || substr(s.id, 21))"
    )
    op.execute(
        "UPDATE audit_events SET actor_name = "
        "(SELECT u.full_name FROM users u WHERE u.id = audit_events.actor_id) "
        "WHERE actor_id IS NOT NULL"
    )
    op.execute(
        "UPDATE audit_events SET target_name = "
        "(SELECT u.full_name FROM users u WHERE CAST(u.id AS VARCHAR(64)) = audit_events.target_id)"
        " WHERE target_type = 'user'"
    )
    # session_id is one of the two constant expressions above: nothing comes from data.
    by_session = (
        "UPDATE audit_events SET target_name = (SELECT u.full_name FROM auth_sessions s "  # noqa: S608
        f"JOIN users u ON u.id = s.user_id WHERE {session_id} = audit_events.target_id) "
        "WHERE target_type = 'session'"
    )
    op.execute(by_session)
    deleted = bind.execute(
        sa.select(events.c.id, events.c.details).where(events.c.action == "user_deleted")
    ).all()
    for event_id, details in deleted:
        name = ((details or {}).get("before") or {}).get("full_name")
        if name:
            bind.execute(
                events.update().where(events.c.id == event_id).values(target_name=name[:200])
            )
    op.execute("DELETE FROM audit_events WHERE action = 'token_refreshed'")


def downgrade() -> None:
    op.drop_column("audit_events", "target_name")
    op.drop_column("audit_events", "actor_name")
