"""An invoice's PDF over HTTP (needs village.documents, branch feat/documents)."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from tests.invoices.conftest import BASE
from village.finance.enums import PromptPayMode

DEC = date(2025, 12, 1)


def text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pdf_is_inline_named_by_its_number_and_private(client, office, books, make_house):
    books.settings(
        promptpay_mode=PromptPayMode.CREDIT_TRANSFER,
        promptpay_id="0994000123456",
        bank_name="Kasikorn Bank",
        bank_account_number="123-4-56789-0",
    )
    house = make_house(house_number="88/123")
    invoice = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=date(2025, 12, 16))
    number = client.get(f"{BASE}/{invoice}", headers=office.headers).json["number"]
    response = client.get(f"{BASE}/{invoice}/pdf", headers=office.headers)
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF-")
    assert response.headers["Content-Disposition"] == f'inline; filename="{number}.pdf"'
    assert response.headers["Cache-Control"].startswith("private")
    assert "sandbox" in response.headers["Content-Security-Policy"]
    got = text(response.data)
    assert number in got
    assert "88/123" in got
    assert "1,600.00" in got
    assert "16 ธันวาคม 2568" in got  # the due date, in Thai with the B.E. year
    assert "123-4-56789-0" in got  # the bank account, while something is owed


def test_a_void_invoice_prints_as_void(client, office, books, make_house):
    house = make_house()
    invoice = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)
    books.void(invoice, reason="Billed in error")
    response = client.get(f"{BASE}/{invoice}/pdf", headers=office.headers)
    assert response.status_code == 200
    got = text(response.data)
    assert "VOID" in got.upper()
    assert "Billed in error" in got


def test_a_resident_gets_only_their_own_houses_pdf(client, books, resident_of):
    resident, mine = resident_of()
    _, theirs = resident_of()
    own = books.issue(mine.id, months=[DEC], issue_date=DEC, due_date=DEC)
    other = books.issue(theirs.id, months=[DEC], issue_date=DEC, due_date=DEC)
    assert client.get(f"{BASE}/{own}/pdf", headers=resident.headers).status_code == 200
    response = client.get(f"{BASE}/{other}/pdf", headers=resident.headers)
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"


# --- the statement's PDF (village.statements, same renderer) -----------------------------


def test_the_statement_pdf_shows_the_entries_and_closing_balance(client, office, books, make_house):
    house = make_house(house_number="88/123")
    invoice = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=date(2025, 12, 16))
    payment = books.pay(house.id, 100_000, paid_on=date(2025, 12, 20))
    response = client.get(
        f"/api/v1/houses/{house.id}/statement",
        query_string={"from": "2025-12-01", "to": "2025-12-31", "format": "pdf"},
        headers=office.headers,
    )
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"] == (
        'inline; filename="statement-88-123-2025-12-01-2025-12-31.pdf"'
    )
    assert response.headers["Cache-Control"].startswith("private")
    got = text(response.data)
    assert books.invoice(invoice).number in got
    assert books.receipt_number(payment) in got
    assert "600.00" in got  # the closing balance: 1,600.00 - 1,000.00


def test_a_resident_gets_only_their_own_houses_statement_pdf(client, books, resident_of):
    resident, mine = resident_of()
    _, theirs = resident_of()
    books.issue(mine.id, months=[DEC], issue_date=DEC, due_date=DEC)
    query = {"format": "pdf"}
    own = client.get(f"/api/v1/houses/{mine.id}/statement", query_string=query,
                     headers=resident.headers)  # fmt: skip
    assert own.status_code == 200 and own.data.startswith(b"%PDF-")
    other = client.get(f"/api/v1/houses/{theirs.id}/statement", query_string=query,
                       headers=resident.headers)  # fmt: skip
    assert other.status_code == 404
