"""The reports: who may read them, and their figures (village.md, "Statement, arrears and
certificates", "What residents see").

Every report but the residents' summary is the estate office's: `finance:read` over the
whole village (a resident's `finance:read` reaches their own houses only: 403). The
summary is aggregates only — never which houses.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from village.arrears import flows
from village.arrears import queries as arrears
from village.errors import ValidationFailed, field_error
from village.finance.policies import require_office
from village.invoices.models import Invoice
from village.payments.models import Receipt
from village.period_locks import guard
from village.profile import service as profile
from village.reports import collections, live, registers
from village.reports.schemas import CollectionsQuery, RegisterQuery
from village.security.actor import Actor
from village.validation import format_period


def _this_month() -> date:
    return profile.today().replace(day=1)


def _months_before(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def _outstanding_at(day: date) -> int:
    """What the invoices owed at the end of `day` (the arrears core's "as of")."""
    return arrears.balance_totals_as_of(day).outstanding_satang


def collections_report(actor: Actor, query: CollectionsQuery) -> list[collections.Month]:
    """The months asked for (default the twelve to this one), each with its figures."""
    require_office(actor)
    last = query.to_month or _this_month()
    first = query.from_month or _months_before(last, 11)
    if first > last:
        raise ValidationFailed([field_error("from", "`from` is after `to`.", "from_after_to")])
    if len(flows.months_between(first, last)) > collections.MAX_MONTHS:
        raise ValidationFailed(
            [
                field_error(
                    "from",
                    f"A report covers at most {collections.MAX_MONTHS} months.",
                    "range_too_long",
                )
            ]
        )
    return collections.report(first, last, _outstanding_at)


def _register_month(actor: Actor, query: RegisterQuery) -> date:
    require_office(actor)
    return query.period or _this_month()


def invoice_register(actor: Actor, query: RegisterQuery) -> tuple[date, list[Invoice]]:
    """The month (default this one) and every invoice issued in it, for the office only."""
    month = _register_month(actor, query)
    return month, registers.invoices(month)


def receipt_register(
    actor: Actor, query: RegisterQuery
) -> tuple[date, list[tuple[Receipt, date | None]]]:
    """The month (default this one) and every receipt issued in it with its void's date."""
    month = _register_month(actor, query)
    return month, registers.receipts(month)


def overview(actor: Actor) -> dict[str, Any]:
    """Today's figures for the office's dashboard."""
    require_office(actor)
    month = _this_month()
    (this_month,) = collections.report(month, month, _outstanding_at)
    slips = live.slips_waiting()
    suspension, land_office = live.houses_past_thresholds()
    return {
        "today": profile.today(),
        "billed_this_month_satang": this_month.billed_satang,
        "collected_this_month_satang": this_month.collected_satang,
        "outstanding_satang": live.outstanding_satang(),
        "houses_past_suspension": suspension,
        "houses_past_land_office": land_office,
        "slips_waiting": slips.waiting,
        "oldest_slip_waiting_since": slips.oldest_since,
        "service_requests_open_by_age": live.service_requests_by_age(),
        "credit_notes_pending": live.credit_notes_pending(),
        "payments_pending": live.payments_pending(),
    }


def finance_summary() -> dict[str, Any]:
    """The village's figures for its residents: the last closed month's (houses in arrears
    at its end), or this month's (houses in arrears today) when none is closed. Aggregates
    only."""
    closed = guard.closed_months()
    month = closed[-1] if closed else _this_month()
    (figures,) = collections.report(month, month, _outstanding_at)
    if closed:
        rows = arrears.arrears_rows(guard.month_end(month))
        in_arrears = sum(1 for row in rows if row.in_arrears)
    else:
        in_arrears = live.houses_past_due()
    return {
        "period": month,
        "billed_satang": figures.billed_satang,
        "collected_satang": figures.collected_satang,
        "collection_rate": figures.collection_rate,
        "houses_in_arrears": in_arrears,
        "houses": live.houses_count(),
    }


def register_filename(kind: str, month: date, extension: str) -> str:
    return f"{kind}-register-{format_period(month)}.{extension}"
