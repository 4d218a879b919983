"""Thai QR payloads: the published vectors, the `promptpay-qr` package as an oracle for
tag 29, and the structure of every payload (TLV that parses, a CRC that verifies)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from promptpay_qr import generate_payload

from village.promptpay import (
    MAX_AMOUNT_SATANG,
    PromptPayError,
    bill_payment,
    crc16,
    credit_transfer,
    reference,
)

# notes/stack.md: the published static example for tax id 0994000123456.
PUBLISHED_STATIC = "00020101021129370016A0000006770101110213099400012345653037645802TH6304A697"


def tlv(payload: str) -> dict[str, str]:
    """Parse EMV TLV fields; fails on anything left over or cut short."""
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


def assert_valid(payload: str) -> dict[str, str]:
    assert payload.isascii()
    assert payload[-8:-4] == "6304" and crc16(payload[:-4]) == payload[-4:]
    fields = tlv(payload)
    assert (fields["00"], fields["53"], fields["58"]) == ("01", "764", "TH")
    assert fields["01"] == ("12" if "54" in fields else "11")
    return fields


def test_the_crc_is_ccitt_false():
    assert crc16("123456789") == "29B1"


def test_the_published_static_tax_id_payload():
    assert credit_transfer("0994000123456") == PUBLISHED_STATIC
    assert credit_transfer("0-9940-00123-45-6") == PUBLISHED_STATIC


def test_a_mobile_number_is_0066_and_nine_digits_in_any_spelling():
    expected = credit_transfer("0812345678", 160000)
    assert credit_transfer("+66812345678", 160000) == expected
    assert credit_transfer("081-234-5678", 160000) == expected
    merchant = tlv(assert_valid(expected)["29"])
    assert merchant == {"00": "A000000677010111", "01": "0066812345678"}
    assert tlv(expected)["54"] == "1600.00"


ids = st.one_of(
    st.from_regex(r"\A0[689][0-9]{8}\Z"),  # Thai mobiles
    st.from_regex(r"\A[0-9]{13}\Z"),  # tax or national ids
    st.from_regex(r"\A[0-9]{15}\Z"),  # e-wallets
)
amounts = st.one_of(st.none(), st.integers(1, 10_000_000_00))


@given(promptpay_id=ids, amount=amounts)
def test_tag_29_agrees_with_the_promptpay_qr_package(promptpay_id, amount):
    ours = credit_transfer(promptpay_id, amount)
    theirs = generate_payload(promptpay_id, None if amount is None else amount / 100)
    # Same fields and values; the package orders 58 before 53, so compare parsed.
    ours_fields, their_fields = assert_valid(ours), assert_valid(theirs)
    assert {**ours_fields, "63": ""} == {**their_fields, "63": ""}
    assert tlv(ours_fields["29"]) == tlv(their_fields["29"])


def test_a_bill_payment_carries_the_biller_the_house_and_the_invoice():
    payload = bill_payment("099400012345601", "99/123", "INV2569-000042", 250050)
    fields = assert_valid(payload)
    assert "29" not in fields and fields["54"] == "2500.50"
    assert tlv(fields["30"]) == {
        "00": "A000000677010112",
        "01": "099400012345601",
        "02": "99123",
        "03": "INV2569000042",
    }


@given(
    house=st.text(min_size=1, max_size=12).filter(
        lambda t: any(c.isascii() and c.isalnum() for c in t)
    ),
    number=st.integers(1, 999_999),
    amount=amounts,
)
def test_every_bill_payment_parses_and_verifies(house, number, amount):
    fields = assert_valid(bill_payment("010555012345601", house, f"INV2569-{number:06d}", amount))
    merchant = tlv(fields["30"])
    assert merchant["02"] == reference(house) and merchant["03"] == f"INV2569{number:06d}"
    if amount is not None:
        baht, satang = fields["54"].split(".")
        assert int(baht) * 100 + int(satang) == amount


def test_references_keep_only_a_to_z_and_digits():
    assert reference("99/12-ก") == "9912"
    assert reference(" inv2569-000001 ") == "INV2569000001"
    with pytest.raises(PromptPayError):
        reference("ก/ข")
    with pytest.raises(PromptPayError):
        reference("9" * 21)


@pytest.mark.parametrize(
    "promptpay_id", ["", "081234567", "08123456789", "1234567890123x", "๐๘๑๒๓๔๕๖๗๘", "1812345678"]
)
def test_ids_a_qr_cannot_carry_are_refused(promptpay_id):
    with pytest.raises(PromptPayError):
        credit_transfer(promptpay_id)


@pytest.mark.parametrize("amount", [0, -1, MAX_AMOUNT_SATANG + 1, 12.5, True, "100"])
def test_amounts_a_qr_cannot_carry_are_refused(amount):
    with pytest.raises(PromptPayError):
        credit_transfer("0994000123456", amount)


def test_the_largest_amount_fits_field_54():
    assert tlv(credit_transfer("0994000123456", MAX_AMOUNT_SATANG))["54"] == "999999999.99"


@pytest.mark.parametrize("biller_id", ["09940001234560", "0994000123456011", "09940001234560x"])
def test_a_biller_id_is_15_digits(biller_id):
    with pytest.raises(PromptPayError):
        bill_payment(biller_id, "1/1")
