"""Credit notes as the API shows them (CreditNoteRead), built in batches."""

from __future__ import annotations

from collections.abc import Sequence

from village.credit_notes import queries
from village.credit_notes.models import CreditNote
from village.credit_notes.schemas import (
    CreditNoteRead,
    NoteHouse,
    NoteInvoice,
    NotePerson,
)
from village.users.models import User


def _person(users: dict[int, User], user_id: int | None) -> NotePerson | None:
    user = users.get(user_id) if user_id is not None else None
    return None if user is None else NotePerson(id=user.id, full_name=user.full_name)


def notes(rows: Sequence[CreditNote]) -> list[CreditNoteRead]:
    users = queries.users_by_id([i for n in rows for i in (n.created_by_id, n.decided_by_id)])
    return [
        CreditNoteRead(
            id=n.id,
            number=n.number,
            invoice=NoteInvoice(id=n.invoice.id, number=n.invoice.number),
            house=NoteHouse(id=n.house.id, house_number=n.house.house_number),
            amount_satang=n.amount_satang,
            reason=n.reason,
            status=n.status,
            issue_date=n.issue_date,
            created_by=_person(users, n.created_by_id),
            created_at=n.created_at,
            decided_by=_person(users, n.decided_by_id),
            decided_at=n.decided_at,
            reject_reason=n.reject_reason,
        )
        for n in rows
    ]


def note(row: CreditNote) -> CreditNoteRead:
    return notes([row])[0]
