"""Thai QR payment payloads (PromptPay), EMVCo merchant-presented mode.

Two kinds, as village.md ("Invoices") asks for:

* **credit transfer** (tag 29): to the juristic person's PromptPay id — a 13-digit
  tax id, a 10-digit mobile number or a 15-digit e-wallet id; no bank contract
  needed, but the payment carries no reference;
* **bill payment** (tag 30): to a bank-assigned 15-digit biller id with Ref1 (the
  house) and Ref2 (the invoice), which is what lets a transfer be matched to an
  invoice.

Every PyPI package found encodes tag 29 only (notes/stack.md), hence this module;
the tests check it against published vectors and, for tag 29, against the
`promptpay-qr` package. The format: TLV fields (two-digit id, two-digit length,
value); 00 = "01"; 01 = "11" static or "12" dynamic (with an amount); 53 = "764"
(baht); 54 = the amount ("1600.00"); 58 = "TH"; 63 = CRC-16/CCITT-FALSE (poly
0x1021, init 0xFFFF) over everything before it including "6304", in four
upper-case hex digits (EMV QRCPS Merchant-Presented Mode v1.1, §4.7.3).
"""

from __future__ import annotations

import binascii
import re

__all__ = [
    "PromptPayError",
    "bill_payment",
    "crc16",
    "credit_transfer",
    "reference",
]

CREDIT_TRANSFER_AID = "A000000677010111"
BILL_PAYMENT_AID = "A000000677010112"
MAX_REFERENCE = 20  # characters of Ref1 / Ref2 the banks accept
MAX_AMOUNT_SATANG = 99_999_999_999  # field 54 holds at most 13 characters: 999,999,999.99


class PromptPayError(ValueError):
    """An id, reference or amount a Thai QR cannot carry (the message says which)."""


def crc16(data: str) -> str:
    """CRC-16/CCITT-FALSE of `data` (ASCII) as four upper-case hex digits ("123456789" → "29B1").

    `binascii.crc_hqx` is that CRC with the initial value given (0xFFFF here).
    """
    return f"{binascii.crc_hqx(data.encode('ascii'), 0xFFFF):04X}"


def _field(tag: str, value: str) -> str:
    if len(value) > 99:
        raise PromptPayError(f"Field {tag} is longer than 99 characters.")
    return f"{tag}{len(value):02d}{value}"


def _amount(amount_satang: int) -> str:
    if isinstance(amount_satang, bool) or not isinstance(amount_satang, int):
        raise PromptPayError("The amount is a whole number of satang.")
    if not 0 < amount_satang <= MAX_AMOUNT_SATANG:
        raise PromptPayError("The amount must be more than 0 and at most 999,999,999.99 baht.")
    baht, satang = divmod(amount_satang, 100)
    return f"{baht}.{satang:02d}"


def _payload(account: str, amount_satang: int | None) -> str:
    fields = [
        _field("00", "01"),
        _field("01", "11" if amount_satang is None else "12"),
        account,
        _field("53", "764"),
    ]
    if amount_satang is not None:
        fields.append(_field("54", _amount(amount_satang)))
    fields.append(_field("58", "TH"))
    body = "".join(fields) + "6304"
    return body + crc16(body)


def _proxy(promptpay_id: str) -> tuple[str, str]:
    """The sub-tag and value of a PromptPay id: 01 mobile ("0066" + 9 digits), 02 tax or
    national id (13 digits), 03 e-wallet (15 digits)."""
    digits = re.sub(r"[\s\-]", "", promptpay_id)
    if digits.startswith("+66"):
        digits = "0" + digits[3:]
    if not (digits.isascii() and digits.isdigit()):
        raise PromptPayError("A PromptPay id is made of digits.")
    if len(digits) == 10 and digits.startswith("0"):
        return "01", "0066" + digits[1:]
    if len(digits) == 13:
        return "02", digits
    if len(digits) == 15:
        return "03", digits
    raise PromptPayError(
        "A PromptPay id is a 13-digit tax id, a 10-digit mobile number or a 15-digit e-wallet id."
    )


def credit_transfer(promptpay_id: str, amount_satang: int | None = None) -> str:
    """The payload of a transfer to a PromptPay id (tag 29), static without an amount.

    Raises PromptPayError for an id or amount a QR cannot carry.
    """
    sub_tag, value = _proxy(promptpay_id)
    account = _field("29", _field("00", CREDIT_TRANSFER_AID) + _field(sub_tag, value))
    return _payload(account, amount_satang)


def reference(text: str) -> str:
    """A Ref1/Ref2 as the banks take it: upper-case A–Z and 0–9 only ("99/12-ก" → "9912").

    Raises PromptPayError when nothing is left or more than 20 characters are.
    """
    kept = re.sub(r"[^A-Z0-9]", "", text.upper())
    if not kept:
        raise PromptPayError(f"{text!r} has no letter A–Z or digit to use as a reference.")
    if len(kept) > MAX_REFERENCE:
        raise PromptPayError(f"A reference has at most {MAX_REFERENCE} letters and digits.")
    return kept


def bill_payment(
    biller_id: str, ref1: str, ref2: str | None = None, amount_satang: int | None = None
) -> str:
    """The payload of a bill payment (tag 30) to a bank-assigned biller id.

    `ref1` and `ref2` are reduced with `reference()` (village.md: Ref1 the house
    number, Ref2 the invoice number). Raises PromptPayError for a biller id that is
    not 15 digits, an unusable reference or amount.
    """
    if not (len(biller_id) == 15 and biller_id.isascii() and biller_id.isdigit()):
        raise PromptPayError("A biller id is 15 digits (the tax id and a 2-digit suffix).")
    merchant = _field("00", BILL_PAYMENT_AID) + _field("01", biller_id)
    merchant += _field("02", reference(ref1))
    if ref2 is not None:
        merchant += _field("03", reference(ref2))
    return _payload(_field("30", merchant), amount_satang)
