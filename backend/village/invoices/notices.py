"""Telling a house's members that an invoice was issued (village.md, notifications)."""

from __future__ import annotations

from collections.abc import Iterable

from village.invoices.models import Invoice
from village.invoices.queries import current_member_ids
from village.notifications.events import NotificationEvent
from village.notifications.service import notify

LINK = "/my-bills"


def issued(invoices: Iterable[Invoice]) -> None:
    """Notify each invoice's house's current members (in-app, and email per their choice)."""
    for invoice in invoices:
        notify(
            current_member_ids(invoice.house_id),
            NotificationEvent.INVOICE_ISSUED,
            params={
                "number": invoice.number,
                "house_number": invoice.house.house_number,
                "total_satang": invoice.total_satang,
                "due_date": invoice.due_date.isoformat(),
            },
            link=LINK,
        )
