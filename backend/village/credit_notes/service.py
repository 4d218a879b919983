"""Business rules of credit notes (village.md, "Credit notes", "Permissions" maker–checker).

Someone with `finance:write` asks for a note against an issued invoice: an amount of at
most what it still owes and a reason; it waits `pending_approval`, unnumbered. A second
person with `finance:approve` issues it: in one transaction, with the invoice's house
and the invoice locked first (as payments and voids lock them) and then the note, the
amount is re-checked against what the invoice owes by then, the village's today must
fall in an open period, the note takes the next `CN{B.E.}-NNNNNN` number (gap-free,
`numbering`), and the invoice's `credited_satang` rises through the ledger, which sets
its status (`credited` when notes alone settled it) and the house's kept outstanding.
Two approvals of notes for one invoice queue on those locks, so the second sees the
first's credit and is refused (409 `exceeds_outstanding`) rather than over-credit it.
The house's current members are told of an issued note. Every change is audited in
the same transaction.
"""

from __future__ import annotations

from typing import Any

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.credit_notes import queries
from village.credit_notes.enums import CreditNoteStatus
from village.credit_notes.models import CreditNote
from village.credit_notes.policies import is_maker
from village.credit_notes.schemas import CreditNoteCreate
from village.database import utcnow
from village.errors import Conflict, ValidationFailed, field_error
from village.invoices import ledger
from village.invoices import queries as invoices
from village.invoices.enums import InvoiceStatus
from village.invoices.models import Invoice
from village.notifications.events import NotificationEvent
from village.notifications.service import notify
from village.numbering.enums import DocumentPrefix
from village.numbering.service import next_number
from village.period_locks import guard
from village.profile import service as profile
from village.security.actor import Actor
from village.security.client import Client

MY_BILLS = "/my-bills"
SAME_PERSON = "same_person"
EXCEEDS_OUTSTANDING = "exceeds_outstanding"
INVOICE_VOID = "invoice_void"
NOT_PENDING = "not_pending"


def _refuse_unless_creditable(invoice: Invoice, amount_satang: int) -> None:
    if invoice.status is InvoiceStatus.VOID:
        raise Conflict(f"Invoice {invoice.number} is void: nothing to credit.", code=INVOICE_VOID)
    if amount_satang > invoice.outstanding_satang:
        raise Conflict(
            f"Invoice {invoice.number} owes {invoice.outstanding_satang} satang; a credit note "
            f"of {amount_satang} satang would exceed it.",
            code=EXCEEDS_OUTSTANDING,
        )


def create(*, actor: audit.Actor, data: CreditNoteCreate, client: Client) -> CreditNote:
    """Ask for a credit note on an invoice (the maker); it waits for someone else's approval.
    422 for an unknown invoice; 409 for a void one or an amount above what it owes."""
    invoice = queries.invoice(data.invoice_id)
    if invoice is None:
        raise ValidationFailed(
            [field_error("invoice_id", f"No invoice with id {data.invoice_id}.", "unknown_invoice")]
        )
    invoices.lock(invoice)
    _refuse_unless_creditable(invoice, data.amount_satang)
    note = CreditNote(
        invoice_id=invoice.id,
        house_id=invoice.house_id,
        amount_satang=data.amount_satang,
        reason=data.reason,
        status=CreditNoteStatus.PENDING_APPROVAL,
        created_by_id=actor.id,
    )
    session = database.session()
    session.add(note)
    session.flush()
    session.refresh(note)  # its invoice and house, for the answer and the audit
    _audit(AuditAction.CREDIT_NOTE_REQUESTED, actor, note, client, {"reason": note.reason})
    return note


def _pending(scope: Actor, note_id: int) -> CreditNote:
    """The note, with its invoice's house, the invoice and the note locked in that order."""
    note = queries.note_or_raise(scope, note_id)
    invoices.lock(note.invoice)
    return queries.lock_note(note)


def _refuse_unless_pending(note: CreditNote) -> None:
    if note.status is not CreditNoteStatus.PENDING_APPROVAL:
        raise Conflict(
            f"This credit note is {note.status}; only a pending one can be decided.",
            code=NOT_PENDING,
        )


def approve(*, actor: audit.Actor, scope: Actor, note_id: int, client: Client) -> CreditNote:
    """Issue a pending credit note (the checker, never its maker): its CN number, today's
    date, and the invoice's outstanding reduced by its amount."""
    note = _pending(scope, note_id)
    if is_maker(scope, note):
        raise Conflict("You asked for this credit note: someone else must approve it.",
                       code=SAME_PERSON)  # fmt: skip
    _refuse_unless_pending(note)
    today = profile.today()
    guard.require_open(today, what="A credit note dated")
    _refuse_unless_creditable(note.invoice, note.amount_satang)
    note.number = next_number(DocumentPrefix.CREDIT_NOTE, fiscal_year=profile.fiscal_year(today))
    note.status = CreditNoteStatus.ISSUED
    note.issue_date = today
    note.decided_by_id = actor.id
    note.decided_at = utcnow()
    ledger.settle(note.invoice, credited_delta=note.amount_satang)
    ledger.refresh_outstanding([note.house_id])
    notify(
        invoices.current_member_ids(note.house_id),
        NotificationEvent.CREDIT_NOTE_ISSUED,
        params={
            "number": note.number,
            "house_number": note.house.house_number,
            "amount_satang": note.amount_satang,
            "invoice_number": note.invoice.number,
        },
        link=MY_BILLS,
    )
    _audit(
        AuditAction.CREDIT_NOTE_ISSUED,
        actor,
        note,
        client,
        {
            "issue_date": today.isoformat(),
            "invoice_status": str(note.invoice.status),
            "invoice_outstanding_satang": note.invoice.outstanding_satang,
        },
    )
    return note


def reject(
    *, actor: audit.Actor, scope: Actor, note_id: int, reason: str, client: Client
) -> CreditNote:
    """Refuse a pending credit note with a reason; the invoice is untouched."""
    note = _pending(scope, note_id)
    _refuse_unless_pending(note)
    note.status = CreditNoteStatus.REJECTED
    note.reject_reason = reason
    note.decided_by_id = actor.id
    note.decided_at = utcnow()
    database.session().flush()
    _audit(AuditAction.CREDIT_NOTE_REJECTED, actor, note, client, {"reason": reason})
    return note


def _audit(
    action: AuditAction,
    actor: audit.Actor,
    note: CreditNote,
    client: Client,
    details: dict[str, Any],
) -> None:
    audit.record(
        action,
        actor=actor,
        target_type="credit_note",
        target_id=note.id,
        target_name=note.number or f"{note.invoice.number} {note.amount_satang}",
        client=client,
        details={
            "status": str(note.status),
            "number": note.number,
            "invoice_number": note.invoice.number,
            "house_number": note.house.house_number,
            "amount_satang": note.amount_satang,
            **details,
        },
    )
