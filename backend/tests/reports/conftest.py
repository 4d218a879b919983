"""Fixtures of the report tests: the invoice tests' office, residents and books, a credit
note written as the ledger writes one, and readers of the CSV and XLSX files."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
import time_machine
from openpyxl import load_workbook

from tests.invoices.conftest import books, office, resident_of
from village import database
from village.credit_notes.models import CreditNote, CreditNoteStatus
from village.invoices import ledger
from village.invoices.models import Invoice
from village.money import parse_baht

__all__ = ["books", "office", "resident_of"]

REPORTS = "/api/v1/reports"


@pytest.fixture
def credit(app):
    """Issue a credit note on an invoice, dated `on` (the ledger's side of an approval)."""

    def issue(invoice_id: int, amount: int, *, on: date, number: str = "CN2569-000001") -> int:
        with app.app_context():
            invoice = database.session().get(Invoice, invoice_id)
            assert invoice is not None
            note = CreditNote(
                number=number,
                invoice_id=invoice.id,
                house_id=invoice.house_id,
                amount_satang=amount,
                reason="Billed the wrong area",
                status=CreditNoteStatus.ISSUED,
                issue_date=on,
            )
            database.session().add(note)
            ledger.settle(invoice, credited_delta=amount)
            ledger.refresh_outstanding([invoice.house_id])
            database.session().commit()
            return note.id

    return issue


def get(client, path: str, signed, **params: Any):
    response = client.get(f"{REPORTS}/{path}", query_string=params, headers=signed.headers)
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    return response


def csv_rows(body: bytes) -> list[list[str]]:
    """The CSV's rows (it must be UTF-8 with the BOM Excel needs for Thai)."""
    assert body.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def xlsx_cells(body: bytes) -> list[list[Any]]:
    """Every row of the workbook's one sheet, as openpyxl reads it."""
    book = load_workbook(io.BytesIO(body))
    (sheet,) = book.worksheets
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def xlsx_table(body: bytes, first_label: str) -> tuple[list[list[Any]], list[list[Any]]]:
    """(the heading lines above the table, the table from its title row on)."""
    cells = xlsx_cells(body)
    start = next(i for i, row in enumerate(cells) if row[0] == first_label)
    return cells[:start], cells[start:]


def satang_of(value: Any) -> int | None:
    """A money cell back to satang: CSV text "1600.50", or an XLSX number."""
    if value in (None, ""):
        return None
    if isinstance(value, str):
        return parse_baht(value)
    # openpyxl gives the stored decimal text as a float; two places recover it exactly.
    return int(Decimal(repr(value)).quantize(Decimal("0.01")) * 100)


# Voids and reversals are dated the village's today: the books are written on a fixed day
# (10:00 in Bangkok on 30 November 2026), whenever the suite runs.
TODAY = date(2026, 11, 30)


@pytest.fixture(autouse=True)
def fixed_today():
    with time_machine.travel(datetime(2026, 11, 30, 3, 0, tzinfo=UTC), tick=True):
        yield


@dataclass
class Village:
    """Two houses' books over September to November 2026 (see `village`)."""

    a: Any
    b: Any
    invoices: dict[str, int]
    payments: dict[str, int]


@pytest.fixture
def village(make_house, books, credit) -> Village:
    """House A (สมชาย ใจดี) billed 1,600.00 in each of Sep, Oct, Nov; paid 1,600.00 on
    15 Sep and 1,000.00 on 10 Oct; 500.00 paid on 10 Nov and reversed today; a credit
    note of 100.00 on its November invoice on 20 Nov. House B billed 2,000.00 in October,
    voided today; paid 300.00 on 12 Nov (kept as credit)."""
    a = make_house(house_number="10/1", zone="A")
    b = make_house(house_number="10/2", zone="B")
    invoices = {}
    for month in (9, 10, 11):
        invoices[f"a{month}"] = books.issue(
            a.id,
            months=[date(2026, month, 1)],
            issue_date=date(2026, month, 5),
            due_date=date(2026, month, 20),
            bill_to_name="สมชาย ใจดี",
        )
    invoices["b10"] = books.issue(
        b.id,
        months=[date(2026, 10, 1)],
        amount=200_000,
        issue_date=date(2026, 10, 6),
        due_date=date(2026, 10, 21),
        bill_to_name='=HYPERLINK("http://x")',
    )
    payments = {
        "a9": books.pay(a.id, 160_000, paid_on=date(2026, 9, 15)),
        "a10": books.pay(a.id, 100_000, paid_on=date(2026, 10, 10)),
        "a11": books.pay(a.id, 50_000, paid_on=date(2026, 11, 10)),
    }
    books.reverse(payments["a11"])
    books.void(invoices["b10"])
    payments["b11"] = books.pay(b.id, 30_000, paid_on=date(2026, 11, 12))
    credit(invoices["a11"], 10_000, on=date(2026, 11, 20))
    return Village(a, b, invoices, payments)
