"""Field types shared by request schemas: clean text, emails, phones, Thai ID numbers.

Every string that reaches the database passes `clean_text`: trimmed, no control
characters (PostgreSQL refuses NUL), no lone surrogates (not encodable as
UTF-8). Either would otherwise surface as a 500 deep in the driver.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)
from pydantic_core import PydanticCustomError

from village.identifiers import (
    InvalidIdentifier,
    normalize_any_phone,
    normalize_email,
    normalize_house_number,
    normalize_phone,
)

_ALLOWED_CONTROLS = {"\n", "\t"}
# Explicit bidirectional embeddings, overrides and isolates (Unicode UAX #9): an
# override turns "฿301.00" into "00.103฿" on screen and on paper ("Trojan Source",
# CVE-2021-42574). Thai and English text never needs them; marks (U+200E/F) stay.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class InputModel(BaseModel):
    """Request bodies: unknown or read-only fields are refused, never ignored."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PatchModel(InputModel):
    """PATCH bodies: every field optional, and only the fields sent change.

    null clears an optional field; for the fields in `not_null` (the record cannot be
    without them) an explicit null is a 422 naming the field (code `null`), decided here
    once rather than by each service — a null that reached a NOT NULL column was a 500.
    """

    not_null: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="before")
    @classmethod
    def _refuse_null(cls, value: Any, info: ValidationInfo) -> Any:
        if value is None and info.field_name in cls.not_null:
            raise PydanticCustomError("null", "This field cannot be empty.")
        return value

    def changes(self) -> dict[str, Any]:
        """The fields sent, with their new values."""
        return self.model_dump(exclude_unset=True)


def clean_text(value: str) -> str:
    if any(unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS for c in value):
        raise PydanticCustomError("control_characters", "Control characters are not allowed.")
    if not _BIDI_CONTROLS.isdisjoint(value):
        raise PydanticCustomError(
            "bidi_controls",
            "Direction overrides (U+202A-U+202E, U+2066-U+2069) are not allowed: "
            "they make text display in a different order than it is stored.",
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise PydanticCustomError("invalid_unicode", "Text is not valid Unicode.") from None
    return unicodedata.normalize("NFC", value)


def _single_line(value: str) -> str:
    if "\n" in value or "\t" in value:
        raise PydanticCustomError("single_line", "Use a single line of text.")
    return value


def _email(value: str) -> str:
    try:
        return normalize_email(value)
    except InvalidIdentifier:
        raise PydanticCustomError("invalid_email", "Enter a valid email address.") from None


def _phone(value: str) -> str:
    try:
        return normalize_phone(value)
    except InvalidIdentifier as exc:
        raise PydanticCustomError("invalid_phone", f"{exc} Enter e.g. 081-234-5678.") from None


def _any_phone(value: str) -> str:
    try:
        return normalize_any_phone(value)
    except InvalidIdentifier as exc:
        raise PydanticCustomError("invalid_phone", f"{exc} Enter e.g. 02-123-4567.") from None


def _house_number(value: str) -> str:
    try:
        return normalize_house_number(value)
    except InvalidIdentifier as exc:
        raise PydanticCustomError("invalid_house_number", str(exc)) from None


def _json_number(value: Any) -> Any:
    """Areas come as JSON numbers (50.25), never as strings or booleans."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise PydanticCustomError("number_type", "Enter a number, e.g. 50.25.")
    return Decimal(str(value)) if isinstance(value, float) else value


# The years a village record can name. A year past 2400 is almost always a
# Buddhist Era year typed where the API takes the Common Era (2569 for 2026);
# a year before 1900 predates every housing estate (and "0215" is a typo).
MIN_YEAR, MAX_YEAR = 1900, 2399


def _year_in_range(day: date) -> date:
    if day.year > MAX_YEAR:
        raise PydanticCustomError(
            "buddhist_era_year",
            "Write the year in the Common Era: {be} B.E. is {ce}.",
            {"be": day.year, "ce": day.year - 543},
        )
    if day.year < MIN_YEAR:
        raise PydanticCustomError(
            "year_out_of_range",
            "The year must be between {low} and {high}.",
            {"low": MIN_YEAR, "high": MAX_YEAR},
        )
    return day


def _period(value: Any) -> date:
    """A billing period `YYYY-MM` as the first day of that month."""
    if isinstance(value, date):
        return value.replace(day=1)
    if not isinstance(value, str) or len(value) != 7 or value[4] != "-":
        raise PydanticCustomError("invalid_period", "Write a month as YYYY-MM, e.g. 2026-12.")
    try:
        return date(int(value[:4]), int(value[5:]), 1)
    except ValueError:
        raise PydanticCustomError(
            "invalid_period", "Write a month as YYYY-MM, e.g. 2026-12."
        ) from None


def format_period(value: date) -> str:
    """`YYYY-MM`, the year always four digits (strftime's `%Y` does not pad on glibc)."""
    return f"{value.year:04d}-{value.month:02d}"


def thai_id_checksum_ok(digits: str) -> bool:
    """The mod-11 check digit of a 13-digit Thai national ID number."""
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])


