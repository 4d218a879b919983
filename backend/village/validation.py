"""Field types shared by request schemas: clean text, emails, phones, Thai ID numbers.

Every string that reaches the database passes `clean_text`: trimmed, no control
characters (PostgreSQL refuses NUL), no lone surrogates (not encodable as
UTF-8). Either would otherwise surface as a 500 deep in the driver.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints
from pydantic_core import PydanticCustomError

from village.identifiers import InvalidIdentifier, normalize_email, normalize_phone

_ALLOWED_CONTROLS = {"\n", "\t"}


class InputModel(BaseModel):
    """Request bodies: unknown or read-only fields are refused, never ignored."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def clean_text(value: str) -> str:
    if any(unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS for c in value):
        raise PydanticCustomError("control_characters", "Control characters are not allowed.")
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


_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{4,30}$")


def _phone(value: str) -> str:
    if not _PHONE.fullmatch(value):
        raise PydanticCustomError(
            "invalid_phone", "Enter a phone number: digits, spaces, '+', '-' or parentheses."
        )
    return normalize_phone(value)


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


def mask_national_id(value: str | None) -> str | None:
    """Show only the last four digits, as lists and logs may."""
    return None if value is None else "*" * (len(value) - 4) + value[-4:]


CleanStr = Annotated[str, AfterValidator(clean_text)]
Line = Annotated[str, AfterValidator(clean_text), AfterValidator(_single_line)]
FullName = Annotated[Line, StringConstraints(min_length=1, max_length=200)]
Email = Annotated[Line, StringConstraints(min_length=3, max_length=254), AfterValidator(_email)]
Phone = Annotated[Line, StringConstraints(max_length=32), AfterValidator(_phone)]
HouseNumber = Annotated[Line, StringConstraints(min_length=1, max_length=32)]
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
