"""Payments and receipts as the API shows them (PaymentRead, ReceiptRead), built in batches."""

from __future__ import annotations

from collections.abc import Sequence

from village.money import baht_text
from village.payments import queries
from village.payments.enums import PaymentStatus
from village.payments.models import Payment, Receipt
from village.payments.schemas import (
    AllocationRead,
    PaymentHouse,
    PaymentPerson,
    PaymentRead,
    ReceiptLineRead,
    ReceiptRead,
    ReceiptRef,
    RequestedAllocation,
)
from village.security.actor import Actor
from village.users.models import User
from village.validation import format_period


def _person(users: dict[int, User], user_id: int | None) -> PaymentPerson | None:
    user = users.get(user_id) if user_id is not None else None
    return None if user is None else PaymentPerson(id=user.id, full_name=user.full_name)


def payments(actor: Actor, rows: Sequence[Payment]) -> list[PaymentRead]:
    ids = [p.id for p in rows]
    allocations = queries.allocations_by_payment(ids)
    receipts = queries.receipts_by_payment(ids)
    users = queries.users_by_id(
        [i for p in rows for i in (p.recorded_by_id, p.confirmed_by_id, p.reversed_by_id)]
    )
    result = []
    for p in rows:
        mine = allocations.get(p.id, [])
        active = sum(a.amount_satang for a in mine if a.reversed_at is None)
        receipt = receipts.get(p.id)
        result.append(
            PaymentRead(
                id=p.id,
                house=PaymentHouse(id=p.house.id, house_number=p.house.house_number),
                amount_satang=p.amount_satang,
                method=p.method,
                paid_on=p.paid_on,
                posting_date=p.posting_date,
                reference=p.reference,
                note=p.note if actor.sees_everything else None,
                payer_name=p.payer_name,
                status=p.status,
                requested_allocations=(
                    None
                    if p.requested_allocations is None
                    else [RequestedAllocation(**r) for r in p.requested_allocations]
                ),
                allocations=[
                    AllocationRead(
                        id=a.id,
                        invoice_id=a.invoice_id,
                        invoice_number=a.invoice.number,
                        amount_satang=a.amount_satang,
                        allocated_on=a.allocated_on,
                        reversed_at=a.reversed_at,
                    )
                    for a in mine
                ],
                allocated_satang=active,
                credit_satang=(
                    p.amount_satang - active if p.status is PaymentStatus.CONFIRMED else 0
                ),
                receipt=(
                    None
                    if receipt is None
                    else ReceiptRef(id=receipt.id, number=receipt.number, void=receipt.void)
                ),
                receipt_number=None if receipt is None else receipt.number,
                recorded_by=_person(users, p.recorded_by_id),
                confirmed_by=_person(users, p.confirmed_by_id),
                confirmed_at=p.confirmed_at,
                reversed_by=_person(users, p.reversed_by_id),
                reversed_at=p.reversed_at,
                reverse_reason=p.reverse_reason,
                created_at=p.created_at,
            )
        )
    return result


def payment(actor: Actor, row: Payment) -> PaymentRead:
    return payments(actor, [row])[0]


def receipt(row: Receipt) -> ReceiptRead:
    return ReceiptRead(
        id=row.id,
        number=row.number,
        house=PaymentHouse(id=row.house.id, house_number=row.house.house_number),
        payer_name=row.payer_name,
        amount_satang=row.amount_satang,
        amount_in_words_th=baht_text(row.amount_satang),
        issue_date=row.issue_date,
        method=row.method,
        reference=row.reference,
        collector_name=row.collector_name,
        lines=[
            ReceiptLineRead(
                invoice_id=line.invoice_id,
                invoice_number=line.invoice_number,
                month=None if line.month is None else format_period(line.month),
                description=line.description,
                amount_satang=line.amount_satang,
            )
            for line in row.lines
        ],
        void=row.void,
        void_reason=row.void_reason,
        voided_at=row.voided_at,
        payment_id=row.payment_id,
        print_count=row.print_count,
        created_at=row.created_at,
    )
