"""Finance gauges of a Prometheus scrape, read from the database when scraped (so they
are right whichever worker answers): what is owed, houses past the arrears thresholds,
transfer slips waiting for review. A few aggregate queries on indexed columns and on the
balances kept on each house (village.reports.live); never the whole books.

The mail outbox has its own gauges (village.mail.metrics:
`village_mail_outbox_messages{status}`, `village_mail_outbox_oldest_pending_age_seconds`).
"""

from __future__ import annotations

from prometheus_client import Gauge
from sqlalchemy.exc import SQLAlchemyError

from village import database
from village.database import utcnow
from village.reports import live

OUTSTANDING = Gauge(
    "village_outstanding_satang",
    "What every house owes today, in satang (1 THB = 100).",
    multiprocess_mode="mostrecent",
)
HOUSES_IN_ARREARS = Gauge(
    "village_houses_in_arrears",
    "Houses at or past a threshold of months in arrears (suspension, land_office).",
    ["threshold"],
    multiprocess_mode="mostrecent",
)
SLIPS_WAITING = Gauge(
    "village_payment_slips_waiting",
    "Transfer slips submitted and waiting for the office's review.",
    multiprocess_mode="mostrecent",
)
SLIP_OLDEST = Gauge(
    "village_payment_slip_oldest_waiting_seconds",
    "How long the oldest slip waiting for review has waited (0: none waiting).",
    multiprocess_mode="mostrecent",
)


def record_finance() -> None:
    """Set the finance gauges (a scrape hook). With the database down they keep their last
    values (village_database_up says so)."""
    try:
        outstanding = live.outstanding_satang()
        suspension, land_office = live.houses_past_thresholds()
        slips = live.slips_waiting()
    except SQLAlchemyError:
        database.session().rollback()
        return
    OUTSTANDING.set(outstanding)
    HOUSES_IN_ARREARS.labels("suspension").set(suspension)
    HOUSES_IN_ARREARS.labels("land_office").set(land_office)
    SLIPS_WAITING.set(slips.waiting)
    age = (utcnow() - slips.oldest_since).total_seconds() if slips.oldest_since else 0.0
    SLIP_OLDEST.set(max(age, 0.0))
