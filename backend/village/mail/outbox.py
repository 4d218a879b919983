"""Queue an email in the caller's transaction: `enqueue(to, template, params, language)`.

The row is added to the caller's session, so it commits or rolls back with
whatever the mail tells about; nothing here talks to SMTP, so queueing never
makes a request wait or fail on the mail server (the worker in
`village.mail.delivery` sends it).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.headerregistry import Address
from typing import Any

from sqlalchemy import insert

from village import database
from village.database import utcnow
from village.enums import Language
from village.mail import rendering
from village.mail.models import MailStatus, OutboxMessage

NAME_MAX = 200
log = logging.getLogger("village.mail")


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
    message = OutboxMessage(
        **_checked(to, template, params, language, to_name),
        essential=essential,
        next_attempt_at=utcnow(),
    )
    database.session().add(message)
    return message


@dataclass(frozen=True)
class Mail:
    """One email for `enqueue_many`: the arguments of `enqueue`."""

    to: str
    template: str
    params: Mapping[str, Any]
    language: str = Language.TH
    to_name: str | None = None
    essential: bool = False


def enqueue_many(mails: Sequence[Mail], *, skip_invalid: bool = False) -> int:
    """Add many emails in one statement (an announcement to every resident), in the
    current transaction; answers how many. Checks each as `enqueue` does and raises
    its ValueError for the first one at fault (then nothing is added), or with
    `skip_invalid` logs it and leaves out that one only."""
    now = utcnow()
    rows = []
    for m in mails:
        try:
            checked = _checked(m.to, m.template, m.params, m.language, m.to_name)
        except ValueError as exc:
            if not skip_invalid:
                raise
            log.error(
                "mail not queued: %s",
                exc,
                extra={"event": "mail_not_queued", "template": m.template},
            )
            continue
        rows.append(
            {
                **checked,
                "essential": m.essential,
                "status": MailStatus.PENDING,
                "attempts": 0,
                "next_attempt_at": now,
                "created_at": now,
            }
        )
    if rows:
        database.session().execute(insert(OutboxMessage), rows)
    return len(rows)


def _checked(
    to: str, template: str, params: Mapping[str, Any], language: str, to_name: str | None
) -> dict[str, Any]:
    if not rendering.exists(template):
        raise ValueError(f"no mail template named {template!r}")
    _check_address(to)
    try:
        json.dumps(dict(params))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"mail params must be JSON values: {exc}") from None
    name = rendering.one_line(to_name)[:NAME_MAX] if to_name else None
    return {
        "to_address": to,
        "to_name": name or None,
        "template": template,
        "language": Language(language).value,
        "params": dict(params),
    }


def _check_address(to: str) -> None:
    if any(c in to for c in "\r\n,;<>") or not to.strip():
        raise ValueError("a mail recipient must be one plain address")
    try:
        parsed = Address(addr_spec=to)
    except (HeaderParseError, ValueError, IndexError) as exc:
        raise ValueError(f"not an email address: {exc}") from None
    if not parsed.domain or not parsed.username:
        raise ValueError("not an email address")
