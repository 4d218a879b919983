"""The arrears core: balances and arrears as of any date (village.md, "Statement, arrears
and certificates"; invariant 4), for reports, period snapshots and dunning letters.

Amounts are summed by the database (`arrears.as_of`, imported as `books`); Python sees
one row per house, and the lines of past-due invoices only (to name the unpaid months).
`rows.totals` and `rows.by_bucket` sum a set of rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import Label, Select, Subquery, and_, case, func, or_, select

from village import database
from village.arrears import aging
from village.arrears import as_of as books
from village.arrears.owners import DEVELOPER, owner_names
from village.arrears.rows import ArrearsRow
from village.arrears.settings import thresholds
from village.finance.models import FeeItem
from village.houses.models import House
from village.invoices.models import Invoice, InvoiceLine

Eligibility = Literal["suspension", "land_office"]
FEW = 100


@dataclass(frozen=True)
class InvoiceOutstanding:
    invoice_id: int
    house_id: int
    number: str
    issue_date: date
    due_date: date
    total_satang: int
    outstanding_satang: int


@dataclass(frozen=True)
class HouseBalance:
    house_id: int
    outstanding_satang: int
    credit_satang: int

    @property
    def balance_satang(self) -> int:
        return self.outstanding_satang - self.credit_satang


def invoice_outstanding_as_of(
    day: date, *, house_ids: Iterable[int] | None = None, open_only: bool = True
) -> list[InvoiceOutstanding]:
    """What each invoice owed at the end of `day` (issued by then, not void by then),
    by house, oldest due first; `open_only`: only those owing something."""
    houses = None if house_ids is None else sorted(set(house_ids))
    inv = books.invoices(day, houses)
    stmt = select(
        inv.c.invoice_id,
        inv.c.house_id,
        Invoice.number,
        inv.c.issue_date,
        inv.c.due_date,
        inv.c.total_satang,
        inv.c.outstanding_satang,
    ).join(Invoice, Invoice.id == inv.c.invoice_id)
    if open_only:
        stmt = stmt.where(inv.c.outstanding_satang != 0)
    stmt = stmt.order_by(inv.c.house_id, inv.c.due_date, inv.c.issue_date, inv.c.invoice_id)
    return [InvoiceOutstanding(*row) for row in database.session().execute(stmt)]


def _balances(day: date, houses: books.Houses = None) -> Select[int, int, int]:
    inv = books.invoices(day, houses)
    owed = (
        select(inv.c.house_id, func.sum(inv.c.outstanding_satang).label("satang"))
        .group_by(inv.c.house_id)
        .subquery()
    )
    credit = books.credit_by_house(day, houses)
    return (
        select(
            House.id,
            func.coalesce(owed.c.satang, 0).label("outstanding"),
            func.coalesce(credit.c.satang, 0).label("credit"),
        )
        .outerjoin(owed, owed.c.house_id == House.id)
        .outerjoin(credit, credit.c.house_id == House.id)
        .where(or_(owed.c.satang != 0, credit.c.satang != 0))
    )


def house_balances_as_of(
    day: date, *, house_ids: Iterable[int] | None = None
) -> dict[int, HouseBalance]:
    """Each house's outstanding and credit at the end of `day`, by house id; a house that
    owes nothing and holds no credit is left out (its balance is 0)."""
    houses = None if house_ids is None else sorted(set(house_ids))
    stmt = _balances(day, houses)
    if houses is not None:
        stmt = stmt.where(House.id.in_(houses))
    return {
        row[0]: HouseBalance(row[0], int(row[1]), int(row[2]))
        for row in database.session().execute(stmt)
    }


def balance_totals_as_of(day: date) -> HouseBalance:
    """Σ of every house's outstanding and credit at the end of `day` (house_id 0)."""
    rows = _balances(day).subquery()
    outstanding, credit = (
        database.session()
        .execute(
            select(
                func.coalesce(func.sum(rows.c.outstanding), 0),
                func.coalesce(func.sum(rows.c.credit), 0),
            )
        )
        .one()
    )
    return HouseBalance(0, int(outstanding), int(credit))


def _bucket_sums(inv: Subquery, day: date) -> list[Label[int]]:
    """Σ outstanding per aging bucket (by the due date's distance from `day`)."""
    sums = []
    later: date | None = None  # the previous bucket's earliest due date
    for name, earliest in aging.bucket_bounds(day):
        inside = [] if earliest is None else [inv.c.due_date >= earliest]
        if later is not None:
            inside.append(inv.c.due_date < later)
        owing = case((and_(*inside), inv.c.outstanding_satang), else_=0)
        sums.append(func.coalesce(func.sum(owing), 0).label(name))
        later = earliest
    return sums


