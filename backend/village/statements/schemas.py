"""Request and response models of a house's statement of account."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from village.validation import Day, InputModel

EntryKind = Literal["invoice", "payment", "void", "reversal", "credit_note"]


class StatementHouse(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    house_number: str


class StatementEntryRead(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    day: date = Field(alias="date", description="The books' date of the entry")
    kind: EntryKind
    reference: str = Field(description="The document's number (INV…, RC…)")
    description: str
    debit_satang: int = Field(description="What it adds to the house's debt")
    credit_satang: int = Field(description="What it takes off")
    balance_satang: int = Field(
        description="The running balance after it: positive owed, negative the house's credit"
    )


class StatementRead(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    house: StatementHouse
    from_day: date | None = Field(alias="from", description="Null: since the first entry")
    to_day: date = Field(alias="to")
    opening_balance_satang: int = Field(description="The balance before `from`")
    entries: list[StatementEntryRead]
    closing_balance_satang: int = Field(description="The balance at the end of `to`")


class StatementQuery(InputModel):
    from_day: Day | None = Field(
        None, alias="from", description="YYYY-MM-DD; default: since the first entry"
    )
    to_day: Day | None = Field(None, alias="to", description="YYYY-MM-DD; default: today")
    format: Literal["json", "pdf"] = Field("json", description="pdf: the statement as a PDF")
