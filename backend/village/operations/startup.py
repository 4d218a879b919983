"""What `python main.py` checks before it serves: a reachable, migrated database.

Light on purpose: main.py imports it before gunicorn starts, so nothing here may
import the metrics (their multiprocess directory does not exist yet).

A server started on a database it cannot use would answer every request with
a 503 and say nothing; an operator who followed the checklist out of order
gets one line instead, naming the fix (issue 10).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from village.config import BACKEND_DIR, Settings
from village.database import make_engine
from village.enums import Role, UserStatus
from village.users.models import User


def migration_state(conn: sa.Connection) -> tuple[set[str], set[str]]:
    """The revisions the database is at, and the code's heads."""
    heads = set(ScriptDirectory.from_config(Config(str(BACKEND_DIR / "alembic.ini"))).get_heads())
    return set(MigrationContext.configure(conn).get_current_heads()), heads


def active_super_admins(conn: sa.Connection) -> int:
    """How many active super admins the database has (0 when it has no users table yet)."""
    try:
        count = conn.scalar(
            sa.select(sa.func.count(User.id)).where(
                User.role == Role.SUPER_ADMIN, User.status == UserStatus.ACTIVE
            )
        )
    except sa.exc.SQLAlchemyError:
        count = 0
    return int(count or 0)


@dataclass(frozen=True)
class DatabaseState:
    problem: str | None  # one line, with its fix; None when the app can serve
    super_admins: int = 0


def _reason(exc: BaseException) -> str:
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    return lines[0] if lines else type(cause).__name__


def database_state(settings: Settings) -> DatabaseState:
    """Whether the configured database answers and is migrated, and who can sign in."""
    shown = make_url(settings.DATABASE_URL).render_as_string(hide_password=True)
    engine = make_engine(settings)
    try:
        with engine.connect() as conn:
            current, heads = migration_state(conn)
            admins = active_super_admins(conn) if current == heads else 0
    except sa.exc.SQLAlchemyError as exc:
        return DatabaseState(
            f"cannot use the database at {shown}: {_reason(exc)} "
            "(check DATABASE_URL, and that the database server runs)"
        )
    finally:
        engine.dispose()
    if current != heads:
        at = ", ".join(sorted(current)) or "no migrations"
        return DatabaseState(
            f"the database at {shown} is not migrated ({at}; the code needs "
            f"{', '.join(sorted(heads))}): run `alembic upgrade head` in backend/ "
            "(or `make migrate`)"
        )
    return DatabaseState(None, admins)
