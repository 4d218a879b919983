"""A house's statement of account (village.md, "Statement, arrears and certificates").

Every event that moved the house's balance, in date order, with a running balance
(balance = what is owed − what is paid; negative is the house's credit):

- an **invoice**: a debit of its total on its issue date (void ones too: they were
  issued), and, when voided, a **void** entry crediting the total back on the day it
  was voided (in the village's timezone; never before its issue date);
- a **payment**: a credit of its full amount on its posting date (what was not
  allocated is the house's credit, so the balance goes negative), and, when
  reversed, a **reversal** entry debiting it back on the day it was reversed;
- an issued **credit note**: a credit of its amount on its issue date, naming the
  invoice it corrects.

Within a day: invoices, then payments, credit notes, voids and reversals, so an
entry never undoes one listed after it. The opening balance is the same sum over
everything before `from`; the closing balance at today equals the house's
`balance_satang` (outstanding − credit, invariant 4).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from village.credit_notes.models import CreditNote
from village.errors import ValidationFailed, field_error
from village.houses import queries as houses
from village.houses.models import House
from village.invoices import service as invoices
from village.invoices.enums import InvoiceStatus
from village.invoices.models import Invoice
from village.payments.enums import PaymentMethod, PaymentStatus
from village.payments.models import Payment
from village.profile import service as profile
from village.security.actor import Actor
from village.statements import queries
from village.statements.schemas import EntryKind, StatementQuery

# The order of entries within one day.
RANK = {"invoice": 0, "payment": 1, "credit_note": 2, "void": 3, "reversal": 4}
METHODS = {
    PaymentMethod.CASH: "เงินสด / Cash",
    PaymentMethod.BANK_TRANSFER: "โอนเงิน / Bank transfer",
    PaymentMethod.PROMPTPAY: "พร้อมเพย์ / PromptPay",
    PaymentMethod.CHEQUE: "เช็ค / Cheque",
}
MAX_DESCRIPTION = 300


@dataclass(frozen=True)
class Entry:
    day: date
    kind: EntryKind
    reference: str
    description: str
    debit_satang: int
    credit_satang: int
    balance_satang: int = 0
    order: tuple[int, int] = (0, 0)  # (kind rank, source id): the order within a day

    @property
    def change(self) -> int:
        return self.debit_satang - self.credit_satang


@dataclass(frozen=True)
class Statement:
    house: House
    from_day: date | None
    to_day: date
    opening_balance_satang: int
    entries: list[Entry]
    closing_balance_satang: int


def _clip(text: str) -> str:
    return text if len(text) <= MAX_DESCRIPTION else text[: MAX_DESCRIPTION - 1] + "…"


def _invoice_entries(invoice: Invoice, zone: ZoneInfo) -> list[Entry]:
    described = list(dict.fromkeys(line.description for line in invoice.lines))
    issued = Entry(
        day=invoice.issue_date,
        kind="invoice",
        reference=invoice.number,
        description=_clip(", ".join(described)),
        debit_satang=invoice.total_satang,
        credit_satang=0,
        order=(RANK["invoice"], invoice.id),
    )
    if invoice.status is not InvoiceStatus.VOID or invoice.voided_at is None:
        return [issued]
    voided = Entry(
        day=max(_local_day(invoice.voided_at, zone), invoice.issue_date),
        kind="void",
        reference=invoice.number,
        description=_clip(f"ยกเลิก / Void: {invoice.void_reason or ''}".strip()),
        debit_satang=0,
        credit_satang=invoice.total_satang,
        order=(RANK["void"], invoice.id),
    )
    return [issued, voided]


def _payment_entries(payment: Payment, receipt_number: str | None, zone: ZoneInfo) -> list[Entry]:
    reference = receipt_number or payment.reference or f"#{payment.id}"
    method = METHODS.get(payment.method, str(payment.method))
    received = Entry(
        day=payment.posting_date,
        kind="payment",
        reference=reference,
        description=_clip(f"{method} · {payment.reference}" if payment.reference else method),
        debit_satang=0,
        credit_satang=payment.amount_satang,
        order=(RANK["payment"], payment.id),
    )
    if payment.status is not PaymentStatus.REVERSED or payment.reversed_at is None:
        return [received]
    reversed_ = Entry(
        day=max(_local_day(payment.reversed_at, zone), payment.posting_date),
        kind="reversal",
        reference=reference,
        description=_clip(f"กลับรายการ / Reversed: {payment.reverse_reason or ''}".strip()),
        debit_satang=payment.amount_satang,
        credit_satang=0,
        order=(RANK["reversal"], payment.id),
    )
    return [received, reversed_]


def _credit_note_entry(note: CreditNote) -> Entry:
    if note.issue_date is None or note.number is None:  # only issued notes are listed
        raise ValueError(f"credit note {note.id} is not issued")
    return Entry(
        day=note.issue_date,
        kind="credit_note",
        reference=note.number,
        description=_clip(f"ลดหนี้ {note.invoice.number} / Credit note: {note.reason}"),
        debit_satang=0,
        credit_satang=note.amount_satang,
        order=(RANK["credit_note"], note.id),
    )


def _local_day(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


def entries_of(house_id: int) -> list[Entry]:
    """Every entry of the house's books, in statement order, without balances."""
    zone = ZoneInfo(profile.get().timezone)
    entries = [
        entry
        for invoice in queries.invoices_of(house_id)
        for entry in _invoice_entries(invoice, zone)
    ]
    payments = queries.payments_of(house_id)
    receipts = queries.receipt_numbers([payment.id for payment in payments])
    entries += [
        entry
        for payment in payments
        for entry in _payment_entries(payment, receipts.get(payment.id), zone)
    ]
    entries += [_credit_note_entry(note) for note in queries.credit_notes_of(house_id)]
    return sorted(entries, key=lambda entry: (entry.day, entry.order))


