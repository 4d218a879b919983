"""Queue an email in the caller's transaction: `enqueue(to, template, params, language)`.

The row is added to the caller's session, so it commits or rolls back with
whatever the mail tells about; nothing here talks to SMTP, so queueing never
makes a request wait or fail on the mail server (the worker in
`village.mail.delivery` sends it).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from email.errors import HeaderParseError
from email.headerregistry import Address
from typing import Any

from village import database
from village.database import utcnow
from village.enums import Language
from village.mail import rendering
from village.mail.models import OutboxMessage

NAME_MAX = 200


def enqueue(
    to: str,
    template: str,
    params: Mapping[str, Any],
    language: str = Language.TH,
    *,
    to_name: str | None = None,
    essential: bool = False,
) -> OutboxMessage:
    """Add one email to the outbox in the current transaction and return its row.

    `to` is one address (as stored on a user: already validated); `template` names a
    template of village/mail/templates/; `params` are what it shows (JSON values);
    `language` is "th" or "en"; `to_name` goes into the To header (line breaks and
    all are folded away); `essential` mails (password reset, account mails) carry
    no opt-out footer. Whether a person opted out is the caller's to check.

    Raises ValueError for an unknown template or language, an address that is not
    one plain address (a line break, a second address), or params that are not JSON:
    all programming errors, never a person's input.
    """
    if not rendering.exists(template):
        raise ValueError(f"no mail template named {template!r}")
    language = Language(language).value
    _check_address(to)
    try:
        json.dumps(dict(params))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"mail params must be JSON values: {exc}") from None
    name = rendering.one_line(to_name)[:NAME_MAX] if to_name else None
    message = OutboxMessage(
        to_address=to,
        to_name=name or None,
        template=template,
        language=language,
        params=dict(params),
        essential=essential,
        next_attempt_at=utcnow(),
    )
    database.session().add(message)
    return message


def _check_address(to: str) -> None:
    if any(c in to for c in "\r\n,;<>") or not to.strip():
        raise ValueError("a mail recipient must be one plain address")
    try:
        parsed = Address(addr_spec=to)
    except (HeaderParseError, ValueError, IndexError) as exc:
        raise ValueError(f"not an email address: {exc}") from None
    if not parsed.domain or not parsed.username:
        raise ValueError("not an email address")
