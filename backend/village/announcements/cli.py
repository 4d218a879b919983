"""`flask --app village publish-due`: announce what was scheduled (docs/operations.md)."""

from __future__ import annotations

import logging

import click
from flask.cli import with_appcontext

from village import database
from village.announcements import service

log = logging.getLogger("village.announcements")


@click.command("publish-due")
@with_appcontext
def publish_due_command() -> None:
    """Notify the audience of scheduled announcements whose time has come (each once).

    Safe to repeat and to run twice at once; run every few minutes by
    village-management-publish-due.timer.
    """
    with database.transaction():
        announced = service.publish_due()
    log.info(
        "announcements_published",
        extra={"event": "announcements_published", "count": len(announced)},
    )
    click.echo(f"✔ announced {len(announced)} scheduled announcement(s)")


COMMANDS = (publish_due_command,)
