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
# Patterns keyed by words: they run only when one of _HINTS is in the text.
_KEYWORD_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
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
)
_HINTS = ("auth", "cookie", "pass", "secret", "token", "key", "csrf", "national", "bearer", "eyj")
# Thai national ID numbers: 13 digits, plain or as 1-2345-67890-12-3.
_ID_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<!\d)\d{13}(?!\d)"), "[REDACTED_ID]"),
    (re.compile(r"(?<![\d-])\d-\d{4}-\d{5}-\d{2}-\d(?![\d-])"), "[REDACTED_ID]"),
)
_ID_HINT = re.compile(r"\d{13}|\d-\d{4}-\d{5}")
# Every pattern needs at least this many characters; every field of every line
# passes here, so the common case (a method, a path, a status) costs nothing.
_MIN_MATCH = 6
_MIN_SECRET_LENGTH = 6
_secrets: tuple[str, ...] = ()  # longest first, so a secret containing another goes whole


def register_secrets(values: Iterable[str | None]) -> None:
    """Add configured secret values (keys, tokens, passwords in URLs) to scrub literally."""
    global _secrets  # noqa: PLW0603 - one process-wide list, extended at configuration time
    known = set(_secrets) | {v for v in values if v and len(v) >= _MIN_SECRET_LENGTH}
    _secrets = tuple(sorted(known, key=len, reverse=True))


def redact_secrets(text: str) -> str:
    """`text` without any configured secret (only those; safe on serialized JSON)."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def redact_text(text: str) -> str:
    if len(text) < _MIN_MATCH:
        return text
    text = redact_secrets(text)
    lowered = text.lower()
    if any(hint in lowered for hint in _HINTS):
        for pattern, replacement in _KEYWORD_PATTERNS:
            text = pattern.sub(replacement, text)
    if _ID_HINT.search(text):
        for pattern, replacement in _ID_PATTERNS:
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
