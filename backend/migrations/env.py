"""Alembic environment: URL from the app settings, batch mode for SQLite ALTERs."""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection, make_url
from sqlalchemy.exc import OperationalError

from village.config import Settings
from village.database import Base, make_engine
from village.metadata import include_object_for, load_models

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

load_models()
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object_for(connection.dialect.name),
    )


def run_migrations_offline() -> None:
    context.configure(
        url=Settings().DATABASE_URL,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # Tests hand in their own connection; operators get one from DATABASE_URL.
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    settings = Settings()
    engine = make_engine(settings)
    try:
        connection = engine.connect()
    except OperationalError as exc:  # one line for the operator, not a traceback
        shown = make_url(settings.DATABASE_URL).render_as_string(hide_password=True)
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise SystemExit(
            f"alembic: cannot open the database at {shown}: {reason} (check DATABASE_URL)"
        ) from None
    with connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Rebuilding a table on SQLite (batch mode) drops it: with foreign keys on,
            # that would cascade to every row referring to it. Off for the migration
            # (possible only outside a transaction), checked after (SQLite's own
            # procedure: https://www.sqlite.org/lang_altertable.html#otheralter).
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise SystemExit(f"alembic: foreign keys broken by the migration: {broken}")
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
