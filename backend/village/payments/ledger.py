"""The payment side of the ledger: allocating money to invoices, and house credit.

Rules (village.md "Payments and receipts", invariants 2 and 4):
- money moves onto an invoice only as an `Allocation` from a confirmed payment of
  the same house, at most the invoice's outstanding, and a payment never
  allocates more than its amount;
- what a confirmed payment holds beyond its active allocations is the house's
  **credit**; `apply_credit` spends it on the house's open invoices, oldest due
  first, whenever new invoices are issued (billing runs, manual invoices);
- `houses.credit_satang` is recomputed by `refresh_credit` in the same transaction.

Callers lock the house first (`lock_house`), so two payments or a payment and a
billing run of one house never interleave (PostgreSQL row lock; on SQLite the
writer already holds the database).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update

from village import database
from village.database import utcnow
from village.houses.models import House
from village.invoices import issuing
from village.invoices import ledger as invoice_ledger
from village.invoices.enums import OPEN_STATUSES
from village.invoices.models import Invoice
from village.payments.enums import PaymentStatus
from village.payments.models import Allocation, Payment
from village.period_locks import guard


@dataclass(frozen=True)
class Requested:
    """An allocation the recorder chose: up to `amount_satang` onto `invoice_id`."""

    invoice_id: int
    amount_satang: int


def lock_house(house_id: int) -> House | None:
    """The house row, locked until the transaction ends (FOR UPDATE on PostgreSQL)."""
    return database.session().scalar(
        select(House).where(House.id == house_id).with_for_update(of=House)
    )


def unallocated(payment: Payment) -> int:
    """Satang of `payment` not on any active allocation (its part of the house's credit)."""
    used = database.session().scalar(
        select(func.coalesce(func.sum(Allocation.amount_satang), 0)).where(
            Allocation.payment_id == payment.id, Allocation.reversed_at.is_(None)
        )
    )
    return payment.amount_satang - int(used or 0)


def _allocate_one(payment: Payment, invoice: Invoice, amount: int, on: date) -> Allocation:
    invoice_ledger.settle(invoice, paid_delta=amount)
    allocation = Allocation(
        payment_id=payment.id,
        invoice_id=invoice.id,
        house_id=payment.house_id,
        amount_satang=amount,
        allocated_on=on,
    )
    database.session().add(allocation)
    return allocation


def allocate(
    payment: Payment, *, on: date, requested: Sequence[Requested] | None = None
) -> list[Allocation]:
    """Allocate what `payment` (confirmed) has not allocated yet, dated `on`.

    With `requested`: to those invoices of the payment's house, in that order, each
    at most the amount asked and its outstanding (void or settled ones are skipped:
    they may have changed since the payment was recorded). Without: to the house's
    open invoices, oldest due first. Whatever is left is the house's credit.
    Returns the allocations made (in order); refreshes the house's kept balances.
    Conflict(code="period_closed") when `on` falls in a closed month.
    """
    guard.require_open(on, what="An allocation dated")
    left = unallocated(payment)
    made: list[Allocation] = []
    if requested is None:
        targets = [
            (inv, inv.outstanding_satang)
            for inv in invoice_ledger.open_invoices(payment.house_id, lock=True)
        ]
    else:
        wanted = {r.invoice_id: r.amount_satang for r in requested}
        found = {
            inv.id: inv
            for inv in database.session()
            .scalars(
                select(Invoice)
                .where(
                    Invoice.id.in_(wanted),
                    Invoice.house_id == payment.house_id,
                    Invoice.status.in_(OPEN_STATUSES),
                )
                .with_for_update(of=Invoice)
            )
            .unique()
        }
        targets = [
            (found[r.invoice_id], r.amount_satang) for r in requested if r.invoice_id in found
        ]
    for invoice, asked in targets:
        amount = min(left, asked, invoice.outstanding_satang)
        if amount <= 0:
            continue
        made.append(_allocate_one(payment, invoice, amount, on))
        left -= amount
        if left == 0:
            break
    refresh_balances([payment.house_id])
    return made


def apply_credit(house_ids: Iterable[int], *, on: date) -> list[Allocation]:
    """Spend the credit of these houses on their open invoices, oldest due first, from
    their oldest confirmed payments with money left. Returns the allocations made.

    Built for a billing run's thousands of houses: a fixed number of statements per
    batch of houses (those with credit, their payments' money left, their open
    invoices, the new allocations), whatever the number of houses.
    """
    ids = sorted(set(house_ids))
    if ids:
        guard.require_open(on, what="Credit applied on")
    session = database.session()
    session.flush()
    made: list[Allocation] = []
    for start in range(0, len(ids), 500):
        made += _apply_credit_batch(ids[start : start + 500], on)
    return made


def _apply_credit_batch(ids: list[int], on: date) -> list[Allocation]:
    session = database.session()
    with_credit = list(
        session.scalars(
            select(House.id)
            .where(House.id.in_(ids), House.credit_satang > 0)
            .order_by(House.id)
            .with_for_update(of=House)
        )
    )
    if not with_credit:
        return []
    used = (
        select(Allocation.payment_id, func.sum(Allocation.amount_satang).label("used"))
        .where(Allocation.house_id.in_(with_credit), Allocation.reversed_at.is_(None))
        .group_by(Allocation.payment_id)
        .subquery()
    )
    left_column = Payment.amount_satang - func.coalesce(used.c.used, 0)
    sources: dict[int, list[tuple[Payment, int]]] = {}
    for payment, left in session.execute(
        select(Payment, left_column)
        .outerjoin(used, used.c.payment_id == Payment.id)
        .where(
            Payment.house_id.in_(with_credit),
            Payment.status == PaymentStatus.CONFIRMED,
            left_column > 0,
        )
        .order_by(Payment.house_id, Payment.posting_date, Payment.id)
    ).unique():
        sources.setdefault(payment.house_id, []).append((payment, int(left)))
    invoices = session.scalars(
        select(Invoice)
        .where(Invoice.house_id.in_(with_credit), Invoice.status.in_(OPEN_STATUSES))
        .order_by(Invoice.house_id, Invoice.due_date, Invoice.issue_date, Invoice.id)
        .with_for_update(of=Invoice)
    ).unique()
    made: list[Allocation] = []
    for invoice in invoices:
        queue = sources.get(invoice.house_id)
        while queue and invoice.outstanding_satang > 0:
            payment, left = queue[0]
            amount = min(left, invoice.outstanding_satang)
            invoice_ledger.settle(invoice, paid_delta=amount)
            made.append(
                Allocation(
                    payment_id=payment.id,
                    invoice_id=invoice.id,
                    house_id=invoice.house_id,
                    amount_satang=amount,
                    allocated_on=on,
                )
            )
            if amount == left:
                queue.pop(0)
            else:
                queue[0] = (payment, left - amount)
    session.add_all(made)
    refresh_balances(with_credit)
    return made


@issuing.after_issue
def _spend_credit_on(invoices: Sequence[Invoice], issue_date: date) -> None:
    apply_credit({invoice.house_id for invoice in invoices}, on=issue_date)


def unallocate(payment: Payment, *, on: date) -> list[Allocation]:
    """Undo every active allocation of `payment` (a reversal): each is stamped
    `reversed_at` and `reversed_on` (the books' date, `on`), never deleted, and its
    invoice's paid amount goes back down."""
    session = database.session()
    allocations = list(
        session.scalars(
            select(Allocation)
            .where(Allocation.payment_id == payment.id, Allocation.reversed_at.is_(None))
            .order_by(Allocation.id)
        ).unique()
    )
    now = utcnow()
    for allocation in allocations:
        # The caller holds the house's lock, which covers its invoices.
        invoice_ledger.settle(allocation.invoice, paid_delta=-allocation.amount_satang)
        allocation.reversed_at = now
        allocation.reversed_on = on
    refresh_balances([payment.house_id])
    return allocations


def refresh_credit(house_ids: Iterable[int]) -> None:
    """Recompute `houses.credit_satang`: Σ confirmed payments − Σ their active allocations."""
    ids = sorted(set(house_ids))
    if not ids:
        return
    session = database.session()
    session.flush()
    paid = (
        select(func.coalesce(func.sum(Payment.amount_satang), 0))
        .where(Payment.house_id == House.id, Payment.status == PaymentStatus.CONFIRMED)
        .scalar_subquery()
    )
    allocated = (
        select(func.coalesce(func.sum(Allocation.amount_satang), 0))
        .join(Payment, Payment.id == Allocation.payment_id)
        .where(
            Allocation.house_id == House.id,
            Allocation.reversed_at.is_(None),
            Payment.status == PaymentStatus.CONFIRMED,
        )
        .scalar_subquery()
    )
    for start in range(0, len(ids), 500):
        session.execute(
            update(House)
            .where(House.id.in_(ids[start : start + 500]))
            .values(credit_satang=paid - allocated)
            .execution_options(synchronize_session="fetch")
        )


def refresh_balances(house_ids: Iterable[int]) -> None:
    """Both kept amounts of these houses: outstanding and credit."""
    ids = list(house_ids)
    invoice_ledger.refresh_outstanding(ids)
    refresh_credit(ids)
