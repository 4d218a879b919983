"""`flask --app village close-resolved`: the timed chore of service requests."""

from __future__ import annotations

import logging

import click
from flask.cli import with_appcontext

from village import database
from village.service_requests import service

log = logging.getLogger("village.service_requests")


@click.command("close-resolved")
@with_appcontext
def close_resolved_command() -> None:
    """Close service requests resolved over 7 days ago (village.md: "automatically 7 days
    after resolution"); each opener is told. Safe to run at any time, repeatedly."""
    with database.transaction():
        closed = [request.number for request in service.close_resolved()]
    log.info(
        "service_requests_closed", extra={"event": "service_requests_closed", "count": len(closed)}
    )
    click.echo(f"✔ closed {len(closed)} request(s) resolved over 7 days ago")
    for number in closed:
        click.echo(f"  {number}")


COMMANDS = (close_resolved_command,)
