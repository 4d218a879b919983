"""The month's invoice and receipt registers: every document issued in the month by
number, void ones marked with the reason, totals; XLSX laid out for the auditor."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.reports.conftest import csv_rows, get, satang_of, xlsx_table
from village.enums import Role


def numbers(books, invoice_ids):
    return [books.invoice(i).number for i in invoice_ids]


def test_the_invoice_register_lists_the_month_by_number(client, office, village, books):
    body = get(client, "invoice-register", office, period="2026-10", format="json").json
    a10, b10 = numbers(books, [village.invoices["a10"], village.invoices["b10"]])
    assert body["period"] == "2026-10"
    assert [row["number"] for row in body["items"]] == [a10, b10]
    first, voided = body["items"]
    assert first["house"]["house_number"] == "10/1"
    assert first["bill_to_name"] == "สมชาย ใจดี"
    assert (first["void"], first["voided_on"], first["void_reason"]) == (False, None, None)
    assert (voided["void"], voided["status"], voided["total_satang"]) == (True, "void", 200_000)
    assert (voided["voided_on"], voided["void_reason"]) == ("2026-11-30", "Billed in error")
    assert body["totals"] == {"count": 2, "total_satang": 360_000, "void_count": 1,
                              "void_satang": 200_000, "net_satang": 160_000}  # fmt: skip


def test_the_receipt_register_marks_the_reversed_payments_receipt(client, office, village, books):
    body = get(client, "receipt-register", office, period="2026-11", format="json").json
    reversed_, kept = body["items"]
    assert reversed_["number"] == books.receipt_number(village.payments["a11"])
    assert kept["number"] == books.receipt_number(village.payments["b11"])
    assert reversed_["number"] < kept["number"]
    assert (reversed_["void"], reversed_["voided_on"]) == (True, "2026-11-30")
    assert reversed_["void_reason"]
    assert reversed_["invoice_numbers"] == numbers(books, [village.invoices["a10"]])
    assert (kept["void"], kept["invoice_numbers"], kept["amount_satang"]) == (False, [], 30_000)
    assert body["totals"] == {"count": 2, "total_satang": 80_000, "void_count": 1,
                              "void_satang": 50_000, "net_satang": 30_000}  # fmt: skip


def test_the_xlsx_register_is_headed_for_the_auditor(client, office, village, books):
    response = get(client, "invoice-register", office, period="2026-10")  # XLSX by default
    assert response.mimetype.endswith("spreadsheetml.sheet")
    assert "invoice-register-2026-10.xlsx" in response.headers["Content-Disposition"]
    assert response.headers["Cache-Control"] == "private, no-store"  # names and amounts
    heading, (header, *rows) = xlsx_table(response.data, "เลขที่ / Number")
    assert heading[0][0] == "ทะเบียนใบแจ้งหนี้ / Invoice register"
    assert heading[2][0] == "งวด / Period: ตุลาคม 2569 (2026-10)"
    assert heading[3][0].startswith("พิมพ์เมื่อ / Generated: 30 พฤศจิกายน 2569")
    column = {label: i for i, label in enumerate(header)}
    a10, b10 = rows[0], rows[1]
    assert a10[column["ชื่อผู้ถูกเรียกเก็บ / Bill to"]] == "สมชาย ใจดี"
    # A name that looks like a formula is text, neutralised, never a formula.
    assert b10[column["ชื่อผู้ถูกเรียกเก็บ / Bill to"]] == '\'=HYPERLINK("http://x")'
    assert b10[column["สถานะ / Status"]] == "ยกเลิก / void"
    assert b10[column["เหตุผลที่ยกเลิก / Void reason"]] == "Billed in error"
    amount = column["จำนวนเงิน (บาท) / Amount (THB)"]
    totals = {row[0]: satang_of(row[amount]) for row in rows[2:]}
    assert totals == {"รวมทั้งหมด / All": 360_000, "ยกเลิก / Void": 200_000,
                      "สุทธิ / Net": 160_000}  # fmt: skip
    sheet = load_workbook(__import__("io").BytesIO(response.data)).worksheets[0]
    assert sheet.freeze_panes is not None
    assert sheet.print_title_rows  # the column titles repeat on every printed page


def test_the_csv_register_has_the_same_rows_and_totals(client, office, village):
    response = get(client, "receipt-register", office, period="2026-11", format="csv")
    header, *rows = csv_rows(response.data)
    amount = header.index("จำนวนเงิน (บาท) / Amount (THB)")
    assert [row[amount] for row in rows] == ["500.00", "300.00", "800.00", "500.00", "300.00"]
    assert [row[0] for row in rows[2:]] == ["รวมทั้งหมด / All", "ยกเลิก / Void", "สุทธิ / Net"]


@pytest.mark.parametrize("path", ["invoice-register", "receipt-register"])
def test_an_empty_month_is_an_empty_register(client, office, path):
    body = get(client, path, office, period="2026-01", format="json").json
    assert body["items"] == []
    assert body["totals"] == {"count": 0, "total_satang": 0, "void_count": 0,
                              "void_satang": 0, "net_satang": 0}  # fmt: skip
    _, (_, *rows) = xlsx_table(get(client, path, office, period="2026-01").data, "เลขที่ / Number")
    assert [row[0] for row in rows] == ["รวมทั้งหมด / All", "ยกเลิก / Void", "สุทธิ / Net"]


@pytest.mark.parametrize("path", ["invoice-register", "receipt-register"])
def test_residents_are_refused(client, login_as, path):
    response = client.get(f"/api/v1/reports/{path}", headers=login_as(Role.RESIDENT).headers)
    assert response.status_code == 403
    assert response.mimetype == "application/problem+json"
