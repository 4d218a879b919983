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


# Payments that were money in: confirmed ones, and reversed ones (confirmed, then undone
# on `reversed_on`). As-of sums, flows and statements count these.
RECEIVED_STATUSES = (PaymentStatus.CONFIRMED.value, PaymentStatus.REVERSED.value)
