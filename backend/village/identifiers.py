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
- `normalize_phone` gives the stored form of a phone number.
- `identifier_digest` names an identifier without revealing it (audit trail,
  rate-limit keys): a keyed SHA-256, so equal identifiers group together.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

from email_validator import EmailNotValidError, validate_email

__all__ = [
    "InvalidIdentifier",
    "email_key",
    "identifier_digest",
    "normalize_email",
    "normalize_phone",
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


_PHONE_PUNCTUATION = re.compile(r"[\s()\-.]")


def normalize_phone(value: str) -> str:
    """Digits with an optional leading '+': "081-234 5678" is stored as "0812345678"."""
    return _PHONE_PUNCTUATION.sub("", unicodedata.normalize("NFKC", value.strip()))


def identifier_digest(comparison_form: str, *, key: str) -> str:
    """A keyed hash (32 hex digits) of an identifier's comparison form (e.g. `email_key`)."""
    return hmac.new(key.encode(), comparison_form.encode(), hashlib.sha256).hexdigest()[:32]
