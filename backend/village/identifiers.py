"""The one normalisation of sign-in identifiers (emails, phone numbers).

Every place an identifier is stored, looked up, compared, rate-limited or named
in an operator command goes through these functions, so "one account, two
spellings" cannot happen:

- `normalize_email` gives the stored form: trimmed, NFC, the domain in IDNA's
  Unicode form and lower case (email-validator), the local part as typed.
- `email_key` gives the comparison form, stored in `users.email_key` under a
  unique index: the normalised address in lower case, computed here in Python,
  never by the database (SQLite's `lower()` folds ASCII only, PostgreSQL's
  depends on the database's locale). The case mapping is RFC 8265's
  (PRECIS usernames, §3.3.2: Unicode toLowerCase, then NFC), so "Ölaf@…" and
  "ölaf@…" are one account while "ß" is not silently merged with "ss".
- `normalize_phone` gives the stored form of a Thai mobile number: E.164
  (`+66812345678`), whether it was typed `081-234-5678`, `+66 81 234 5678`, with
  Thai or full-width digits (Google's libphonenumber, via `phonenumbers`);
  `normalize_any_phone` does the same for any valid Thai number (an office's
  landline), and `phone_fragment` turns a search fragment into the digits of that form.
- `identifier_digest` names an identifier without revealing it (audit trail,
  rate-limit keys): a keyed SHA-256, so equal identifiers group together.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

import phonenumbers
from email_validator import EmailNotValidError, validate_email

__all__ = [
    "InvalidIdentifier",
    "email_key",
    "identifier_digest",
    "normalize_any_phone",
    "normalize_email",
    "normalize_house_number",
    "normalize_phone",
    "phone_fragment",
    "text_key",
]


class InvalidIdentifier(ValueError):
    """The text is not an identifier of this kind (the message says why)."""


def text_key(value: str) -> str:
    """Trimmed, NFC, lower case (RFC 8265 §3.3.2): the comparison form of any identifier text."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", value.strip()).lower())


def normalize_email(value: str) -> str:
    """The stored form of an email address; raises InvalidIdentifier when it is not one.

    Syntax only: an estate office may register addresses on private domains.
    """
    try:
        return validate_email(
            unicodedata.normalize("NFC", value.strip()), check_deliverability=False
        ).normalized
    except EmailNotValidError as exc:
        raise InvalidIdentifier(str(exc)) from None


def email_key(value: str) -> str:
    """The comparison form of an email, for lookups and uniqueness.

    Lenient on purpose: text that is not a valid address (a mistyped login)
    still gets a key, which simply matches no account.
    """
    try:
        return text_key(normalize_email(value))
    except InvalidIdentifier:
        return text_key(value)


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
HOUSE_NUMBER_MAX = 32


def normalize_house_number(value: str) -> str:
    """A house number's one form: "  ๙๙ / ๑๒๓ " and "99/123" are both "99/123".

    NFKC (full-width characters), Thai digits as 0-9, whitespace collapsed and
    none around "/". Raises InvalidIdentifier when nothing is left or it is too long.
    """
    text = unicodedata.normalize("NFKC", value).translate(_THAI_DIGITS)
    text = " ".join(text.split())
    text = "/".join(part.strip() for part in text.split("/"))
    if not text:
        raise InvalidIdentifier("A house number cannot be empty.")
    if len(text) > HOUSE_NUMBER_MAX:
        raise InvalidIdentifier(f"A house number has at most {HOUSE_NUMBER_MAX} characters.")
    return text


THAILAND = "TH"


def _thai_number(value: str) -> phonenumbers.PhoneNumber:
    try:
        number = phonenumbers.parse(value.strip(), THAILAND)
    except phonenumbers.NumberParseException:
        raise InvalidIdentifier("This is not a phone number.") from None
    if number.country_code != 66 or not phonenumbers.is_valid_number(number):
        raise InvalidIdentifier("This is not a Thai phone number.")
    return number


def normalize_any_phone(value: str) -> str:
    """Any valid Thai number (mobile or landline) in E.164; raises InvalidIdentifier."""
    number = _thai_number(value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_phone(value: str) -> str:
    """A Thai mobile number in E.164 (`+66812345678`), the form people sign in with.

    Raises InvalidIdentifier for anything else (a landline, a foreign number, junk).
    """
    number = _thai_number(value)
    if phonenumbers.number_type(number) != phonenumbers.PhoneNumberType.MOBILE:
        raise InvalidIdentifier("This is not a Thai mobile number (06, 08 or 09…).")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_fragment(value: str) -> str | None:
    """The digits a stored (E.164) phone would contain for a typed search fragment:
    "081-234" → "6681234", "๐๘๑" → "6681"; None when the text holds no digit."""
    digits = "".join(
        str(unicodedata.digit(c)) for c in value if unicodedata.digit(c, None) is not None
    )
    if not digits:
        return None
    return "66" + digits[1:] if digits.startswith("0") else digits


def identifier_digest(comparison_form: str, *, key: str) -> str:
    """A keyed hash (32 hex digits) of an identifier's comparison form (e.g. `email_key`)."""
    return hmac.new(key.encode(), comparison_form.encode(), hashlib.sha256).hexdigest()[:32]
