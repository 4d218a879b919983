"""The fee's pure rules: which schedule applies, a line's amount, a house's plan."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from village.billing import rules
from village.money import round_half_up

COMMON = rules.Item(1, "COMMON", "ค่าส่วนกลาง", "Common fee")
GARBAGE = rules.Item(2, "GARBAGE", "ค่าขยะ", "Garbage")
DEC = date(2026, 12, 1)


def rate(**fields):
    values = {
        "id": 1,
        "fee_item_id": 1,
        "basis": rules.PER_SQ_WAH,
        "rate_satang": 2000,
        "plot_type": None,
        "effective_from": date(2026, 1, 1),
        "effective_to": None,
        **fields,
    }
    return rules.Rate(**values)


def house(**fields):
    values = {
        "id": 1,
        "house_number": "1/1",
        "plot_type": "residential",
        "land_area_hundredths": 5000,
        "billable_from": None,
        "archived": False,
        **fields,
    }
    return rules.HouseFacts(**values)


def test_the_contracts_example():
    """50, 80 and 100 ตร.ว. at 20 THB/ตร.ว./month bill 4,600.00 THB for one month."""
    schedule = rate()
    amounts = [rules.line_amount(schedule, area * 100) for area in (50, 80, 100)]
    assert amounts == [100_000, 160_000, 200_000]
    assert sum(amounts) == 460_000


def test_rounds_half_up_once_per_line():
    schedule = rate(rate_satang=1999)
    assert rules.line_amount(schedule, 5025) == 100450  # 50.25 × 19.99 = 1,004.4975 → 1,004.50
    assert rules.line_amount(rate(rate_satang=1), 50) == 1  # 0.5 satang → 1
    assert rules.line_amount(rate(rate_satang=1), 49) == 0


def test_per_house_is_flat_and_needs_no_area():
    schedule = rate(basis=rules.PER_HOUSE, rate_satang=50000)
    assert rules.line_amount(schedule, None) == 50000
    assert rules.line_amount(schedule, 12345) == 50000
    assert rules.line_amount(rate(), None) is None


def test_which_schedule_applies():
    general = rate(id=1)
    commercial = rate(id=2, plot_type="commercial", rate_satang=4000)
    ended = rate(id=3, fee_item_id=2, effective_to=date(2026, 6, 1))
    rates = [general, commercial, ended]
    assert rules.applicable(rates, 1, "residential", DEC) is general
    assert rules.applicable(rates, 1, "commercial", DEC) is commercial
    assert rules.applicable(rates, 2, "residential", date(2026, 6, 1)) is ended
    assert rules.applicable(rates, 2, "residential", date(2026, 7, 1)) is None
    assert rules.applicable(rates, 1, "residential", date(2025, 12, 1)) is None


def test_months_and_descriptions():
    assert rules.months_of(date(2026, 11, 1), 3) == [
        date(2026, 11, 1),
        date(2026, 12, 1),
        date(2027, 1, 1),
    ]
    assert rules.describe(COMMON, DEC) == "ค่าส่วนกลาง ธันวาคม 2569 / Common fee December 2026"
    assert rules.describe(COMMON, date(2027, 1, 1)).endswith(
        "มกราคม 2570 / Common fee January 2027"
    )


def test_plan_one_line_per_month_and_item_in_month_order():
    rates = [rate(), rate(id=2, fee_item_id=2, basis=rules.PER_HOUSE, rate_satang=3000)]
    plan = rules.plan_house(
        house(), rules.months_of(DEC, 3), [COMMON, GARBAGE], rates, billed=set()
    )
    assert plan.skip is None
    assert [(line.month.month, line.fee_item_id) for line in plan.lines] == [
        (12, 1), (12, 2), (1, 1), (1, 2), (2, 1), (2, 2),
    ]  # fmt: skip
    assert plan.total_satang == 3 * (100_000 + 3000)


def test_plan_skips_with_reasons():
    months = rules.months_of(DEC, 3)
    plan = rules.plan_house
    assert plan(house(archived=True), months, [COMMON], [rate()], set()).skip == "archived"
    later = house(billable_from=date(2027, 3, 1))
    assert plan(later, months, [COMMON], [rate()], set()).skip == "not_yet_billable"
    assert plan(house(), months, [COMMON], [], set()).skip == "no_schedule"
    no_area = house(land_area_hundredths=None)
    assert plan(no_area, months, [COMMON], [rate()], set()).skip == "no_land_area"
    billed = {(1, month) for month in months}
    assert plan(house(), months, [COMMON], [rate()], billed).skip == "already_billed"


def test_plan_bills_from_billable_from_and_leaves_out_billed_months():
    months = rules.months_of(DEC, 3)
    partly = house(billable_from=date(2027, 1, 1))
    result = rules.plan_house(partly, months, [COMMON], [rate()], set())
    assert [line.month for line in result.lines] == months[1:]
    result = rules.plan_house(house(), months, [COMMON], [rate()], {(1, months[0])})
    assert [line.month for line in result.lines] == months[1:]


@given(
    areas=st.lists(st.one_of(st.none(), st.integers(1, 10_000_000)), min_size=1, max_size=30),
    rate_satang=st.integers(0, 1_000_000),
    count=st.sampled_from([1, 3, 6, 12]),
)
def test_lines_round_once_and_a_run_total_is_the_sum_of_its_lines(areas, rate_satang, count):
    schedule = rate(rate_satang=rate_satang)
    months = rules.months_of(DEC, count)
    plans = [
        rules.plan_house(house(id=i, land_area_hundredths=area), months, [COMMON], [schedule],
                         set())
        for i, area in enumerate(areas)
    ]  # fmt: skip
    for plan, area in zip(plans, areas, strict=True):
        if area is None:
            assert plan.skip == "no_land_area"
            continue
        assert len(plan.lines) == count
        for line in plan.lines:
            assert line.amount_satang == round_half_up(area * rate_satang, 100)
            assert isinstance(line.amount_satang, int)
        assert plan.total_satang == sum(line.amount_satang for line in plan.lines)
    run_total = sum(plan.total_satang for plan in plans)
    assert run_total == sum(line.amount_satang for plan in plans for line in plan.lines)
