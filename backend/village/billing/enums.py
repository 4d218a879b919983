"""Billing run statuses and choices (village.md, "Billing runs")."""

from __future__ import annotations

from enum import StrEnum


class RunStatus(StrEnum):
    PREVIEW = "preview"  # computed, nothing numbered; may be posted or discarded
    POSTED = "posted"  # its invoices are issued
    DISCARDED = "discarded"


ADVANCE_MONTHS = (1, 3, 6, 12)  # a run bills one invoice per house covering this many months
