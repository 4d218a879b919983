"""Confirming a payment: allocation and its receipt, in one transaction.

Every way money is accepted (an office payment confirmed by a second person, one
confirmed at once when `require_payment_confirmation` is off, an accepted slip)
ends here, so invariant 3 (every confirmed payment has exactly one receipt of the
same amount, `receipts.payment_id` unique) and the receipt's content are the same
for all. The receipt lists what the money paid, month by month, and any remainder
kept as the house's credit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select

from village import database
from village.database import utcnow
from village.invoices import ledger as invoice_ledger
from village.invoices.models import Invoice
from village.numbering.enums import DocumentPrefix
from village.numbering.service import next_number
from village.payments import ledger
from village.payments.enums import PaymentStatus
from village.payments.models import Allocation, Payment, Receipt, ReceiptLine
from village.period_locks import guard
from village.profile import service as profile

CREDIT_DESCRIPTION = "เงินรับล่วงหน้า (เครดิต) / Advance payment (credit)"


@dataclass(frozen=True)
class PaidPart:
    """What one allocation paid of one invoice line (a month of a fee item)."""

    invoice: Invoice
    description: str
    month: date | None
    amount_satang: int


def paid_parts(allocations: Sequence[Allocation]) -> list[PaidPart]:
    """Split allocations into the invoice lines they settled, in fill order.

    Call right after `ledger.allocate`: an allocation's invoice then holds the amount
    it settled as the last part of `paid + credited`.
    """
    parts: list[PaidPart] = []
    after: dict[int, int] = {}
    for allocation in allocations:
        invoice = allocation.invoice
        end = after.get(invoice.id, invoice.paid_satang + invoice.credited_satang)
        # allocations of one invoice in one batch follow each other: walk backwards
        after[invoice.id] = end - allocation.amount_satang
    starts = dict(after)
    for allocation in allocations:
        invoice = allocation.invoice
        start = starts[invoice.id]
        before = {
            s.line.id: s.settled_satang for s in invoice_ledger.line_settlements(invoice, start)
        }
        end = start + allocation.amount_satang
        for settlement in invoice_ledger.line_settlements(invoice, end):
            part = settlement.settled_satang - before[settlement.line.id]
            if part > 0:
                line = settlement.line
                parts.append(PaidPart(invoice, line.description, line.month, part))
        starts[invoice.id] = end
    return parts


def confirm(
    payment: Payment,
    *,
    confirmed_by_id: int,
    collector_name: str | None,
    requested: Sequence[ledger.Requested] | None = None,
) -> Receipt:
    """Confirm `payment` (pending, its house locked by the caller): allocate it (to
    `requested` invoices, or oldest due first), keep the rest as credit, and issue its
    receipt (RC{fiscal year}-NNNNNN of its posting date) with the months it paid.
    The posting date is decided now (`guard.posting_date`): its `paid_on`, or the first
    day of the next open month when that month was closed since it was recorded.

    Raises ValueError when the payment is not pending: callers check the state and
    answer 409 first (this is the last guard, with `receipts.payment_id` unique).
    """
    if payment.status is not PaymentStatus.PENDING:
        raise ValueError(f"payment {payment.id} is {payment.status}")
    payment.posting_date = guard.posting_date(payment.paid_on)
    payment.status = PaymentStatus.CONFIRMED
    payment.confirmed_by_id = confirmed_by_id
    payment.confirmed_at = utcnow()
    database.session().flush()
    allocations = ledger.allocate(payment, on=payment.posting_date, requested=requested)
    parts = paid_parts(allocations)
    receipt = Receipt(
        number=next_number(
            DocumentPrefix.RECEIPT, fiscal_year=profile.fiscal_year(payment.posting_date)
        ),
        payment_id=payment.id,
        house_id=payment.house_id,
        payer_name=payment.payer_name,
        amount_satang=payment.amount_satang,
        issue_date=payment.posting_date,
        method=payment.method,
        reference=payment.reference,
        collector_name=collector_name,
    )
    session = database.session()
    session.add(receipt)
    session.flush()
    rows = [
        {
            "receipt_id": receipt.id,
            "position": position,
            "invoice_id": part.invoice.id,
            "invoice_number": part.invoice.number,
            "month": part.month,
            "description": part.description,
            "amount_satang": part.amount_satang,
        }
        for position, part in enumerate(parts)
    ]
    credit = payment.amount_satang - sum(part.amount_satang for part in parts)
    if credit > 0:
        rows.append(
            {
                "receipt_id": receipt.id,
                "position": len(rows),
                "invoice_id": None,
                "invoice_number": None,
                "month": None,
                "description": CREDIT_DESCRIPTION,
                "amount_satang": credit,
            }
        )
    session.execute(insert(ReceiptLine), rows)
    session.refresh(receipt)
    return receipt


def reverse(payment: Payment, *, reversed_by_id: int, reason: str, on: date) -> Receipt | None:
    """Reverse a confirmed `payment` (house locked by the caller): undo its allocations,
    void its receipt (the number is kept), and mark it reversed. Answers the receipt.

    Raises ValueError when the payment is not confirmed (callers answer 409 first), and
    Conflict(code="period_closed") when `on` or the payment's posting date falls in a
    closed month: a payment posted in a closed month is never reversed (its receipt is
    that month's document); correct it with a new entry dated now, or reopen the month.
    """
    if payment.status is not PaymentStatus.CONFIRMED:
        raise ValueError(f"payment {payment.id} is {payment.status}")
    guard.require_open(on, what="A reversal on")
    guard.require_open(payment.posting_date, what="The payment was posted on")
    ledger.unallocate(payment, on=on)
    payment.status = PaymentStatus.REVERSED
    payment.reversed_by_id = reversed_by_id
    payment.reversed_at = utcnow()
    payment.reversed_on = on
    payment.reverse_reason = reason
    receipt = database.session().scalar(select(Receipt).where(Receipt.payment_id == payment.id))
    if receipt is not None:
        receipt.void = True
        receipt.voided_at = payment.reversed_at
        receipt.void_reason = reason
    ledger.refresh_balances([payment.house_id])
    return receipt
