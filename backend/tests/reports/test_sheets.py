"""The report files: any amounts of satang come back exactly from the CSV and the XLSX
(no float ever rounds a satang), text is never a formula, Thai stays Thai."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.reports.conftest import csv_rows, satang_of, xlsx_table
from village.houses.spreadsheets import neutralise
from village.reports.sheets import Column, Table, to_csv, to_xlsx

COLUMNS = (
    Column("name", "ชื่อ / Name"),
    Column("amount", "จำนวนเงิน / Amount", "money"),
    Column("count", "จำนวน / Count", "count"),
    Column("day", "วันที่ / Date", "date"),
    Column("flag", "ธง / Flag", "flag"),
)
amounts = st.integers(min_value=-(10**13), max_value=10**13)  # ±100,000 million baht
names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)


def table(rows):
    total = {"name": "รวม / Total", "amount": sum(row["amount"] for row in rows)}
    return Table("t", "ทดสอบ / Test", ["หมู่บ้าน", "งวด"], COLUMNS, rows, [total])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(names, amounts, st.booleans()), max_size=8))
def test_amounts_and_totals_come_back_exactly(values):
    rows = [
        {"name": name, "amount": amount, "count": i, "day": date(2026, 11, 1), "flag": flag}
        for i, (name, amount, flag) in enumerate(values)
    ]
    made = table(rows)
    expected = [row["amount"] for row in [*rows, *made.totals]]
    _, *from_csv = csv_rows(to_csv(made))
    assert [satang_of(row[1]) for row in from_csv] == expected
    _, (_, *from_xlsx) = xlsx_table(to_xlsx(made), "ชื่อ / Name")
    assert [satang_of(row[1]) for row in from_xlsx] == expected
    for row, sent in zip(from_xlsx, rows, strict=False):
        assert (row[0] or "") == neutralise(sent["name"])  # Thai and all, as written


def test_text_that_looks_like_a_formula_is_neutralised_in_both():
    rows = [{"name": "=1+1", "amount": 1}, {"name": "@SUM(A1)", "amount": 2},
            {"name": "สมชาย -ใจดี", "amount": 3}]  # fmt: skip
    made = Table("t", "T", [], COLUMNS, rows)
    _, *from_csv = csv_rows(to_csv(made))
    assert [row[0] for row in from_csv] == ["'=1+1", "'@SUM(A1)", "สมชาย -ใจดี"]
    _, (_, *from_xlsx) = xlsx_table(to_xlsx(made), "ชื่อ / Name")
    assert [row[0] for row in from_xlsx] == ["'=1+1", "'@SUM(A1)", "สมชาย -ใจดี"]


def test_flags_and_counts():
    rows = [{"name": "a", "flag": True, "count": 3}, {"name": "b", "flag": False, "count": 0}]
    made = Table("t", "T", [], COLUMNS, rows, [{"name": "รวม", "flag": "1"}])
    _, *from_csv = csv_rows(to_csv(made))
    assert [(row[2], row[4]) for row in from_csv] == [("3", "ใช่ / yes"), ("0", ""), ("", "1")]
