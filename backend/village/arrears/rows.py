"""An arrears report's row per house, and the totals of a set of rows (pure)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from village.arrears.aging import BUCKETS


@dataclass(frozen=True)
class ArrearsRow:
    house_id: int
    house_number: str
    zone: str | None
    owner_name: str | None
    outstanding_satang: int
    credit_satang: int
    balance_satang: int
    buckets: dict[str, int]  # satang by days past due: every name of aging.BUCKETS
    months_in_arrears: int
    unpaid_months: list[str]  # "YYYY-MM", ascending
    oldest_due_date: date | None  # of the invoices still owing
    suspension_eligible: bool
    land_office_eligible: bool
    prescription_risk: bool

    @property
    def past_due_satang(self) -> int:
        """What is owed past its due date (every bucket but `current`)."""
        return self.outstanding_satang - self.buckets["current"]

    @property
    def in_arrears(self) -> bool:
        """Something is owed past its due date."""
        return self.past_due_satang > 0


@dataclass(frozen=True)
class ArrearsTotals:
    outstanding_satang: int = 0
    credit_satang: int = 0
    balance_satang: int = 0
    buckets: dict[str, int] = field(default_factory=lambda: dict.fromkeys(BUCKETS, 0))
    houses: int = 0
    suspension_eligible: int = 0
    land_office_eligible: int = 0
    prescription_risk: int = 0


def totals(rows: Sequence[ArrearsRow]) -> ArrearsTotals:
    """The sums of `rows` (amounts in satang; the flags counted)."""
    return ArrearsTotals(
        outstanding_satang=sum(row.outstanding_satang for row in rows),
        credit_satang=sum(row.credit_satang for row in rows),
        balance_satang=sum(row.balance_satang for row in rows),
        buckets={name: sum(row.buckets[name] for row in rows) for name in BUCKETS},
        houses=len(rows),
        suspension_eligible=sum(row.suspension_eligible for row in rows),
        land_office_eligible=sum(row.land_office_eligible for row in rows),
        prescription_risk=sum(row.prescription_risk for row in rows),
    )


def by_bucket(rows: Sequence[ArrearsRow]) -> list[dict[str, Any]]:
    """Per bucket, in order: how many houses have something in it, and its satang."""
    return [
        {
            "bucket": name,
            "houses": sum(1 for row in rows if row.buckets[name] > 0),
            "satang": sum(row.buckets[name] for row in rows),
        }
        for name in BUCKETS
    ]
