"""The collections report: per month what was billed, collected and credited, what was
still owed at the month's end, and the collection rate.

Every figure is by the books' date, so a closed month's figures never change (a later
void, reversal or credit note counts in the month it is dated in, never back in the
month of the document it corrects):

- **billed** = the invoices issued in the month (void ones too: they were issued)
  − the invoices voided in the month (by `voided_on`). An invoice issued and voided in
  the same month nets to nothing; one voided the month after lowers that month's
  billed (which can then be negative);
- **collected** = the payments confirmed, by `posting_date` (a payment received in a
  closed month is posted in the next open one) − the payments reversed in the month
  (by `reversed_on`); money kept as a house's credit is collected too;
- **credited** = the credit notes issued in the month (by `issue_date`);
- **outstanding** = what the invoices still owed at the end of the month's last day
  (the arrears core's "as of"), the figure a period's snapshot keeps;
- **collection_rate** = collected / billed, a decimal string with four places ("0.9525"),
  null when nothing (or less than nothing) was billed. It can pass 1 when arrears or
  advances come in.

Totals: billed, collected and credited are sums; outstanding is the last month's (a
balance is not added up over months); the rate is Σ collected / Σ billed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from village.arrears import flows
from village.money import ratio_text
from village.period_locks.guard import month_end
from village.reports.sheets import Column, Table
from village.reports.titles import heading_range
from village.validation import format_period

MAX_MONTHS = 120  # ten years in one report: more is a mistake (or a denial of service)


@dataclass(frozen=True)
class Month:
    period: date
    billed_satang: int
    collected_satang: int
    credited_satang: int
    outstanding_satang: int

    @property
    def collection_rate(self) -> str | None:
        return ratio_text(self.collected_satang, self.billed_satang)


def report(first: date, last: date, outstanding_at: Callable[[date], int]) -> list[Month]:
    """The months from `first` to `last` (first days), each with its figures.

    `outstanding_at(day)` is asked once, for the day before `first`; each month's
    outstanding is rolled forward from it by the day's changes (`flows.outstanding_change`),
    so a five-year report costs one as-of query, not sixty.
    """
    end = month_end(last)
    invoiced, voided = flows.invoiced(first, end), flows.voided(first, end)
    received, reversed_ = flows.received(first, end), flows.reversed_(first, end)
    credited = flows.credited(first, end)
    change = flows.outstanding_change(first, end)
    outstanding = outstanding_at(date.fromordinal(first.toordinal() - 1))
    months = []
    for month in flows.months_between(first, last):
        close = month_end(month)
        outstanding += flows.total_in(change, month, close)
        months.append(
            Month(
                period=month,
                billed_satang=flows.total_in(invoiced, month, close)
                - flows.total_in(voided, month, close),
                collected_satang=flows.total_in(received, month, close)
                - flows.total_in(reversed_, month, close),
                credited_satang=flows.total_in(credited, month, close),
                outstanding_satang=outstanding,
            )
        )
    return months


def totals(months: list[Month]) -> Month:
    """The months added up (outstanding: the last month's)."""
    return Month(
        period=months[-1].period if months else date.min,
        billed_satang=sum(m.billed_satang for m in months),
        collected_satang=sum(m.collected_satang for m in months),
        credited_satang=sum(m.credited_satang for m in months),
        outstanding_satang=months[-1].outstanding_satang if months else 0,
    )


def as_dict(month: Month) -> dict[str, Any]:
    return {
        "billed_satang": month.billed_satang,
        "collected_satang": month.collected_satang,
        "credited_satang": month.credited_satang,
        "outstanding_satang": month.outstanding_satang,
        "collection_rate": month.collection_rate,
    }


COLUMNS = (
    Column("period", "งวด / Period", width=12),
    Column("billed_satang", "เรียกเก็บ (บาท) / Billed (THB)", "money", 18),
    Column("collected_satang", "รับชำระ (บาท) / Collected (THB)", "money", 18),
    Column("credited_satang", "ลดหนี้ (บาท) / Credited (THB)", "money", 18),
    Column("outstanding_satang", "ค้างชำระสิ้นเดือน (บาท) / Outstanding (THB)", "money", 20),
    Column("collection_rate", "อัตราการจัดเก็บ / Collection rate", width=14),
)


def table(first: date, last: date, months: list[Month]) -> Table:
    """The report as a table (CSV, XLSX): a row per month and a totals row."""
    rows = [{"period": format_period(m.period), **as_dict(m)} for m in months]
    return Table(
        name="collections",
        title="รายงานการจัดเก็บ / Collections report",
        heading=heading_range(first, last),
        columns=COLUMNS,
        rows=rows,
        totals=[{**as_dict(totals(months)), "period": "รวม / Total"}],
    )
