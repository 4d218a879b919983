"""`flask --app village deliver-mail`: the outbox's worker (see docs/operations.md)."""

from __future__ import annotations

import logging

import click
from flask.cli import with_appcontext

from village.config import current_settings
from village.mail import delivery

log = logging.getLogger("village.mail")


@click.command("deliver-mail")
@click.option("--once", is_flag=True, help="One pass over the due mail, then exit.")
@with_appcontext
def deliver_mail_command(once: bool) -> None:
    """Send the queued email (SMTP, or .eml files in MAIL_DIR when SMTP_HOST is unset).

    Without --once it keeps running (the systemd service, `make run`) until SIGTERM.
    """
    settings = current_settings()
    where = (
        f"SMTP {settings.SMTP_HOST}:{settings.SMTP_PORT}"
        if settings.SMTP_HOST
        else f"files in {settings.mail_dir} (SMTP_HOST is not set)"
    )
    if once:
        result = delivery.deliver_once()
        click.echo(
            f"Mail to {where}: {result.sent} sent, {result.retried} to retry, "
            f"{result.failed} failed."
        )
        return
    log.info("mail worker started: %s", where, extra={"event": "mail_worker_started"})
    stop = delivery.Stop()
    stop.install()
    delivery.run_forever(stop)
    log.info("mail worker stopped", extra={"event": "mail_worker_stopped"})


COMMANDS = (deliver_mail_command,)
