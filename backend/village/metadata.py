"""Import every model module so `Base.metadata` knows all tables (Alembic, tests)."""

from __future__ import annotations

from sqlalchemy import MetaData


def load_models() -> MetaData:
    from village.audit import models as _audit  # noqa: F401
    from village.auth import models as _auth  # noqa: F401
    from village.database import Base
    from village.users import models as _users  # noqa: F401

    return Base.metadata
