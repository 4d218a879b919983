"""Choices of the finance settings and fee schedules (village.md, "The common fee")."""

from __future__ import annotations

from enum import StrEnum


class PromptPayMode(StrEnum):
    """Which Thai QR an invoice carries: none, tag 29 (credit transfer) or tag 30 (bill payment)."""

    NONE = "none"
    CREDIT_TRANSFER = "credit_transfer"
    BILL_PAYMENT = "bill_payment"


class FeeBasis(StrEnum):
    """How a schedule's `rate_satang` applies: per square wah of land, or per house, per month."""

    PER_SQ_WAH = "per_sq_wah"
    PER_HOUSE = "per_house"


class SurchargeMethod(StrEnum):
    """The late-fee policy (Land Allocation Act s.50; village.md "Surcharge"); off by default."""

    NONE = "none"
    PERCENT_PER_MONTH = "percent_per_month"
    FIXED_PER_MONTH = "fixed_per_month"


SURCHARGE_MAX_BASIS_POINTS = 1_000  # 10 % a month: village.md's cap
LATE_FEE_CODE = "LATE_FEE"  # the fee item billing runs use for surcharge lines
COMMON_FEE_CODE = "COMMON"