def _national_id(value: str) -> str:
    digits = re.sub(r"[\s-]", "", value)
    if not (len(digits) == 13 and digits.isascii() and digits.isdigit()):
        raise PydanticCustomError("invalid_national_id", "A national ID number has 13 digits.")
    if not thai_id_checksum_ok(digits):
        raise PydanticCustomError("invalid_national_id", "This national ID number is not valid.")
    return digits


def _tax_id(value: str) -> str:
    """A 13-digit Thai tax id (a juristic person's); the same check digit as an ID card."""
    digits = re.sub(r"[\s-]", "", value)
    if not (len(digits) == 13 and digits.isascii() and digits.isdigit()):
        raise PydanticCustomError("invalid_tax_id", "A tax id has 13 digits.")
    if not thai_id_checksum_ok(digits):
        raise PydanticCustomError("invalid_tax_id", "This tax id is not valid.")
    return digits


def mask_national_id(value: str | None) -> str | None:
    """Show only the last four digits, as lists and logs may."""
    return None if value is None else "*" * (len(value) - 4) + value[-4:]


CleanStr = Annotated[str, AfterValidator(clean_text)]
Line = Annotated[str, AfterValidator(clean_text), AfterValidator(_single_line)]
FullName = Annotated[Line, StringConstraints(min_length=1, max_length=200)]
Email = Annotated[Line, StringConstraints(min_length=3, max_length=254), AfterValidator(_email)]
# A Thai mobile number (a person's, to sign in with), stored in E.164.
Phone = Annotated[Line, StringConstraints(max_length=32), AfterValidator(_phone)]
# Any Thai number, landlines too (an office's), stored in E.164.
AnyPhone = Annotated[Line, StringConstraints(max_length=32), AfterValidator(_any_phone)]
# A house number, normalised (identifiers.normalize_house_number): "๙๙ / ๑๒๓" is "99/123".
HouseNumber = Annotated[
    Line, StringConstraints(min_length=1, max_length=64), AfterValidator(_house_number)
]
# An area with at most two decimals (square wah, square metres), kept exactly.
Area = Annotated[
    Decimal,
    BeforeValidator(_json_number),
    Field(gt=0, max_digits=9, decimal_places=2),
    # JSON numbers: two decimals print exactly (areas are not money, which is never a float).
    PlainSerializer(float, return_type=float, when_used="json"),
    WithJsonSchema({"type": "number", "exclusiveMinimum": 0, "multipleOf": 0.01}),
]
# A month, `YYYY-MM`, held as the date of its first day.
Period = Annotated[
    date,
    BeforeValidator(_period),
    AfterValidator(_year_in_range),
    PlainSerializer(format_period, return_type=str, when_used="json"),
    WithJsonSchema(
        {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$", "example": "2026-12"}
    ),
]
# A calendar day (ISO 8601 `YYYY-MM-DD`) in the years a village record can name.
Day = Annotated[date, AfterValidator(_year_in_range)]
Address = Annotated[CleanStr, StringConstraints(max_length=500)]
NationalId = Annotated[Line, StringConstraints(max_length=32), AfterValidator(_national_id)]
# The policy (length, composition, common list) runs in the service; this only
# bounds the work. Passwords are never stripped: spaces are part of them.
Password = Annotated[
    str,
    StringConstraints(min_length=1, max_length=1024, strip_whitespace=False),
    AfterValidator(clean_text),
]
SearchText = Annotated[Line, StringConstraints(max_length=100)]
Reason = Annotated[CleanStr, StringConstraints(min_length=1, max_length=500)]

# Ids and money in a JSON body: strict integers (a float, a string or a bool is 422).
MAX_ID = 2**31 - 1  # the tables' keys are PostgreSQL `integer`s
# Any one amount of money (village.md "Money": integer satang). 10,000 million baht is
# beyond anything a village bills or pays; the columns are 64-bit, so sums of millions
# of such amounts still fit.
MAX_SATANG = 10**12
Id = Annotated[int, Field(ge=1, le=MAX_ID, strict=True)]
QueryId = Annotated[int, Field(ge=1, le=MAX_ID)]  # from a query string (text)
Satang = Annotated[
    int, Field(ge=0, le=MAX_SATANG, strict=True, description="Satang (1 THB = 100), integer")
]
PositiveSatang = Annotated[
    int, Field(gt=0, le=MAX_SATANG, strict=True, description="Satang (1 THB = 100), integer > 0")
]
TaxId = Annotated[Line, StringConstraints(max_length=32), AfterValidator(_tax_id)]
