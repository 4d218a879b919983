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
from village.invoices import ledger as invoice_ledger
from village.invoices.enums import OPEN_STATUSES
from village.invoices.models import Invoice
from village.payments.enums import PaymentStatus
from village.payments.models import Allocation, Payment


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
    """
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

    Cheap for houses without credit: one query finds the houses that have any.
    """
    ids = sorted(set(house_ids))
    if not ids:
        return []
    session = database.session()
    session.flush()
    with_credit = [
        house_id
        for start in range(0, len(ids), 500)
        for house_id in session.scalars(
            select(House.id).where(House.id.in_(ids[start : start + 500]), House.credit_satang > 0)
        )
    ]
    made: list[Allocation] = []
    for house_id in with_credit:
        lock_house(house_id)
        payments = session.scalars(
            select(Payment)
            .where(Payment.house_id == house_id, Payment.status == PaymentStatus.CONFIRMED)
            .order_by(Payment.posting_date, Payment.id)
        ).unique()
        sources = [(p, unallocated(p)) for p in payments]
        sources = [(p, left) for p, left in sources if left > 0]
        for invoice in invoice_ledger.open_invoices(house_id, lock=True):
            while sources and invoice.outstanding_satang > 0:
                payment, left = sources[0]
                amount = min(left, invoice.outstanding_satang)
                made.append(_allocate_one(payment, invoice, amount, on))
                if amount == left:
                    sources.pop(0)
                else:
                    sources[0] = (payment, left - amount)
            if not sources:
                break
    refresh_balances(with_credit)
    return made


def unallocate(payment: Payment) -> list[Allocation]:
    """Undo every active allocation of `payment` (a reversal): each is stamped
    `reversed_at`, never deleted, and its invoice's paid amount goes back down."""
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
