"""Reading billing runs and what a run needs to know: houses, rates, what is billed."""

from __future__ import annotations

from collections.abc import Sequence
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
from village.invoices.models import InvoiceLine
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
