"""Aging rules of the arrears report (pure: no I/O).

Buckets by days past due on the report's date D (`current`: not yet due, D <= due
date); months in arrears are the distinct months of unpaid lines of fees that count
for arrears on invoices past due, where what was settled fills an invoice's lines in
order, oldest month first (the rule of `invoices.ledger.fill_in_order`); a debt is at
risk of prescription when its due date is more than five years before D (the Civil and
Commercial Code's five years for periodic dues, s. 193/33).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from village.invoices.ledger import fill_in_order

# (name, most days past due it holds); `over_180` holds the rest.
BUCKET_LIMITS: tuple[tuple[str, int], ...] = (
    ("current", 0),
    ("1_30", 30),
    ("31_60", 60),
    ("61_90", 90),
    ("91_180", 180),
)
BUCKETS: tuple[str, ...] = (*(name for name, _ in BUCKET_LIMITS), "over_180")
PRESCRIPTION_YEARS = 5


def bucket_bounds(day: date) -> list[tuple[str, date | None]]:
    """Each bucket with the earliest due date it holds on `day` (None: no bound), in
    order: an amount belongs to the first bucket whose bound its due date reaches."""
    return [(name, day - timedelta(days=most)) for name, most in BUCKET_LIMITS] + [
        ("over_180", None)
    ]


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def at_risk_of_prescription(oldest_due: date | None, day: date) -> bool:
    """Whether the oldest unpaid due date is more than five years before `day`."""
    return oldest_due is not None and oldest_due < years_before(day, PRESCRIPTION_YEARS)


@dataclass(frozen=True)
class Line:
    """One line of a past-due invoice, in `position` order."""

    amount_satang: int
    month: date | None
    counts_for_arrears: bool


def unpaid_months(settled_satang: int, lines: Sequence[Line]) -> set[date]:
    """The months of `lines` (one invoice's) not fully settled by `settled_satang`, of
    fees that count for arrears."""
    parts = fill_in_order([line.amount_satang for line in lines], settled_satang)
    return {
        line.month
        for line, part in zip(lines, parts, strict=True)
        if part < line.amount_satang and line.counts_for_arrears and line.month is not None
    }


def months_label(months: Iterable[date]) -> list[str]:
    """Months as sorted `YYYY-MM` strings."""
    return [f"{month:%Y-%m}" for month in sorted(months)]
