"""The arrears report: rows per house as of a day, totals that are the sum of the rows
and of every house's balance, the same in JSON, CSV and XLSX; filters; the office's only."""

from __future__ import annotations

import pytest

from tests.reports.conftest import csv_rows, get, satang_of, xlsx_table
from village.enums import Role

BUCKETS = ["current", "1_30", "31_60", "61_90", "91_180", "over_180"]


def balances(books, *houses):
    return sum(books.house(h.id).balance_satang for h in houses)


def test_rows_and_totals_today(client, office, village, books):
    body = get(client, "arrears", office).json
    assert body["as_of"] == "2026-11-30"
    assert body["thresholds"] == {"suspension_months": 3, "land_office_months": 6}
    a, b = body["items"]
    assert (a["house_number"], a["zone"], a["outstanding_satang"]) == ("10/1", "A", 210_000)
    # October's 600.00 is 40 days past due; November's 1,500.00 (after the credit note) 10.
    assert a["buckets"] == {"current": 0, "1_30": 150_000, "31_60": 60_000, "61_90": 0,
                            "91_180": 0, "over_180": 0}  # fmt: skip
    assert (a["months_in_arrears"], a["unpaid_months"]) == (2, ["2026-10", "2026-11"])
    assert a["suspension_eligible"] is False
    assert (b["house_number"], b["balance_satang"], b["credit_satang"]) == ("10/2", -30_000, 30_000)
    totals = body["totals"]
    assert totals["outstanding_satang"] == sum(row["outstanding_satang"] for row in body["items"])
    assert totals["balance_satang"] == sum(row["balance_satang"] for row in body["items"])
    # Invariant 4: the report's total is the sum of every house's balance.
    assert totals["balance_satang"] == balances(books, village.a, village.b) == 180_000
    assert totals["houses"] == 2
    for name in BUCKETS:
        assert totals["buckets"][name] == sum(row["buckets"][name] for row in body["items"])
    assert body["by_bucket"][1] == {"bucket": "1_30", "houses": 1, "satang": 150_000}


def test_as_of_an_earlier_day(client, office, village):
    body = get(client, "arrears", office, as_of="2026-10-31").json
    # A owed 600.00 of October; B's invoice was not void yet and nothing was credit.
    by_house = {row["house_number"]: row for row in body["items"]}
    assert by_house["10/1"]["outstanding_satang"] == 60_000
    assert by_house["10/2"]["outstanding_satang"] == 200_000
    assert body["totals"]["balance_satang"] == 260_000


def test_filters(client, office, village, books):
    assert [r["house_number"] for r in get(client, "arrears", office, zone="B").json["items"]] == [
        "10/2"
    ]
    assert get(client, "arrears", office, bucket="61_90").json["items"] == []
    assert get(client, "arrears", office, eligible="suspension").json["items"] == []
    books.settings(arrears_suspension_months=2)
    body = get(client, "arrears", office, eligible="suspension").json
    assert [row["house_number"] for row in body["items"]] == ["10/1"]
    assert body["totals"]["suspension_eligible"] == 1
    assert body["totals"]["balance_satang"] == 210_000  # the rows listed


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_files_carry_the_same_rows_and_totals(client, office, village, fmt):
    body = get(client, "arrears", office).json
    response = get(client, "arrears", office, format=fmt)
    assert "arrears-2026-11-30" in response.headers["Content-Disposition"]
    if fmt == "csv":
        header, *rows = csv_rows(response.data)
    else:
        heading, (header, *rows) = xlsx_table(response.data, "บ้านเลขที่ / House")
        assert heading[2][0] == "ณ วันที่ / As of: 30 พฤศจิกายน 2569 (2026-11-30)"
    column = {label: i for i, label in enumerate(header)}
    *houses, totals = rows
    assert [row[0] for row in houses] == ["10/1", "10/2"]
    assert totals[0] == "รวม / Total"
    for label, key in [
        ("ค้างชำระ (บาท) / Outstanding (THB)", "outstanding_satang"),
        ("เครดิต (บาท) / Credit (THB)", "credit_satang"),
        ("ยอดสุทธิ (บาท) / Balance (THB)", "balance_satang"),
    ]:
        assert [satang_of(row[column[label]]) for row in houses] == [
            item[key] for item in body["items"]
        ]
        assert satang_of(totals[column[label]]) == body["totals"][key]
    a = houses[0]
    assert a[column["เดือนที่ค้าง / Unpaid months"]] == "2026-10 2026-11"
    assert a[column["เจ้าของ / Owner"]] in (None, "")  # no member: no owner on record


def test_thai_owner_names_reach_the_xlsx(client, office, village, make_member, make_user):
    owner = make_user(role=Role.RESIDENT, full_name="สมหญิง รักดี")
    make_member(house=village.a, user=owner)
    _, (header, *rows) = xlsx_table(
        get(client, "arrears", office, format="xlsx").data, "บ้านเลขที่ / House"
    )
    assert rows[0][header.index("เจ้าของ / Owner")] == "สมหญิง รักดี"


def test_an_empty_village(client, office):
    body = get(client, "arrears", office).json
    assert body["items"] == []
    assert body["totals"]["balance_satang"] == 0
    assert body["totals"]["houses"] == 0
    _, (_, *rows) = xlsx_table(get(client, "arrears", office, format="xlsx").data,
                               "บ้านเลขที่ / House")  # fmt: skip
    assert len(rows) == 1
    assert satang_of(rows[0][3]) == 0


@pytest.mark.parametrize(
    "params",
    [{"as_of": "2569-11-30"}, {"as_of": "30/11/2026"}, {"as_of": "1800-01-01"}, {"bucket": "2_30"},
     {"eligible": "all"}, {"format": "pdf"}, {"zone": "x" * 51}],
)  # fmt: skip
def test_bad_filters_are_422(client, office, params):
    response = client.get("/api/v1/reports/arrears", query_string=params, headers=office.headers)
    assert response.status_code == 422


def test_residents_are_refused_even_with_a_house(client, resident_of):
    resident, _ = resident_of()
    for fmt in ("json", "csv", "xlsx"):
        response = client.get(
            "/api/v1/reports/arrears", query_string={"format": fmt}, headers=resident.headers
        )
        assert response.status_code == 403
