"""Realistic documents of one house in a Thai estate, and the PDFs' text.

Extracted text: WeasyPrint 70 writes each glyph's Unicode once, first come first
served, and gives the whole cluster to one glyph of a multi-glyph cluster
(Kozea/WeasyPrint#2841), so in the PDF's *text layer* a tone mark after some
consonants or the two halves of SARA AM (ำ) can come out lost or misplaced while
the page itself shows them right (look at a rendered page). `skeleton` drops
what that defect can touch — Thai marks above and below, and SARA AM's ring — so
the tests compare Thai words by their letters; amounts, dates, numbers and
English are compared exactly.
"""

from __future__ import annotations

import io
import re
from datetime import date

import segno
from pypdf import PdfReader

from village.documents.contexts import (
    DocumentLine,
    InvoiceDocument,
    Letterhead,
    ReceiptDocument,
    StatementDocument,
    StatementEntry,
)
from village.promptpay import credit_transfer

LETTERHEAD = Letterhead(
    name_th="หมู่บ้านศุภาลัย การ์เด้นวิลล์ รังสิต-คลองสาม",
    name_en="Supalai Garden Ville Rangsit-Khlong 3",
    juristic_person_name="นิติบุคคลหมู่บ้านจัดสรร ศุภาลัย การ์เด้นวิลล์ รังสิต-คลองสาม",
    tax_id="0994000123456",
    address="99/1 หมู่ 5 ถนนรังสิต-นครนายก ตำบลคลองสาม อำเภอคลองหลวง จังหวัดปทุมธานี 12120",
    phone="02-123-4567",
    email="office@gardenville.example",
)
PAYER = "นางสาวกาญจนาภรณ์ ศรีสุวรรณวงศ์ไพบูลย์"
COMMON = "ค่าส่วนกลาง 80 ตร.ว. × 20.00 บาท / Common fee"


def one_month_line(month: date) -> DocumentLine:
    return DocumentLine(COMMON, month, 1, 160_000, 160_000)


def receipt(**changes: object) -> ReceiptDocument:
    fields: dict[str, object] = {
        "letterhead": LETTERHEAD,
        "number": "RC-2570-000123",
        "issue_date": date(2026, 12, 5),
        "house_number": "88/123",
        "payer_name": PAYER,
        "lines": [one_month_line(date(2026, 12, 1))],
        "amount_satang": 160_000,
        "method": "bank_transfer",
        "reference": "KBANK 2026120512345678",
        "signatory": "นายสมชาย ใจดี",
        "collector_name": None,
        "copy": False,
        "void": False,
        "void_reason": None,
    }
    return ReceiptDocument(**{**fields, **changes})  # type: ignore[arg-type]


def qr_svg(payload: str) -> str:
    out = io.BytesIO()
    segno.make(payload, error="m").save(out, kind="svg", xmldecl=False, scale=4)
    return out.getvalue().decode()


def invoice(**changes: object) -> InvoiceDocument:
    fields: dict[str, object] = {
        "letterhead": LETTERHEAD,
        "number": "INV-2570-000456",
        "issue_date": date(2026, 12, 1),
        "due_date": date(2026, 12, 16),
        "house_number": "88/123",
        "bill_to_name": PAYER,
        "lines": [
            one_month_line(date(2026, 12, 1)),
            one_month_line(date(2027, 1, 1)),
            DocumentLine("ค่าเก็บขยะ / Garbage collection", date(2026, 12, 1), 1, 4_000, 4_000),
            DocumentLine("ค่าบัตรผ่านเข้าออก / Key card", None, 2, 15_000, 30_000),
        ],
        "total_satang": 354_000,
        "paid_satang": 100_000,
        "credited_satang": 4_000,
        "outstanding_satang": 250_000,
        "status": "partially_paid",
        "void_reason": None,
        "promptpay_svg": qr_svg(credit_transfer("0994000123456", 250_000)),
        "promptpay_note": "สแกนด้วยแอปธนาคารใดก็ได้ / any Thai banking app",
        "bank_name": "ธนาคารกสิกรไทย สาขารังสิต",
        "bank_account_name": "นิติบุคคลหมู่บ้านจัดสรร ศุภาลัย การ์เด้นวิลล์",
        "bank_account_number": "123-4-56789-0",
    }
    return InvoiceDocument(**{**fields, **changes})  # type: ignore[arg-type]


def statement(**changes: object) -> StatementDocument:
    E = StatementEntry  # noqa: N806
    entries = [
        E(date(2026, 10, 1), "invoice", "INV-2569-000301", "ส่วนกลาง ต.ค.", 160_000, 0, 210_000),
        E(date(2026, 10, 12), "payment", "RC-2569-000122", "รับชำระ โอนเงิน", 0, 210_000, 0),
        E(date(2026, 11, 1), "invoice", "INV-2570-000012", "ส่วนกลาง พ.ย.", 160_000, 0, 160_000),
        E(date(2026, 11, 20), "credit_note", "CN-2570-000003", "ลดหนี้ ขยะซ้ำ", 0, 4_000, 156_000),
        E(date(2026, 12, 1), "invoice", "INV-2570-000456", "ส่วนกลาง 2 เดือน", 354_000, 0, 510_000),
        E(date(2026, 12, 5), "payment", "RC-2570-000123", "รับชำระ พร้อมเพย์", 0, 100_000, 410_000),
    ]  # fmt: skip
    fields: dict[str, object] = {
        "letterhead": LETTERHEAD,
        "house_number": "88/123",
        "bill_to_name": PAYER,
        "from_day": date(2026, 10, 1),
        "to_day": date(2026, 12, 31),
        "opening_satang": 50_000,
        "entries": entries,
        "closing_satang": 410_000,
    }
    return StatementDocument(**{**fields, **changes})  # type: ignore[arg-type]


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages(pdf))


_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def skeleton(thai: str) -> str:
    """Thai letters without marks above or below and with SARA AM as SARA AA, spaces
    squeezed: what survives the text-layer defect (module docstring)."""
    return " ".join(_MARKS.sub("", thai.replace("\u0e33", "\u0e32")).split())
