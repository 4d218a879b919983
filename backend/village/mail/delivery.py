"""The worker's side of the outbox: claim due messages, render, send, record the outcome.

A pass (`deliver_once`) claims up to MAIL_BATCH_SIZE due pending messages in a
short transaction (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so any number of
workers can run: each claims rows no other holds; SQLite's BEGIN IMMEDIATE
serialises claims, and one worker is the rule there). Claiming counts an attempt
and pushes `next_attempt_at` MAIL_CLAIM_SECONDS ahead, so the rows are nobody
else's while this worker sends them outside any transaction, and come back by
themselves if it dies meanwhile. Each outcome is then written on its own:
sent; failed for good (MAIL_MAX_ATTEMPTS reached, an unknown template or
parameter, a 5xx refusal of the recipient); or pending again after an
exponential backoff (MAIL_RETRY_BASE_SECONDS x 2^(attempts-1), at most
MAIL_RETRY_MAX_SECONDS).

Once a message is sent or given up, its params are emptied: a reset link's token
(hashed everywhere else) does not outlive its mail in the outbox.

Delivery is at least once: a worker killed between the server's "250 OK" and
its own commit sends that message again later. It never sends one twice otherwise.
"""

from __future__ import annotations

import logging
import os
import signal
import smtplib
import ssl
import threading
from dataclasses import dataclass
from datetime import timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path
from types import FrameType
from typing import Protocol

from jinja2 import TemplateError
from sqlalchemy import select, update

from village import database
from village.config import Settings, current_settings
from village.database import utcnow
from village.mail import metrics, rendering
from village.mail.models import MailStatus, OutboxMessage

log = logging.getLogger("village.mail")
ERROR_MAX = 1000


class Transport(Protocol):
    def send(self, message: EmailMessage, *, message_id: int) -> None: ...


class PermanentFailure(Exception):
    """The message can never be sent as it is: no retry."""


@dataclass(frozen=True)
class SmtpTransport:
    """SMTP_HOST:SMTP_PORT, STARTTLS (verified certificate) when SMTP_STARTTLS, then
    AUTH when SMTP_USERNAME is set; one connection per message."""

    settings: Settings

    def send(self, message: EmailMessage, *, message_id: int) -> None:
        s = self.settings
        host = s.SMTP_HOST or "localhost"
        with smtplib.SMTP(host, s.SMTP_PORT, timeout=s.SMTP_TIMEOUT_SECONDS) as smtp:
            if s.SMTP_STARTTLS:
                smtp.starttls(context=ssl.create_default_context())
            if s.SMTP_USERNAME and s.SMTP_PASSWORD is not None:
                smtp.login(s.SMTP_USERNAME, s.SMTP_PASSWORD.get_secret_value())
            try:
                smtp.send_message(message)
            except smtplib.SMTPRecipientsRefused as exc:
                codes = [code for code, _ in exc.recipients.values()]
                if all(500 <= code < 600 for code in codes):
                    raise PermanentFailure(f"recipient refused: {codes}") from exc
                raise


@dataclass(frozen=True)
class DirectoryTransport:
    """Development: each message as `<UTC time>-<outbox id>.eml` in `directory`, which
    any mail client (or a text editor) opens. Written whole, then renamed into place."""

    directory: Path

    def send(self, message: EmailMessage, *, message_id: int) -> None:
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = utcnow().strftime("%Y%m%dT%H%M%S")
        final = self.directory / f"{stamp}-{message_id:06d}.eml"
        partial = final.with_suffix(".eml.part")
        partial.write_bytes(message.as_bytes())
        os.replace(partial, final)


def transport_for(settings: Settings) -> Transport:
    if settings.SMTP_HOST:
        return SmtpTransport(settings)
    return DirectoryTransport(settings.mail_dir)


@dataclass
class PassResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0

    @property
    def handled(self) -> int:
        return self.sent + self.retried + self.failed


def deliver_once(
    transport: Transport | None = None,
    *,
    limit: int | None = None,
    stop: threading.Event | None = None,
) -> PassResult:
    """One pass: claim due messages (at most `limit`, default MAIL_BATCH_SIZE), send each,
    record each outcome. Never raises for a message's own failure. When `stop` is set
    mid-pass, the messages not yet sent are handed back at once (due again, the
    attempt not counted) instead of waiting out their claim."""
    settings = current_settings()
    transport = transport or transport_for(settings)
    result = PassResult()
    claimed = _claim(limit or settings.MAIL_BATCH_SIZE, settings)
    for index, row in enumerate(claimed):
        if stop is not None and stop.is_set():
            _release(claimed[index:])
            break
        _deliver(row, transport, settings, result)
    database.session().close()
    return result


def _release(rows: list[OutboxMessage]) -> None:
    now = utcnow()
    for row in rows:
        _record(row, attempts=row.attempts - 1, next_attempt_at=now)


def _claim(limit: int, settings: Settings) -> list[OutboxMessage]:
    now = utcnow()
    # An idle worker only reads (no write lock every poll: SQLite has one writer).
    with database.get_db().read_sessionmaker() as reader:
        due = reader.scalar(
            select(OutboxMessage.id)
            .where(OutboxMessage.status == MailStatus.PENDING, OutboxMessage.next_attempt_at <= now)
            .limit(1)
        )
    if due is None:
        return []
    with database.transaction() as session:
        stmt = (
            select(OutboxMessage)
            .where(OutboxMessage.status == MailStatus.PENDING, OutboxMessage.next_attempt_at <= now)
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
            .limit(limit)
        )
        if session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        rows = list(session.scalars(stmt))
        for row in rows:
            row.attempts += 1
            row.next_attempt_at = now + timedelta(seconds=settings.MAIL_CLAIM_SECONDS)
    return rows


