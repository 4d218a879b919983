"""HTTP endpoints of invoices: /api/v1/invoices (list, one, manual, void, PDF, PromptPay)
and a resident's /api/v1/me/invoices."""

from __future__ import annotations

from typing import cast

from apiflask import APIBlueprint
from flask import Response

from village.invoices import queries, service
from village.invoices.downloads import PDF, pdf_response
from village.invoices.schemas import (
    InvoiceCreate,
    InvoicePage,
    InvoiceQuery,
    InvoiceRead,
    PromptPayRead,
    VoidRequest,
)
from village.openapi import file_response
from village.security.actor import current_actor
from village.security.client import current_client
from village.security.permissions import Permission, current_principal, require
from village.users.models import User

bp = APIBlueprint("invoices", __name__, url_prefix="/api/v1")
READ = Permission.FINANCE_READ
WRITE = Permission.FINANCE_WRITE
ONE = "/invoices/<id:invoice_id>"
NOT_FOUND = {404: "No such invoice, or not one of your houses'"}


def _user() -> User:
    return cast(User, current_principal())


def _page(query: InvoiceQuery, *, own_only: bool) -> InvoicePage:
    today = service.today()
    page = queries.list_page(current_actor(), query, today=today, own_only=own_only)
    return InvoicePage(
        items=[service.read(invoice, today) for invoice in page.items],
        total=page.total,
        page=page.page,
        per_page=page.per_page,
    )


@bp.get("/invoices")
@require(READ)
@bp.input(InvoiceQuery, location="query", arg_name="query")
@bp.output(InvoicePage)
def list_invoices(query: InvoiceQuery) -> InvoicePage:
    """List invoices, newest first by default, with filters.

    The office sees every house's; a resident, their current houses' only.
    """
    return _page(query, own_only=False)


@bp.get("/me/invoices")
@require(READ)
@bp.input(InvoiceQuery, location="query", arg_name="query")
@bp.output(InvoicePage)
def list_my_invoices(query: InvoiceQuery) -> InvoicePage:
    """The invoices of the houses the signed-in person is a current member of."""
    return _page(query, own_only=True)


@bp.post("/invoices")
@require(WRITE)
@bp.input(InvoiceCreate, arg_name="body")
@bp.output(InvoiceRead, status_code=201)
@bp.doc(
    responses={
        409: "A line's fee item and month is already billed to this house (code "
        "already_billed), or the issue date is in a closed month (code period_closed)",
        422: "Unknown or archived house, unknown or inactive fee item, due before issue, "
        "an amount that is not a whole number of satang",
    }
)
def create_invoice(body: InvoiceCreate) -> InvoiceRead:
    """Issue a manual invoice (ad-hoc charges, or a month billed by hand) to a house.

    Each line's amount is quantity × unit_satang. It is numbered INV{fiscal year}-NNNNNN
    at once and the house's members are told. The house's credit is not applied to it.
    """
    invoice = service.create_invoice(actor=_user(), data=body, client=current_client())
    return service.read(invoice, service.today())


@bp.get(ONE)
@require(READ)
@bp.output(InvoiceRead)
@bp.doc(responses=NOT_FOUND)
def get_invoice(invoice_id: int) -> InvoiceRead:
    """Show one invoice with its lines and what is paid, credited and outstanding."""
    return service.read(queries.get_or_raise(current_actor(), invoice_id), service.today())


@bp.post(f"{ONE}/void")
@require(WRITE)
@bp.input(VoidRequest, arg_name="body")
@bp.output(InvoiceRead)
@bp.doc(
    responses={
        **NOT_FOUND,
        409: "Something is paid or credited on it (code has_allocations), it is already "
        "void, or today or its issue date is in a closed month (code period_closed)",
    }
)
def void_invoice(invoice_id: int, body: VoidRequest) -> InvoiceRead:
    """Void an invoice with a reason; its number is kept and its months may be billed
    again. Only while nothing is allocated or credited on it."""
    invoice = service.void_invoice(
        actor=_user(),
        scope=current_actor(),
        invoice_id=invoice_id,
        data=body,
        client=current_client(),
    )
    return service.read(invoice, service.today())


@bp.get(f"{ONE}/pdf")
@require(READ)
@file_response(PDF)
@bp.doc(responses={200: "The invoice as a PDF (Thai, English labels, B.E. dates)", **NOT_FOUND})
def invoice_pdf(invoice_id: int) -> Response:
    """The invoice as a PDF, shown inline and named by its number; with the PromptPay QR
    and bank account while something is owed."""
    body, filename = service.pdf(current_actor(), invoice_id)
    return pdf_response(body, filename)


@bp.get(f"{ONE}/promptpay")
@require(READ)
@bp.output(PromptPayRead)
@bp.doc(
    responses={
        **NOT_FOUND,
        409: "Paid, credited or void (code not_payable); a house number a QR cannot "
        "carry (code promptpay_unusable)",
    }
)
def invoice_promptpay(invoice_id: int) -> PromptPayRead:
    """The Thai QR (PromptPay) for the invoice's outstanding amount, and the bank account.

    Credit transfer (tag 29) to the village's PromptPay id, or bill payment (tag 30) to
    its biller id with Ref1 the house number and Ref2 the invoice number (A-Z0-9).
    """
    return service.promptpay(current_actor(), invoice_id)
