"""Import every model module so `Base.metadata` knows all tables (Alembic, tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import MetaData


def load_models() -> MetaData:
    from village.audit import models as _audit  # noqa: F401
    from village.auth import models as _auth  # noqa: F401
    from village.database import Base
    from village.users import models as _users  # noqa: F401

    return Base.metadata


def include_object_for(dialect: str) -> Callable[..., bool]:
    """Alembic's include_object: skip objects declared for another dialect only.

    Autogenerate ignores `.ddl_if(dialect=...)`, so without this a SQLite
    database would seem to lack the PostgreSQL-only trigram indexes.
    """

    def include_object(
        obj: Any, _name: str | None, _type: str, _reflected: bool, _other: Any
    ) -> bool:
        ddl_if = getattr(obj, "_ddl_if", None)
        return ddl_if is None or ddl_if.dialect in (None, dialect)

    return include_object
