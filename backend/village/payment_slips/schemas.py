"""Request and response models of payment slips (village.md, "Payment slips")."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from village.pagination import Page, PageQuery
from village.payments.enums import SlipReason, SlipStatus
from village.validation import CleanStr, InputModel, PatchModel, SearchText

MAX_ID = 2**31 - 1
# The database's integer column: 21,474,836.47 baht, far beyond any transfer slip.
MAX_SATANG = 2**31 - 1
NOTE_MAX = 500
MAX_INVOICES = 50  # invoices one slip may name

Id = Annotated[int, Field(ge=1, le=MAX_ID, strict=True)]
# JSON: an integer number of satang; a float ("1500.5"), a string or a boolean is 422.
Satang = Annotated[int, Field(gt=0, le=MAX_SATANG, strict=True)]
Note = Annotated[CleanStr, StringConstraints(max_length=NOTE_MAX)]
_DIGITS = re.compile(r"^[0-9]{1,12}$")


def _form_int(value: Any) -> Any:
    """A multipart field is text: only plain digits are a whole number ("1500.50",
    "1e5", "+5", " 5 " are not)."""
    if isinstance(value, str):
        if not _DIGITS.match(value):
            raise PydanticCustomError("int_type", "Send a whole number (of satang), e.g. 150000.")
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError("int_type", "Send a whole number (of satang), e.g. 150000.")
    return value


FormId = Annotated[int, BeforeValidator(_form_int), Field(ge=1, le=MAX_ID)]
FormSatang = Annotated[int, BeforeValidator(_form_int), Field(gt=0, le=MAX_SATANG)]


# --- reading ---------------------------------------------------------------------------


class SlipHouse(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    house_number: str


class SlipPerson(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    full_name: str


class SlipReceipt(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str = Field(examples=["RC2569-000045"])


class SlipFile(BaseModel):
    id: uuid.UUID
    filename: str
    mime: str = Field(examples=["image/jpeg"])
    size_bytes: int
    url: str = Field(
        description="Where its bytes are served (after the slip's access check)",
        examples=["/api/v1/payment-slips/12/file"],
    )


class SuggestedAllocation(BaseModel):
    """What accepting the slip now would put on one open invoice of the house."""

    invoice_id: int
    invoice_number: str
    due_date: date
    outstanding_satang: int
    amount_satang: int = Field(description="The part of the slip's amount this invoice gets")


class PaymentSlipRead(BaseModel):
    id: int
    house: SlipHouse
    submitted_by: SlipPerson
    amount_satang: int
    transferred_at: datetime
    invoice_ids: list[int] = Field(description="The invoices the resident says it pays, in order")
    status: SlipStatus
    reason_code: SlipReason | None = Field(description="The last needs-fix or reject reason")
    review_note: str | None
    possible_duplicate: bool = Field(
        description="Another slip (any house, not withdrawn) has the very same stored file"
    )
    payment_id: int | None = Field(description="The confirmed payment, once accepted")
    receipt: SlipReceipt | None
    file: SlipFile
    created_at: datetime
    updated_at: datetime
    suggested_allocations: list[SuggestedAllocation] | None = Field(
        description="Staff only (null for a resident): the house's open invoices the slip "
        "would pay if accepted now — its invoice_ids first, then oldest due first"
    )


class PaymentSlipPage(Page[PaymentSlipRead]):
    pass


# --- writing ---------------------------------------------------------------------------


class SlipForm(InputModel):
    """The multipart form fields beside `file` (text, as forms send them)."""

    house_id: FormId
    amount_satang: FormSatang
    transferred_at: AwareDatetime = Field(
        description="ISO 8601 with an offset, e.g. 2026-11-30T09:15:00+07:00; not in the future"
    )
    invoice_ids: list[FormId] = Field(
        default_factory=list,
        max_length=MAX_INVOICES,
        description="Comma-separated, or the field repeated; each an open invoice of the house",
    )


class PaymentSlipUpdate(PatchModel):
    """The resident's corrections while the office asks for a fix (needs_fix)."""

    not_null = frozenset({"amount_satang", "transferred_at"})

    amount_satang: Satang | None = None
    transferred_at: AwareDatetime | None = None
    invoice_ids: list[Id] | None = Field(
        None, max_length=MAX_INVOICES, description="null or []: no particular invoice"
    )


class AllocationRequest(InputModel):
    invoice_id: Id
    amount_satang: Satang


class SlipAccept(InputModel):
    allocations: list[AllocationRequest] | None = Field(
        None,
        max_length=MAX_INVOICES,
        description="Open invoices of the house and the amounts to put on each, in order; "
        "any rest is the house's credit. Default: the slip's invoice_ids in order, then "
        "the house's other open invoices oldest due first",
    )


class SlipDecision(InputModel):
    reason_code: SlipReason
    note: Note | None = Field(None, description="Shown to the resident; required for `other`")


SortKey = Literal[
    "created_at", "-created_at", "transferred_at", "-transferred_at", "amount_satang",
    "-amount_satang", "updated_at", "-updated_at",
]  # fmt: skip


class PaymentSlipQuery(PageQuery):
    q: SearchText | None = Field(None, description="House number")
    status: SlipStatus | None = Field(None, description="`submitted` is the review queue")
    house_id: Annotated[int, Field(ge=1, le=MAX_ID)] | None = None
    possible_duplicate: bool | None = None
    sort: SortKey | None = Field(
        None,
        description="A field; prefix '-' for descending. Default: oldest first for "
        "status=submitted (the queue), newest first otherwise",
    )


_JSON_SCHEMA_KEYS = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum"}


def _standard(node: Any) -> Any:
    """Pydantic names the bounds of a validated-before int `ge`/`le`/`gt`; OpenAPI's are
    minimum/maximum/exclusiveMinimum."""
    if isinstance(node, dict):
        return {_JSON_SCHEMA_KEYS.get(k, k): _standard(v) for k, v in node.items() if k != "title"}
    if isinstance(node, list):
        return [_standard(item) for item in node]
    return node


def slip_form_schema() -> dict[str, Any]:
    """SlipForm as the OpenAPI document shows the multipart fields beside the file."""
    schema: dict[str, Any] = _standard(SlipForm.model_json_schema())
    schema["properties"]["invoice_ids"] = {
        "type": "string",
        "description": "Optional: open invoices of the house, comma-separated (e.g. 12,15) "
        "or the field repeated",
        "example": "12,15",
    }
    return schema
