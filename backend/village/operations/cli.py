"""`flask --app village <command>` for operators (see docs/operations.md)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click
from flask import Flask
from flask.cli import with_appcontext

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.config import Settings, current_settings
from village.files import queries as file_queries
from village.files import service as files
from village.operations import backups, preflight, upload_backups, verify

log = logging.getLogger("village.operations")


@click.command("prune-audit")
@click.option(
    "--days", type=click.IntRange(1), help="Keep this many days (default: AUDIT_RETENTION_DAYS)."
)
@with_appcontext
def prune_audit_command(days: int | None) -> None:
    """Delete audit events older than the retention period (AUDIT_RETENTION_DAYS)."""
    keep = days or current_settings().AUDIT_RETENTION_DAYS
    with database.transaction():
        removed = audit.prune(older_than_days=keep)
        audit.record(AuditAction.AUDIT_PRUNED, details={"removed": removed, "retention_days": keep})
    click.echo(f"Removed {removed} audit event(s) older than {keep} days.")


@click.command("cleanup-files")
@with_appcontext
def cleanup_files_command() -> None:
    """Remove uploaded files nobody kept: rows never attached (or discarded) over a day ago,
    then files in UPLOAD_DIR no row refers to, written over an hour ago. Safe to repeat."""
    settings = current_settings()
    with database.transaction():
        rows = files.purge_rows()
    with database.transaction():
        keep = file_queries.referenced_keys()
    sweep = files.sweep_disk(settings.upload_dir, keep=keep)
    log.info(
        "files_cleaned_up",
        extra={
            "event": "files_cleaned_up",
            "removed": len(sweep.removed),
            "rows": rows,
            "bytes": sweep.removed_bytes,
        },
    )
    click.echo(
        f"✔ removed {rows} file record(s) never attached or discarded over "
        f"{files.UNATTACHED_DAYS * 24} h ago"
    )
    click.echo(
        f"✔ removed {len(sweep.removed)} file(s) ({sweep.removed_bytes / 1e6:.1f} MB) from "
        f"{settings.upload_dir} that no record refers to"
    )
    click.echo(
        f"  kept {sweep.kept} file(s) in use and {sweep.too_recent} written within the last "
        "hour (uploads in flight)"
    )
    for path in sweep.foreign:
        click.echo(f"  left alone {path}: not a stored file (remove it by hand if unwanted)")


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
    uploads = made.uploads
    click.echo(
        f"✔ {len(uploads.files)} uploaded file(s) ({sum(uploads.files.values()) / 1e6:.1f} MB) "
        f"in {settings.BACKUP_DIR / upload_backups.MIRROR}, {uploads.added} new"
    )
    for path in made.removed:
        click.echo(f"  removed {path.name} (older than {settings.BACKUP_RETENTION_DAYS} days)")
    lost = [("missing from", key) for key in uploads.missing] + [
        ("damaged in", key) for key in uploads.damaged
    ]
    for problem, key in lost:
        click.echo(f"✘ {key} is {problem} {settings.upload_dir}")
    if lost:
        log.error("backup_uploads_incomplete", extra={"event": "backup_uploads_incomplete"})
        raise SystemExit(1)  # the backup is kept; the files it lacks need an operator


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


@click.command("preflight")
@click.option(
    "--env-file",
    type=click.Path(path_type=Path),
    default=lambda: os.environ.get("VILLAGE_ENV_FILE", ".env"),
    show_default=".env",
    help="The settings file whose permissions to check.",
)
def preflight_command(env_file: Path) -> None:
    """Check the pre-deployment checklist against these settings; exit 1 on any ✘."""
    # No app is built: an unsafe production setting must be reported, not refuse to start.
    items = preflight.run(Settings(), env_file)
    for item in items:
        click.echo(str(item))
    failed = sum(not item.ok for item in items)
    click.echo(f"\n{len(items)} checks, {failed} failed.")
    if failed:
        raise SystemExit(1)


@click.command("verify")
@click.argument("base_url")
@click.option("--admin-email", help="A super admin's email: test every role, delete the probes.")
@click.option("--admin-password-stdin", is_flag=True, help="Read that admin's password from stdin.")
@click.option(
    "--origin",
    "origins",
    multiple=True,
    help="A dashboard origin to test CORS for (repeatable; default: CORS_ORIGINS).",
)
@click.option("--frontend-url", help="The dashboard's URL, e.g. https://admin.your-domain.com.")
@click.option("--http-url", help="Where plain HTTP answers (default: BASE_URL's host on port 80).")
@click.option("--cacert", type=click.Path(exists=True), help="Trust this CA (self-signed certs).")
@click.option("--insecure", is_flag=True, help="Do not verify the TLS certificate.")
def verify_command(  # noqa: PLR0917 - one parameter per click option
    base_url: str,
    admin_email: str | None,
    admin_password_stdin: bool,
    origins: tuple[str, ...],
    frontend_url: str | None,
    http_url: str | None,
    cacert: str | None,
    insecure: bool,
) -> None:
    """Verify a live deployment at BASE_URL over HTTP; exit 1 on any ✘."""
    password = None
    if admin_email:
        if not admin_password_stdin:
            raise click.UsageError("--admin-email needs --admin-password-stdin")
        password = sys.stdin.read().removesuffix("\n").removesuffix("\r")
    options = verify.Options(
        base_url=base_url,
        http_url=http_url,
        frontend_url=frontend_url,
        origins=list(origins) or Settings().CORS_ORIGINS,
        admin_email=admin_email,
        admin_password=password,
        cacert=cacert,
        insecure=insecure,
    )
    results = verify.Verifier(options).run()
    for result in results:
        click.echo(str(result))
    failed = sum(r.ok is False for r in results)
    passed = sum(r.ok is True for r in results)
    click.echo(f"\n{passed} passed, {failed} failed")
    if failed:
        raise SystemExit(1)


# preflight and verify are also `flask.commands` entry points (pyproject.toml), so the
# flask CLI finds them without building the app, which refuses unsafe settings.
def init_app(app: Flask) -> None:
    for command in (
        prune_audit_command,
        cleanup_files_command,
        backup_command,
        restore_check_command,
    ):
        app.cli.add_command(command)
