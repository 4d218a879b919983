"""Reading credit notes, always through the actor's scope (policies)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select

from village import database
from village.credit_notes.models import CreditNote
from village.credit_notes.policies import visible_notes
from village.credit_notes.schemas import CreditNoteQuery
from village.errors import NotFound
from village.houses.models import House
from village.invoices.models import Invoice
from village.pagination import PageOf, paginate
from village.security.actor import Actor
from village.users.models import User

SORT: dict[str, Any] = {
    "created_at": CreditNote.created_at,
    "issue_date": CreditNote.issue_date,
    "number": CreditNote.number,
    "amount_satang": CreditNote.amount_satang,
}


def note_or_raise(actor: Actor, note_id: int) -> CreditNote:
    """The note, if the actor may see it; otherwise, or when there is none, a 404."""
    found = database.session().scalar(
        select(CreditNote).where(CreditNote.id == note_id, visible_notes(actor))
    )
    if found is None:
        raise NotFound(f"No credit note with id {note_id}.")
    return found


def lock_note(note: CreditNote) -> CreditNote:
    """Re-read the note with its row locked: two decisions on one note queue, and the
    second sees the first's."""
    session = database.session()
    session.execute(select(CreditNote.id).where(CreditNote.id == note.id).with_for_update())
    session.refresh(note)
    return note


def invoice(invoice_id: int) -> Invoice | None:
    return database.session().get(Invoice, invoice_id)


def notes_page(actor: Actor, query: CreditNoteQuery) -> PageOf[CreditNote]:
    stmt = (
        select(CreditNote)
        .join(Invoice, Invoice.id == CreditNote.invoice_id)
        .join(House, House.id == CreditNote.house_id)
        .where(visible_notes(actor))
    )
    if query.q:
        stmt = stmt.where(
            or_(
                CreditNote.number.icontains(query.q, autoescape=True),
                Invoice.number.icontains(query.q, autoescape=True),
                House.house_number.icontains(query.q, autoescape=True),
            )
        )
    for column, value in (
        (CreditNote.status, query.status),
        (CreditNote.house_id, query.house_id),
        (CreditNote.invoice_id, query.invoice_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    column = SORT[query.sort.lstrip("-")]
    if query.sort.startswith("-"):
        order = (column.desc(), CreditNote.id.desc())
    else:
        order = (column.asc(), CreditNote.id.asc())
    return paginate(stmt, query, order_by=order)


def users_by_id(user_ids: Sequence[int | None]) -> dict[int, User]:
    ids = sorted({i for i in user_ids if i is not None})
    if not ids:
        return {}
    return {u.id: u for u in database.session().scalars(select(User).where(User.id.in_(ids)))}
