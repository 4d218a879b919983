"""`flask --app village <command>` for operators (see docs/operations.md)."""

from __future__ import annotations

import logging
from pathlib import Path

import click
from flask import Flask
from flask.cli import with_appcontext

from village import database
from village.audit import service as audit
from village.config import current_settings
from village.operations import backups

log = logging.getLogger("village.operations")


@click.command("prune-audit")
@click.option("--days", type=click.IntRange(1), help="Keep this many days (default: AUDIT_RETENTION_DAYS).")
@with_appcontext
def prune_audit_command(days: int | None) -> None:
    """Delete audit events older than the retention period (AUDIT_RETENTION_DAYS)."""
    keep = days or current_settings().AUDIT_RETENTION_DAYS
    with database.transaction():
        removed = audit.prune(older_than_days=keep)
        audit.record("audit_pruned", details={"removed": removed, "retention_days": keep})
    log.info("audit_pruned", extra={"event": "audit_pruned", "removed": removed, "days": keep})
    click.echo(f"Removed {removed} audit event(s) older than {keep} days.")


@click.command("backup")
@with_appcontext
def backup_command() -> None:
    """Dump the database into BACKUP_DIR (pg_dump custom format, sha256, retention)."""
    settings = current_settings()
    try:
        made = backups.create_backup(settings)
    except backups.BackupError as exc:
        log.error("backup_failed", extra={"event": "backup_failed", "reason": str(exc)})
        raise click.ClickException(str(exc)) from None
    size = made.dump.stat().st_size
    log.info(
        "backup_completed",
        extra={"event": "backup_completed", "file": made.dump.name, "bytes": size},
    )
    click.echo(
        f"✔ {made.dump} ({size / 1e6:.1f} MB, {len(made.tables)} tables, "
        f"{sum(made.tables.values())} rows, migration {made.alembic_version})"
    )
    click.echo(f"✔ checksums in {made.checksum.name}; verify with: sha256sum -c {made.checksum}")
    for path in made.removed:
        click.echo(f"  removed {path.name} (older than {settings.BACKUP_RETENTION_DAYS} days)")


@click.command("restore-check")
@click.argument("dump", type=click.Path(path_type=Path))
@click.option(
    "--server-url",
    help="A PostgreSQL URL allowed to CREATE DATABASE (default: DATABASE_URL).",
)
@with_appcontext
def restore_check_command(dump: Path, server_url: str | None) -> None:
    """Restore DUMP into a scratch database and compare it with its source."""
    try:
        report = backups.restore_check(current_settings(), dump, server_url=server_url)
    except backups.BackupError as exc:
        click.echo(f"✘ {exc}")
        log.error("restore_check_failed", extra={"event": "restore_check_failed"})
        raise SystemExit(1) from None
    click.echo(f"✔ checksums of {dump.name} match")
    click.echo(f"✔ restored into the scratch database {report.scratch_database} (dropped again)")
    comparisons = report.comparisons
    for c in comparisons:
        mark = "✔" if c.ok else "✘"
        detail = f"{c.found}" if c.ok else f"expected {c.expected}, restored {c.found}"
        click.echo(f"{mark} {c.item}: {detail}")
    failed = [c for c in comparisons if not c.ok]
    log.info(
        "restore_check_finished",
        extra={"event": "restore_check_finished", "file": dump.name, "failures": len(failed)},
    )
    if failed:
        raise SystemExit(1)


def init_app(app: Flask) -> None:
    for command in (prune_audit_command, backup_command, restore_check_command):
        app.cli.add_command(command)
