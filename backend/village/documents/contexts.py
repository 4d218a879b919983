"""What each document shows: its whole input, as plain frozen values.

The callers (finance services) build these from the database; the templates
read nothing else. Money is integer satang; dates are `date` and printed in
Thai with the Buddhist-era year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Letterhead:
    """The collector: the village and its juristic person, at the top of every document."""

    name_th: str
    name_en: str
    juristic_person_name: str
    tax_id: str | None
    address: str
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class DocumentLine:
    """One line of an invoice or receipt: a fee item for a month, or an ad-hoc charge."""

    description: str
    month: date | None  # any day of the month it is for; None for an ad-hoc charge
    quantity: int
    unit_satang: int
    amount_satang: int


@dataclass(frozen=True)
class InvoiceDocument:
    letterhead: Letterhead
    number: str
    issue_date: date
    due_date: date
    house_number: str
    bill_to_name: str
    lines: list[DocumentLine]
    total_satang: int
    paid_satang: int
    credited_satang: int
    outstanding_satang: int
    status: str  # issued | partially_paid | paid | credited | void
    void_reason: str | None
    promptpay_svg: str | None  # the PromptPay QR as an SVG document, or None (no QR)
    promptpay_note: str | None
    bank_name: str | None
    bank_account_name: str | None
    bank_account_number: str | None
    has_surcharge: bool = False  # a LATE_FEE line: the footnote names the Act's s.50


@dataclass(frozen=True)
class ReceiptDocument:
    letterhead: Letterhead
    number: str
    issue_date: date
    house_number: str
    payer_name: str
    lines: list[DocumentLine]
    amount_satang: int
    method: str  # cash | bank_transfer | promptpay | cheque
    reference: str | None
    signatory: str | None
    collector_name: str | None
    copy: bool  # a reprint: marked "สำเนา / COPY"
    void: bool  # its payment was reversed: marked "ยกเลิก / VOID"
    void_reason: str | None


@dataclass(frozen=True)
class CreditNoteDocument:
    """ใบลดหนี้: an issued credit note and the invoice it corrects."""

    letterhead: Letterhead
    number: str
    issue_date: date
    house_number: str
    bill_to_name: str
    invoice_number: str
    invoice_issue_date: date
    invoice_total_satang: int
    reason: str
    amount_satang: int


@dataclass(frozen=True)
class StatementEntry:
    day: date
    kind: str  # invoice | payment | credit_note | void | surcharge | credit | …
    reference: str
    description: str
    debit_satang: int
    credit_satang: int
    balance_satang: int  # the running balance after this entry (positive: the house owes)


@dataclass(frozen=True)
class StatementDocument:
    letterhead: Letterhead
    house_number: str
    bill_to_name: str
    from_day: date | None  # None: since the first entry
    to_day: date
    opening_satang: int
    entries: list[StatementEntry]
    closing_satang: int
