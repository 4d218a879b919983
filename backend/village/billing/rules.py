"""The common fee's arithmetic and "what would a run bill" (pure: no I/O).

A month's line for a house = `fee_for_area(land_area_hundredths, rate_satang)` for a
per-square-wah schedule (exact, rounded half up to the satang once per line) or the
flat `rate_satang` for a per-house one (village.md, "Fee items and schedules"). Which
schedule applies: the one of the item whose months hold the month and whose plot type
is the house's, or null (every type); the schedules' service keeps these unambiguous
(no two clash in one month), and should two ever both apply the specific plot type wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from village import thai_dates
from village.money import fee_for_area

PER_SQ_WAH = "per_sq_wah"
PER_HOUSE = "per_house"

# Skip reasons, in the order a house is checked.
ARCHIVED = "archived"
NOT_YET_BILLABLE = "not_yet_billable"
NO_SCHEDULE = "no_schedule"
NO_LAND_AREA = "no_land_area"
ALREADY_BILLED = "already_billed"

THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Rate:
    """A fee schedule as the rules need it."""

    id: int
    fee_item_id: int
    basis: str  # per_sq_wah | per_house
    rate_satang: int
    plot_type: str | None  # None: every plot type
    effective_from: date  # first day of the first month
    effective_to: date | None  # first day of the last month; None: runs on

    def covers(self, month: date) -> bool:
        return self.effective_from <= month and (
            self.effective_to is None or month <= self.effective_to
        )


@dataclass(frozen=True)
class Item:
    id: int
    code: str
    name_th: str
    name_en: str


@dataclass(frozen=True)
class HouseFacts:
    id: int
    house_number: str
    plot_type: str
    land_area_hundredths: int | None
    billable_from: date | None
    archived: bool


@dataclass(frozen=True)
class Line:
    fee_item_id: int
    month: date
    description: str
    unit_satang: int
    amount_satang: int
    quantity: int = 1
    source_invoice_id: int | None = None  # a LATE_FEE line: the invoice it is levied on


@dataclass(frozen=True)
class HousePlan:
    """What a run would bill one house, or why it bills nothing (`skip`)."""

    house: HouseFacts
    lines: list[Line] = field(default_factory=list)
    skip: str | None = None

    @property
    def total_satang(self) -> int:
        return sum(line.amount_satang for line in self.lines)


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def months_of(period: date, count: int) -> list[date]:
    """The first days of `count` months from `period` on."""
    first = period.replace(day=1)
    return [add_months(first, n) for n in range(count)]


def month_th(month: date) -> str:
    """ธันวาคม 2569 (the Thai month and its B.E. year)."""
    return f"{THAI_MONTHS[month.month - 1]} {thai_dates.be_year(month)}"


def month_en(month: date) -> str:
    return f"{ENGLISH_MONTHS[month.month - 1]} {month.year}"


def describe(item: Item, month: date) -> str:
    """ "ค่าส่วนกลาง ธันวาคม 2569 / Common fee December 2026"."""
    return f"{item.name_th} {month_th(month)} / {item.name_en} {month_en(month)}"


def applicable(rates: Iterable[Rate], fee_item_id: int, plot_type: str, month: date) -> Rate | None:
    """The schedule of `fee_item_id` for a house of `plot_type` in `month`: one naming the
    plot type before one for every plot type; None when none covers the month."""
    general = None
    for rate in rates:
        if rate.fee_item_id != fee_item_id or not rate.covers(month):
            continue
        if rate.plot_type == plot_type:
            return rate
        if rate.plot_type is None and general is None:
            general = rate
    return general


def line_amount(rate: Rate, land_area_hundredths: int | None) -> int | None:
    """A month's amount in satang for a house under `rate`; None when a per-square-wah
    rate meets a house without a land area."""
    if rate.basis == PER_HOUSE:
        return rate.rate_satang
    if land_area_hundredths is None:
        return None
    return fee_for_area(land_area_hundredths, rate.rate_satang)


def plan_house(
    house: HouseFacts,
    months: Sequence[date],
    items: Sequence[Item],
    rates: Sequence[Rate],
    billed: set[tuple[int, date]],
) -> HousePlan:
    """The lines a run over `months` bills `house`: one per month and fee item (items in
    the given order within a month), leaving out what is `billed` already ((fee item,
    month) pairs on non-void lines) and months before `billable_from`."""
    if house.archived:
        return HousePlan(house, skip=ARCHIVED)
    open_months = [m for m in months if house.billable_from is None or m >= house.billable_from]
    if not open_months:
        return HousePlan(house, skip=NOT_YET_BILLABLE)
    lines: list[Line] = []
    any_rate = missing_area = any_billed = False
    for month in open_months:
        for item in items:
            rate = applicable(rates, item.id, house.plot_type, month)
            if rate is None:
                continue
            any_rate = True
            if (item.id, month) in billed:
                any_billed = True
                continue
            amount = line_amount(rate, house.land_area_hundredths)
            if amount is None:
                missing_area = True
                continue
            lines.append(Line(item.id, month, describe(item, month), amount, amount))
    if lines:
        return HousePlan(house, lines=lines)
    if not any_rate:
        return HousePlan(house, skip=NO_SCHEDULE)
    if missing_area:
        return HousePlan(house, skip=NO_LAND_AREA)
    return HousePlan(house, skip=ALREADY_BILLED if any_billed else NO_SCHEDULE)
