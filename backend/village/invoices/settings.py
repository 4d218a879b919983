"""The finance settings invoices read (PromptPay, bank account, due days).

The settings are one row (`FinanceSettings`, id 1) that `PATCH
/api/v1/finance/settings` creates and changes; until someone saves them, the
defaults of village.md ("Finance settings") apply. Reading them here, not through
the finance package's service, keeps invoices below finance's HTTP side.
"""

from __future__ import annotations

from dataclasses import dataclass

from village import database
from village.finance.enums import PromptPayMode
from village.finance.models import SETTINGS_ID, FinanceSettings

DEFAULT_DUE_DAYS = 15


@dataclass(frozen=True)
class InvoiceSettings:
    """What an invoice needs of the finance settings."""

    promptpay_mode: PromptPayMode = PromptPayMode.NONE
    promptpay_id: str | None = None
    biller_id: str | None = None
    bank_name: str | None = None
    bank_account_name: str | None = None
    bank_account_number: str | None = None
    due_days: int = DEFAULT_DUE_DAYS


def invoice_settings() -> InvoiceSettings:
    """The saved settings, or the defaults when none are saved yet."""
    row = database.session().get(FinanceSettings, SETTINGS_ID)
    if row is None:
        return InvoiceSettings()
    return InvoiceSettings(
        promptpay_mode=PromptPayMode(row.promptpay_mode),
        promptpay_id=row.promptpay_id,
        biller_id=row.biller_id,
        bank_name=row.bank_name,
        bank_account_name=row.bank_account_name,
        bank_account_number=row.bank_account_number,
        due_days=row.due_days if row.due_days is not None else DEFAULT_DUE_DAYS,
    )
