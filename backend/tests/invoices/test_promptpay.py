"""An invoice's PromptPay QR: the payload decoded field by field, its CRC, and when there is
none to give."""

from __future__ import annotations

from datetime import date

import pytest
from promptpay_qr import generate_payload

from tests.invoices.conftest import BASE
from village.finance.enums import PromptPayMode
from village.invoices.enums import InvoiceStatus
from village.promptpay import crc16

DEC = date(2025, 12, 1)
TAX_ID = "0994000123456"
BILLER_ID = "099400012345601"
BANK = {
    "bank_name": "ธนาคารกสิกรไทย",
    "bank_account_name": "นิติบุคคลหมู่บ้านจัดสรร ศุภาลัย",
    "bank_account_number": "123-4-56789-0",
}


def tlv(payload: str) -> dict[str, str]:
    """EMV TLV fields (two-digit id, two-digit length, value); nothing left over."""
    fields: dict[str, str] = {}
    at = 0
    while at < len(payload):
        tag, length = payload[at : at + 2], int(payload[at + 2 : at + 4])
        value = payload[at + 4 : at + 4 + length]
        assert len(value) == length, f"field {tag} cut short"
        assert tag not in fields, f"field {tag} twice"
        fields[tag] = value
        at += 4 + length
    return fields


def decoded(payload: str) -> dict[str, str]:
    """The payload's fields, after checking its CRC and the fixed fields."""
    assert payload[-8:-4] == "6304"
    assert crc16(payload[:-4]) == payload[-4:], "the CRC does not verify"
    fields = tlv(payload)
    assert (fields["00"], fields["01"], fields["53"], fields["58"]) == ("01", "12", "764", "TH")
    return fields


@pytest.fixture
def owing(books, make_house):
    """A house 7/45 with a 1,600.00 invoice for December: (house, invoice id)."""
    house = make_house(house_number="7/45")
    return house, books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)


def test_credit_transfer_is_tag_29_with_the_outstanding_amount(client, office, books, owing):
    books.settings(promptpay_mode=PromptPayMode.CREDIT_TRANSFER, promptpay_id=TAX_ID, **BANK)
    house, invoice = owing
    books.pay(house.id, 40_050, paid_on=DEC)  # 1,199.50 left to pay
    response = client.get(f"{BASE}/{invoice}/promptpay", headers=office.headers)
    assert response.status_code == 200, response.json
    body = response.json
    assert body["amount_satang"] == 119_950
    assert body["mode"] == "credit_transfer"
    assert (body["bank_name"], body["bank_account_name"], body["bank_account_number"]) == (
        BANK["bank_name"], BANK["bank_account_name"], BANK["bank_account_number"]
    )  # fmt: skip
    fields = decoded(body["payload"])
    assert fields["54"] == "1199.50"
    assert "30" not in fields
    assert tlv(fields["29"]) == {"00": "A000000677010111", "02": TAX_ID}
    # The promptpay-qr package, an independent encoder, agrees on every field.
    theirs = tlv(generate_payload(TAX_ID, 1199.50))
    assert {**fields, "63": ""} == {**theirs, "63": ""}
    assert tlv(theirs["29"]) == tlv(fields["29"])
    assert body["svg"].lstrip().startswith("<svg") and "</svg>" in body["svg"]


def test_a_mobile_promptpay_id_agrees_with_the_promptpay_qr_package(client, office, books, owing):
    books.settings(promptpay_mode=PromptPayMode.CREDIT_TRANSFER, promptpay_id="0812345678")
    _, invoice = owing
    fields = decoded(client.get(f"{BASE}/{invoice}/promptpay", headers=office.headers)
                     .json["payload"])  # fmt: skip
    assert tlv(fields["29"]) == {"00": "A000000677010111", "01": "0066812345678"}
    theirs = tlv(generate_payload("0812345678", 1600))
    assert {**fields, "63": ""} == {**theirs, "63": ""}


def test_bill_payment_is_tag_30_with_the_house_and_invoice_as_references(
    client, office, books, owing
):
    books.settings(promptpay_mode=PromptPayMode.BILL_PAYMENT, biller_id=BILLER_ID)
    _, invoice = owing
    number = client.get(f"{BASE}/{invoice}", headers=office.headers).json["number"]
    body = client.get(f"{BASE}/{invoice}/promptpay", headers=office.headers).json
    assert body["mode"] == "bill_payment"
    assert body["bank_name"] is None  # no bank account saved
    fields = decoded(body["payload"])
    assert "29" not in fields
    assert fields["54"] == "1600.00"
    assert body["amount_satang"] == 160_000
    merchant = tlv(fields["30"])
    assert merchant == {
        "00": "A000000677010112",
        "01": BILLER_ID,
        "02": "745",  # "7/45" reduced to A-Z0-9
        "03": number.replace("-", ""),  # "INV2569-000001" → "INV2569000001"
    }


def test_a_resident_gets_their_own_invoices_qr(client, books, resident_of):
    books.settings(promptpay_mode=PromptPayMode.CREDIT_TRANSFER, promptpay_id=TAX_ID)
    resident, house = resident_of()
    invoice = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)
    response = client.get(f"{BASE}/{invoice}/promptpay", headers=resident.headers)
    assert response.status_code == 200
    assert decoded(response.json["payload"])["54"] == "1600.00"


def test_no_qr_without_promptpay_set_up(client, office, books, owing):
    _, invoice = owing
    response = client.get(f"{BASE}/{invoice}/promptpay", headers=office.headers)  # no settings
    assert response.status_code == 409
    assert response.json["code"] == "promptpay_not_configured"
    books.settings(promptpay_mode=PromptPayMode.NONE, promptpay_id=TAX_ID)
    response = client.get(f"{BASE}/{invoice}/promptpay", headers=office.headers)
    assert response.json["code"] == "promptpay_not_configured"
    books.settings(promptpay_mode=PromptPayMode.BILL_PAYMENT, biller_id=None)
    response = client.get(f"{BASE}/{invoice}/promptpay", headers=office.headers)
    assert (response.status_code, response.json["code"]) == (409, "promptpay_not_configured")


def test_no_qr_for_a_paid_credited_or_void_invoice(client, office, books, make_house):
    books.settings(promptpay_mode=PromptPayMode.CREDIT_TRANSFER, promptpay_id=TAX_ID)
    house = make_house()
    paid = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)
    books.pay(house.id, 160_000, paid_on=DEC)
    void = books.issue(house.id, months=[date(2026, 1, 1)], issue_date=DEC, due_date=DEC)
    books.void(void)
    credited = books.issue(house.id, months=[date(2026, 2, 1)], issue_date=DEC, due_date=DEC)
    # Credit notes come with issue 14; stand one in by the amounts it would leave.
    books.set_invoice(credited, credited_satang=160_000, status=InvoiceStatus.CREDITED)
    for invoice, status in ((paid, "paid"), (void, "void"), (credited, "credited")):
        response = client.get(f"{BASE}/{invoice}/promptpay", headers=office.headers)
        assert response.status_code == 409, status
        assert response.json["code"] == "not_payable"
        assert status in response.json["detail"]


def test_a_house_number_with_nothing_to_use_as_ref1_is_409(client, office, books, make_house):
    books.settings(promptpay_mode=PromptPayMode.BILL_PAYMENT, biller_id=BILLER_ID)
    house = make_house(house_number="ก/ข")
    invoice = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)
    response = client.get(f"{BASE}/{invoice}/promptpay", headers=office.headers)
    assert (response.status_code, response.json["code"]) == (409, "promptpay_unusable")
