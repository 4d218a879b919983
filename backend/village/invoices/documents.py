"""Invoices as documents: the letterhead from the village profile, and an invoice's PDF input.

The letterhead is shared by every finance document (receipts and statements build
theirs with `letterhead()` too), so the village's name, juristic person, tax id and
address print the same on all of them.
"""

from __future__ import annotations

from village import promptpay
from village.documents.contexts import DocumentLine, InvoiceDocument, Letterhead
from village.errors import Conflict
from village.finance.enums import PromptPayMode
from village.invoices.models import Invoice
from village.invoices.qr import payment_qr
from village.invoices.settings import InvoiceSettings
from village.profile import service as profile


def letterhead() -> Letterhead:
    """The collector as the village profile names it (the juristic person's name falls
    back to the village's Thai name until the office fills it in)."""
    village = profile.get()
    return Letterhead(
        name_th=village.name_th,
        name_en=village.name_en,
        juristic_person_name=village.juristic_person_name or village.name_th,
        tax_id=village.tax_id,
        address=village.address or "",
        phone=village.phone,
        email=village.email,
    )


def invoice_document(invoice: Invoice, settings: InvoiceSettings) -> InvoiceDocument:
    """What the invoice's PDF shows: its lines and amounts and, while something is owed,
    the PromptPay QR (when set up) and the bank account."""
    try:
        qr_svg: str | None = payment_qr(invoice, settings).svg
    except Conflict:  # settled, void, or PromptPay not set up: no QR on the page
        qr_svg = None
    note = None
    if qr_svg is not None and settings.promptpay_mode is PromptPayMode.BILL_PAYMENT:
        note = (
            f"อ้างอิง 1 / Ref. 1: {promptpay.reference(invoice.house.house_number)} · "
            f"อ้างอิง 2 / Ref. 2: {promptpay.reference(invoice.number)}"
        )
    return InvoiceDocument(
        letterhead=letterhead(),
        number=invoice.number,
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        house_number=invoice.house.house_number,
        bill_to_name=invoice.bill_to_name,
        lines=[
            DocumentLine(
                description=line.description,
                month=line.month,
                quantity=line.quantity,
                unit_satang=line.unit_satang,
                amount_satang=line.amount_satang,
            )
            for line in invoice.lines
        ],
        total_satang=invoice.total_satang,
        paid_satang=invoice.paid_satang,
        credited_satang=invoice.credited_satang,
        outstanding_satang=invoice.outstanding_satang,
        status=str(invoice.status),
        void_reason=invoice.void_reason,
        promptpay_svg=qr_svg,
        promptpay_note=note,
        bank_name=settings.bank_name,
        bank_account_name=settings.bank_account_name,
        bank_account_number=settings.bank_account_number,
        has_surcharge=any(line.source_invoice_id is not None for line in invoice.lines),
    )
