"""Request and response models of the finance settings, fee items and fee schedules."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from village.finance.enums import (
    SURCHARGE_MAX_BASIS_POINTS,
    FeeBasis,
    PromptPayMode,
    SurchargeMethod,
)
from village.houses.enums import PlotType
from village.pagination import Page, PageQuery
from village.validation import InputModel, Line, PatchModel, Period, SearchText, thai_id_checksum_ok

# Money and counts are JSON integers only: a float (1.5), a string ("100") or a bool is 422.
Satang = Annotated[int, Field(ge=0, le=10**12, strict=True)]
Text200 = Annotated[Line, StringConstraints(max_length=200)]
Name = Annotated[Line, StringConstraints(min_length=1, max_length=200)]
Reference = Annotated[Line, StringConstraints(min_length=1, max_length=300)]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9_]{1,29}$")]
Id = Annotated[int, Field(ge=1, le=2**31 - 1, strict=True)]


def _digits(value: str) -> str:
    return re.sub(r"[\s-]", "", value)


def _promptpay_id(value: str) -> str:
    """A PromptPay id: a 13-digit tax id / national id (check digit verified) or a
    10-digit Thai mobile number starting with 0."""
    digits = _digits(value)
    if not (digits.isascii() and digits.isdigit()):
        raise PydanticCustomError("invalid_promptpay_id", "A PromptPay id is digits only.")
    if len(digits) == 13:
        if not thai_id_checksum_ok(digits):
            raise PydanticCustomError("invalid_promptpay_id", "This tax id is not valid.")
        return digits
    if len(digits) == 10 and digits.startswith("0"):
        return digits
    raise PydanticCustomError(
        "invalid_promptpay_id",
        "A PromptPay id is a 13-digit tax id or a 10-digit mobile number starting with 0.",
    )


def _biller_id(value: str) -> str:
    digits = _digits(value)
    if not (len(digits) == 15 and digits.isascii() and digits.isdigit()):
        raise PydanticCustomError("invalid_biller_id", "A biller id has 15 digits.")
    return digits


def _account_number(value: str) -> str:
    digits = _digits(value)
    if not (5 <= len(digits) <= 20 and digits.isascii() and digits.isdigit()):
        raise PydanticCustomError("invalid_account_number", "A bank account number is digits.")
    return digits


PromptPayId = Annotated[Line, StringConstraints(max_length=20), AfterValidator(_promptpay_id)]
BillerId = Annotated[Line, StringConstraints(max_length=30), AfterValidator(_biller_id)]
AccountNumber = Annotated[Line, StringConstraints(max_length=30), AfterValidator(_account_number)]
Months = Annotated[int, Field(ge=1, le=120, strict=True)]


# --- settings ----------------------------------------------------------------------


class SurchargeRead(BaseModel):
    method: SurchargeMethod
    rate_basis_points: int = Field(description="Percent per month in basis points (100 = 1 %)")
    fixed_satang: int
    grace_days: int
    legal_reference: str | None


class FinanceSettingsRead(BaseModel):
    promptpay_mode: PromptPayMode
    promptpay_id: str | None
    biller_id: str | None
    bank_name: str | None
    bank_account_name: str | None
    bank_account_number: str | None
    due_days: int
    receipt_signatory: str | None
    require_payment_confirmation: bool
    surcharge: SurchargeRead
    arrears_suspension_months: int
    arrears_land_office_months: int
    certificate_valid_days: int
    updated_at: datetime


class SurchargeUpdate(PatchModel):
    """Only the members sent change; the result is checked as a whole."""

    not_null: ClassVar[frozenset[str]] = frozenset(
        {"method", "rate_basis_points", "fixed_satang", "grace_days"}
    )

    method: SurchargeMethod | None = None
    rate_basis_points: (
        Annotated[int, Field(ge=0, le=SURCHARGE_MAX_BASIS_POINTS, strict=True)] | None
    ) = None
    fixed_satang: Satang | None = None
    grace_days: Annotated[int, Field(ge=0, le=365, strict=True)] | None = None
    legal_reference: Annotated[Line, StringConstraints(max_length=300)] | None = None


class FinanceSettingsUpdate(PatchModel):
    not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "promptpay_mode",
            "due_days",
            "require_payment_confirmation",
            "surcharge",
            "arrears_suspension_months",
            "arrears_land_office_months",
            "certificate_valid_days",
        }
    )

    promptpay_mode: PromptPayMode | None = None
    promptpay_id: PromptPayId | None = None
    biller_id: BillerId | None = None
    bank_name: Annotated[Line, StringConstraints(max_length=100)] | None = None
    bank_account_name: Text200 | None = None
    bank_account_number: AccountNumber | None = None
    due_days: Annotated[int, Field(ge=0, le=365, strict=True)] | None = None
    receipt_signatory: Text200 | None = None
    require_payment_confirmation: Annotated[bool, Field(strict=True)] | None = None
    surcharge: SurchargeUpdate | None = None
    arrears_suspension_months: Months | None = None
    arrears_land_office_months: Months | None = None
    certificate_valid_days: Annotated[int, Field(ge=1, le=365, strict=True)] | None = None


# --- fee items ---------------------------------------------------------------------


class FeeItemRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str = Field(examples=["COMMON"])
    name_th: str
    name_en: str
    counts_for_arrears: bool
    active: bool
    created_at: datetime
    updated_at: datetime


class FeeItemCreate(InputModel):
    code: Code = Field(examples=["GARBAGE"])
    name_th: Name
    name_en: Name
    counts_for_arrears: Annotated[bool, Field(strict=True)] = False
    active: Annotated[bool, Field(strict=True)] = True


class FeeItemUpdate(PatchModel):
    """The code is fixed once created (lines and reports name it)."""

    not_null: ClassVar[frozenset[str]] = frozenset(
        {"name_th", "name_en", "counts_for_arrears", "active"}
    )

    name_th: Name | None = None
    name_en: Name | None = None
    counts_for_arrears: Annotated[bool, Field(strict=True)] | None = None
    active: Annotated[bool, Field(strict=True)] | None = None


FeeItemSort = Literal["code", "-code", "created_at", "-created_at", "id", "-id"]


class FeeItemQuery(PageQuery):
    q: SearchText | None = Field(None, description="Code or name")
    active: bool | None = None
    sort: FeeItemSort = "code"


class FeeItemPage(Page[FeeItemRead]):
    pass


# --- fee schedules -----------------------------------------------------------------


class FeeItemBrief(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    name_th: str
    name_en: str


class FeeScheduleRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    fee_item_id: int
    fee_item: FeeItemBrief
    basis: FeeBasis
    rate_satang: int = Field(description="Per square wah or per house, per month")
    plot_type: PlotType | None = Field(description="Null: every plot type")
    effective_from: Period
    effective_to: Period | None = Field(description="The last month billed; null runs on")
    meeting_reference: str
    in_use: bool = Field(False, description="It has billed something: only effective_to may change")
    created_at: datetime
    updated_at: datetime


class FeeScheduleCreate(InputModel):
    fee_item_id: Id
    basis: FeeBasis
    rate_satang: Satang
    plot_type: PlotType | None = None
    effective_from: Period
    effective_to: Period | None = None
    meeting_reference: Reference


class FeeScheduleUpdate(PatchModel):
    not_null: ClassVar[frozenset[str]] = frozenset(
        {"fee_item_id", "basis", "rate_satang", "effective_from", "meeting_reference"}
    )

    fee_item_id: Id | None = None
    basis: FeeBasis | None = None
    rate_satang: Satang | None = None
    plot_type: PlotType | None = None
    effective_from: Period | None = None
    effective_to: Period | None = None
    meeting_reference: Reference | None = None


FeeScheduleSort = Literal[
    "effective_from", "-effective_from", "created_at", "-created_at", "id", "-id"
]


class FeeScheduleQuery(PageQuery):
    fee_item_id: Id | None = None
    plot_type: PlotType | None = None
    active_on: Period | None = Field(None, description="Only schedules in force in this month")
    sort: FeeScheduleSort = "-effective_from"


class FeeSchedulePage(Page[FeeScheduleRead]):
    pass


def month_range_ok(start: date, end: date | None) -> bool:
    return end is None or end >= start
