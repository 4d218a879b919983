"""Invoice statuses (village.md, "Invoices")."""

from __future__ import annotations

from enum import StrEnum


class InvoiceStatus(StrEnum):
    ISSUED = "issued"  # nothing paid or credited yet
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"  # paid in full (part of it may have been credited)
    CREDITED = "credited"  # settled by credit notes alone
    VOID = "void"  # cancelled with a reason; keeps its number


OPEN_STATUSES = frozenset({InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID})
