"""Reading fee items and schedules, and whether a schedule has billed anything."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Table, and_, exists, or_, select
from sqlalchemy.sql import ColumnElement

from village import database
from village.database import Base
from village.errors import NotFound
from village.finance.models import FeeItem, FeeSchedule
from village.finance.schemas import FeeItemQuery, FeeScheduleQuery
from village.houses.models import House
from village.pagination import PageOf, paginate

ITEM_SORT: dict[str, Any] = {
    "code": FeeItem.code,
    "created_at": FeeItem.created_at,
    "id": FeeItem.id,
}
SCHEDULE_SORT: dict[str, Any] = {
    "effective_from": FeeSchedule.effective_from,
    "created_at": FeeSchedule.created_at,
    "id": FeeSchedule.id,
}


def _invoice_lines() -> Table:
    """The invoice lines' table, by name: invoices build on finance (a line names its fee
    item), so finance may not import `village.invoices` (layers), yet "has this schedule
    billed anything" is a question about lines."""
    return Base.metadata.tables["invoice_lines"]


def item_or_404(item_id: int) -> FeeItem:
    found = database.session().get(FeeItem, item_id)
    if found is None:
        raise NotFound(f"No fee item with id {item_id}.")
    return found


def item_by_code(code: str) -> FeeItem | None:
    return database.session().scalar(select(FeeItem).where(FeeItem.code == code))


def schedule_or_404(schedule_id: int) -> FeeSchedule:
    found = database.session().get(FeeSchedule, schedule_id)
    if found is None:
        raise NotFound(f"No fee schedule with id {schedule_id}.")
    return found


def list_items(query: FeeItemQuery) -> PageOf[FeeItem]:
    stmt = select(FeeItem)
    if query.q:
        stmt = stmt.where(
            or_(
                FeeItem.code.icontains(query.q, autoescape=True),
                FeeItem.name_th.icontains(query.q, autoescape=True),
                FeeItem.name_en.icontains(query.q, autoescape=True),
            )
        )
    if query.active is not None:
        stmt = stmt.where(FeeItem.active.is_(query.active))
    return paginate(stmt, query, order_by=_order(ITEM_SORT, query.sort, FeeItem.id))


def list_schedules(query: FeeScheduleQuery) -> PageOf[FeeSchedule]:
    stmt = select(FeeSchedule)
    if query.fee_item_id is not None:
        stmt = stmt.where(FeeSchedule.fee_item_id == query.fee_item_id)
    if query.plot_type is not None:
        stmt = stmt.where(FeeSchedule.plot_type == query.plot_type)
    if query.active_on is not None:
        stmt = stmt.where(
            FeeSchedule.effective_from <= query.active_on,
            or_(FeeSchedule.effective_to.is_(None), FeeSchedule.effective_to >= query.active_on),
        )
    return paginate(stmt, query, order_by=_order(SCHEDULE_SORT, query.sort, FeeSchedule.id))


def _order(columns: dict[str, Any], sort: str, tie: Any) -> tuple[Any, Any]:
    descending = sort.startswith("-")
    column = columns[sort.lstrip("-")]
    return (column.desc(), tie.desc()) if descending else (column.asc(), tie.asc())


def overlapping(
    *,
    fee_item_id: int,
    plot_type: str | None,
    start: date,
    end: date | None,
    exclude_id: int | None = None,
) -> FeeSchedule | None:
    """A schedule of the same item whose months meet [start, end] and whose plot type
    clashes: the same plot type, or either of the two covers every plot type (null)."""
    stmt = select(FeeSchedule).where(
        FeeSchedule.fee_item_id == fee_item_id,
        or_(FeeSchedule.effective_to.is_(None), FeeSchedule.effective_to >= start),
    )
    if end is not None:
        stmt = stmt.where(FeeSchedule.effective_from <= end)
    if plot_type is not None:
        stmt = stmt.where(or_(FeeSchedule.plot_type.is_(None), FeeSchedule.plot_type == plot_type))
    if exclude_id is not None:
        stmt = stmt.where(FeeSchedule.id != exclude_id)
    return database.session().scalar(stmt.order_by(FeeSchedule.effective_from).limit(1))


def _billed_condition(schedule: FeeSchedule) -> ColumnElement[bool]:
    lines = _invoice_lines()
    conditions = [
        lines.c.fee_item_id == schedule.fee_item_id,
        lines.c.void.is_(False),
        lines.c.month >= schedule.effective_from,
    ]
    if schedule.effective_to is not None:
        conditions.append(lines.c.month <= schedule.effective_to)
    if schedule.plot_type is not None:
        conditions.append(
            exists().where(House.id == lines.c.house_id, House.plot_type == schedule.plot_type)
        )
    return and_(*conditions)


def in_use(schedule: FeeSchedule) -> bool:
    """Whether a non-void invoice line bills the schedule's item in one of its months (for
    a house of its plot type, when it has one): then it has billed something."""
    return bool(database.session().scalar(select(exists().where(_billed_condition(schedule)))))


def in_use_ids(schedules: Iterable[FeeSchedule]) -> set[int]:
    return {schedule.id for schedule in schedules if in_use(schedule)}
