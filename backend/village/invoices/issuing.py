"""Issuing invoices: numbers, rows and lines in the caller's transaction.

One function for every way an invoice comes to be (a billing run's thousands, an
office's manual invoice), so numbering, the billed-once rule and the houses' kept
balances are the same for all. Numbers are drawn in one increment for the whole
batch (`numbering.next_numbers`), gap-free: a rolled-back issue consumes none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from village import database
from village.errors import Conflict
from village.invoices import ledger
from village.invoices.enums import InvoiceStatus
from village.invoices.models import Invoice, InvoiceLine
from village.numbering.enums import DocumentPrefix
from village.numbering.service import next_numbers
from village.period_locks import guard
from village.profile import service as profile

ALREADY_BILLED = "already_billed"

# Called after every issue with the new invoices and their issue date, in the same
# transaction. The payments layer registers spending the houses' credit on them
# (village.md: "A house's unused credit is applied to its new invoices at once"); it
# sits above invoices, which may not import it, so it subscribes instead.
AfterIssue = Callable[[Sequence[Invoice], date], None]
_after_issue: list[AfterIssue] = []


def after_issue(callback: AfterIssue) -> AfterIssue:
    """Register `callback(invoices, issue_date)` to run after every `issue` (a decorator)."""
    _after_issue.append(callback)
    return callback


@dataclass(frozen=True)
class LineDraft:
    """One line to bill: `amount_satang` = `quantity` × `unit_satang` (rounded by the caller)."""

    description: str
    unit_satang: int
    amount_satang: int
    quantity: int = 1
    fee_item_id: int | None = None
    month: date | None = None  # the first day of the billed month
    source_invoice_id: int | None = None  # a surcharge's source invoice


@dataclass(frozen=True)
class InvoiceDraft:
    house_id: int
    bill_to_name: str
    lines: Sequence[LineDraft]
    bill_to_user_id: int | None = None
    billed_to_developer: bool = False
    note: str | None = None
    total_satang: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "total_satang", sum(line.amount_satang for line in self.lines))


def issue(
    drafts: Sequence[InvoiceDraft],
    *,
    issue_date: date,
    due_date: date,
    created_by_id: int | None,
    billing_run_id: int | None = None,
) -> list[Invoice]:
    """Issue one invoice per draft, numbered INV{fiscal year of issue_date}-NNNNNN in
    draft order, refresh the houses' outstanding, and run the `after_issue` callbacks
    (credit is spent on them). Answers the invoices (lines loaded).

    Raises Conflict(code="period_closed") when `issue_date` falls in a closed month, and
    Conflict(code="already_billed") when a (house, fee item, month) is already
    on a non-void line (the unique index `uq_invoice_lines_billed_month`, invariant 5);
    nothing of the batch is written and no number consumed then (a savepoint is rolled
    back), so a caller may re-filter and retry.
    """
    if not drafts:
        return []
    guard.require_open(issue_date, what="An invoice dated")
    session = database.session()
    fiscal_year = profile.fiscal_year(issue_date)
    try:
        with session.begin_nested():  # a refused batch consumes no number either
            numbers = next_numbers(DocumentPrefix.INVOICE, len(drafts), fiscal_year=fiscal_year)
            ids = list(
                session.scalars(
                    insert(Invoice).returning(Invoice.id, sort_by_parameter_order=True),
                    [
                        {
                            "number": number,
                            "house_id": draft.house_id,
                            "bill_to_name": draft.bill_to_name,
                            "bill_to_user_id": draft.bill_to_user_id,
                            "billed_to_developer": draft.billed_to_developer,
                            "issue_date": issue_date,
                            "due_date": due_date,
                            "total_satang": draft.total_satang,
                            "paid_satang": 0,
                            "credited_satang": 0,
                            "status": ledger.status_for(draft.total_satang, 0, 0),
                            "billing_run_id": billing_run_id,
                            "note": draft.note,
                            "created_by_id": created_by_id,
                        }
                        for number, draft in zip(numbers, drafts, strict=True)
                    ],
                )
            )
            session.execute(
                insert(InvoiceLine),
                [
                    {
                        "invoice_id": invoice_id,
                        "position": position,
                        "house_id": draft.house_id,
                        "fee_item_id": line.fee_item_id,
                        "month": line.month,
                        "description": line.description,
                        "quantity": line.quantity,
                        "unit_satang": line.unit_satang,
                        "amount_satang": line.amount_satang,
                        "source_invoice_id": line.source_invoice_id,
                        "void": False,
                    }
                    for invoice_id, draft in zip(ids, drafts, strict=True)
                    for position, line in enumerate(draft.lines)
                ],
            )
    except IntegrityError as error:
        # PostgreSQL names the index (uq_invoice_lines_billed_month), SQLite the columns.
        if "invoice_lines" not in str(error.orig):
            raise
        raise Conflict(
            "A house, fee item and month in this batch is already billed.", code=ALREADY_BILLED
        ) from None
    ledger.refresh_outstanding(draft.house_id for draft in drafts)
    invoices = {
        invoice.id: invoice
        for start in range(0, len(ids), 1000)
        for invoice in session.scalars(
            select(Invoice).where(Invoice.id.in_(ids[start : start + 1000]))
        ).unique()
    }
    issued = [invoices[invoice_id] for invoice_id in ids]
    for callback in _after_issue:
        callback(issued, issue_date)
    return issued


def void(invoice: Invoice, *, reason: str, voided_by_id: int, on: date) -> None:
    """Void `invoice` on the books' date `on` (status `void`, lines void so their months
    may be billed again).

    Raises Conflict(code="has_allocations") while anything is paid or credited on it,
    Conflict naming the state when it is already void, and Conflict(code="period_closed")
    when `on` or the invoice's issue date falls in a closed month (a void would change
    what that month billed).
    """
    if invoice.status is InvoiceStatus.VOID:
        raise Conflict(f"Invoice {invoice.number} is already void.")
    guard.require_open(on, what="A void on")
    guard.require_open(invoice.issue_date, what=f"Invoice {invoice.number} is dated")
    if invoice.paid_satang or invoice.credited_satang:
        raise Conflict(
            f"Invoice {invoice.number} has payments or credits allocated; reverse them "
            "or issue a credit note instead.",
            code="has_allocations",
        )
    invoice.status = InvoiceStatus.VOID
    invoice.void_reason = reason
    invoice.voided_by_id = voided_by_id
    invoice.voided_at = database.utcnow()
    invoice.voided_on = on
    for line in invoice.lines:
        line.void = True
    ledger.refresh_outstanding([invoice.house_id])
