"""`flask --app village <command>` for operators (see docs/operations.md)."""

from __future__ import annotations

import logging

import click
from flask import Flask
from flask.cli import with_appcontext

from village import database
from village.audit import service as audit
from village.config import current_settings

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


def init_app(app: Flask) -> None:
    app.cli.add_command(prune_audit_command)
