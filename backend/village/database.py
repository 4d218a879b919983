"""Declarative base, engine and one session (one transaction) per request.

The request boundary commits when the response is a success, or when the
error raised asks to keep its changes (a failed login still counts); anything
else rolls back. Services only `flush()`, so no request leaves a half-written
record behind. A commit that fails (the database went away, or on SQLite a
lock held too long) still answers a problem response, never a 500.

SQLite, the embedded default, allows one writer at a time. Under WAL, a
deferred transaction that has read and then tries to write fails at once
with "database is locked" when another connection wrote in between
(SQLITE_BUSY_SNAPSHOT; `busy_timeout` does not retry it). So on SQLite every
transaction starts with `BEGIN IMMEDIATE` (it waits its turn for the write
lock up to `busy_timeout`), and requests with a safe method run each
statement in autocommit mode instead of a transaction, as on PostgreSQL:
readers never wait for writers, and the one write a GET may make (a
session's last-used time) waits its turn like any other.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, ClassVar

from flask import Flask, Response, current_app, g, has_request_context, request
from sqlalchemy import (
    BigInteger,
    ColumnElement,
    DateTime,
    Dialect,
    Enum,
    MetaData,
    create_engine,
    event,
    make_url,
    select,
)
from sqlalchemy import column as sa_column
from sqlalchemy import values as sa_values
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import (
    DeclarativeBase,
    InstrumentedAttribute,
    Session,
    mapped_column,
    sessionmaker,
)
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.types import TypeDecorator

from village.config import DEFAULT_SQLITE_URL, Settings

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every database (SQLite stores naive UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware UTC datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime}


# An amount of money in integer satang (village.md "Money"): 64-bit, because a billing
# run's or a report's totals pass 2^31 satang (21 million baht) in a large village.
Satang = Annotated[int, mapped_column(BigInteger)]


def utcnow() -> datetime:
    return datetime.now(UTC)


def str_enum(enum: type[StrEnum], name: str, *, length: int = 20) -> Enum:
    """A column type for a StrEnum: VARCHAR + CHECK of its values, not a native enum, so it
    is portable (SQLite and PostgreSQL) and cheap to extend (a migration rewrites the CHECK)."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def make_engine(settings: Settings) -> Engine:
    """Build the engine for DATABASE_URL with pool and timeouts suited to it."""
    url = settings.DATABASE_URL
    if url.startswith("sqlite"):
        if url == DEFAULT_SQLITE_URL:  # var/ of a fresh checkout: ours to create
            Path(str(make_url(url).database)).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            # Statement parameters (hashes, ID numbers) never reach a log line or an error.
            hide_parameters=True,
            echo=settings.DATABASE_ECHO,
            connect_args={"check_same_thread": False, "timeout": 15},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    timeout_ms = settings.DATABASE_STATEMENT_TIMEOUT_MS
    return create_engine(
        url,
        hide_parameters=True,
        echo=settings.DATABASE_ECHO,
        pool_size=settings.DATABASE_POOL_SIZE,
        max_overflow=settings.DATABASE_MAX_OVERFLOW,
        # No pre-ping: it would cost a round trip on every request. A connection
        # found dead (database restart) makes SQLAlchemy invalidate the whole
        # pool; that request answers 503 and the next ones reconnect.
        pool_pre_ping=False,
        pool_recycle=1800,
        connect_args={
            "connect_timeout": settings.DATABASE_CONNECT_TIMEOUT,
            # Set in the startup packet: no extra round trip per connection.
            "options": f"-c timezone=UTC -c statement_timeout={timeout_ms}",
            "application_name": "village",
        },
    )