def _aged(day: date, zone: str | None) -> Select[*tuple[Any, ...]]:
    """Per house owing or holding credit on `day`: its outstanding by bucket, the oldest
    unpaid due date and its credit."""
    inv = books.invoices(day)
    aged = (
        select(
            inv.c.house_id,
            func.sum(inv.c.outstanding_satang).label("outstanding"),
            *_bucket_sums(inv, day),
            func.min(case((inv.c.outstanding_satang > 0, inv.c.due_date))).label("oldest_due"),
        )
        .group_by(inv.c.house_id)
        .subquery()
    )
    credit = books.credit_by_house(day)
    stmt = (
        select(
            House.id,
            House.house_number,
            House.zone,
            House.developer_owned,
            func.coalesce(aged.c.outstanding, 0),
            func.coalesce(credit.c.satang, 0),
            aged.c.oldest_due,
            *(func.coalesce(aged.c[name], 0) for name in aging.BUCKETS),
        )
        .outerjoin(aged, aged.c.house_id == House.id)
        .outerjoin(credit, credit.c.house_id == House.id)
        .where(or_(aged.c.outstanding != 0, credit.c.satang != 0))
        .order_by(House.house_number, House.id)
    )
    return stmt if zone is None else stmt.where(House.zone == zone)


def unpaid_months_as_of(day: date, house_ids: Sequence[int]) -> dict[int, set[date]]:
    """Per house, the months unpaid at the end of `day` on invoices past due by then, of
    fees that count for arrears (lines filled oldest month first)."""
    if not house_ids:
        return {}
    wanted = sorted(set(house_ids))
    # a few houses (a letter): sum only theirs; many (the report): one pass over all
    inv = books.invoices(day, wanted if len(wanted) <= FEW else None)
    rows = database.session().execute(
        select(
            inv.c.house_id,
            inv.c.invoice_id,
            inv.c.settled_satang,
            InvoiceLine.amount_satang,
            InvoiceLine.month,
            func.coalesce(FeeItem.counts_for_arrears, False),
        )
        .join(InvoiceLine, InvoiceLine.invoice_id == inv.c.invoice_id)
        .outerjoin(FeeItem, FeeItem.id == InvoiceLine.fee_item_id)
        .where(
            inv.c.due_date < day,
            inv.c.outstanding_satang > 0,
            inv.c.house_id.in_(wanted),
        )
        .order_by(inv.c.invoice_id, InvoiceLine.position)
    )
    lines: dict[tuple[int, int, int], list[aging.Line]] = defaultdict(list)
    for house_id, invoice_id, settled, amount, month, counts in rows:
        lines[(house_id, invoice_id, int(settled))].append(aging.Line(amount, month, counts))
    months: dict[int, set[date]] = defaultdict(set)
    for (house_id, _, settled), invoice_lines in lines.items():
        months[house_id] |= aging.unpaid_months(settled, invoice_lines)
    return months


def arrears_rows(
    as_of: date,
    zone: str | None = None,
    bucket: str | None = None,
    eligible: Eligibility | None = None,
) -> list[ArrearsRow]:
    """The arrears report's rows at the end of `as_of`, by house number: every house
    that owes something or holds credit (so Σ rows = Σ of all houses' balances), narrowed
    to a `zone`, to houses with something in `bucket`, or to those `eligible` for
    suspension or the land office."""
    if bucket is not None and bucket not in aging.BUCKETS:
        raise ValueError(f"unknown bucket {bucket!r}")
    found = list(database.session().execute(_aged(as_of, zone)))
    months = unpaid_months_as_of(as_of, [row[0] for row in found])
    names = owner_names([row[0] for row in found])
    limits = thresholds()
    rows = []
    for house_id, number, house_zone, developer, owed, credit, oldest, *sums in found:
        unpaid = months.get(house_id, set())
        count = len(unpaid)
        rows.append(
            ArrearsRow(
                house_id=house_id,
                house_number=number,
                zone=house_zone,
                owner_name=DEVELOPER if developer else names.get(house_id),
                outstanding_satang=int(owed),
                credit_satang=int(credit),
                balance_satang=int(owed) - int(credit),
                buckets={name: int(value) for name, value in zip(aging.BUCKETS, sums, strict=True)},
                months_in_arrears=count,
                unpaid_months=aging.months_label(unpaid),
                oldest_due_date=oldest,
                suspension_eligible=0 < limits.suspension_months <= count,
                land_office_eligible=0 < limits.land_office_months <= count,
                prescription_risk=aging.at_risk_of_prescription(oldest, as_of),
            )
        )
    return [row for row in rows if _wanted(row, bucket, eligible)]


def _wanted(row: ArrearsRow, bucket: str | None, eligible: Eligibility | None) -> bool:
    if bucket is not None and row.buckets[bucket] <= 0:
        return False
    if eligible == "suspension":
        return row.suspension_eligible
    if eligible == "land_office":
        return row.land_office_eligible
    return True
