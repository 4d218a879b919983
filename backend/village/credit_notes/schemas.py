"""Request and response models of credit notes (village.md, "Credit notes").

Money is integer satang: a float, a string or a boolean where satang are expected is
a 422 (strict integers), never rounded.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from village.credit_notes.enums import CreditNoteStatus
from village.pagination import Page, PageQuery
from village.validation import Id, InputModel, PositiveSatang, QueryId, Reason, SearchText

# --- requests -------------------------------------------------------------------------


class CreditNoteCreate(InputModel):
    invoice_id: Id
    amount_satang: PositiveSatang = Field(
        examples=[50000], description="At most the invoice's outstanding (409 otherwise)"
    )
    reason: Reason = Field(description="Why the invoice is corrected; printed on the note")


class RejectBody(InputModel):
    reason: Reason


CreditNoteSort = Literal[
    "created_at", "-created_at", "issue_date", "-issue_date", "number", "-number",
    "amount_satang", "-amount_satang",
]  # fmt: skip


class CreditNoteQuery(PageQuery):
    q: SearchText | None = Field(None, description="Note number, invoice number or house number")
    status: CreditNoteStatus | None = None
    house_id: QueryId | None = None
    invoice_id: QueryId | None = None
    sort: CreditNoteSort = Field("-created_at", description="A field; prefix '-' for descending")


# --- responses ------------------------------------------------------------------------


class NoteInvoice(BaseModel):
    id: int
    number: str


class NoteHouse(BaseModel):
    id: int
    house_number: str


class NotePerson(BaseModel):
    id: int
    full_name: str


class CreditNoteRead(BaseModel):
    id: int
    number: str | None = Field(
        examples=["CN2570-000001"], description="Given on approval; null until issued"
    )
    invoice: NoteInvoice
    house: NoteHouse
    amount_satang: int
    reason: str
    status: CreditNoteStatus
    issue_date: date | None = Field(description="The books' date: the village's day of approval")
    created_by: NotePerson | None
    created_at: datetime
    decided_by: NotePerson | None
    decided_at: datetime | None
    reject_reason: str | None


class CreditNotePage(Page[CreditNoteRead]):
    pass
