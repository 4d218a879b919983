"""An invoice's Thai QR (PromptPay): the payload for its outstanding amount, and the image.

The finance settings choose the kind (village.md, "Invoices"): tag 29 credit
transfer to the village's PromptPay id, or tag 30 bill payment to the bank's
biller id with Ref1 = the house number and Ref2 = the invoice number (both
reduced to A–Z0–9 by `village.promptpay.reference`), which lets the bank's
statement name the invoice a transfer pays.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import segno

from village import promptpay
from village.errors import Conflict
from village.finance.enums import PromptPayMode
from village.invoices.enums import OPEN_STATUSES
from village.invoices.models import Invoice
from village.invoices.settings import InvoiceSettings

NOT_CONFIGURED = "promptpay_not_configured"
NOT_PAYABLE = "not_payable"
UNUSABLE = "promptpay_unusable"


@dataclass(frozen=True)
class PaymentQr:
    payload: str
    amount_satang: int
    svg: str


def payload_for(invoice: Invoice, settings: InvoiceSettings) -> str:
    """The Thai QR payload for what `invoice` still owes.

    Raises Conflict: `not_payable` (paid, credited or void: nothing to pay),
    `promptpay_not_configured` (mode none, or its id missing), `promptpay_unusable`
    (a reference or amount a QR cannot carry).
    """
    if invoice.status not in OPEN_STATUSES or invoice.outstanding_satang <= 0:
        raise Conflict(
            f"Invoice {invoice.number} is {invoice.status}: there is nothing to pay.",
            code=NOT_PAYABLE,
        )
    amount = invoice.outstanding_satang
    mode = settings.promptpay_mode
    try:
        if mode is PromptPayMode.CREDIT_TRANSFER and settings.promptpay_id:
            return promptpay.credit_transfer(settings.promptpay_id, amount)
        if mode is PromptPayMode.BILL_PAYMENT and settings.biller_id:
            return promptpay.bill_payment(
                settings.biller_id, invoice.house.house_number, invoice.number, amount
            )
    except promptpay.PromptPayError as exc:
        raise Conflict(f"No PromptPay QR for this invoice: {exc}", code=UNUSABLE) from None
    raise Conflict(
        "PromptPay is not set up: the office sets it in the finance settings.",
        code=NOT_CONFIGURED,
    )


def svg(payload: str) -> str:
    """The QR code of `payload` as a standalone SVG document (error correction M)."""
    out = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(out, kind="svg", xmldecl=False, scale=4)
    return out.getvalue().decode("utf-8")


def payment_qr(invoice: Invoice, settings: InvoiceSettings) -> PaymentQr:
    """The payload, amount and image together (see `payload_for` for the conflicts)."""
    payload = payload_for(invoice, settings)
    return PaymentQr(payload, invoice.outstanding_satang, svg(payload))
