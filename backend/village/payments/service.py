"""Business rules of office payments and their receipts (village.md, "Payments and
receipts", "Permissions" maker-checker).

A payment is recorded by someone with `payments:record`. With the finance setting
`require_payment_confirmation` (default true) it waits `pending` for a second
person with `finance:approve`, who is told; otherwise the recorder confirms it at
once. Confirming (`receipting.confirm`) allocates it, keeps the rest as the house's
credit and issues its receipt, all in the request's transaction, with the house
locked first and then the payment row: two confirmations of one payment queue and
the second finds it confirmed (409), so a payment has one receipt. Every change is
audited in the same transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.enums import Permission
from village.errors import Conflict, PermissionDenied, ValidationFailed, field_error
from village.invoices.enums import OPEN_STATUSES
from village.invoices.models import Invoice
from village.notifications import service as notifications
from village.notifications.events import NotificationEvent
from village.payments import ledger, queries, receipting, settings
from village.payments.enums import PaymentStatus
from village.payments.models import Payment, Receipt
from village.payments.policies import is_recorder, may_cancel
from village.payments.schemas import PaymentCreate
from village.period_locks import guard
from village.profile import service as profile
from village.security.actor import Actor
from village.security.client import Client
from village.users.models import User

PENDING_LINK = "/payments?status=pending"
SAME_PERSON = "same_person"


# --- recording --------------------------------------------------------------------------


def record(*, actor: User, scope: Actor, data: PaymentCreate, client: Client) -> Payment:
    """Record a payment taken at the office; confirm it at once unless a second person
    must (finance settings). 422 for an unknown house, a future `paid_on`, or chosen
    allocations that are not the house's open invoices or ask more than they owe."""
    house = queries.house(data.house_id)
    if house is None:
        raise ValidationFailed(
            [field_error("house_id", f"No house with id {data.house_id}.", "unknown_house")]
        )
    today = profile.today()
    if data.paid_on > today:
        raise ValidationFailed(
            [
                field_error(
                    "paid_on",
                    f"A payment cannot be dated after today ({today.isoformat()}).",
                    "future_date",
                )
            ]
        )
    _check_allocations(data)
    payer = data.payer_name or queries.primary_contact_name(house.id)
    payment = Payment(
        house_id=house.id,
        amount_satang=data.amount_satang,
        method=data.method,
        paid_on=data.paid_on,
        # the next open month's first day when paid_on's month is closed (and decided
        # again at confirmation: the month may close meanwhile)
        posting_date=guard.posting_date(data.paid_on),
        reference=data.reference,
        note=data.note,
        payer_name=payer or f"บ้านเลขที่ {house.house_number}",
        requested_allocations=(
            None
            if data.allocations is None
            else [
                {"invoice_id": a.invoice_id, "amount_satang": a.amount_satang}
                for a in data.allocations
            ]
        ),
        status=PaymentStatus.PENDING,
        recorded_by_id=actor.id,
    )
    session = database.session()
    session.add(payment)
    session.flush()
    _audit(
        AuditAction.PAYMENT_RECORDED,
        actor,
        payment,
        client,
        {
            "house_id": house.id,
            "house_number": house.house_number,
            "amount_satang": payment.amount_satang,
            "method": str(payment.method),
            "paid_on": payment.paid_on.isoformat(),
            "reference": payment.reference,
            "allocations": payment.requested_allocations,
        },
    )
    if settings.require_payment_confirmation():
        staff = notifications.staff_ids(Permission.FINANCE_APPROVE)
        notifications.notify(
            [i for i in staff if i != actor.id],
            NotificationEvent.PAYMENT_AWAITING_CONFIRMATION,
            params={
                "house_number": house.house_number,
                "amount_satang": payment.amount_satang,
                "method": str(payment.method),
            },
            link=PENDING_LINK,
        )
    else:
        ledger.lock_house(house.id)
        _confirm(payment, actor=actor, client=client, automatic=True)
    return payment


def _check_allocations(data: PaymentCreate) -> None:
    """Chosen allocations: invoices of the house, open, each at most what it owes, no
    invoice twice, and together at most the payment."""
    if not data.allocations:
        if data.allocations == []:
            raise ValidationFailed(
                [field_error("allocations", "Name at least one invoice, or omit it.", "empty")]
            )
        return
    wanted = [a.invoice_id for a in data.allocations]
    invoices = {
        invoice.id: invoice
        for invoice in database.session()
        .scalars(select(Invoice).where(Invoice.id.in_(wanted)))
        .unique()
    }
    errors = []
    seen: set[int] = set()
    for index, allocation in enumerate(data.allocations):
        field = f"allocations.{index}"
        invoice = invoices.get(allocation.invoice_id)
        if allocation.invoice_id in seen:
            errors.append(
                field_error(
                    f"{field}.invoice_id",
                    f"Invoice id {allocation.invoice_id} is named twice.",
                    "duplicate_invoice",
                )
            )
            continue
        seen.add(allocation.invoice_id)
        if invoice is None or invoice.house_id != data.house_id:
            errors.append(
                field_error(
                    f"{field}.invoice_id",
                    f"No invoice with id {allocation.invoice_id} of this house.",
                    "unknown_invoice",
                )
            )
        elif invoice.status not in OPEN_STATUSES:
            errors.append(
                field_error(
                    f"{field}.invoice_id",
                    f"Invoice {invoice.number} is {invoice.status}: nothing to pay on it.",
                    "invoice_not_open",
                )
            )
        elif allocation.amount_satang > invoice.outstanding_satang:
            errors.append(
                field_error(
                    f"{field}.amount_satang",
                    f"Invoice {invoice.number} owes {invoice.outstanding_satang} satang.",
                    "exceeds_outstanding",
                )
            )
    total = sum(a.amount_satang for a in data.allocations)
    if total > data.amount_satang:
        errors.append(
            field_error(
                "allocations",
                f"The allocations ({total} satang) exceed the payment "
                f"({data.amount_satang} satang).",
                "exceeds_payment",
            )
        )
    if errors:
        raise ValidationFailed(errors)


