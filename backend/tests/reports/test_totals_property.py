"""Invariant 4 over random books: the arrears report's total is the sum of its rows and of
every house's balance, today and on any earlier day; its files carry the same totals; the
collections report's outstanding is the arrears total at the month's end; the overview's
cheap counts agree with the report's flags."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.reports.conftest import csv_rows, get, satang_of
from village import database
from village.houses.models import House

MONTHS = [date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)]
house_books = st.fixed_dictionaries(
    {
        "months": st.lists(st.sampled_from(MONTHS), unique=True, max_size=3),
        "amount": st.integers(min_value=1, max_value=500_000),
        "payments": st.lists(
            st.tuples(st.integers(min_value=1, max_value=900_000), st.integers(1, 29)),
            max_size=3,
        ),
        "void_first": st.booleans(),
        "reverse_last": st.booleans(),
    }
)
numbers = itertools.count(1)


def write(books, make_house, plan) -> None:
    house = make_house(house_number=f"77/{next(numbers)}")
    invoices = [
        books.issue(house.id, months=[month], amount=plan["amount"],
                    issue_date=month.replace(day=5), due_date=month.replace(day=20))
        for month in sorted(plan["months"])
    ]  # fmt: skip
    if plan["void_first"] and invoices:
        books.void(invoices[0])  # before any payment: nothing allocated to it yet
    paid = [
        books.pay(house.id, amount, paid_on=date(2026, 11, day)) for amount, day in plan["payments"]
    ]
    if plan["reverse_last"] and paid:
        books.reverse(paid[-1])


def every_balance(app) -> int:
    with app.app_context():
        total = database.session().scalar(
            select(func.coalesce(func.sum(House.outstanding_satang - House.credit_satang), 0))
        )
        return int(total)


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(house_books, min_size=1, max_size=3), st.sampled_from(["2026-09-30", "2026-10-15"]))
def test_the_arrears_totals_hold_over_random_books(
    client, app, office, books, make_house, plans, earlier
):
    books.settings(arrears_suspension_months=1, arrears_land_office_months=2)
    for plan in plans:
        write(books, make_house, plan)
    body = get(client, "arrears", office).json
    totals, items = body["totals"], body["items"]
    for key in ("outstanding_satang", "credit_satang", "balance_satang"):
        assert totals[key] == sum(item[key] for item in items)
    assert totals["balance_satang"] == every_balance(app)
    assert totals["outstanding_satang"] == sum(totals["buckets"].values())
    # The overview's cheap counts (and the gauges') agree with the report's flags.
    overview = get(client, "overview", office).json
    assert overview["outstanding_satang"] == totals["outstanding_satang"]
    assert overview["houses_past_suspension"] == totals["suspension_eligible"]
    assert overview["houses_past_land_office"] == totals["land_office_eligible"]
    header, *rows = csv_rows(get(client, "arrears", office, format="csv").data)
    balance = header.index("ยอดสุทธิ (บาท) / Balance (THB)")
    assert satang_of(rows[-1][balance]) == totals["balance_satang"]
    before = get(client, "arrears", office, as_of=earlier).json
    assert before["totals"]["balance_satang"] == sum(i["balance_satang"] for i in before["items"])
    months = get(client, "collections", office, **{"from": "2026-09", "to": "2026-11"}).json
    november = get(client, "arrears", office, as_of="2026-11-30").json["totals"]
    assert months["items"][-1]["outstanding_satang"] == november["outstanding_satang"]
