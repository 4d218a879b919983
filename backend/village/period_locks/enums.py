"""A month's state in the books."""

from __future__ import annotations

from enum import StrEnum


class PeriodStatus(StrEnum):
    OPEN = "open"  # a month with no row is open too
    CLOSED = "closed"
