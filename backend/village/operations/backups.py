"""PostgreSQL backups with pg_dump, and a restore check that proves one is usable.

A backup is three files in BACKUP_DIR, named after the UTC time it started, plus
the uploaded files its database refers to (village.operations.upload_backups):

    village-20261128T030000Z.dump           pg_dump custom format
    village-20261128T030000Z.manifest.json  row count of every table + alembic version,
                                            and the uploaded files (count, bytes, each key)
    village-20261128T030000Z.dump.sha256    sha256sum lines for both (written last)
    uploads/ab/cd/<sha256>                  each uploaded file once, shared by all backups

The manifest is counted inside the very snapshot pg_dump dumps (an exported
snapshot held open by a REPEATABLE READ transaction), so a restore must
reproduce it exactly even while the application keeps writing. The checksum
file is written last: its presence marks a complete backup (the backup-age
metric and preflight read it).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import secrets
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, make_url

from village.config import Settings
from village.operations import upload_backups

PREFIX = "village-"
DUMP_SUFFIX = ".dump"
CHECKSUM_SUFFIX = ".dump.sha256"
MANIFEST_SUFFIX = ".manifest.json"


class BackupError(RuntimeError):
    """A backup or restore check that cannot go on; the message says why and what to do."""


@dataclass(frozen=True)
class Backup:
    dump: Path
    checksum: Path
    manifest: Path
    tables: dict[str, int]
    alembic_version: str | None
    removed: list[Path]
    uploads: upload_backups.Copied


def _postgres_url(database_url: str) -> URL:
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        raise BackupError(
            "backups need PostgreSQL (pg_dump); DATABASE_URL points at "
            f"{url.get_backend_name()}. Copy the SQLite file instead."
        )
    return url


def libpq_env(url: URL) -> dict[str, str]:
    """Connection settings for pg_dump/pg_restore as PG* variables: no password in `ps`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    values = {
        "PGHOST": url.host,
        "PGPORT": str(url.port) if url.port else None,
        "PGUSER": url.username,
        "PGPASSWORD": url.password,
        "PGDATABASE": url.database,
        "PGSSLMODE": url.query.get("sslmode"),
        "PGSSLROOTCERT": url.query.get("sslrootcert"),
        "PGCONNECT_TIMEOUT": "10",
    }
    env.update({k: str(v) for k, v in values.items() if v})
    return env


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed: sudo apt install postgresql-client")
    return path


