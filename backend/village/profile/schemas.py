"""Request and response models of the village profile."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from zoneinfo import available_timezones

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from village.validation import (
    Address,
    AnyPhone,
    Email,
    Line,
    PatchModel,
    TaxId,
)


def _timezone(value: str) -> str:
    if value not in available_timezones():
        raise PydanticCustomError("invalid_timezone", "Name a timezone, e.g. Asia/Bangkok.")
    return value


TimeZone = Annotated[Line, AfterValidator(_timezone)]


class VillageRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    name_th: str
    name_en: str
    juristic_person_name: str | None = Field(description="นิติบุคคลหมู่บ้านจัดสรร ...")
    tax_id: str | None = Field(description="13 digits, check digit verified")
    address: str | None
    phone: str | None = Field(description="E.164 (+66…)")
    email: str | None
    timezone: str = Field(description="Every 'which day, which month' is decided in it")
    fiscal_year_start_month: int = Field(description="1-12; numbers documents by fiscal year")
    office_hours: str | None
    updated_at: datetime


class VillageUpdate(PatchModel):
    """PATCH: only the fields sent change; null clears an optional field."""

    not_null = frozenset({"name_th", "name_en", "timezone", "fiscal_year_start_month"})

    name_th: Line | None = Field(None, min_length=1, max_length=200)
    name_en: Line | None = Field(None, min_length=1, max_length=200)
    juristic_person_name: Line | None = Field(None, max_length=300)
    tax_id: TaxId | None = None
    address: Address | None = None
    phone: AnyPhone | None = None
    email: Email | None = None
    timezone: TimeZone | None = None
    fiscal_year_start_month: int | None = Field(None, ge=1, le=12)
    office_hours: Line | None = Field(None, max_length=200)