def _sqlite_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINTs; SQLAlchemy emits
    # BEGIN itself instead (see the SQLAlchemy SQLite dialect documentation).
    dbapi_connection.isolation_level = None
    # SQLite's lower() folds ASCII only ("Ö" stays "Ö"); case-insensitive search
    # (`icontains` compiles to lower(...) LIKE lower(...)) must fold like Python.
    dbapi_connection.create_function("lower", 1, _sqlite_lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=15000")
    # WAL lets readers and the single writer work at once (dev server threads).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


# Execution option: how a SQLite transaction begins ("IMMEDIATE" unless told otherwise).
SQLITE_BEGIN = "village_sqlite_begin"
AUTOCOMMIT = "AUTOCOMMIT"


def _sqlite_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(SQLITE_BEGIN, "IMMEDIATE")
    if mode != AUTOCOMMIT:  # else no BEGIN: with isolation_level None, each statement commits
        connection.exec_driver_sql(f"BEGIN {mode}")


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class Database:
    """The engine and session factories of one app.

    Requests with a safe method (GET, HEAD, OPTIONS) read in autocommit mode:
    on PostgreSQL no BEGIN and COMMIT round trips around their queries (under
    READ COMMITTED each statement sees its own snapshot anyway, so they see
    exactly what a transaction would show them); on SQLite no read snapshot
    that a later write could find stale (see the module's docstring). The one
    write a GET may make (a session's last-used time) stands on its own.
    Every other request runs in one transaction, committed or rolled back at
    its end.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # `reader`: the same engine, each statement committing on its own (see above).
        self.reader: Engine
        self.sessionmaker = sessionmaker(engine, expire_on_commit=False)
        if engine.dialect.name == "postgresql":
            self.reader = engine.execution_options(isolation_level=AUTOCOMMIT)
        else:
            self.reader = engine.execution_options(**{SQLITE_BEGIN: AUTOCOMMIT})
        self.read_sessionmaker = sessionmaker(self.reader, expire_on_commit=False)

    def init_app(self, app: Flask) -> None:
        app.extensions["village.db"] = self
        app.after_request(_finish_request)
        app.teardown_appcontext(_close_session)

    def bind_to(self, connection: Connection) -> None:
        """Make every session a savepoint on `connection` (tests roll it all back)."""
        self.sessionmaker = self.read_sessionmaker = sessionmaker(
            bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )


def get_db() -> Database:
    database: Database = current_app.extensions["village.db"]
    return database


def session() -> Session:
    """The session of the current request or CLI command, opened on first use."""
    if "db_session" not in g:
        db = get_db()
        reads_only = has_request_context() and request.method in SAFE_METHODS
        g.db_session = (db.read_sessionmaker if reads_only else db.sessionmaker)()
    current: Session = g.db_session
    return current


def one_of(
    column: ColumnElement[str] | InstrumentedAttribute[str], values: Sequence[str]
) -> ColumnElement[bool]:
    """`column IN values`, for a batch lookup by a text key (an import's house numbers,
    phones, emails).

    PostgreSQL plans a plain IN list on a trigram-indexed column onto the trigram index,
    whose `=` costs ~1.7 ms a value (pg_trgm 1.6 supports equality); a VALUES list in a
    subquery is planned as a join on the unique btree index instead: 500 house numbers in
    15 ms instead of 900 ms (docs/performance.md). SQLite gets the plain IN list.
    """
    if session().get_bind().dialect.name != "postgresql":
        return column.in_(values)
    wanted = sa_values(sa_column("v", column.type), name="wanted").data([(v,) for v in values])
    return column.in_(select(wanted.c.v))


def keep_changes_on_error() -> None:
    """Ask the request boundary to commit even though the request ends in an error."""
    g.db_keep_changes = True


@contextmanager
def transaction() -> Iterator[Session]:
    """A unit of work outside a request (CLI, scripts): commit on success."""
    current = session()
    try:
        yield current
        current.commit()
    except BaseException:
        current.rollback()
        raise


def _finish_request(response: Response) -> Response:
    current: Session | None = g.pop("db_session", None)
    if current is None:
        return response
    try:
        if response.status_code < 400 or g.pop("db_keep_changes", False):
            current.commit()
        else:
            current.rollback()
    except DBAPIError as exc:
        # Raised here, in an after_request hook, it would bypass the error
        # handlers and become a 500; the work is rolled back and said so.
        with suppress(DBAPIError):  # a dead connection cannot roll back either
            current.rollback()
        from village.errors import commit_failed_response  # errors imports this module

        return commit_failed_response(exc)
    finally:
        current.close()
    return response


def _close_session(_exc: BaseException | None) -> None:
    current: Session | None = g.pop("db_session", None)
    if current is not None:
        current.close()
