"""The late-payment surcharge a billing run levies (village.md, "Surcharge (late fee)";
research C.2: Land Allocation Act B.E. 2543 s.50 ¶1, the provincial committee's rate).

Off unless the finance settings name a method (and, to turn it on, the regulation:
`legal_reference`). A run issued on day D levies, for its first month M, one `LATE_FEE`
line per **source invoice** of a house it bills that is open and past `due_date +
grace_days` (strictly before D), on that invoice's outstanding **principal**: what is
still owed on its lines whose fee item counts for arrears, filled oldest month first as
payments fill them, never a surcharge line (no compounding). The amount is
`round_half_up(principal × rate_basis_points / 10000)` or `fixed_satang`. A (source
invoice, month) is levied at most once: the run leaves out what is levied already, and
the partial unique index `uq_invoice_lines_late_fee_once` refuses a second non-void line
(a concurrent run retries, as for the billed-once index). Voiding the invoice that
carries the line frees it; a credit note on that invoice waives it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from village.billing import queries, rules
from village.finance.enums import SurchargeMethod
from village.finance.models import FinanceSettings
from village.money import round_half_up

MAX_DESCRIPTION = 300


@dataclass(frozen=True)
class Policy:
    method: SurchargeMethod
    rate_basis_points: int
    fixed_satang: int
    grace_days: int
    legal_reference: str | None

    @classmethod
    def of(cls, settings: FinanceSettings) -> Policy:
        return cls(
            method=SurchargeMethod(settings.surcharge_method),
            rate_basis_points=settings.surcharge_rate_basis_points,
            fixed_satang=settings.surcharge_fixed_satang,
            grace_days=settings.surcharge_grace_days,
            legal_reference=settings.surcharge_legal_reference,
        )

    @property
    def on(self) -> bool:
        return self.method is not SurchargeMethod.NONE

    def due_before(self, issue_date: date) -> date:
        """Source invoices due strictly before this day are past their grace on `issue_date`."""
        return issue_date - timedelta(days=self.grace_days)

    def amount(self, principal_satang: int) -> int:
        if self.method is SurchargeMethod.FIXED_PER_MONTH:
            return self.fixed_satang
        return round_half_up(principal_satang * self.rate_basis_points, 10_000)


def describe(item: rules.Item, source_number: str, month: date, legal_reference: str | None) -> str:
    """ "เงินเพิ่ม (ชำระล่าช้า) ใบแจ้งหนี้ INV… ธันวาคม 2569 / Late payment surcharge on INV…
    December 2026 · <the regulation>" (cut to fit a line's description)."""
    text = (
        f"{item.name_th} ใบแจ้งหนี้ {source_number} {rules.month_th(month)} / "
        f"{item.name_en} on {source_number} {rules.month_en(month)}"
    )
    if legal_reference:
        text += f" · ตาม / under {legal_reference}"
    return text if len(text) <= MAX_DESCRIPTION else text[: MAX_DESCRIPTION - 1] + "…"


def levies(
    settings: FinanceSettings, house_ids: Sequence[int], *, month: date, issue_date: date
) -> dict[int, list[rules.Line]]:
    """Per house, the LATE_FEE lines a run issued on `issue_date` for `month` levies."""
    policy = Policy.of(settings)
    if not policy.on or not house_ids:
        return {}
    item = queries.late_fee_item()
    if item is None:
        return {}
    sources = queries.overdue_sources(house_ids, due_before=policy.due_before(issue_date))
    levied = queries.levied({source.invoice_id for source in sources}, month)
    out: dict[int, list[rules.Line]] = {}
    for source in sources:
        amount = policy.amount(source.principal_satang)
        if source.invoice_id in levied or amount <= 0:
            continue
        line = rules.Line(
            fee_item_id=item.id,
            month=month,
            description=describe(item, source.number, month, policy.legal_reference),
            unit_satang=amount,
            amount_satang=amount,
            source_invoice_id=source.invoice_id,
        )
        out.setdefault(source.house_id, []).append(line)
    return out


def with_levies(
    plans: Iterable[rules.HousePlan], found: dict[int, list[rules.Line]]
) -> list[rules.HousePlan]:
    """Each plan with its house's LATE_FEE lines after its fee lines; a house with nothing
    else to bill this month (already billed, no schedule or land area) still gets them,
    an archived or not yet billable one never."""
    out = []
    for plan in plans:
        extra = found.get(plan.house.id, [])
        if not extra or plan.skip in (rules.ARCHIVED, rules.NOT_YET_BILLABLE):
            out.append(plan)
        else:
            out.append(replace(plan, lines=[*plan.lines, *extra], skip=None))
    return out
