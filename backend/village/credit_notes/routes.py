"""HTTP endpoints of credit notes: /api/v1/credit-notes (ask, approve, reject, the PDF)."""

from __future__ import annotations

from typing import cast

from apiflask import APIBlueprint
from flask import Response

from village.credit_notes import queries, service, views
from village.credit_notes.schemas import (
    CreditNoteCreate,
    CreditNotePage,
    CreditNoteQuery,
    CreditNoteRead,
    RejectBody,
)
from village.enums import Permission
from village.openapi import file_response
from village.security.actor import current_actor
from village.security.client import current_client
from village.security.permissions import current_principal, require
from village.users.models import User

bp = APIBlueprint("credit_notes", __name__, url_prefix="/api/v1")
READ = Permission.FINANCE_READ
APPROVE = Permission.FINANCE_APPROVE
ONE = "/credit-notes/<id:credit_note_id>"
NOT_FOUND = {404: "No such credit note, or not one a resident may see (their houses' issued)"}


def _user() -> User:
    return cast(User, current_principal())


@bp.get("/credit-notes")
@require(READ)
@bp.input(CreditNoteQuery, location="query", arg_name="query")
@bp.output(CreditNotePage)
def list_credit_notes(query: CreditNoteQuery) -> CreditNotePage:
    """List credit notes, newest first by default, with filters.

    Staff see every note (pending, issued, rejected); a resident sees their current
    houses' issued notes only.
    """
    page = queries.notes_page(current_actor(), query)
    return CreditNotePage(
        items=views.notes(page.items), total=page.total, page=page.page, per_page=page.per_page
    )


@bp.post("/credit-notes")
@require(Permission.FINANCE_WRITE)
@bp.input(CreditNoteCreate, arg_name="body")
@bp.output(CreditNoteRead, status_code=201)
@bp.doc(
    responses={
        409: "The invoice is void (code invoice_void) or owes less than the amount "
        "(code exceeds_outstanding)",
        422: "Unknown invoice, amount not a positive integer, or no reason",
    }
)
def create_credit_note(body: CreditNoteCreate) -> CreditNoteRead:
    """Ask for a credit note on an invoice (the maker): it waits `pending_approval`,
    unnumbered, until someone else approves it."""
    return views.note(service.create(actor=_user(), data=body, client=current_client()))


@bp.get(ONE)
@require(READ)
@bp.output(CreditNoteRead)
@bp.doc(responses=NOT_FOUND)
def get_credit_note(credit_note_id: int) -> CreditNoteRead:
    """Show one credit note."""
    return views.note(queries.note_or_raise(current_actor(), credit_note_id))


@bp.post(f"{ONE}/approve")
@require(APPROVE)
@bp.output(CreditNoteRead)
@bp.doc(
    responses={
        **NOT_FOUND,
        409: "Asked for by the signed-in user (code same_person), not pending (code "
        "not_pending), the invoice owes less by now (code exceeds_outstanding) or is void "
        "(code invoice_void), or today's month is closed (code period_closed)",
    }
)
def approve_credit_note(credit_note_id: int) -> CreditNoteRead:
    """Approve a pending credit note (the checker, never its maker): it is issued with its
    CN number and today's date, and the invoice's outstanding falls by its amount."""
    note = service.approve(
        actor=_user(), scope=current_actor(), note_id=credit_note_id, client=current_client()
    )
    return views.note(note)


@bp.post(f"{ONE}/reject")
@require(APPROVE)
@bp.input(RejectBody, arg_name="body")
@bp.output(CreditNoteRead)
@bp.doc(responses={**NOT_FOUND, 409: "Not pending (code not_pending)"})
def reject_credit_note(credit_note_id: int, body: RejectBody) -> CreditNoteRead:
    """Reject a pending credit note, with the reason; the invoice is untouched."""
    note = service.reject(
        actor=_user(),
        scope=current_actor(),
        note_id=credit_note_id,
        reason=body.reason,
        client=current_client(),
    )
    return views.note(note)


@bp.get(f"{ONE}/pdf")
@require(READ)
@file_response("application/pdf")
@bp.doc(responses={**NOT_FOUND, 409: "Not issued yet, or rejected (code not_issued)"})
def get_credit_note_pdf(credit_note_id: int) -> Response:
    """Download an issued credit note as a PDF (A4, Thai, B.E. dates, the amount in words)."""
    note = queries.note_or_raise(current_actor(), credit_note_id)
    from village.credit_notes import pdf  # WeasyPrint loads on the first download

    response = Response(pdf.render(note), mimetype="application/pdf")
    response.headers["Content-Disposition"] = f'inline; filename="{note.number}.pdf"'
    return response
