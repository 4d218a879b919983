"""Reading payments and receipts, always through the actor's scope (policies)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, or_, select

from village import database
from village.errors import NotFound
from village.houses.models import House, HouseMember
from village.pagination import PageOf, paginate
from village.payments.models import Allocation, Payment, Receipt
from village.payments.policies import visible_payments, visible_receipts
from village.payments.schemas import PaymentQuery, ReceiptQuery
from village.security.actor import Actor
from village.users.models import User

PAYMENT_SORT: dict[str, Any] = {
    "paid_on": Payment.paid_on,
    "created_at": Payment.created_at,
    "amount_satang": Payment.amount_satang,
    "id": Payment.id,
}
RECEIPT_SORT: dict[str, Any] = {
    "issue_date": Receipt.issue_date,
    "number": Receipt.number,
    "amount_satang": Receipt.amount_satang,
}


def payment_or_raise(actor: Actor, payment_id: int) -> Payment:
    """The payment, if the actor may see it; otherwise, or when there is none, a 404."""
    found = database.session().scalar(
        select(Payment).where(Payment.id == payment_id, visible_payments(actor))
    )
    if found is None:
        raise NotFound(f"No payment with id {payment_id}.")
    return found


def lock_payment(payment: Payment) -> Payment:
    """Re-read the payment with its row locked (PostgreSQL; SQLite's writer holds the
    database): two confirmations of one payment queue, and the second sees the first's."""
    session = database.session()
    session.execute(select(Payment.id).where(Payment.id == payment.id).with_for_update())
    session.refresh(payment)
    return payment


def payments_page(actor: Actor, query: PaymentQuery) -> PageOf[Payment]:
    stmt = select(Payment).join(House, House.id == Payment.house_id).where(visible_payments(actor))
    if query.q:
        stmt = stmt.where(
            or_(
                Payment.reference.icontains(query.q, autoescape=True),
                House.house_number.icontains(query.q, autoescape=True),
                Payment.payer_name.icontains(query.q, autoescape=True),
            )
        )
    for column, value in (
        (Payment.status, query.status),
        (Payment.house_id, query.house_id),
        (Payment.method, query.method),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if query.from_ is not None:
        stmt = stmt.where(Payment.paid_on >= query.from_)
    if query.to is not None:
        stmt = stmt.where(Payment.paid_on <= query.to)
    return paginate(stmt, query, order_by=_order(PAYMENT_SORT, query.sort, Payment.id))


def receipts_page(
    actor: Actor, query: ReceiptQuery, *, scope: ColumnElement[bool] | None = None
) -> PageOf[Receipt]:
    """One page of receipts the actor may see (or, with `scope`, those it selects)."""
    condition = visible_receipts(actor) if scope is None else scope
    stmt = select(Receipt).join(House, House.id == Receipt.house_id).where(condition)
    if query.q:
        stmt = stmt.where(
            or_(
                Receipt.number.icontains(query.q, autoescape=True),
                Receipt.payer_name.icontains(query.q, autoescape=True),
                Receipt.reference.icontains(query.q, autoescape=True),
                House.house_number.icontains(query.q, autoescape=True),
            )
        )
    if query.house_id is not None:
        stmt = stmt.where(Receipt.house_id == query.house_id)
    if query.from_ is not None:
        stmt = stmt.where(Receipt.issue_date >= query.from_)
    if query.to is not None:
        stmt = stmt.where(Receipt.issue_date <= query.to)
    if query.void is not None:
        stmt = stmt.where(Receipt.void.is_(query.void))
    return paginate(stmt, query, order_by=_order(RECEIPT_SORT, query.sort, Receipt.id))


def _order(columns: dict[str, Any], sort: str, tie: Any) -> tuple[Any, Any]:
    descending = sort.startswith("-")
    column = columns[sort.lstrip("-")]
    return (column.desc(), tie.desc()) if descending else (column.asc(), tie.asc())


def receipt_or_raise(actor: Actor, receipt_id: int) -> Receipt:
    found = database.session().scalar(
        select(Receipt).where(Receipt.id == receipt_id, visible_receipts(actor))
    )
    if found is None:
        raise NotFound(f"No receipt with id {receipt_id}.")
    return found


def allocations_by_payment(payment_ids: Sequence[int]) -> dict[int, list[Allocation]]:
    found: dict[int, list[Allocation]] = {i: [] for i in payment_ids}
    if not payment_ids:
        return found
    rows = database.session().scalars(
        select(Allocation)
        .where(Allocation.payment_id.in_(payment_ids))
        .order_by(Allocation.payment_id, Allocation.id)
    )
    for allocation in rows.unique():
        found[allocation.payment_id].append(allocation)
    return found


def receipts_by_payment(payment_ids: Sequence[int]) -> dict[int, Receipt]:
    if not payment_ids:
        return {}
    rows = database.session().scalars(select(Receipt).where(Receipt.payment_id.in_(payment_ids)))
    return {r.payment_id: r for r in rows.unique()}


def users_by_id(user_ids: Sequence[int | None]) -> dict[int, User]:
    ids = sorted({i for i in user_ids if i is not None})
    if not ids:
        return {}
    return {u.id: u for u in database.session().scalars(select(User).where(User.id.in_(ids)))}


def primary_contact_name(house_id: int) -> str | None:
    """The full name of the house's current primary contact, if it has one."""
    return database.session().scalar(
        select(User.full_name)
        .join(HouseMember, HouseMember.user_id == User.id)
        .where(
            HouseMember.house_id == house_id,
            HouseMember.moved_out_on.is_(None),
            HouseMember.is_primary_contact.is_(True),
        )
        .order_by(HouseMember.id)
        .limit(1)
    )


def house(house_id: int) -> House | None:
    return database.session().get(House, house_id)
