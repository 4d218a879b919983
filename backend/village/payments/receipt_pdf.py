"""A receipt as a PDF (village.documents): Thai with English labels, B.E. dates,
"สำเนา / COPY" on every download after the first, "ยกเลิก / VOID" once reversed."""

from __future__ import annotations

from village.documents.contexts import DocumentLine, Letterhead, ReceiptDocument
from village.documents.render import render_receipt
from village.payments import settings
from village.payments.models import Receipt
from village.profile import service as profile


def letterhead() -> Letterhead:
    """The collector: the village and its juristic person, from the village profile."""
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


def document(receipt: Receipt, *, copy: bool) -> ReceiptDocument:
    return ReceiptDocument(
        letterhead=letterhead(),
        number=receipt.number,
        issue_date=receipt.issue_date,
        house_number=receipt.house.house_number,
        payer_name=receipt.payer_name,
        lines=[
            DocumentLine(
                description=line.description,
                month=line.month,
                quantity=1,
                unit_satang=line.amount_satang,
                amount_satang=line.amount_satang,
            )
            for line in receipt.lines
        ],
        amount_satang=receipt.amount_satang,
        method=str(receipt.method),
        reference=receipt.reference,
        signatory=settings.receipt_signatory(),
        collector_name=receipt.collector_name,
        copy=copy,
        void=receipt.void,
        void_reason=receipt.void_reason,
    )


def render(receipt: Receipt, *, copy: bool) -> bytes:
    return render_receipt(document(receipt, copy=copy))
