"""Scrub secrets from everything a log line can carry, whoever logged it.

The JSON formatter of every handler we install passes the whole record (the
message with its arguments merged, every extra field, the formatted
traceback) through `redact` before it is written, so no code path — ours,
Flask's, Werkzeug's, SQLAlchemy's or gunicorn's — can put one of these in a
line:

- values under a sensitive key (`password`, `token`, `authorization`,
  `cookie`, `secret`, `national_id`, ...), in dicts and in `key=value` or
  `"key": "value"` text;
- anything that looks like a JWT, and `Bearer <token>` credentials;
- 13-digit numbers (Thai national ID numbers, with or without dashes);
- the configured secrets themselves (`register_secrets`), wherever they appear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

REDACTED = "[REDACTED]"
SENSITIVE_KEY = re.compile(
    r"pass(word|wd|phrase)?|pwd|secret|token|authorization|cookie|csrf|national_id|"
    r"api[_-]?key|private[_-]?key|credential",
    re.IGNORECASE,
)
_KEY_WORDS = r"[\w-]*(?:password|passwd|passphrase|secret|token|api[_-]?key|csrf|national_id)[\w-]*"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Header lines: everything after the colon is the credential.
    (
        re.compile(r"(?im)\b((?:proxy-)?authorization|cookie|set-cookie)(\s*[:=]\s*)[^\r\n]+"),
        rf"\1\2{REDACTED}",
    ),
    # JSON-ish "password": "value" and form-ish password=value.
    (
        re.compile(rf"(?i)([\"']?{_KEY_WORDS}[\"']?\s*[:=]\s*)(\"[^\"]*\"|'[^']*'|[^\s,;&)}}\]]+)"),
        rf"\1{REDACTED}",
    ),
    (re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+"), f"Bearer {REDACTED}"),
    (re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"), "[REDACTED_JWT]"),
    # Thai national ID numbers: 13 digits, plain or as 1-2345-67890-12-3.
    (re.compile(r"(?<!\d)\d{13}(?!\d)"), "[REDACTED_ID]"),
    (re.compile(r"(?<![\d-])\d-\d{4}-\d{5}-\d{2}-\d(?![\d-])"), "[REDACTED_ID]"),
)
_MIN_SECRET_LENGTH = 6
_secrets: set[str] = set()


def register_secrets(values: Iterable[str | None]) -> None:
    """Add configured secret values (keys, tokens, passwords in URLs) to scrub literally."""
    _secrets.update(v for v in values if v and len(v) >= _MIN_SECRET_LENGTH)


def redact_secrets(text: str) -> str:
    """`text` without any configured secret (only those; safe on serialized JSON)."""
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


# Every pattern above needs at least this many characters to match, and one of
# these hints to be present: checking them first keeps the common case (a path,
# a method, a status) free of regex work, since every field of every line passes here.
_MIN_MATCH = 6
_HINTS = ("auth", "cookie", "pass", "secret", "token", "key", "csrf", "national", "bearer", "eyj")
_DIGITS = re.compile(r"\d{4}")


def _may_hold_a_pattern(text: str) -> bool:
    lowered = text.lower()
    return any(hint in lowered for hint in _HINTS) or _DIGITS.search(text) is not None


def redact_text(text: str) -> str:
    if len(text) < _MIN_MATCH:
        return text
    text = redact_secrets(text)
    if not _may_hold_a_pattern(text):
        return text
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def redact(value: Any, key: str | None = None) -> Any:  # noqa: PLR0911
    """`value` with every secret scrubbed (containers are copied, never changed)."""
    if key is not None and SENSITIVE_KEY.search(key) and value not in (None, "", [], {}):
        return REDACTED
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {redact_text(str(k)): redact(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [redact(item) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int) and -(10**12) < value < 10**12:
        return value  # fewer than 13 digits: cannot be an ID number or a secret
    if isinstance(value, int | float):
        return value if redact_text(str(value)) == str(value) else REDACTED
    return redact_text(str(value))
