"""What arrears read of the finance settings: the thresholds (village.md, "Finance
settings"), with their defaults when the row is absent."""

from __future__ import annotations

from dataclasses import dataclass

from village import database
from village.finance.models import SETTINGS_ID, FinanceSettings

SUSPENSION_MONTHS = 3
LAND_OFFICE_MONTHS = 6


@dataclass(frozen=True)
class Thresholds:
    suspension_months: int
    land_office_months: int


def thresholds() -> Thresholds:
    """Months in arrears from which a house may be suspended / reported to the land office."""
    row = database.session().get(FinanceSettings, SETTINGS_ID)
    if row is None:
        return Thresholds(SUSPENSION_MONTHS, LAND_OFFICE_MONTHS)
    return Thresholds(row.arrears_suspension_months, row.arrears_land_office_months)
