"""Business rules of invoices (village.md, "Invoices").

An invoice comes to be through `issuing.issue` (numbers, the billed-once index,
the houses' kept outstanding) and ends, if ever, through `issuing.void`; this
module adds the office's side: a manual invoice (ad-hoc charges, or a month
billed by hand), a void with its reason, the PromptPay QR and the PDF. Every
change is audited in the same transaction.

A manual invoice is **not** paid from the house's credit here: invoices sit below
payments (village/domains.py), so applying credit (`payments.ledger.apply_credit`)
is for the layer above to do after issuing.
"""

from __future__ import annotations

from datetime import date, timedelta

from village.audit import service as audit
from village.audit.actions import AuditAction
from village.errors import Conflict, ValidationFailed, field_error
from village.houses.models import House
from village.invoices import issuing, notices, queries
from village.invoices.models import Invoice
from village.invoices.qr import NOT_CONFIGURED, payment_qr
from village.invoices.schemas import InvoiceCreate, InvoiceRead, PromptPayRead, VoidRequest
from village.invoices.settings import invoice_settings
from village.profile import service as profile
from village.security.actor import Actor
from village.security.client import Client
from village.users.models import User

DEVELOPER = "ผู้จัดสรรที่ดิน (ผู้พัฒนาโครงการ) / The developer"


def today() -> date:
    """The village's today (overdue is decided on it)."""
    return profile.today()


def read(invoice: Invoice, on: date) -> InvoiceRead:
    """The API's view of `invoice`, `overdue` decided on the day `on`."""
    return InvoiceRead.model_validate(
        {
            **{
                field: getattr(invoice, field)
                for field in InvoiceRead.model_fields
                if field != "overdue"
            },
            "overdue": queries.is_overdue(invoice, on),
        }
    )


# --- a manual invoice ------------------------------------------------------------------


def create_invoice(*, actor: User, data: InvoiceCreate, client: Client) -> Invoice:
    """Issue a manual invoice to a house (`finance:write`).

    422: an unknown or archived house, an unknown or inactive fee item, a due date
    before the issue date. 409 `already_billed`: a line names a fee item and month
    this house is already billed for (on a non-void line).
    """
    house = _billable_house(data.house_id)
    _check_fee_items(data)
    issue_date = data.issue_date or today()
    due_date = data.due_date or issue_date + timedelta(days=invoice_settings().due_days)
    if due_date < issue_date:
        raise ValidationFailed(
            [field_error("due_date", "The due date is before the issue date.", "due_before_issue")]
        )
    bill_to, bill_to_user_id = bill_to_of(house)
    draft = issuing.InvoiceDraft(
        house_id=house.id,
        bill_to_name=data.bill_to_name or bill_to,
        bill_to_user_id=None if data.bill_to_name else bill_to_user_id,
        billed_to_developer=house.developer_owned,
        lines=[
            issuing.LineDraft(
                description=line.description,
                unit_satang=line.unit_satang,
                amount_satang=line.amount_satang,
                quantity=line.quantity,
                fee_item_id=line.fee_item_id,
                month=line.month,
            )
            for line in data.lines
        ],
    )
    (invoice,) = issuing.issue(
        [draft], issue_date=issue_date, due_date=due_date, created_by_id=actor.id
    )
    audit.record(
        AuditAction.INVOICE_ISSUED,
        actor=actor,
        target_type="invoice",
        target_id=invoice.id,
        target_name=invoice.number,
        client=client,
        details={
            "manual": True,
            "house_id": house.id,
            "house_number": house.house_number,
            "issue_date": issue_date.isoformat(),
            "due_date": due_date.isoformat(),
            "total_satang": invoice.total_satang,
            "lines": len(data.lines),
        },
    )
    notices.issued([invoice])
    return invoice


