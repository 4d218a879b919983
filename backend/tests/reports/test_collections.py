"""The collections report: per month billed, collected, credited, outstanding and the
rate, by the books' date; the same figures in JSON, CSV and XLSX."""

from __future__ import annotations

import pytest

from tests.reports.conftest import csv_rows, get, satang_of, xlsx_table
from village.enums import Role

SEP = {"period": "2026-09", "billed_satang": 160_000, "collected_satang": 160_000,
       "credited_satang": 0, "outstanding_satang": 0, "collection_rate": "1.0000"}  # fmt: skip
# B's October invoice was voided in November: it was owed at the end of October.
OCT = {"period": "2026-10", "billed_satang": 360_000, "collected_satang": 100_000,
       "credited_satang": 0, "outstanding_satang": 260_000,
       "collection_rate": "0.2778"}  # fmt: skip
# The void (−2,000.00) and the reversal (−500.00) count in November, when they happened.
NOV = {"period": "2026-11", "billed_satang": -40_000, "collected_satang": 30_000,
       "credited_satang": 10_000, "outstanding_satang": 210_000,
       "collection_rate": None}  # fmt: skip
TOTALS = {"billed_satang": 480_000, "collected_satang": 290_000, "credited_satang": 10_000,
          "outstanding_satang": 210_000, "collection_rate": "0.6042"}  # fmt: skip


def test_each_month_by_the_books_date(client, office, village):
    body = get(client, "collections", office, **{"from": "2026-09", "to": "2026-11"}).json
    assert body["items"] == [SEP, OCT, NOV]
    assert body["totals"] == TOTALS


def test_the_default_is_the_twelve_months_to_this_one(client, office, village):
    items = get(client, "collections", office).json["items"]
    assert items[0]["period"] == "2025-12"
    assert items[-1] == NOV
    assert len(items) == 12


def test_an_empty_village_has_months_of_nothing(client, office):
    body = get(client, "collections", office, **{"from": "2026-11", "to": "2026-11"}).json
    empty = {"billed_satang": 0, "collected_satang": 0, "credited_satang": 0,
             "outstanding_satang": 0, "collection_rate": None}  # fmt: skip
    assert body == {"items": [{"period": "2026-11", **empty}], "totals": empty}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_files_carry_the_same_months_and_totals(client, office, village, fmt):
    response = get(
        client, "collections", office, format=fmt, **{"from": "2026-09", "to": "2026-11"}
    )
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert "collections-2026-09-2026-11" in response.headers["Content-Disposition"]
    if fmt == "csv":
        header, *rows = csv_rows(response.data)
    else:
        heading, (header, *rows) = xlsx_table(response.data, "งวด / Period")
        assert "2569" in heading[2][0]  # the periods in B.E.
    assert header[0] == "งวด / Period"
    expected = [SEP, OCT, NOV, {"period": "รวม / Total", **TOTALS}]
    assert len(rows) == len(expected)
    for row, want in zip(rows, expected, strict=True):
        assert row[0] == want["period"]
        money = [satang_of(cell) for cell in row[1:5]]
        assert money == [want["billed_satang"], want["collected_satang"],
                         want["credited_satang"], want["outstanding_satang"]]  # fmt: skip
        assert (row[5] or None) == want["collection_rate"]
    if fmt == "csv":
        assert rows[2][1] == "-400.00"  # baht, two decimals, no separators


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"from": "2026-12", "to": "2026-11"}, "from"),
        ({"from": "2010-01", "to": "2026-11"}, "from"),
        ({"from": "2026-13"}, "from"),
        ({"to": "2569-11"}, "to"),
        ({"format": "pdf"}, "format"),
    ],
)
def test_bad_ranges_are_422(client, office, params, field):
    response = client.get("/api/v1/reports/collections", query_string=params,
                          headers=office.headers)  # fmt: skip
    assert response.status_code == 422
    assert field in str(response.json["errors"])


def test_a_resident_is_refused(client, login_as):
    response = client.get("/api/v1/reports/collections", headers=login_as(Role.RESIDENT).headers)
    assert response.status_code == 403


def test_a_closed_months_snapshot_agrees_with_the_reports(client, office, village):
    """Invariant 4: the closing snapshot's outstanding is the arrears report's total as of
    the month's last day, and the collections report's outstanding for that month."""
    closed = client.post("/api/v1/periods/2026-10/close", headers=office.headers)
    assert closed.status_code == 200, closed.json
    snapshot = closed.json["snapshot"]
    arrears = get(client, "arrears", office, as_of="2026-10-31").json["totals"]
    (october,) = get(client, "collections", office, **{"from": "2026-10", "to": "2026-10"}).json[
        "items"
    ]
    assert snapshot["outstanding_satang"] == arrears["outstanding_satang"] == 260_000
    assert snapshot["credit_satang"] == arrears["credit_satang"]
    assert october["outstanding_satang"] == snapshot["outstanding_satang"]
    assert (october["billed_satang"], october["collected_satang"]) == (
        snapshot["billed_satang"],
        snapshot["collected_satang"],
    )
    assert snapshot["counts"]["houses_in_arrears"] == 2