def _deliver(
    row: OutboxMessage, transport: Transport, settings: Settings, result: PassResult
) -> None:
    try:
        message = build_message(row, settings, readable=isinstance(transport, DirectoryTransport))
        transport.send(message, message_id=row.id)
    except (PermanentFailure, TemplateError, ValueError, KeyError) as exc:
        _give_up(row, exc, result)
    except Exception as exc:  # SMTP, network, disk: try again later
        if row.attempts >= settings.MAIL_MAX_ATTEMPTS:
            _give_up(row, exc, result)
        else:
            _retry(row, exc, settings, result)
    else:
        _record(row, status=MailStatus.SENT, sent_at=utcnow(), last_error=None, params={})
        metrics.SENT.inc()
        result.sent += 1
        log.info(
            "mail sent",
            extra={"event": "mail_sent", "outbox_id": row.id, "template": row.template},
        )


def backoff(attempts: int, settings: Settings) -> timedelta:
    """How long to wait after the `attempts`-th failed attempt."""
    seconds = settings.MAIL_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0)
    return timedelta(seconds=min(seconds, settings.MAIL_RETRY_MAX_SECONDS))


def _retry(row: OutboxMessage, exc: Exception, settings: Settings, result: PassResult) -> None:
    delay = backoff(row.attempts, settings)
    _record(row, next_attempt_at=utcnow() + delay, last_error=_describe(exc))
    metrics.RETRIED.inc()
    result.retried += 1
    log.warning(
        "mail not sent; trying again in %d s",
        int(delay.total_seconds()),
        extra={
            "event": "mail_retry",
            "outbox_id": row.id,
            "attempts": row.attempts,
            "error": _describe(exc),
        },
    )


def _give_up(row: OutboxMessage, exc: Exception, result: PassResult) -> None:
    _record(row, status=MailStatus.FAILED, last_error=_describe(exc), params={})
    metrics.FAILED.inc()
    result.failed += 1
    log.error(
        "mail failed for good after %d attempt(s)",
        row.attempts,
        extra={
            "event": "mail_failed",
            "outbox_id": row.id,
            "template": row.template,
            "attempts": row.attempts,
            "error": _describe(exc),
        },
    )


def _record(row: OutboxMessage, **values: object) -> None:
    # Only while still ours: the claim's attempt count marks it (a row whose claim
    # expired and was claimed again belongs to that other worker now).
    with database.transaction() as session:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == row.id, OutboxMessage.attempts == row.attempts)
            .values(**values)
            .execution_options(synchronize_session=False)
        )


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"[:ERROR_MAX]


def build_message(
    row: OutboxMessage, settings: Settings, *, readable: bool = False
) -> EmailMessage:
    """The email of an outbox row: headers folded to one line each (no CR/LF injection),
    a text part and an HTML alternative. `readable`: the bodies as plain UTF-8 (8bit)
    instead of base64, for the .eml files a developer opens in an editor. Raises
    TemplateError or ValueError when it cannot be built (never retried)."""
    dashboard = settings.dashboard_url
    rendered = rendering.render(
        row.template,
        row.language,
        row.params,
        context={
            "dashboard_url": dashboard,
            "account_url": f"{dashboard}/account",
            "essential": row.essential,
        },
    )
    message = EmailMessage()
    message["Subject"] = rendered.subject
    message["From"] = settings.MAIL_FROM
    message["To"] = Address(
        display_name=rendering.one_line(row.to_name or ""), addr_spec=row.to_address
    )
    message["Date"] = format_datetime(utcnow())
    sender_domain = getaddresses([settings.MAIL_FROM])[0][1].rpartition("@")[2] or "localhost"
    message["Message-ID"] = make_msgid(idstring=f"outbox{row.id}", domain=sender_domain)
    message["Auto-Submitted"] = "auto-generated"
    message["Content-Language"] = row.language
    if readable:
        message.set_content(rendered.text, cte="8bit")
        message.add_alternative(rendered.html, subtype="html", cte="8bit")
    else:
        message.set_content(rendered.text)
        message.add_alternative(rendered.html, subtype="html")
    return message


class Stop:
    """Set by SIGTERM/SIGINT: the loop finishes the message in hand and exits."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._handle)

    def _handle(self, _signum: int, _frame: FrameType | None) -> None:
        self.event.set()


def run_forever(stop: Stop, transport: Transport | None = None) -> None:
    """Pass after pass until `stop` is set; waits MAIL_POLL_SECONDS when nothing was due.
    A pass that fails as a whole (the database is down) is logged and tried again."""
    settings = current_settings()
    transport = transport or transport_for(settings)
    while not stop.event.is_set():
        try:
            handled = deliver_once(transport, stop=stop.event).handled
        except Exception:
            log.exception("mail pass failed", extra={"event": "mail_pass_failed"})
            database.session().close()
            handled = 0
        if handled == 0:
            stop.event.wait(settings.MAIL_POLL_SECONDS)