def bill_to_of(house: House) -> tuple[str, int | None]:
    """Whom the house's documents are addressed to, and their user id: the developer for
    a plot it still owns, else the primary contact (or first current member), else the
    owner by house number."""
    if house.developer_owned:
        return DEVELOPER, None
    contact = queries.primary_contact(house.id)
    if contact is not None:
        return contact[1], contact[0]
    return f"เจ้าของบ้านเลขที่ {house.house_number} / Owner of {house.house_number}", None


def _billable_house(house_id: int) -> House:
    house = queries.house(house_id)
    if house is None:
        raise ValidationFailed(
            [field_error("house_id", f"No house with id {house_id}.", "unknown_house")]
        )
    if house.archived_at is not None:
        raise ValidationFailed(
            [field_error("house_id", "The house is archived: restore it first.", "house_archived")]
        )
    return house


def _check_fee_items(data: InvoiceCreate) -> None:
    wanted = {line.fee_item_id for line in data.lines if line.fee_item_id is not None}
    found = queries.fee_items(wanted)
    errors = []
    for index, line in enumerate(data.lines):
        if line.fee_item_id is None:
            continue
        item = found.get(line.fee_item_id)
        if item is None:
            errors.append(
                field_error(
                    f"lines.{index}.fee_item_id",
                    f"No fee item with id {line.fee_item_id}.",
                    "unknown_fee_item",
                )
            )
        elif not item.active:
            errors.append(
                field_error(
                    f"lines.{index}.fee_item_id",
                    f"The fee item {item.code} is no longer billed.",
                    "fee_item_inactive",
                )
            )
    if errors:
        raise ValidationFailed(errors)


# --- void ------------------------------------------------------------------------------


def void_invoice(
    *, actor: User, scope: Actor, invoice_id: int, data: VoidRequest, client: Client
) -> Invoice:
    """Void an invoice with a reason (`finance:write`): its months may be billed again.

    409 `has_allocations` while anything is paid or credited on it; 409 when it is
    already void.
    """
    invoice = queries.lock(queries.get_or_raise(scope, invoice_id))
    status_before = str(invoice.status)
    issuing.void(invoice, reason=data.reason, voided_by_id=actor.id, on=today())
    audit.record(
        AuditAction.INVOICE_VOIDED,
        actor=actor,
        target_type="invoice",
        target_id=invoice.id,
        target_name=invoice.number,
        client=client,
        details={
            "reason": data.reason,
            "house_id": invoice.house_id,
            "total_satang": invoice.total_satang,
            "status": {"from": status_before, "to": str(invoice.status)},
        },
    )
    return invoice


# --- paying it -------------------------------------------------------------------------


def promptpay(scope: Actor, invoice_id: int) -> PromptPayRead:
    """The Thai QR for what the invoice still owes, and the bank account to pay into.

    Without PromptPay set up (mode `none`), `payload` and `svg` are null and the bank
    account is still given, so a resident always has a way to pay. 409 `not_payable`
    (paid, credited or void), `promptpay_unusable` (a house number with no letter or
    digit to use as Ref1).
    """
    invoice = queries.get_or_raise(scope, invoice_id)
    settings = invoice_settings()
    payload: str | None = None
    image: str | None = None
    try:
        qr = payment_qr(invoice, settings)
        payload, image = qr.payload, qr.svg
    except Conflict as refused:
        if refused.extra_data.get("code") != NOT_CONFIGURED:
            raise
    return PromptPayRead(
        payload=payload,
        amount_satang=invoice.outstanding_satang,
        svg=image,
        mode=settings.promptpay_mode,
        bank_name=settings.bank_name,
        bank_account_name=settings.bank_account_name,
        bank_account_number=settings.bank_account_number,
    )


def pdf(scope: Actor, invoice_id: int) -> tuple[bytes, str]:
    """The invoice as a PDF (Thai, English labels, B.E. dates) and its file name."""
    # Imported here: the documents package renders with WeasyPrint, loaded only when asked.
    from village.documents.render import render_invoice
    from village.invoices.documents import invoice_document

    invoice = queries.get_or_raise(scope, invoice_id)
    return render_invoice(invoice_document(invoice, invoice_settings())), f"{invoice.number}.pdf"