# --- confirming, cancelling, reversing ---------------------------------------------------


def confirm(*, actor: User, scope: Actor, payment_id: int, client: Client) -> Payment:
    """A second person confirms a pending payment: allocation, credit, receipt."""
    payment = queries.payment_or_raise(scope, payment_id)
    ledger.lock_house(payment.house_id)
    queries.lock_payment(payment)
    if is_recorder(scope, payment):
        raise Conflict("You recorded this payment: someone else must confirm it.", code=SAME_PERSON)
    if payment.status is not PaymentStatus.PENDING:
        raise Conflict(
            f"This payment is {payment.status}; only a pending payment can be confirmed.",
            code="not_pending",
        )
    _confirm(payment, actor=actor, client=client, automatic=False)
    return payment


def _confirm(payment: Payment, *, actor: User, client: Client, automatic: bool) -> Receipt:
    requested = (
        None
        if payment.requested_allocations is None
        else [
            ledger.Requested(int(r["invoice_id"]), int(r["amount_satang"]))
            for r in payment.requested_allocations
        ]
    )
    recorder = queries.users_by_id([payment.recorded_by_id]).get(payment.recorded_by_id or 0)
    receipt = receipting.confirm(
        payment,
        confirmed_by_id=actor.id,
        collector_name=recorder.full_name if recorder else actor.full_name,
        requested=requested,
    )
    _audit(
        AuditAction.PAYMENT_CONFIRMED,
        actor,
        payment,
        client,
        {
            "receipt_number": receipt.number,
            "amount_satang": payment.amount_satang,
            "allocated": [
                {"invoice_number": line.invoice_number, "amount_satang": line.amount_satang}
                for line in receipt.lines
                if line.invoice_id is not None
            ],
            "credit_satang": sum(
                line.amount_satang for line in receipt.lines if line.invoice_id is None
            ),
            "automatic": automatic,
        },
    )
    return receipt


def cancel(*, actor: User, scope: Actor, payment_id: int, reason: str, client: Client) -> Payment:
    """Withdraw a pending payment (its recorder, or a checker): nothing was allocated."""
    payment = queries.payment_or_raise(scope, payment_id)
    queries.lock_payment(payment)
    if not may_cancel(scope, payment):
        raise PermissionDenied(
            "Only the person who recorded this payment, or someone who confirms payments, "
            "may cancel it.",
            permission=str(Permission.FINANCE_APPROVE),
        )
    if payment.status is not PaymentStatus.PENDING:
        raise Conflict(
            f"This payment is {payment.status}; only a pending payment can be cancelled"
            + (" (reverse a confirmed one)." if payment.status is PaymentStatus.CONFIRMED else "."),
            code="not_pending",
        )
    payment.status = PaymentStatus.CANCELLED
    database.session().flush()
    _audit(AuditAction.PAYMENT_CANCELLED, actor, payment, client, {"reason": reason})
    return payment


def reverse(*, actor: User, scope: Actor, payment_id: int, reason: str, client: Client) -> Payment:
    """Reverse a confirmed payment (a checker who did not record it): its allocations
    are undone, its receipt voided (the number kept)."""
    payment = queries.payment_or_raise(scope, payment_id)
    ledger.lock_house(payment.house_id)
    queries.lock_payment(payment)
    if is_recorder(scope, payment):
        raise Conflict("You recorded this payment: someone else must reverse it.", code=SAME_PERSON)
    if payment.status is not PaymentStatus.CONFIRMED:
        raise Conflict(
            f"This payment is {payment.status}; only a confirmed payment can be reversed.",
            code="not_confirmed",
        )
    receipt = receipting.reverse(
        payment, reversed_by_id=actor.id, reason=reason, on=profile.today()
    )
    _audit(
        AuditAction.PAYMENT_REVERSED,
        actor,
        payment,
        client,
        {"reason": reason, "receipt_number": receipt.number if receipt else None},
    )
    return payment


# --- receipts --------------------------------------------------------------------------


def count_print(receipt: Receipt, *, actor: User, client: Client) -> bool:
    """Count one download of the receipt's PDF; answer whether it is a copy (every
    download after the first). The count is one atomic UPDATE, so two first downloads
    at once give one original and one copy. A copy is audited (RECEIPT_REPRINTED)."""
    count = database.session().scalar(
        update(Receipt)
        .where(Receipt.id == receipt.id)
        .values(print_count=Receipt.print_count + 1)
        .returning(Receipt.print_count)
    )
    copy = (count or 1) > 1
    if copy:
        audit.record(
            AuditAction.RECEIPT_REPRINTED,
            actor=actor,
            target_type="receipt",
            target_id=receipt.id,
            target_name=receipt.number,
            client=client,
            details={"print_count": count, "house_id": receipt.house_id},
        )
    return copy


def _audit(
    action: AuditAction,
    actor: User,
    payment: Payment,
    client: Client,
    details: dict[str, Any],
) -> None:
    audit.record(
        action,
        actor=actor,
        target_type="payment",
        target_id=payment.id,
        target_name=f"{payment.house.house_number} {payment.amount_satang}",
        client=client,
        details={"status": str(payment.status), **details},
    )
