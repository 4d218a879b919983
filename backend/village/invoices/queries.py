"""Reading invoices, always through a visibility condition (policies)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, not_, or_, select

from village import database
from village.errors import NotFound
from village.finance.models import FeeItem
from village.houses.models import House, HouseMember
from village.invoices.enums import OPEN_STATUSES, InvoiceStatus
from village.invoices.models import Invoice, InvoiceLine
from village.invoices.policies import own_invoices, visible_invoices
from village.invoices.schemas import InvoiceQuery
from village.pagination import PageOf, paginate
from village.security.actor import Actor
from village.users.models import User

OUTSTANDING = case(
    (Invoice.status == InvoiceStatus.VOID, 0),
    else_=Invoice.total_satang - Invoice.paid_satang - Invoice.credited_satang,
)
SORT_COLUMNS: dict[str, Any] = {
    "issue_date": Invoice.issue_date,
    "due_date": Invoice.due_date,
    "number": Invoice.number,
    "total_satang": Invoice.total_satang,
    "outstanding_satang": OUTSTANDING,
}


def overdue_condition(today: date) -> ColumnElement[bool]:
    """Past due on `today` (the village's date) with something outstanding."""
    return and_(
        Invoice.status.in_([status.value for status in OPEN_STATUSES]), Invoice.due_date < today
    )


def is_overdue(invoice: Invoice, today: date) -> bool:
    """The same rule as `overdue_condition`, for an invoice in hand."""
    return invoice.status in OPEN_STATUSES and invoice.due_date < today


def get_or_raise(actor: Actor, invoice_id: int) -> Invoice:
    """The invoice, if the actor may see it; otherwise, or when there is none, a 404."""
    found = database.session().scalar(
        select(Invoice).where(Invoice.id == invoice_id, visible_invoices(actor))
    )
    if found is None:
        raise NotFound(f"No invoice with id {invoice_id}.")
    return found


def lock(invoice: Invoice) -> Invoice:
    """Lock the invoice's house, then re-read the invoice (PostgreSQL row locks), so a
    void and a payment of that house queue instead of both passing their checks; the
    payments ledger locks the house first too (`payments.ledger.lock_house`)."""
    session = database.session()
    session.execute(select(House.id).where(House.id == invoice.house_id).with_for_update())
    session.execute(select(Invoice.id).where(Invoice.id == invoice.id).with_for_update())
    session.refresh(invoice)
    return invoice


def list_page(
    actor: Actor, query: InvoiceQuery, *, today: date, own_only: bool = False
) -> PageOf[Invoice]:
    """One page of the invoices the actor may see (`own_only`: of their own current
    houses, whoever they are) that match the query."""
    visible = own_invoices(actor) if own_only else visible_invoices(actor)
    stmt = select(Invoice).where(visible)
    if query.q:
        stmt = stmt.where(
            or_(
                Invoice.number.icontains(query.q, autoescape=True),
                Invoice.house_id.in_(
                    select(House.id).where(House.house_number.icontains(query.q, autoescape=True))
                ),
            )
        )
    if query.house_id is not None:
        stmt = stmt.where(Invoice.house_id == query.house_id)
    if query.status is not None:
        stmt = stmt.where(Invoice.status == query.status)
    if query.overdue is not None:
        overdue = overdue_condition(today)
        stmt = stmt.where(overdue if query.overdue else not_(overdue))
    if query.period is not None:
        stmt = stmt.where(
            exists(
                select(InvoiceLine.id).where(
                    InvoiceLine.invoice_id == Invoice.id, InvoiceLine.month == query.period
                )
            )
        )
    column = SORT_COLUMNS[query.sort.lstrip("-")]
    descending = query.sort.startswith("-")
    order = column.desc() if descending else column.asc()
    tie_break = Invoice.id.desc() if descending else Invoice.id.asc()
    return paginate(stmt, query, order_by=(order, tie_break))


def house(house_id: int) -> House | None:
    return database.session().get(House, house_id)


def fee_items(ids: set[int]) -> dict[int, FeeItem]:
    """The fee items with these ids, by id (missing ids are left out)."""
    if not ids:
        return {}
    found = database.session().scalars(select(FeeItem).where(FeeItem.id.in_(ids)))
    return {item.id: item for item in found}


def primary_contact(house_id: int) -> tuple[int, str] | None:
    """The id and full name of the house's current primary contact (else its first
    current member), or None for a house nobody lives in yet."""
    row = (
        database.session()
        .execute(
            select(User.id, User.full_name)
            .join(HouseMember, HouseMember.user_id == User.id)
            .where(HouseMember.house_id == house_id, HouseMember.moved_out_on.is_(None))
            .order_by(HouseMember.is_primary_contact.desc(), HouseMember.id)
            .limit(1)
        )
        .first()
    )
    return None if row is None else (row[0], row[1])


def current_member_ids(house_id: int) -> list[int]:
    """The users who are current members of the house (to tell of a new invoice)."""
    return list(
        database.session().scalars(
            select(HouseMember.user_id).where(
                HouseMember.house_id == house_id, HouseMember.moved_out_on.is_(None)
            )
        )
    )
