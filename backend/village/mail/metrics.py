"""Prometheus metrics of the mail: the outbox backlog (read from the database at each
scrape, so it is right whichever process sends) and the sending process's counters."""

from __future__ import annotations

import logging

from prometheus_client import Counter, Gauge
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from village import database
from village.database import utcnow
from village.mail.models import MailStatus, OutboxMessage

log = logging.getLogger("village.mail")

SENT = Counter("village_mail_sent_total", "Emails handed to SMTP (or MAIL_DIR) by this process.")
FAILED = Counter(
    "village_mail_failed_total",
    "Emails this process gave up on (MAIL_MAX_ATTEMPTS reached, or refused for good).",
)
RETRIED = Counter(
    "village_mail_retries_total", "Attempts that failed and were scheduled again, by this process."
)
OUTBOX = Gauge(
    "village_mail_outbox_messages",
    "Emails in the outbox by status (pending: not sent yet; failed: given up).",
    ["status"],
    multiprocess_mode="mostrecent",
)
OLDEST_PENDING = Gauge(
    "village_mail_outbox_oldest_pending_age_seconds",
    "Age of the oldest email not sent yet (0: none waiting).",
    multiprocess_mode="mostrecent",
)


def record_outbox() -> None:
    """Count the outbox by status and age its oldest pending message (a scrape hook).
    With the database down the gauges keep their last values (village_database_up says so)."""
    try:
        rows = (
            database.session()
            .execute(
                select(
                    OutboxMessage.status, func.count(), func.min(OutboxMessage.created_at)
                ).group_by(OutboxMessage.status)
            )
            .all()
        )
    except SQLAlchemyError:
        database.session().rollback()
        return
    counts = dict.fromkeys(MailStatus, 0)
    oldest = None
    for status, count, first in rows:
        counts[MailStatus(status)] = count
        if status == MailStatus.PENDING:
            oldest = first
    for status, count in counts.items():
        OUTBOX.labels(status.value).set(count)
    age = (utcnow() - oldest).total_seconds() if oldest is not None else 0.0
    OLDEST_PENDING.set(max(age, 0.0))
