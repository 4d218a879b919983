"""The arrears report (village.md, "Statement, arrears and certificates") on the arrears
core (village.arrears): its rows as of a day, their totals, and the same as a sheet.

Totals are the sums of the rows listed, so they agree in JSON, CSV and XLSX; with no
filter the rows are every house that owes something or holds credit, so the balance
total is also the sum of every house's balance as of that day (invariant 4).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from village.arrears import aging, queries
from village.arrears import rows as arrears_rows
from village.arrears import settings as arrears_settings
from village.finance.policies import require_office
from village.profile import service as profile
from village.reports.schemas import ArrearsQuery
from village.reports.sheets import Column, Table
from village.reports.titles import heading_as_of
from village.security.actor import Actor

BUCKET_LABELS = {
    "current": "ยังไม่ถึงกำหนด / Not yet due",
    "1_30": "1–30 วัน / days",
    "31_60": "31–60 วัน / days",
    "61_90": "61–90 วัน / days",
    "91_180": "91–180 วัน / days",
    "over_180": "เกิน 180 วัน / Over 180 days",
}


@dataclass(frozen=True)
class Arrears:
    as_of: date
    thresholds: arrears_settings.Thresholds
    rows: list[arrears_rows.ArrearsRow]
    totals: arrears_rows.ArrearsTotals


def arrears(actor: Actor, query: ArrearsQuery) -> Arrears:
    """The report as of `as_of` (default today), filtered as asked; the office's only."""
    require_office(actor)
    day = query.as_of or profile.today()
    rows = queries.arrears_rows(day, zone=query.zone, bucket=query.bucket, eligible=query.eligible)
    return Arrears(day, arrears_settings.thresholds(), rows, arrears_rows.totals(rows))


def arrears_json(report: Arrears) -> dict[str, Any]:
    """The report as the API answers it."""
    return {
        "as_of": report.as_of,
        "thresholds": {
            "suspension_months": report.thresholds.suspension_months,
            "land_office_months": report.thresholds.land_office_months,
        },
        "items": [asdict(row) for row in report.rows],
        "totals": asdict(report.totals),
        "by_bucket": arrears_rows.by_bucket(report.rows),
    }


COLUMNS = (
    Column("house_number", "บ้านเลขที่ / House", width=12),
    Column("zone", "โซน / Zone", width=10),
    Column("owner_name", "เจ้าของ / Owner", width=28),
    Column("outstanding_satang", "ค้างชำระ (บาท) / Outstanding (THB)", "money", 16),
    Column("credit_satang", "เครดิต (บาท) / Credit (THB)", "money", 14),
    Column("balance_satang", "ยอดสุทธิ (บาท) / Balance (THB)", "money", 16),
    *(
        Column(f"bucket_{name}", f"{label} (บาท / THB)", "money", 14)
        for name, label in BUCKET_LABELS.items()
    ),
    Column("months_in_arrears", "จำนวนเดือนที่ค้าง / Months in arrears", "count", 12),
    Column("unpaid_months", "เดือนที่ค้าง / Unpaid months", width=30),
    Column("oldest_due_date", "ครบกำหนดเก่าสุด / Oldest due", "date", 12),
    Column("suspension_eligible", "ระงับบริการได้ / Suspension", "flag", 12),
    Column("land_office_eligible", "แจ้งสำนักงานที่ดินได้ / Land office", "flag", 14),
    Column("prescription_risk", "ใกล้ขาดอายุความ / Prescription risk", "flag", 14),
)


def _sheet_row(values: dict[str, Any]) -> dict[str, Any]:
    buckets = values.pop("buckets")
    return {**values, **{f"bucket_{name}": buckets[name] for name in aging.BUCKETS}}


def arrears_table(report: Arrears) -> Table:
    """The report as a table (CSV, XLSX): the same rows and a totals row."""
    rows = []
    for row in report.rows:
        values = _sheet_row(asdict(row))
        values["unpaid_months"] = " ".join(values["unpaid_months"])
        rows.append(values)
    totals = _sheet_row(asdict(report.totals))
    totals["house_number"] = "รวม / Total"
    totals["owner_name"] = f"{totals.pop('houses')} หลัง / houses"
    for flag in ("suspension_eligible", "land_office_eligible", "prescription_risk"):
        totals[flag] = str(totals[flag])  # how many houses are flagged
    return Table(
        name="arrears",
        title="รายงานลูกหนี้ค้างชำระ / Arrears report",
        heading=heading_as_of(report.as_of),
        columns=COLUMNS,
        rows=rows,
        totals=[totals],
    )
