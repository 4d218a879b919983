"""The invoice side of the ledger: amounts, status, which months are paid, house totals.

Every path that changes what an invoice has been paid or credited goes through
`settle`, and then `refresh_outstanding` for the houses touched, in the same
transaction; the invariants of village.md ("Invariants", 1 and 4) are then true
at every commit:

    outstanding = total - paid - credited >= 0      status agrees with the amounts
    houses.outstanding_satang = Σ outstanding of the house's non-void invoices

Payments fill an invoice's lines in their `position` order (oldest month first:
village.md "oldest due first (month by month within an invoice)"), so which
months are paid is derived from `paid + credited`, never stored twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update

from village import database
from village.houses.models import House
from village.invoices.enums import OPEN_STATUSES, InvoiceStatus
from village.invoices.models import Invoice, InvoiceLine


def status_for(total_satang: int, paid_satang: int, credited_satang: int) -> InvoiceStatus:
    """The status of a non-void invoice with these amounts (satang).

    Settled in full: `credited` when credit notes alone settled it, else `paid`;
    something settled: `partially_paid`; nothing: `issued`. A zero-total invoice is
    `paid` (it owes nothing).
    """
    settled = paid_satang + credited_satang
    if settled >= total_satang:
        return (
            InvoiceStatus.CREDITED
            if paid_satang == 0 and credited_satang > 0
            else InvoiceStatus.PAID
        )
    if settled > 0:
        return InvoiceStatus.PARTIALLY_PAID
    return InvoiceStatus.ISSUED


def settle(invoice: Invoice, *, paid_delta: int = 0, credited_delta: int = 0) -> None:
    """Add `paid_delta` / `credited_delta` satang (negative to undo) and set the status.

    Raises ValueError when the result would be negative, overpaid, or the invoice is
    void: callers compute amounts from `outstanding_satang`, so this is a bug, not
    input (the database's CHECK constraints would refuse it too).
    """
    if invoice.status is InvoiceStatus.VOID:
        raise ValueError(f"invoice {invoice.number} is void")
    paid = invoice.paid_satang + paid_delta
    credited = invoice.credited_satang + credited_delta
    if paid < 0 or credited < 0 or paid + credited > invoice.total_satang:
        raise ValueError(
            f"invoice {invoice.number}: paid {paid} + credited {credited} "
            f"outside 0..{invoice.total_satang}"
        )
    invoice.paid_satang, invoice.credited_satang = paid, credited
    invoice.status = status_for(invoice.total_satang, paid, credited)


def open_invoices(house_id: int, *, lock: bool = False) -> list[Invoice]:
    """The house's invoices with something outstanding, oldest due first (then issue
    date, then id): the order payments and credit fill them in."""
    stmt = (
        select(Invoice)
        .where(Invoice.house_id == house_id, Invoice.status.in_(OPEN_STATUSES))
        .order_by(Invoice.due_date, Invoice.issue_date, Invoice.id)
    )
    if lock:
        stmt = stmt.with_for_update(of=Invoice)
    return list(database.session().scalars(stmt).unique())


@dataclass(frozen=True)
class LineSettlement:
    """How much of one line is settled (paid or credited), by the fill order."""

    line: InvoiceLine
    settled_satang: int

    @property
    def outstanding_satang(self) -> int:
        return self.line.amount_satang - self.settled_satang


def line_settlements(invoice: Invoice, settled_satang: int | None = None) -> list[LineSettlement]:
    """Each line of `invoice` with the part of it settled when `settled_satang` (default:
    the invoice's paid + credited) fills the lines in order, oldest month first."""
    settled = (
        invoice.paid_satang + invoice.credited_satang if settled_satang is None else settled_satang
    )
    parts = fill_in_order([line.amount_satang for line in invoice.lines], settled)
    return [LineSettlement(line, part) for line, part in zip(invoice.lines, parts, strict=True)]


def fill_in_order(amounts: Sequence[int], settled_satang: int) -> list[int]:
    """The part of each amount (an invoice's lines, in `position` order) that
    `settled_satang` settles when it fills them in order: the rule `line_settlements`
    applies to an invoice in hand, for callers that have only the amounts (arrears)."""
    left = max(settled_satang, 0)
    parts = []
    for amount in amounts:
        part = min(left, amount)
        parts.append(part)
        left -= part
    return parts


def refresh_outstanding(house_ids: Iterable[int]) -> None:
    """Recompute `houses.outstanding_satang` from the invoices of these houses (one
    statement, whatever their number). Call after any change to invoices' amounts."""
    ids = sorted(set(house_ids))
    if not ids:
        return
    session = database.session()
    session.flush()
    owed = (
        select(
            func.coalesce(
                func.sum(Invoice.total_satang - Invoice.paid_satang - Invoice.credited_satang), 0
            )
        )
        .where(Invoice.house_id == House.id, Invoice.status != InvoiceStatus.VOID)
        .scalar_subquery()
    )
    for start in range(0, len(ids), 500):
        session.execute(
            update(House)
            .where(House.id.in_(ids[start : start + 500]))
            .values(outstanding_satang=owed)
            # "fetch": House rows already in the session see the new value.
            .execution_options(synchronize_session="fetch")
        )
