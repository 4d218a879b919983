"""A credit note's life: asked for, then issued or rejected."""

from __future__ import annotations

from enum import StrEnum


class CreditNoteStatus(StrEnum):
    PENDING_APPROVAL = "pending_approval"
    ISSUED = "issued"  # approved: numbered, the invoice's outstanding reduced
    REJECTED = "rejected"
