"""The arrears rows (village.md, "Statement, arrears and certificates"): aging buckets by
days past due, months in arrears oldest month first, the thresholds, prescription, the
filters, and totals that equal the sum of the rows and of all houses' balances."""

from __future__ import annotations

from datetime import date, timedelta

from tests.invoices.books import month_line
from village.arrears.aging import BUCKETS
from village.arrears.rows import by_bucket, totals
from village.invoices import issuing

D = date(2026, 10, 31)
JUN, JUL, AUG, SEP, OCT = (date(2026, m, 1) for m in range(6, 11))


def rows_by_house(arrears, day=D, **filters):
    return {row.house_id: row for row in arrears.arrears_rows(day, **filters)}


def test_buckets_follow_the_days_past_due(books, arrears, make_house):
    house = make_house()
    # due on D (current), then 1, 30, 31, 60, 61, 90, 91, 180, 181 days before D
    for power, days in enumerate([0, 1, 30, 31, 60, 61, 90, 91, 180, 181]):
        line = issuing.LineDraft("Key card", 2**power, 2**power)
        due = D - timedelta(days=days)
        books.issue(house.id, lines=[line], issue_date=due, due_date=due)

    row = rows_by_house(arrears)[house.id]
    assert row.buckets == {
        "current": 1, "1_30": 2 + 4, "31_60": 8 + 16, "61_90": 32 + 64,
        "91_180": 128 + 256, "over_180": 512,
    }  # fmt: skip
    assert list(row.buckets) == list(BUCKETS)
    assert row.outstanding_satang == sum(row.buckets.values()) == 1023
    assert row.months_in_arrears == 0  # no monthly fee: a key card is not a month
    assert row.oldest_due_date == D - timedelta(days=181)
    assert row.past_due_satang == 1022


def test_months_in_arrears_are_the_unpaid_months_of_past_due_fees_oldest_first(
    books, arrears, make_house, make_member, make_user
):
    house = make_house(house_number="12/3", zone="B")
    make_member(house=house, user=make_user(full_name="Tenant Tom"), relation="tenant")
    make_member(house=house, user=make_user(full_name="Owner Orn"), is_primary_contact=False)
    late_fee = books.fee_item_id("LATE_FEE")  # does not count for arrears
    common = books.fee_item_id("COMMON")
    lines = [month_line(common, m, 100_000) for m in (JUN, JUL, AUG)]
    books.issue(house.id, lines=[*lines, month_line(late_fee, JUN, 5_000, "เงินเพิ่ม")],
                issue_date=JUN, due_date=date(2026, 6, 15))  # fmt: skip
    books.pay(house.id, 150_000, paid_on=date(2026, 6, 20))  # JUN and half of JUL
    books.issue(house.id, months=[SEP], amount=100_000, issue_date=SEP, due_date=date(2026, 9, 15))
    books.issue(house.id, months=[OCT], amount=100_000, issue_date=OCT, due_date=D)  # not late

    row = rows_by_house(arrears)[house.id]
    assert row.unpaid_months == ["2026-07", "2026-08", "2026-09"]
    assert row.months_in_arrears == 3
    assert (row.suspension_eligible, row.land_office_eligible) == (True, False)
    assert row.outstanding_satang == 155_000 + 100_000 + 100_000
    assert row.buckets["91_180"] == 155_000 and row.buckets["31_60"] == 100_000
    assert row.buckets["current"] == 100_000
    assert (row.house_number, row.zone, row.owner_name) == ("12/3", "B", "Owner Orn")
    assert row.oldest_due_date == date(2026, 6, 15)
    assert row.prescription_risk is False
    # a month earlier only June's invoice was past due
    earlier = rows_by_house(arrears, date(2026, 9, 15))[house.id]
    assert earlier.unpaid_months == ["2026-07", "2026-08"]
    assert earlier.suspension_eligible is False
    # the thresholds are the finance settings'
    books.settings(arrears_suspension_months=2, arrears_land_office_months=3)
    row = rows_by_house(arrears)[house.id]
    assert (row.suspension_eligible, row.land_office_eligible) == (True, True)


def test_a_debt_due_more_than_five_years_before_is_at_risk_of_prescription(
    books, arrears, make_house
):
    old, five = make_house(), make_house()
    books.issue(old.id, months=[date(2021, 10, 1)], issue_date=date(2021, 10, 1),
                due_date=date(2021, 10, 30))  # fmt: skip
    books.issue(five.id, months=[date(2021, 10, 1)], issue_date=date(2021, 10, 1),
                due_date=date(2021, 10, 31))  # fmt: skip

    rows = rows_by_house(arrears)
    assert rows[old.id].prescription_risk is True
    assert rows[five.id].prescription_risk is False  # exactly five years
    assert rows[old.id].buckets["over_180"] == 160_000


def test_rows_filter_and_total_to_the_sum_of_all_houses_balances(books, arrears, make_house):
    a1, a2, b1, credit, settled = (make_house(zone=zone) for zone in ("A", "A", "B", "B", "A"))
    for house, months in ((a1, [JUN, JUL, AUG, SEP]), (a2, [SEP]), (b1, [OCT])):
        for month in months:
            books.issue(house.id, months=[month], issue_date=month, due_date=month)
    books.pay(credit.id, 5_000, paid_on=JUL)
    books.issue(settled.id, months=[JUN], issue_date=JUN, due_date=JUN)
    books.pay(settled.id, 160_000, paid_on=JUN)

    rows = arrears.arrears_rows(D)
    assert {row.house_id for row in rows} == {a1.id, a2.id, b1.id, credit.id}
    assert rows_by_house(arrears)[credit.id].balance_satang == -5_000
    summed = totals(rows)
    everyone = arrears.balance_totals_as_of(D)
    assert summed.balance_satang == everyone.balance_satang == 6 * 160_000 - 5_000
    assert summed.outstanding_satang == everyone.outstanding_satang
    assert summed.credit_satang == everyone.credit_satang == 5_000
    assert sum(summed.buckets.values()) == summed.outstanding_satang
    assert (summed.houses, summed.suspension_eligible, summed.land_office_eligible) == (4, 1, 0)
    assert {b["bucket"]: (b["houses"], b["satang"]) for b in by_bucket(rows)}["31_60"] == (
        2, 2 * 160_000,
    )  # fmt: skip

    assert set(rows_by_house(arrears, zone="B")) == {b1.id, credit.id}
    assert set(rows_by_house(arrears, bucket="over_180")) == set()
    assert set(rows_by_house(arrears, bucket="91_180")) == {a1.id}
    assert set(rows_by_house(arrears, eligible="suspension")) == {a1.id}
    assert set(rows_by_house(arrears, eligible="land_office")) == set()
