"""Dunning letters (หนังสือแจ้งเตือนค้างชำระ), one house or many (village.md, "Statement,
arrears and certificates"; the domain study C.3–C.4).

A letter goes to a house with something owed past its due date on the village's today.
It names the owner, lists every unpaid charge of its past-due invoices (each month of
the fee and its amount still owed: lines are settled oldest month first, as the ledger
settles them), the total, what follows under s.50 of the Land Allocation Act B.E. 2543
(as amended in B.E. 2558) — services may be suspended as the bylaws provide after the
settings' months of arrears (3 by default), never the use of the roads; after 6 the
land office may refuse to register a transfer of the plot until the debt is paid — and
how to pay. Printing is audited: the office can show when a notice went out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from village import database
from village.arrears.queries import Eligibility, arrears_rows, invoice_outstanding_as_of
from village.arrears.rows import ArrearsRow
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.documents.letters import DunningItem, DunningLetter, render_dunning_letters
from village.errors import Conflict, NotFound
from village.finance import service as finance
from village.finance.enums import PromptPayMode, SurchargeMethod
from village.finance.models import FinanceSettings
from village.houses import queries as houses
from village.invoices.documents import letterhead
from village.invoices.ledger import fill_in_order
from village.invoices.models import InvoiceLine
from village.profile import service as profile
from village.security.actor import Actor
from village.security.client import Client
from village.users.models import User

NO_ARREARS = "no_arrears"
PAY_WITHIN_DAYS = 15  # days from receiving the letter, the usual notice


def _owner(row: ArrearsRow) -> str:
    return row.owner_name or f"เจ้าของบ้านเลขที่ {row.house_number}"


def _items(day: date, house_ids: Sequence[int]) -> dict[int, list[DunningItem]]:
    """Per house, each charge still owed on invoices past due on `day`: the invoice's
    lines, the part of each not yet settled (settled amounts fill lines in order)."""
    # int(): on PostgreSQL the core's sums arrive as Decimal (SUM of bigint is numeric).
    owing = [
        replace(
            invoice,
            total_satang=int(invoice.total_satang),
            outstanding_satang=int(invoice.outstanding_satang),
        )
        for invoice in invoice_outstanding_as_of(day, house_ids=house_ids)
        if invoice.due_date < day and invoice.outstanding_satang > 0
    ]
    lines: dict[int, list[InvoiceLine]] = defaultdict(list)
    if owing:
        stmt = (
            select(InvoiceLine)
            .where(InvoiceLine.invoice_id.in_([invoice.invoice_id for invoice in owing]))
            .order_by(InvoiceLine.invoice_id, InvoiceLine.position)
        )
        for line in database.session().scalars(stmt):
            lines[line.invoice_id].append(line)
    items: dict[int, list[DunningItem]] = defaultdict(list)
    for invoice in owing:
        of_invoice = lines[invoice.invoice_id]
        settled = invoice.total_satang - invoice.outstanding_satang
        parts = fill_in_order([line.amount_satang for line in of_invoice], settled)
        for line, part in zip(of_invoice, parts, strict=True):
            if line.amount_satang > part:
                items[invoice.house_id].append(
                    DunningItem(
                        invoice_number=invoice.number,
                        due_date=invoice.due_date,
                        month=line.month,
                        description=line.description,
                        outstanding_satang=line.amount_satang - part,
                    )
                )
    return items


def _letter(
    row: ArrearsRow, items: list[DunningItem], day: date, settings: FinanceSettings
) -> DunningLetter:
    transfer = settings.promptpay_mode is PromptPayMode.CREDIT_TRANSFER
    bill_payment = settings.promptpay_mode is PromptPayMode.BILL_PAYMENT
    surcharge = settings.surcharge_method is not SurchargeMethod.NONE
    return DunningLetter(
        letterhead=letterhead(),
        letter_date=day,
        house_number=row.house_number,
        addressee=_owner(row),
        items=items,
        overdue_satang=sum(item.outstanding_satang for item in items),
        not_yet_due_satang=row.buckets["current"],
        credit_satang=row.credit_satang,
        months_in_arrears=row.months_in_arrears,
        oldest_due_date=min(item.due_date for item in items),
        suspension_months=settings.arrears_suspension_months,
        land_office_months=settings.arrears_land_office_months,
        suspension_eligible=row.suspension_eligible,
        land_office_eligible=row.land_office_eligible,
        surcharge_reference=settings.surcharge_legal_reference if surcharge else None,
        pay_within_days=PAY_WITHIN_DAYS,
        bank_name=settings.bank_name,
        bank_account_name=settings.bank_account_name,
        bank_account_number=settings.bank_account_number,
        promptpay_id=settings.promptpay_id if transfer else None,
        biller_id=settings.biller_id if bill_payment else None,
        signatory=settings.receipt_signatory,
    )


def letters(rows: Sequence[ArrearsRow], day: date) -> list[DunningLetter]:
    """A letter for each row with something owed past due on `day`, in the rows' order."""
    due = [row for row in rows if row.in_arrears]
    items = _items(day, [row.house_id for row in due])
    settings = finance.settings()
    return [_letter(row, items[row.house_id], day, settings) for row in due if items[row.house_id]]


