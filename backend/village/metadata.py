"""Import every domain's models so `Base.metadata` knows all tables (Alembic, tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import MetaData


def load_models() -> MetaData:
    """Import every registered domain's models (village.domains) and return the metadata."""
    from village.database import Base
    from village.domains import with_module

    with_module("models")
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
