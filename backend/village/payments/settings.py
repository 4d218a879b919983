"""What payments read of the finance settings (village.md, "Finance settings").

The settings endpoints belong to the finance domain; this reads the one row
(`FinanceSettings`, id 1) and answers the defaults of village.md when it is absent.
"""

from __future__ import annotations

from village import database
from village.finance.models import SETTINGS_ID, FinanceSettings


def _row() -> FinanceSettings | None:
    return database.session().get(FinanceSettings, SETTINGS_ID)


def require_payment_confirmation() -> bool:
    """Whether an office payment waits for a second person (default true)."""
    row = _row()
    return True if row is None else row.require_payment_confirmation


def receipt_signatory() -> str | None:
    """Who signs receipts (printed under the signature line), if set."""
    row = _row()
    return None if row is None else row.receipt_signatory
