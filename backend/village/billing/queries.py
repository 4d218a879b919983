"""Reading billing runs and what a run needs to know: houses, rates, what is billed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select

from village import database
from village.billing import rules
from village.billing.models import BillingRun
from village.billing.schemas import BillingRunQuery
from village.errors import NotFound
from village.finance.enums import LATE_FEE_CODE
from village.finance.models import FeeItem, FeeSchedule
from village.houses.enums import Relation
from village.houses.models import House, HouseMember
from village.invoices import ledger
from village.invoices.enums import OPEN_STATUSES
from village.invoices.models import Invoice, InvoiceLine
from village.pagination import PageOf, paginate
from village.users.models import User

CHUNK = 1000
SORT: dict[str, Any] = {"created_at": BillingRun.created_at, "period": BillingRun.period}


def run_or_404(run_id: int, *, lock: bool = False) -> BillingRun:
    stmt = select(BillingRun).where(BillingRun.id == run_id)
    if lock:
        stmt = stmt.with_for_update()
    found = database.session().scalar(stmt.execution_options(populate_existing=True))
    if found is None:
        raise NotFound(f"No billing run with id {run_id}.")
    return found


def list_page(query: BillingRunQuery) -> PageOf[BillingRun]:
    stmt = select(BillingRun)
    if query.status is not None:
        stmt = stmt.where(BillingRun.status == query.status)
    if query.period is not None:
        stmt = stmt.where(BillingRun.period == query.period)
    column = SORT[query.sort.lstrip("-")]
    if query.sort.startswith("-"):
        order = (column.desc(), BillingRun.id.desc())
    else:
        order = (column.asc(), BillingRun.id.asc())
    return paginate(stmt, query, order_by=order)


def houses(house_ids: Sequence[int] | None) -> list[House]:
    """The given houses (in house-number order), or every house not archived."""
    db = database.session()
    if house_ids is None:
        return list(db.scalars(select(House).where(House.archived_at.is_(None)).order_by(House.id)))
    found: list[House] = []
    ids = sorted(set(house_ids))
    for start in range(0, len(ids), CHUNK):
        found.extend(db.scalars(select(House).where(House.id.in_(ids[start : start + CHUNK]))))
    return sorted(found, key=lambda house: house.id)


def facts(house: House) -> rules.HouseFacts:
    return rules.HouseFacts(
        id=house.id,
        house_number=house.house_number,
        plot_type=str(house.plot_type),
        land_area_hundredths=house.land_area_hundredths,
        billable_from=house.billable_from,
        archived=house.archived_at is not None,
    )


def items_and_rates(months: Sequence[date]) -> tuple[list[rules.Item], list[rules.Rate]]:
    """The active fee items (by id) with the schedules that cover any of `months`;
    never the late fee, which is levied on overdue invoices, not scheduled."""
    first, last = months[0], months[-1]
    db = database.session()
    schedules = list(
        db.scalars(
            select(FeeSchedule)
            .join(FeeItem, FeeItem.id == FeeSchedule.fee_item_id)
            .where(
                FeeItem.active.is_(True),
                FeeItem.code != LATE_FEE_CODE,
                FeeSchedule.effective_from <= last,
                or_(FeeSchedule.effective_to.is_(None), FeeSchedule.effective_to >= first),
            )
            .order_by(FeeSchedule.id)
        ).unique()
    )
    rates = [
        rules.Rate(
            id=s.id,
            fee_item_id=s.fee_item_id,
            basis=str(s.basis),
            rate_satang=s.rate_satang,
            plot_type=None if s.plot_type is None else str(s.plot_type),
            effective_from=s.effective_from,
            effective_to=s.effective_to,
        )
        for s in schedules
    ]
    items = {
        s.fee_item_id: rules.Item(s.fee_item.id, s.fee_item.code, s.fee_item.name_th,
                                  s.fee_item.name_en)
        for s in schedules
    }  # fmt: skip
    return [items[key] for key in sorted(items)], rates


def billed(house_ids: Sequence[int] | None, months: Sequence[date]) -> dict[int, set[Any]]:
    """Per house, the (fee item, month) pairs on non-void lines in `months` (invariant 5's
    pairs); `house_ids` None: every house."""
    db = database.session()
    base = select(InvoiceLine.house_id, InvoiceLine.fee_item_id, InvoiceLine.month).where(
        InvoiceLine.void.is_(False),
        InvoiceLine.source_invoice_id.is_(None),
        InvoiceLine.month.in_(list(months)),
    )
    out: dict[int, set[Any]] = {}
    if house_ids is None:
        chunks = [base]
    else:
        ids = sorted(set(house_ids))
        chunks = [
            base.where(InvoiceLine.house_id.in_(ids[start : start + CHUNK]))
            for start in range(0, len(ids), CHUNK)
        ]
    for stmt in chunks:
        for house_id, fee_item_id, month in db.execute(stmt):
            out.setdefault(house_id, set()).add((fee_item_id, month))
    return out


def current_members(house_ids: Sequence[int]) -> dict[int, list[tuple[int, str, bool, str]]]:
    """Per house, its current members as (user id, full name, primary contact, relation),
    the primary contact first."""
    db = database.session()
    out: dict[int, list[tuple[int, str, bool, str]]] = {}
    ids = sorted(set(house_ids))
    for start in range(0, len(ids), CHUNK):
        rows = db.execute(
            select(
                HouseMember.house_id,
                User.id,
                User.full_name,
                HouseMember.is_primary_contact,
                HouseMember.relation,
            )
            .join(User, User.id == HouseMember.user_id)
            .where(
                HouseMember.house_id.in_(ids[start : start + CHUNK]),
                HouseMember.moved_out_on.is_(None),
            )
            .order_by(HouseMember.house_id, HouseMember.is_primary_contact.desc(), HouseMember.id)
        )
        for house_id, user_id, name, primary, relation in rows:
            out.setdefault(house_id, []).append((user_id, name, bool(primary), str(relation)))
    return out


OWNER_RELATIONS = (str(Relation.OWNER), str(Relation.CO_OWNER))


# --- the surcharge (billing.surcharge) ----------------------------------------------


@dataclass(frozen=True)
class Source:
    """An open invoice past its grace, and the principal a surcharge is levied on."""

    invoice_id: int
    number: str
    house_id: int
    principal_satang: int


def late_fee_item() -> rules.Item | None:
    item = database.session().scalar(
        select(FeeItem).where(FeeItem.code == LATE_FEE_CODE, FeeItem.active.is_(True))
    )
    return None if item is None else rules.Item(item.id, item.code, item.name_th, item.name_en)


def principal_outstanding(invoice: Invoice) -> int:
    """What is still owed on the invoice's lines of fees that count for arrears (lines
    filled oldest month first, as payments and credit notes fill them); never a
    surcharge line."""
    return sum(
        part.outstanding_satang
        for part in ledger.line_settlements(invoice)
        if part.line.source_invoice_id is None
        and part.line.fee_item is not None
        and part.line.fee_item.counts_for_arrears
        and part.line.fee_item.code != LATE_FEE_CODE
    )


def overdue_sources(house_ids: Sequence[int], *, due_before: date) -> list[Source]:
    """The houses' open invoices due before `due_before` with principal still owed,
    oldest due first."""
    db = database.session()
    ids = sorted(set(house_ids))
    found: list[Source] = []
    for start in range(0, len(ids), CHUNK):
        stmt = (
            select(Invoice)
            .where(
                Invoice.house_id.in_(ids[start : start + CHUNK]),
                Invoice.status.in_([status.value for status in OPEN_STATUSES]),
                Invoice.due_date < due_before,
            )
            .order_by(Invoice.house_id, Invoice.due_date, Invoice.id)
        )
        for invoice in db.scalars(stmt).unique():
            principal = principal_outstanding(invoice)
            if principal > 0:
                found.append(Source(invoice.id, invoice.number, invoice.house_id, principal))
    return found


def levied(source_ids: set[int], month: date) -> set[int]:
    """Which of these source invoices carry a non-void LATE_FEE line for `month` already."""
    ids = sorted(source_ids)
    out: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        out.update(
            database.session().scalars(
                select(InvoiceLine.source_invoice_id).where(
                    InvoiceLine.void.is_(False),
                    InvoiceLine.month == month,
                    InvoiceLine.source_invoice_id.in_(ids[start : start + CHUNK]),
                )
            )
        )
    return out


def still_open(invoice_ids: set[int]) -> set[int]:
    """Which of these invoices are still open (issued or partially paid)."""
    ids = sorted(invoice_ids)
    out: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        out.update(
            database.session().scalars(
                select(Invoice.id).where(
                    Invoice.id.in_(ids[start : start + CHUNK]),
                    Invoice.status.in_([status.value for status in OPEN_STATUSES]),
                )
            )
        )
    return out
