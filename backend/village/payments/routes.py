"""HTTP endpoints of payments and receipts: /api/v1/payments (record, confirm, cancel,
reverse), /api/v1/receipts (with the PDF) and /api/v1/me/receipts."""

from __future__ import annotations

from typing import cast

from apiflask import APIBlueprint
from flask import Response

from village.enums import Permission
from village.openapi import file_response
from village.pagination import PageOf
from village.payments import queries, service, views
from village.payments.models import Payment, Receipt
from village.payments.policies import my_receipts
from village.payments.schemas import (
    PaymentCreate,
    PaymentPage,
    PaymentQuery,
    PaymentRead,
    ReasonBody,
    ReceiptPage,
    ReceiptQuery,
    ReceiptRead,
)
from village.security.actor import current_actor
from village.security.client import current_client
from village.security.permissions import current_principal, require
from village.users.models import User

bp = APIBlueprint("payments", __name__, url_prefix="/api/v1")
READ = Permission.FINANCE_READ
APPROVE = Permission.FINANCE_APPROVE
ONE = "/payments/<id:payment_id>"
NOT_FOUND = {404: "No such payment, or not one of your houses'"}
RECEIPT_NOT_FOUND = {404: "No such receipt, or not one of your houses'"}


def _user() -> User:
    return cast(User, current_principal())


def _one(payment: Payment) -> PaymentRead:
    return views.payment(current_actor(), payment)


def _payment_page(page: PageOf[Payment]) -> PaymentPage:
    return PaymentPage(
        items=views.payments(current_actor(), page.items),
        total=page.total,
        page=page.page,
        per_page=page.per_page,
    )


def _receipt_page(page: PageOf[Receipt]) -> ReceiptPage:
    return ReceiptPage(
        items=[views.receipt(r) for r in page.items],
        total=page.total,
        page=page.page,
        per_page=page.per_page,
    )


@bp.get("/payments")
@require(READ)
@bp.input(PaymentQuery, location="query", arg_name="query")
@bp.output(PaymentPage)
def list_payments(query: PaymentQuery) -> PaymentPage:
    """List payments, newest paid first by default, with filters.

    Staff see every payment; a resident sees their current houses' (without the
    office's notes).
    """
    return _payment_page(queries.payments_page(current_actor(), query))


@bp.post("/payments")
@require(Permission.PAYMENTS_RECORD)
@bp.input(PaymentCreate, arg_name="body")
@bp.output(PaymentRead, status_code=201)
@bp.doc(
    responses={
        422: "Unknown house, paid_on in the future, amounts not positive integers, or "
        "allocations not the house's open invoices, above what they owe or the payment"
    }
)
def record_payment(body: PaymentCreate) -> PaymentRead:
    """Record a payment received at the office (the maker).

    With `require_payment_confirmation` (the default) it is `pending` and the staff
    who confirm payments are told; otherwise it is confirmed at once: allocated to the
    chosen invoices or oldest due first, the rest kept as the house's credit, and its
    receipt issued.
    """
    return _one(
        service.record(actor=_user(), scope=current_actor(), data=body, client=current_client())
    )


@bp.get(ONE)
@require(READ)
@bp.output(PaymentRead)
@bp.doc(responses=NOT_FOUND)
def get_payment(payment_id: int) -> PaymentRead:
    """Show one payment with its allocations and its receipt's number."""
    return _one(queries.payment_or_raise(current_actor(), payment_id))


@bp.post(f"{ONE}/confirm")
@require(APPROVE)
@bp.output(PaymentRead)
@bp.doc(
    responses={
        **NOT_FOUND,
        409: "Recorded by the signed-in user (code same_person), or not pending (code not_pending)",
    }
)
def confirm_payment(payment_id: int) -> PaymentRead:
    """Confirm a pending payment (the checker, never its recorder): allocation, credit and
    its receipt (RC number), in one transaction."""
    return _one(
        service.confirm(
            actor=_user(), scope=current_actor(), payment_id=payment_id, client=current_client()
        )
    )


@bp.post(f"{ONE}/cancel")
@require(Permission.PAYMENTS_RECORD)
@bp.input(ReasonBody, arg_name="body")
@bp.output(PaymentRead)
@bp.doc(
    responses={
        **NOT_FOUND,
        403: "Neither its recorder nor someone who confirms payments",
        409: "Not pending (code not_pending)",
    }
)
def cancel_payment(payment_id: int, body: ReasonBody) -> PaymentRead:
    """Cancel a pending payment (its recorder, or someone with finance:approve)."""
    return _one(
        service.cancel(
            actor=_user(),
            scope=current_actor(),
            payment_id=payment_id,
            reason=body.reason,
            client=current_client(),
        )
    )


@bp.post(f"{ONE}/reverse")
@require(APPROVE)
@bp.input(ReasonBody, arg_name="body")
@bp.output(PaymentRead)
@bp.doc(
    responses={
        **NOT_FOUND,
        409: "Posted in a closed month, or today's month closed (code period_closed); "
        "recorded by the signed-in user (code same_person), or not confirmed "
        "(code not_confirmed)",
    }
)
def reverse_payment(payment_id: int, body: ReasonBody) -> PaymentRead:
    """Reverse a confirmed payment (not by its recorder): its allocations are undone, the
    invoices owe again, and its receipt is voided (its number kept)."""
    return _one(
        service.reverse(
            actor=_user(),
            scope=current_actor(),
            payment_id=payment_id,
            reason=body.reason,
            client=current_client(),
        )
    )


@bp.get("/receipts")
@require(READ)
@bp.input(ReceiptQuery, location="query", arg_name="query")
@bp.output(ReceiptPage)
def list_receipts(query: ReceiptQuery) -> ReceiptPage:
    """List receipts, newest first by default (staff: all; a resident: their houses')."""
    return _receipt_page(queries.receipts_page(current_actor(), query))


@bp.get("/me/receipts")
@require(READ)
@bp.input(ReceiptQuery, location="query", arg_name="query")
@bp.output(ReceiptPage)
def list_my_receipts(query: ReceiptQuery) -> ReceiptPage:
    """The receipts of the houses the signed-in person is a current member of."""
    actor = current_actor()
    return _receipt_page(queries.receipts_page(actor, query, scope=my_receipts(actor.id)))


@bp.get("/receipts/<id:receipt_id>")
@require(READ)
@bp.output(ReceiptRead)
@bp.doc(responses=RECEIPT_NOT_FOUND)
def get_receipt(receipt_id: int) -> ReceiptRead:
    """Show one receipt: its lines (invoice, month), amount in Thai words, void or not."""
    return views.receipt(queries.receipt_or_raise(current_actor(), receipt_id))


@bp.get("/receipts/<id:receipt_id>/pdf")
@require(READ)
@file_response("application/pdf")
@bp.doc(responses={**RECEIPT_NOT_FOUND, 200: "The receipt as a PDF (A4, Thai)"})
def get_receipt_pdf(receipt_id: int) -> Response:
    """Download the receipt as a PDF. The first download is the original; every later
    one is marked "สำเนา / COPY" and audited as a reprint."""
    receipt = queries.receipt_or_raise(current_actor(), receipt_id)
    from village.payments import receipt_pdf  # WeasyPrint loads on the first download

    copy = service.count_print(receipt, actor=_user(), client=current_client())
    response = Response(receipt_pdf.render(receipt, copy=copy), mimetype="application/pdf")
    response.headers["Content-Disposition"] = f'inline; filename="{receipt.number}.pdf"'
    return response
