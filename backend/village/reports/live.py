"""Today's figures, read cheaply: a few aggregate queries on indexed columns and on the
balances the ledger keeps on each house. The overview, the residents' summary and the
Prometheus scrape read these (a scrape every few seconds must not rebuild the books).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, func, select

from village import database
from village.arrears import aging
from village.arrears import settings as arrears_settings
from village.credit_notes.enums import CreditNoteStatus
from village.credit_notes.models import CreditNote
from village.finance.models import FeeItem
from village.houses.models import House
from village.invoices.enums import OPEN_STATUSES
from village.invoices.models import Invoice, InvoiceLine
from village.payments.enums import PaymentStatus, SlipStatus
from village.payments.models import Payment, PaymentSlip
from village.profile import service as profile
from village.service_requests.enums import OPEN
from village.service_requests.models import ServiceRequest

# Service requests still open, by whole days since they were opened (the village's days).
AGE_BUCKETS: tuple[tuple[str, int], ...] = (("0_2", 2), ("3_7", 7), ("8_30", 30))
OVER = "over_30"


@dataclass(frozen=True)
class Slips:
    waiting: int
    oldest_since: datetime | None


def outstanding_satang() -> int:
    """Σ what every house owes today (the ledger keeps it on each house)."""
    total = database.session().scalar(select(func.coalesce(func.sum(House.outstanding_satang), 0)))
    return int(total or 0)


def houses_count() -> int:
    """The houses of the village (archived ones left out)."""
    return int(
        database.session().scalar(
            select(func.count()).select_from(House).where(House.archived_at.is_(None))
        )
        or 0
    )


def houses_past_due() -> int:
    """How many houses owe something past its due date today (ix_invoices_status_due)."""
    stmt = select(func.count(func.distinct(Invoice.house_id))).where(
        Invoice.status.in_([status.value for status in OPEN_STATUSES]),
        Invoice.due_date < profile.today(),
    )
    return int(database.session().scalar(stmt) or 0)


def slips_waiting() -> Slips:
    """Transfer slips waiting for review, and since when the oldest has waited."""
    count, oldest = (
        database.session()
        .execute(
            select(func.count(), func.min(PaymentSlip.created_at)).where(
                PaymentSlip.status == SlipStatus.SUBMITTED
            )
        )
        .one()
    )
    return Slips(int(count or 0), oldest)


def _count(condition: ColumnElement[bool]) -> int:
    return int(database.session().scalar(select(func.count()).where(condition)) or 0)


def credit_notes_pending() -> int:
    """Credit notes waiting for a second person's approval."""
    return _count(CreditNote.status == CreditNoteStatus.PENDING_APPROVAL)


def payments_pending() -> int:
    """Payments recorded at the office waiting for confirmation."""
    return _count(Payment.status == PaymentStatus.PENDING)


def service_requests_by_age() -> dict[str, int]:
    """Open service requests by whole days since opened: 0_2, 3_7, 8_30, over_30."""
    zone = ZoneInfo(profile.get().timezone)
    today = profile.today()
    # A request opened on local day d is (today - d) days old: at most N days old when
    # opened at or after the start of day (today - N). Each bucket lies between two such
    # instants; the last holds everything before the last instant.
    bounds: list[datetime | None] = [
        datetime.combine(today - timedelta(days=most), time.min, tzinfo=zone)
        for _, most in AGE_BUCKETS
    ]
    opened = ServiceRequest.created_at
    sums = []
    for start, end in zip([*bounds, None], [None, *bounds], strict=True):
        inside = [opened >= start] if start is not None else []
        inside += [opened < end] if end is not None else []
        sums.append(func.coalesce(func.sum(case((and_(*inside), 1), else_=0)), 0))
    row = (
        database.session()
        .execute(select(*sums).where(ServiceRequest.status.in_([s.value for s in OPEN])))
        .one()
    )
    names = [name for name, _ in AGE_BUCKETS] + [OVER]
    return dict(zip(names, (int(value) for value in row), strict=True))


def houses_past_thresholds() -> tuple[int, int]:
    """How many houses are past the suspension and the land-office thresholds today:
    months in arrears (village.md) counted over the lines of open invoices past due only
    (ix_invoices_status_due), filled in order by what each invoice has settled."""
    limits = arrears_settings.thresholds()
    rows = database.session().execute(
        select(
            Invoice.house_id,
            Invoice.id,
            Invoice.paid_satang + Invoice.credited_satang,
            InvoiceLine.amount_satang,
            InvoiceLine.month,
            func.coalesce(FeeItem.counts_for_arrears, False),
        )
        .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
        .outerjoin(FeeItem, FeeItem.id == InvoiceLine.fee_item_id)
        .where(
            Invoice.status.in_([status.value for status in OPEN_STATUSES]),
            Invoice.due_date < profile.today(),
        )
        .order_by(Invoice.id, InvoiceLine.position)
    )
    lines: dict[tuple[int, int, int], list[aging.Line]] = defaultdict(list)
    for house_id, invoice_id, settled, amount, month, counts in rows:
        lines[(house_id, invoice_id, int(settled))].append(aging.Line(amount, month, counts))
    months: dict[int, set[date]] = defaultdict(set)
    for (house_id, _, settled), invoice_lines in lines.items():
        months[house_id] |= aging.unpaid_months(settled, invoice_lines)
    in_arrears = [len(unpaid) for unpaid in months.values()]
    return (
        sum(1 for count in in_arrears if 0 < limits.suspension_months <= count),
        sum(1 for count in in_arrears if 0 < limits.land_office_months <= count),
    )