def _refuse(detail: str) -> Conflict:
    return Conflict(detail, code=NO_ARREARS)


def house_letter(actor: Actor, house_id: int, *, user: User, client: Client) -> tuple[bytes, str]:
    """The dunning letter of one house (404 no such house; 409 `no_arrears` when it owes
    nothing past due), as a PDF and its file name; audited."""
    house = houses.get_or_raise(actor, house_id)
    day = profile.today()
    # The report's rows of the house's zone (the core selects by zone, not by house).
    rows = [row for row in arrears_rows(day, zone=house.zone) if row.house_id == house.id]
    made = letters(rows, day)
    if not made:
        raise _refuse(f"House {house.house_number} owes nothing past due: no letter to send.")
    _audit(made, user=user, client=client, filters={"house_id": house.id})
    number = house.house_number.replace("/", "-")
    return render_dunning_letters(made), f"dunning-{number}-{day.isoformat()}.pdf"


@dataclass(frozen=True)
class Batch:
    pdf: bytes
    filename: str
    total: int  # letters in every page
    pages: int


def bulk_letters(
    *,
    zone: str | None,
    bucket: str | None,
    eligible: Eligibility | None,
    page: int,
    per_page: int,
    user: User,
    client: Client,
) -> Batch:
    """One PDF with a letter per house owing past due that the filters select, by house
    number, `per_page` houses at a time (409 `no_arrears` when none; 404 past the last
    page); audited. Rendering takes a fraction of a second per letter, so a village's
    whole run is printed a batch at a time within one request's time limit."""
    day = profile.today()
    rows = arrears_rows(day, zone=zone, bucket=bucket, eligible=eligible)
    due = [row for row in rows if row.in_arrears]
    if not due:
        raise _refuse("No house matching these filters owes anything past due.")
    pages = -(-len(due) // per_page)
    if page > pages:
        raise NotFound(f"There are {len(due)} letters: {pages} page(s) of {per_page}.")
    made = letters(due[(page - 1) * per_page : page * per_page], day)
    filters = {"zone": zone, "bucket": bucket, "eligible": eligible, "page": page}
    _audit(made, user=user, client=client, filters=filters)
    suffix = "" if pages == 1 else f"-{page}-of-{pages}"
    return Batch(
        render_dunning_letters(made), f"dunning-letters-{day.isoformat()}{suffix}.pdf",
        len(due), pages,
    )  # fmt: skip


def _audit(
    made: list[DunningLetter], *, user: User, client: Client, filters: Mapping[str, object]
) -> None:
    audit.record(
        AuditAction.DUNNING_LETTERS_PRINTED,
        actor=user,
        target_type="house" if len(made) == 1 else "houses",
        target_id=filters.get("house_id"),
        target_name=", ".join(letter.house_number for letter in made[:20]),
        client=client,
        details={
            "filters": dict(filters),
            "letters": len(made),
            "houses": [letter.house_number for letter in made],
            "overdue_satang": sum(letter.overdue_satang for letter in made),
            "letter_date": made[0].letter_date.isoformat(),
        },
    )
