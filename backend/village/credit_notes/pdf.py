"""An issued credit note as a PDF (village.documents): Thai with English labels, B.E.
dates, the invoice it corrects, the reason and the amount in Thai words."""

from __future__ import annotations

from village.credit_notes.enums import CreditNoteStatus
from village.credit_notes.models import CreditNote
from village.documents.contexts import CreditNoteDocument
from village.documents.render import render_credit_note
from village.errors import Conflict
from village.invoices.documents import letterhead


def document(note: CreditNote) -> CreditNoteDocument:
    if note.status is not CreditNoteStatus.ISSUED or note.number is None or not note.issue_date:
        raise Conflict(
            f"This credit note is {note.status}: only an issued note has a PDF.",
            code="not_issued",
        )
    invoice = note.invoice
    return CreditNoteDocument(
        letterhead=letterhead(),
        number=note.number,
        issue_date=note.issue_date,
        house_number=note.house.house_number,
        bill_to_name=invoice.bill_to_name,
        invoice_number=invoice.number,
        invoice_issue_date=invoice.issue_date,
        invoice_total_satang=invoice.total_satang,
        reason=note.reason,
        amount_satang=note.amount_satang,
    )


def render(note: CreditNote) -> bytes:
    return render_credit_note(document(note))
