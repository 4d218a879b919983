"""The month's registers of documents, for the auditor: every invoice, every receipt.

A register lists every document *issued* in the month (by its issue date), in number
order, void ones included and marked with the void's books' date and reason — a number
never disappears from the books. Amounts are the documents' face amounts; the totals
are all documents, the void ones, and the rest (net). A document issued in the month
and voided later shows as void when the register is made after the void: the register
is of the documents as they stand; the month's movements by books' date (a later void
counts in the month of the void) are the collections report's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from village import database
from village.invoices.enums import InvoiceStatus
from village.invoices.models import Invoice
from village.payments.models import Payment, Receipt
from village.period_locks.guard import month_end
from village.reports.sheets import Column, Table
from village.reports.titles import heading


@dataclass(frozen=True)
class Totals:
    count: int
    total_satang: int
    void_count: int
    void_satang: int

    @property
    def net_satang(self) -> int:
        return self.total_satang - self.void_satang

    @classmethod
    def of(cls, amounts: list[tuple[int, bool]]) -> Totals:
        return cls(
            count=len(amounts),
            total_satang=sum(amount for amount, _ in amounts),
            void_count=sum(1 for _, void in amounts if void),
            void_satang=sum(amount for amount, void in amounts if void),
        )


def invoices(month: date) -> list[Invoice]:
    """The invoices issued in `month` (its first day), in number order."""
    stmt = (
        select(Invoice)
        .where(Invoice.issue_date >= month, Invoice.issue_date <= month_end(month))
        .order_by(Invoice.number)
    )
    return list(database.session().scalars(stmt).unique())


def receipts(month: date) -> list[tuple[Receipt, date | None]]:
    """The receipts issued in `month`, in number order, each with its void's books' date
    (the day its payment was reversed; None while it stands)."""
    stmt = (
        select(Receipt, Payment.reversed_on)
        .join(Payment, Payment.id == Receipt.payment_id)
        .where(Receipt.issue_date >= month, Receipt.issue_date <= month_end(month))
        .order_by(Receipt.number)
    )
    return [(receipt, voided_on) for receipt, voided_on in database.session().execute(stmt)]


def invoice_totals(rows: list[Invoice]) -> Totals:
    return Totals.of([(i.total_satang, i.status is InvoiceStatus.VOID) for i in rows])


def receipt_totals(rows: list[tuple[Receipt, date | None]]) -> Totals:
    return Totals.of([(r.amount_satang, r.void) for r, _ in rows])


def invoice_row(invoice: Invoice) -> dict[str, Any]:
    void = invoice.status is InvoiceStatus.VOID
    return {
        "number": invoice.number,
        "issue_date": invoice.issue_date,
        "due_date": invoice.due_date,
        "house": {"id": invoice.house_id, "house_number": invoice.house.house_number},
        "bill_to_name": invoice.bill_to_name,
        "total_satang": invoice.total_satang,
        "status": invoice.status.value,
        "void": void,
        "voided_on": invoice.voided_on if void else None,
        "void_reason": invoice.void_reason if void else None,
    }


def receipt_row(receipt: Receipt, voided_on: date | None) -> dict[str, Any]:
    invoices_paid = dict.fromkeys(
        line.invoice_number for line in receipt.lines if line.invoice_number
    )
    return {
        "number": receipt.number,
        "issue_date": receipt.issue_date,
        "house": {"id": receipt.house_id, "house_number": receipt.house.house_number},
        "payer_name": receipt.payer_name,
        "method": receipt.method.value,
        "reference": receipt.reference,
        "collector_name": receipt.collector_name,
        "invoice_numbers": list(invoices_paid),
        "amount_satang": receipt.amount_satang,
        "void": receipt.void,
        "voided_on": voided_on if receipt.void else None,
        "void_reason": receipt.void_reason if receipt.void else None,
    }


def _totals_rows(totals: Totals, amount_key: str) -> list[dict[str, Any]]:
    return [
        {"number": "รวมทั้งหมด / All", "count": totals.count, amount_key: totals.total_satang},
        {"number": "ยกเลิก / Void", "count": totals.void_count, amount_key: totals.void_satang},
        {
            "number": "สุทธิ / Net",
            "count": totals.count - totals.void_count,
            amount_key: totals.net_satang,
        },
    ]


INVOICE_COLUMNS = (
    Column("number", "เลขที่ / Number", width=18),
    Column("issue_date", "วันที่ออก / Issued", "date", 12),
    Column("due_date", "ครบกำหนด / Due", "date", 12),
    Column("house_number", "บ้านเลขที่ / House", width=12),
    Column("bill_to_name", "ชื่อผู้ถูกเรียกเก็บ / Bill to", width=30),
    Column("total_satang", "จำนวนเงิน (บาท) / Amount (THB)", "money", 16),
    Column("status", "สถานะ / Status", width=14),
    Column("voided_on", "วันที่ยกเลิก / Voided on", "date", 12),
    Column("void_reason", "เหตุผลที่ยกเลิก / Void reason", width=30),
    Column("count", "จำนวนฉบับ / Documents", "count", 10),
)
RECEIPT_COLUMNS = (
    Column("number", "เลขที่ / Number", width=18),
    Column("issue_date", "วันที่ / Date", "date", 12),
    Column("house_number", "บ้านเลขที่ / House", width=12),
    Column("payer_name", "ผู้ชำระ / Payer", width=30),
    Column("method", "วิธีชำระ / Method", width=14),
    Column("reference", "อ้างอิง / Reference", width=16),
    Column("invoices", "ใบแจ้งหนี้ / Invoices", width=24),
    Column("collector_name", "ผู้รับเงิน / Collector", width=20),
    Column("amount_satang", "จำนวนเงิน (บาท) / Amount (THB)", "money", 16),
    Column("status", "สถานะ / Status", width=12),
    Column("voided_on", "วันที่ยกเลิก / Voided on", "date", 12),
    Column("void_reason", "เหตุผลที่ยกเลิก / Void reason", width=30),
    Column("count", "จำนวนฉบับ / Documents", "count", 10),
)


def invoice_table(month: date, rows: list[Invoice]) -> Table:
    """The invoice register as a table (CSV, XLSX)."""
    lines = []
    for invoice in rows:
        line = invoice_row(invoice)
        line["house_number"] = line.pop("house")["house_number"]
        line["status"] = "ยกเลิก / void" if line["void"] else line["status"]
        lines.append(line)
    return Table(
        name="invoices",
        title="ทะเบียนใบแจ้งหนี้ / Invoice register",
        heading=heading(month),
        columns=INVOICE_COLUMNS,
        rows=lines,
        totals=_totals_rows(invoice_totals(rows), "total_satang"),
    )


def receipt_table(month: date, rows: list[tuple[Receipt, date | None]]) -> Table:
    """The receipt register as a table (CSV, XLSX)."""
    lines = []
    for receipt, voided_on in rows:
        line = receipt_row(receipt, voided_on)
        line["house_number"] = line.pop("house")["house_number"]
        line["invoices"] = ", ".join(line.pop("invoice_numbers"))
        line["status"] = "ยกเลิก / void" if line["void"] else "ใช้ได้ / valid"
        lines.append(line)
    return Table(
        name="receipts",
        title="ทะเบียนใบเสร็จรับเงิน / Receipt register",
        heading=heading(month),
        columns=RECEIPT_COLUMNS,
        rows=lines,
        totals=_totals_rows(receipt_totals(rows), "amount_satang"),
    )
