"""Who sees which credit notes (pure: no I/O of their own).

Staff reading finance for the whole village see every note, pending and rejected
ones too. A resident sees only the **issued** notes of the houses they are a current
member of: a pending or rejected note is the office's business, and anything else is
not found (404), in lists and by id alike. Maker–checker: whoever asked for a note
never approves it (409 `same_person`), whatever their permissions.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, true

from village.credit_notes.enums import CreditNoteStatus
from village.credit_notes.models import CreditNote
from village.enums import Permission
from village.houses.policies import current_houses_of
from village.security.actor import Actor


def sees_all_notes(actor: Actor) -> bool:
    return actor.sees_everything and actor.may(Permission.FINANCE_READ)


def visible_notes(actor: Actor) -> ColumnElement[bool]:
    """A condition on CreditNote: all for the office; a resident's houses' issued ones."""
    if sees_all_notes(actor):
        return true()
    return and_(
        CreditNote.house_id.in_(current_houses_of(actor.id)),
        CreditNote.status == CreditNoteStatus.ISSUED,
    )


def is_maker(actor: Actor, note: CreditNote) -> bool:
    return note.created_by_id == actor.id
