"""What `python main.py` checks before it serves: a reachable, migrated database.

A server started on a database it cannot use would answer every request with
a 503 and say nothing; an operator who followed the checklist out of order
gets one line instead, naming the fix (issue 10).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from village.config import Settings
from village.database import make_engine
from village.operations.preflight import active_super_admins, migration_state


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