def _run(args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{Path(args[0]).name} failed: {result.stderr.strip()[-2000:]}")


def table_counts(connection: Connection) -> tuple[dict[str, int], str | None]:
    """Row count of every table in the public schema, and the alembic version."""
    names = sorted(sa.inspect(connection).get_table_names(schema="public"))
    counts = {}
    for name in names:  # names come from the catalog, quoted
        query = sa.text(f'SELECT count(*) FROM "{name}"')  # noqa: S608
        counts[name] = int(connection.execute(query).scalar_one())
    version = None
    if "alembic_version" in names:
        version = connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    return counts, version


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def create_backup(settings: Settings, *, now: datetime | None = None) -> Backup:
    """Dump the database and copy its uploaded files into BACKUP_DIR, checksum them and
    apply the retention; one backup at a time (a lock file), since backups share the
    copies of uploaded files."""
    _postgres_url(settings.DATABASE_URL)
    directory = settings.BACKUP_DIR
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    with (directory / ".lock").open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BackupError("another backup is running; wait for it to finish") from None
        return _create_backup(settings, directory, now=now)


def _create_backup(settings: Settings, directory: Path, *, now: datetime | None) -> Backup:
    url = _postgres_url(settings.DATABASE_URL)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    dump = directory / f"{PREFIX}{stamp}{DUMP_SUFFIX}"
    manifest = directory / f"{PREFIX}{stamp}{MANIFEST_SUFFIX}"
    checksum = directory / f"{PREFIX}{stamp}{CHECKSUM_SUFFIX}"
    if checksum.exists():
        raise BackupError(f"{checksum.name} already exists; wait a second and run again")
    partial = dump.with_name(dump.name + ".partial")
    old_umask = os.umask(0o077)
    try:
        engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        try:
            with (
                engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn,
                conn.begin(),
            ):
                conn.execute(sa.text("SET TRANSACTION READ ONLY"))
                snapshot = conn.execute(sa.text("SELECT pg_export_snapshot()")).scalar_one()
                tables, version = table_counts(conn)
                keys = upload_backups.referenced_keys(conn)
                args = [_tool("pg_dump"), "--format=custom", f"--snapshot={snapshot}"]
                _run([*args, f"--file={partial}"], libpq_env(url))
        finally:
            engine.dispose()
        partial.rename(dump)
        uploads = upload_backups.copy_uploads(settings.upload_dir, directory, keys)
        manifest.write_text(
            json.dumps(
                {
                    "created_at": stamp,
                    "alembic_version": version,
                    "tables": tables,
                    "uploads": uploads.manifest(),
                },
                indent=2,
            )
        )
        checksum.write_text(
            f"{sha256_of(dump)}  {dump.name}\n{sha256_of(manifest)}  {manifest.name}\n"
        )
    finally:
        os.umask(old_umask)
        partial.unlink(missing_ok=True)
    removed = apply_retention(directory, settings.BACKUP_RETENTION_DAYS, keep=dump)
    upload_backups.prune_mirror(directory)
    return Backup(dump, checksum, manifest, tables, version, removed, uploads)


def apply_retention(directory: Path, days: int, *, keep: Path) -> list[Path]:
    """Delete backups older than `days` (never `keep`, the one just made)."""
    cutoff = time.time() - days * 86_400
    removed = []
    for path in sorted(directory.glob(f"{PREFIX}*")):
        stem = path.name.split(".", 1)[0]
        if stem == keep.name.split(".", 1)[0] or path.stat().st_mtime >= cutoff:
            continue
        path.unlink()
        removed.append(path)
    return removed


def verify_checksums(dump: Path) -> dict[str, Any]:
    """Check the dump (and manifest) against the .sha256 file; return the manifest."""
    if not dump.name.endswith(DUMP_SUFFIX):
        raise BackupError(f"{dump} is not a {DUMP_SUFFIX} file made by the backup command")
    checksum = dump.with_name(dump.name + ".sha256")
    if not dump.is_file() or not checksum.is_file():
        raise BackupError(f"{dump.name} or its checksum file {checksum.name} is missing")
    for line in checksum.read_text().splitlines():
        expected, _, name = line.partition("  ")
        target = dump.parent / name
        if not target.is_file() or sha256_of(target) != expected:
            raise BackupError(f"checksum mismatch for {name}: the backup is damaged")
    manifest = dump.with_name(dump.name.removesuffix(DUMP_SUFFIX) + MANIFEST_SUFFIX)
    loaded: dict[str, Any] = json.loads(manifest.read_text()) if manifest.is_file() else {}
    return loaded


@contextmanager
def scratch_database(server: URL) -> Iterator[URL]:
    """A new empty database on `server`, dropped afterwards whatever happens."""
    name = f"village_restore_check_{secrets.token_hex(4)}"
    admin = sa.create_engine(
        server.set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool
    )
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        try:
            yield server.set(database=name)
        finally:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def _file_keys(connection: Connection) -> list[str]:
    """The storage key of every row of a restored `files` table (one per row)."""
    if "files" not in sa.inspect(connection).get_table_names():
        return []
    return [
        str(key) for key in connection.execute(sa.text("SELECT storage_key FROM files")).scalars()
    ]


@dataclass(frozen=True)
class Comparison:
    item: str
    expected: object
    found: object

    @property
    def ok(self) -> bool:
        return self.expected == self.found


@dataclass(frozen=True)
class RestoreReport:
    scratch_database: str
    comparisons: list[Comparison]


def restore_check(
    settings: Settings, dump: Path, *, server_url: str | None = None
) -> RestoreReport:
    """Restore `dump` into a scratch database and compare it with its source.

    The source is the manifest written with the dump (the database as dumped);
    a dump without one is compared with the live database.
    """
    manifest = verify_checksums(dump)
    source = _postgres_url(settings.DATABASE_URL)
    server = _postgres_url(server_url) if server_url else source
    if manifest:
        expected, expected_version = manifest["tables"], manifest["alembic_version"]
    else:
        engine = sa.create_engine(source, poolclass=sa.pool.NullPool)
        with engine.connect() as conn:
            expected, expected_version = table_counts(conn)
        engine.dispose()
    with scratch_database(server) as scratch:
        args = [_tool("pg_restore"), "--no-owner", "--no-acl", "--exit-on-error"]
        _run([*args, f"--dbname={scratch.database}", str(dump)], libpq_env(scratch))
        engine = sa.create_engine(scratch, poolclass=sa.pool.NullPool)
        try:
            with engine.connect() as conn:
                found, found_version = table_counts(conn)
                restored_keys = _file_keys(conn)
        finally:
            engine.dispose()
    comparisons = [Comparison("alembic version", expected_version, found_version)]
    for table in sorted(set(expected) | set(found)):
        comparisons.append(Comparison(f"rows in {table}", expected.get(table), found.get(table)))
    if manifest.get("uploads") is not None:
        comparisons += _upload_comparisons(dump.parent, manifest["uploads"], restored_keys)
    return RestoreReport(str(scratch.database), comparisons)


MAX_LISTED_PROBLEMS = 10


def _upload_comparisons(
    directory: Path, uploads: dict[str, Any], restored_keys: list[str]
) -> list[Comparison]:
    """Every listed file intact, and every restored row's file among them."""
    verified = upload_backups.verify_copies(directory, uploads)
    listed = set(uploads.get("files") or {})
    broken = {key for key, _ in verified.problems}
    rows_with_file = sum(key in listed and key not in broken for key in restored_keys)
    comparisons = [
        Comparison("uploaded files in the backup, intact", verified.listed, verified.intact),
        Comparison("rows in files whose file is in the backup", len(restored_keys), rows_with_file),
    ]
    for key, problem in verified.problems[:MAX_LISTED_PROBLEMS]:
        comparisons.append(Comparison(f"file {key}", "intact", problem))
    for key in sorted(set(restored_keys) - listed)[:MAX_LISTED_PROBLEMS]:
        comparisons.append(Comparison(f"file {key}", "in the backup", "not listed"))
    return comparisons