def statement(scope: Actor, house_id: int, query: StatementQuery) -> Statement:
    """The statement of a house the actor may see (404 otherwise) from `from` (default:
    the beginning) to `to` (default: the village's today), both days included."""
    house = houses.get_or_raise(scope, house_id)
    to_day = query.to_day or profile.today()
    from_day = query.from_day
    if from_day is not None and from_day > to_day:
        raise ValidationFailed([field_error("from", "`from` is after `to`.", "from_after_to")])
    opening = 0
    listed: list[Entry] = []
    for entry in entries_of(house.id):
        if entry.day > to_day:
            break
        if from_day is not None and entry.day < from_day:
            opening += entry.change
        else:
            listed.append(entry)
    balance = opening
    with_balances = []
    for entry in listed:
        balance += entry.change
        with_balances.append(replace(entry, balance_satang=balance))
    return Statement(house, from_day, to_day, opening, with_balances, balance)


def pdf(statement: Statement) -> tuple[bytes, str]:
    """The statement as a PDF (Thai, English labels, B.E. dates) and its file name."""
    # Imported here: the documents package renders with WeasyPrint, loaded only when asked.
    from village.documents.contexts import StatementDocument, StatementEntry
    from village.documents.render import render_statement
    from village.invoices.documents import letterhead

    house = statement.house
    document = StatementDocument(
        letterhead=letterhead(),
        house_number=house.house_number,
        bill_to_name=invoices.bill_to_of(house)[0],
        from_day=statement.from_day,
        to_day=statement.to_day,
        opening_satang=statement.opening_balance_satang,
        entries=[
            StatementEntry(
                day=entry.day,
                kind=entry.kind,
                reference=entry.reference,
                description=entry.description,
                debit_satang=entry.debit_satang,
                credit_satang=entry.credit_satang,
                balance_satang=entry.balance_satang,
            )
            for entry in statement.entries
        ],
        closing_satang=statement.closing_balance_satang,
    )
    start = statement.from_day.isoformat() if statement.from_day else "start"
    number = house.house_number.replace("/", "-")
    name = f"statement-{number}-{start}-{statement.to_day.isoformat()}.pdf"
    return render_statement(document), name
