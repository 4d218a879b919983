"""Payment methods and statuses, and payment slips' statuses and reason codes (village.md)."""

from __future__ import annotations

from enum import StrEnum


class PaymentMethod(StrEnum):
    CASH = "cash"
    BANK_TRANSFER = "bank_transfer"
    PROMPTPAY = "promptpay"
    CHEQUE = "cheque"


class PaymentStatus(StrEnum):
    PENDING = "pending"  # recorded, waiting for a second person (maker-checker)
    CONFIRMED = "confirmed"  # allocated, receipted
    REVERSED = "reversed"  # allocations undone, receipt void (number kept)
    CANCELLED = "cancelled"  # a pending payment withdrawn before confirmation


class SlipStatus(StrEnum):
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    NEEDS_FIX = "needs_fix"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class SlipReason(StrEnum):
    WRONG_AMOUNT = "wrong_amount"
    WRONG_DATE = "wrong_date"
    UNREADABLE = "unreadable"
    DUPLICATE = "duplicate"
    WRONG_ACCOUNT = "wrong_account"
    OTHER = "other"
