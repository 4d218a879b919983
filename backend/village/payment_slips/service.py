"""Business rules of payment slips (village.md, "Payment slips").

A resident pays by bank transfer or PromptPay and uploads the slip (an image or a
PDF, judged and re-encoded by `village.files`: EXIF and GPS are dropped). The
office reviews the queue (`status=submitted`):

| from | to | who |
|---|---|---|
| submitted | accepted | reviewer (finance:write): a confirmed payment, allocation, receipt |
| submitted | needs_fix | reviewer, with a reason code |
| needs_fix | submitted | the submitter (resubmit, after editing) |
| submitted | rejected | reviewer, with a reason code (terminal) |
| submitted, needs_fix | withdrawn | the submitter (terminal) |

Anything else is 409 naming the current state. Every change of state is a
conditional UPDATE (`WHERE status IN (...)`), so two reviewers deciding one slip at
once get one decision and one payment; the loser's 409 names the winner's state.

**Why maker–checker does not block a slip**: the resident who transferred the money
and uploaded the evidence is the maker; the reviewer who checks the slip against
the bank account and accepts it is the checker. Accepting a slip records and
confirms the payment in one step, by one person who did not make the claim — the
two-person rule village.md asks for office payments (`same_person`) is met by
construction. A staff member who submitted a slip on a house's behalf is its
maker, so they cannot accept it themselves (409 `same_person`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import update
from werkzeug.datastructures import FileStorage

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.database import utcnow
from village.errors import Conflict, NotFound, PermissionDenied, ValidationFailed, field_error
from village.files import queries as file_queries
from village.files import service as files
from village.files.enums import Accept, FileKind
from village.files.models import StoredFile
from village.houses import queries as houses
from village.invoices.models import Invoice
from village.pagination import PageOf
from village.payment_slips import notices, queries
from village.payment_slips.policies import is_reviewer, sees_suggestions
from village.payment_slips.schemas import (
    PaymentSlipQuery,
    PaymentSlipRead,
    PaymentSlipUpdate,
    SlipAccept,
    SlipDecision,
    SlipFile,
    SlipForm,
    SlipHouse,
    SlipPerson,
    SlipReceipt,
    SuggestedAllocation,
)
from village.payments import ledger, receipting
from village.payments.enums import PaymentMethod, PaymentStatus, SlipReason, SlipStatus
from village.payments.models import Payment, PaymentSlip, Receipt
from village.period_locks import guard
from village.profile import service as profile
from village.security.actor import Actor
from village.security.client import Client
from village.users.models import User

OWNER_TYPE = "payment_slip"  # the files' owner_type
# A phone's clock a little ahead of the server's is not a slip from the future.
CLOCK_SKEW = timedelta(minutes=5)
EDITABLE = frozenset({SlipStatus.NEEDS_FIX})
WITHDRAWABLE = frozenset({SlipStatus.SUBMITTED, SlipStatus.NEEDS_FIX})


# --- submitting --------------------------------------------------------------------


def submit(
    *, actor: User, scope: Actor, data: SlipForm, upload: FileStorage, client: Client
) -> PaymentSlip:
    """A slip for one of the resident's current houses (422 `unknown_house` otherwise,
    whether or not it exists); staff submit for any house only with finance:write (403).
    `invoice_ids` must be open invoices of that house (422 `unknown_invoice`),
    `transferred_at` not in the future (422 `in_the_future`). The file is judged by
    `village.files` (413, 415, 422). The reviewers are told."""
    if scope.sees_everything and not is_reviewer(scope):
        raise PermissionDenied("Only finance staff submit a slip on a house's behalf.")
    try:
        house = houses.get_or_raise(scope, data.house_id)
    except NotFound:  # the same answer whether it exists or not
        raise ValidationFailed(
            [
                field_error(
                    "house_id", f"No house with id {data.house_id} of yours.", "unknown_house"
                )
            ]
        ) from None
    invoice_ids = list(dict.fromkeys(data.invoice_ids))
    _check_details(house.id, data.transferred_at, invoice_ids)
    stored = files.store(
        upload, kind=FileKind.PAYMENT_SLIP, accept=Accept.DOCUMENTS, uploaded_by=actor
    )
    slip = PaymentSlip(
        house_id=house.id,
        submitted_by_id=actor.id,
        amount_satang=data.amount_satang,
        transferred_at=data.transferred_at,
        invoice_ids=invoice_ids,
        file_id=stored.id,
        file_sha256=stored.sha256,
        status=SlipStatus.SUBMITTED,
    )
    session = database.session()
    session.add(slip)
    session.flush()
    files.attach([stored], owner_type=OWNER_TYPE, owner_id=slip.id)
    session.refresh(slip)
    _audit(
        AuditAction.PAYMENT_SLIP_SUBMITTED,
        actor,
        slip,
        client,
        {
            "house_id": house.id,
            "amount_satang": slip.amount_satang,
            "transferred_at": slip.transferred_at.isoformat(),
            "invoice_ids": invoice_ids,
            "file_id": str(stored.id),
            "possible_duplicate": bool(queries.duplicated_ids([slip])),
        },
    )
    notices.submitted(slip)
    return slip


def _check_details(house_id: int, transferred_at: Any, invoice_ids: Sequence[int]) -> None:
    errors = []
    if transferred_at is not None and transferred_at > utcnow() + CLOCK_SKEW:
        errors.append(
            field_error("transferred_at", "The transfer cannot be in the future.", "in_the_future")
        )
    if invoice_ids:
        found = queries.open_invoice_ids(house_id, invoice_ids)
        missing = [i for i in invoice_ids if i not in found]
        if missing:
            errors.append(
                field_error(
                    "invoice_ids",
                    f"Not an open invoice of this house: {', '.join(map(str, missing))}.",
                    "unknown_invoice",
                )
            )
    if errors:
        raise ValidationFailed(errors)


# --- the submitter's corrections ---------------------------------------------------


def _submitters(scope: Actor, slip: PaymentSlip, doing: str) -> None:
    if slip.submitted_by_id != scope.id:
        raise Conflict(
            f"Only the person who submitted the slip {doing} it. (It is {slip.status}.)",
            code="submitter_only",
        )


def _editable(slip: PaymentSlip) -> None:
    if slip.status not in EDITABLE:
        raise Conflict(
            f"This slip is {slip.status}: it can be changed only when the office asks for "
            "a fix (needs_fix).",
            code="illegal_transition",
        )


def update_slip(
    *, actor: User, scope: Actor, slip_id: int, data: PaymentSlipUpdate, client: Client
) -> PaymentSlip:
    """The submitter corrects amount, transferred_at or invoice_ids while needs_fix."""
    slip = queries.lock(queries.get_or_raise(scope, slip_id))
    _submitters(scope, slip, "corrects")
    _editable(slip)
    values = data.changes()
    if "invoice_ids" in values:
        values["invoice_ids"] = list(dict.fromkeys(values["invoice_ids"] or []))
    _check_details(slip.house_id, values.get("transferred_at"), values.get("invoice_ids") or [])
    diff: dict[str, Any] = {}
    for field, value in values.items():
        old = getattr(slip, field)
        if old != value:
            diff[field] = {"from": _plain(old), "to": _plain(value)}
            setattr(slip, field, value)
    if diff:
        database.session().flush()
        database.session().refresh(slip)
        _audit(AuditAction.PAYMENT_SLIP_UPDATED, actor, slip, client, diff)
    return slip


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def replace_file(
    *, actor: User, scope: Actor, slip_id: int, upload: FileStorage, client: Client
) -> PaymentSlip:
    """The submitter sends a new image or PDF while needs_fix; the old one is discarded."""
    slip = queries.lock(queries.get_or_raise(scope, slip_id))
    _submitters(scope, slip, "replaces the file of")
    _editable(slip)
    stored = files.store(
        upload, kind=FileKind.PAYMENT_SLIP, accept=Accept.DOCUMENTS, uploaded_by=actor
    )
    old = file_queries.files_of(OWNER_TYPE, slip.id)
    files.discard(old)
    files.attach([stored], owner_type=OWNER_TYPE, owner_id=slip.id)
    before = str(slip.file_id)
    slip.file_id, slip.file_sha256 = stored.id, stored.sha256
    database.session().flush()
    database.session().refresh(slip)
    _audit(
        AuditAction.PAYMENT_SLIP_UPDATED,
        actor,
        slip,
        client,
        {"file_id": {"from": before, "to": str(stored.id)}},
    )
    return slip


# --- moving between states -----------------------------------------------------------


def _move(
    slip: PaymentSlip, allowed: frozenset[SlipStatus], to: SlipStatus, **values: Any
) -> SlipStatus:
    """Move `slip` to `to` if its status (in the database, now) is one of `allowed`: a
    conditional UPDATE, so of two at once one wins and the other gets a 409 naming
    the state it left. Answers the status it moved from."""
    session = database.session()
    before = slip.status
    result: Any = session.execute(
        update(PaymentSlip)
        .where(PaymentSlip.id == slip.id, PaymentSlip.status.in_([s.value for s in allowed]))
        .values(status=to, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        current = queries.status_of(slip.id)
        raise Conflict(f"This slip is {current}: it cannot become {to}.", code="illegal_transition")
    session.refresh(slip)
    return before


def resubmit(*, actor: User, scope: Actor, slip_id: int, client: Client) -> PaymentSlip:
    """needs_fix → submitted (the submitter, after editing); the reviewers are told."""
    slip = queries.get_or_raise(scope, slip_id)
    _submitters(scope, slip, "resubmits")
    before = _move(slip, EDITABLE, SlipStatus.SUBMITTED)
    _audit(
        AuditAction.PAYMENT_SLIP_SUBMITTED,
        actor,
        slip,
        client,
        {"from": str(before), "to": "submitted", "resubmitted": True,
         "possible_duplicate": bool(queries.duplicated_ids([slip]))},
    )  # fmt: skip
    notices.submitted(slip)
    return slip


def withdraw(*, actor: User, scope: Actor, slip_id: int, client: Client) -> PaymentSlip:
    """submitted | needs_fix → withdrawn (the submitter; terminal)."""
    slip = queries.get_or_raise(scope, slip_id)
    _submitters(scope, slip, "withdraws")
    before = _move(slip, WITHDRAWABLE, SlipStatus.WITHDRAWN)
    _audit(
        AuditAction.PAYMENT_SLIP_WITHDRAWN,
        actor,
        slip,
        client,
        {"from": str(before), "to": "withdrawn"},
    )
    return slip


def _decision_errors(data: SlipDecision) -> None:
    if data.reason_code is SlipReason.OTHER and not data.note:
        raise ValidationFailed(
            [field_error("note", "Say what is wrong: the reason is 'other'.", "note_required")]
        )


def _reviewer(scope: Actor) -> None:
    if not is_reviewer(scope):
        raise PermissionDenied("Only finance staff review payment slips.")


def needs_fix(
    *, actor: User, scope: Actor, slip_id: int, data: SlipDecision, client: Client
) -> PaymentSlip:
    """submitted → needs_fix, with a reason code (and a note; required for `other`)."""
    return _decide(actor, scope, slip_id, data, client, to=SlipStatus.NEEDS_FIX)


def reject(
    *, actor: User, scope: Actor, slip_id: int, data: SlipDecision, client: Client
) -> PaymentSlip:
    """submitted → rejected (terminal), with a reason code (a note required for `other`)."""
    return _decide(actor, scope, slip_id, data, client, to=SlipStatus.REJECTED)


def _decide(
    actor: User, scope: Actor, slip_id: int, data: SlipDecision, client: Client, *, to: SlipStatus
) -> PaymentSlip:
    _reviewer(scope)
    slip = queries.get_or_raise(scope, slip_id)
    _decision_errors(data)
    before = _move(
        slip,
        frozenset({SlipStatus.SUBMITTED}),
        to,
        reason_code=data.reason_code,
        review_note=data.note or None,
        reviewed_by_id=actor.id,
        reviewed_at=utcnow(),
    )
    action = (
        AuditAction.PAYMENT_SLIP_NEEDS_FIX
        if to is SlipStatus.NEEDS_FIX
        else AuditAction.PAYMENT_SLIP_REJECTED
    )
    details: dict[str, Any] = {"from": str(before), "to": str(to), "reason": str(data.reason_code)}
    if data.note:
        details["note"] = data.note
    _audit(action, actor, slip, client, details)
    notices.decided(slip, actor_id=actor.id)
    return slip


# --- accepting -----------------------------------------------------------------------


def accept(
    *, actor: User, scope: Actor, slip_id: int, data: SlipAccept, client: Client
) -> PaymentSlip:
    """submitted → accepted, in one transaction: a confirmed payment (bank transfer,
    paid on the village's date of `transferred_at`, reference "slip #{id}", recorded
    and confirmed by the reviewer), its allocation and its receipt.

    Allocations: as given (each an open invoice of the house, at most its outstanding,
    together at most the amount: 422 otherwise; the rest is credit), or by default the
    slip's invoice_ids in order, then the house's other open invoices oldest due
    first. 409 `same_person` when the reviewer submitted the slip themselves.
    """
    _reviewer(scope)
    slip = queries.get_or_raise(scope, slip_id)
    if slip.submitted_by_id == actor.id and slip.status is SlipStatus.SUBMITTED:
        raise Conflict(
            "You submitted this slip: someone else in the office accepts it.", code="same_person"
        )
    now = utcnow()
    before = _move(
        slip,
        frozenset({SlipStatus.SUBMITTED}),
        SlipStatus.ACCEPTED,
        reason_code=None,
        review_note=None,
        reviewed_by_id=actor.id,
        reviewed_at=now,
    )
    ledger.lock_house(slip.house_id)
    requested = _requested(slip, data)
    paid_on = slip.transferred_at.astimezone(ZoneInfo(profile.get().timezone)).date()
    payment = Payment(
        house_id=slip.house_id,
        amount_satang=slip.amount_satang,
        method=PaymentMethod.BANK_TRANSFER,
        paid_on=paid_on,
        # a transfer made in a closed month is posted on the next open month's first day
        posting_date=guard.posting_date(paid_on),
        reference=f"slip #{slip.id}",
        note=None,
        payer_name=_payer_name(slip),
        requested_allocations=[
            {"invoice_id": r.invoice_id, "amount_satang": r.amount_satang} for r in requested
        ],
        status=PaymentStatus.PENDING,
        recorded_by_id=actor.id,
    )
    session = database.session()
    session.add(payment)
    session.flush()
    receipt = receipting.confirm(
        payment, confirmed_by_id=actor.id, collector_name=actor.full_name, requested=requested
    )
    slip.payment_id = payment.id
    session.flush()
    session.refresh(slip)
    allocated = [
        {
            "invoice_id": line.invoice_id,
            "month": _plain(line.month),
            "amount_satang": line.amount_satang,
        }
        for line in receipt.lines
    ]
    _audit(
        AuditAction.PAYMENT_SLIP_ACCEPTED,
        actor,
        slip,
        client,
        {
            "from": str(before),
            "to": "accepted",
            "payment_id": payment.id,
            "receipt_number": receipt.number,
            "amount_satang": payment.amount_satang,
            "lines": allocated,
        },
    )
    audit.record(
        AuditAction.PAYMENT_CONFIRMED,
        actor=actor,
        target_type="payment",
        target_id=payment.id,
        target_name=receipt.number,
        client=client,
        details={
            "via": "payment_slip",
            "slip_id": slip.id,
            "amount_satang": payment.amount_satang,
            "method": str(payment.method),
            "paid_on": paid_on.isoformat(),
            "receipt_number": receipt.number,
        },
    )
    notices.decided(slip, actor_id=actor.id, receipt_number=receipt.number)
    return slip


def _requested(slip: PaymentSlip, data: SlipAccept) -> list[ledger.Requested]:
    """What the reviewer asked for, checked against the house's open invoices (locked by
    the caller's house lock), or the default order."""
    open_invoices = {inv.id: inv for inv in queries.open_invoices(slip.house_id)}
    if data.allocations is None:
        order = [i for i in slip.invoice_ids or [] if i in open_invoices]
        order += [i for i in open_invoices if i not in order]
        return [ledger.Requested(i, open_invoices[i].outstanding_satang) for i in order]
    errors = []
    seen: set[int] = set()
    for index, wanted in enumerate(data.allocations):
        field = f"allocations.{index}"
        invoice = open_invoices.get(wanted.invoice_id)
        if invoice is None:
            errors.append(
                field_error(
                    f"{field}.invoice_id",
                    f"Invoice {wanted.invoice_id} is not an open invoice of this house.",
                    "unknown_invoice",
                )
            )
        elif wanted.invoice_id in seen:
            errors.append(
                field_error(f"{field}.invoice_id", "This invoice is named twice.", "duplicate")
            )
        elif wanted.amount_satang > invoice.outstanding_satang:
            errors.append(
                field_error(
                    f"{field}.amount_satang",
                    f"More than invoice {invoice.number}'s outstanding "
                    f"({invoice.outstanding_satang} satang).",
                    "over_outstanding",
                )
            )
        seen.add(wanted.invoice_id)
    total = sum(a.amount_satang for a in data.allocations)
    if total > slip.amount_satang:
        errors.append(
            field_error(
                "allocations",
                f"The allocations ({total} satang) exceed the slip's amount "
                f"({slip.amount_satang} satang).",
                "over_amount",
            )
        )
    if errors:
        raise ValidationFailed(errors)
    return [ledger.Requested(a.invoice_id, a.amount_satang) for a in data.allocations]


def _payer_name(slip: PaymentSlip) -> str:
    """Who paid, for the receipt: the submitter when they live there, else the house's
    primary contact, else the house itself."""
    members = houses.members(slip.house)
    if any(m.user_id == slip.submitted_by_id for m in members):
        return slip.submitted_by.full_name
    if members:
        return members[0].user.full_name
    return f"บ้านเลขที่ {slip.house.house_number}"


# --- reading -------------------------------------------------------------------------


def file_of(scope: Actor, slip_id: int) -> StoredFile:
    """The slip's image or PDF, after the slip's own access check (404 otherwise)."""
    slip = queries.get_or_raise(scope, slip_id)
    return file_queries.get_or_raise(slip.file_id, owner_type=OWNER_TYPE, owner_id=slip.id)


def suggestion(slip: PaymentSlip) -> list[SuggestedAllocation]:
    """The match the review screen shows: the house's open invoices in the default
    order (the slip's invoice_ids first, then oldest due first), each with what the
    slip's amount would cover."""
    invoices = {inv.id: inv for inv in queries.open_invoices(slip.house_id)}
    order = [i for i in slip.invoice_ids or [] if i in invoices]
    order += [i for i in invoices if i not in order]
    left = slip.amount_satang
    suggested = []
    for invoice_id in order:
        invoice: Invoice = invoices[invoice_id]
        amount = min(left, invoice.outstanding_satang)
        left -= amount
        suggested.append(
            SuggestedAllocation(
                invoice_id=invoice.id,
                invoice_number=invoice.number,
                due_date=invoice.due_date,
                outstanding_satang=invoice.outstanding_satang,
                amount_satang=amount,
            )
        )
    return suggested


def page(scope: Actor, query: PaymentSlipQuery, *, mine: bool = False) -> PageOf[PaymentSlipRead]:
    found = queries.list_page(scope, query, mine=mine)
    return PageOf(views(scope, found.items), found.total, found.page, found.per_page)


def one(scope: Actor, slip_id: int) -> PaymentSlipRead:
    return views(scope, [queries.get_or_raise(scope, slip_id)])[0]


def views(scope: Actor, slips: Sequence[PaymentSlip]) -> list[PaymentSlipRead]:
    """The slips as the API shows them, with their duplicate flags, receipts and files
    in a query each (and, for staff, the suggested match)."""
    duplicated = queries.duplicated_ids(slips)
    receipts = queries.receipts_by_payment(s.payment_id for s in slips)
    stored = file_queries.files_by_owner(OWNER_TYPE, [s.id for s in slips])
    staff = sees_suggestions(scope)
    return [
        _view(
            slip,
            duplicated=slip.id in duplicated,
            receipt=receipts.get(slip.payment_id) if slip.payment_id else None,
            stored=next((f for f in stored.get(slip.id, []) if f.id == slip.file_id), None),
            suggested=suggestion(slip) if staff and slip.status is SlipStatus.SUBMITTED else None,
        )
        for slip in slips
    ]


def _view(
    slip: PaymentSlip,
    *,
    duplicated: bool,
    receipt: Receipt | None,
    stored: StoredFile | None,
    suggested: list[SuggestedAllocation] | None,
) -> PaymentSlipRead:
    if stored is None:  # the row is the slip's by construction; never a 500 for a list
        stored = database.session().get(StoredFile, slip.file_id)
    assert stored is not None  # noqa: S101 - file_id is a foreign key
    return PaymentSlipRead(
        id=slip.id,
        house=SlipHouse.model_validate(slip.house),
        submitted_by=SlipPerson.model_validate(slip.submitted_by),
        amount_satang=slip.amount_satang,
        transferred_at=slip.transferred_at,
        invoice_ids=list(slip.invoice_ids or []),
        status=slip.status,
        reason_code=slip.reason_code,
        review_note=slip.review_note,
        possible_duplicate=duplicated,
        payment_id=slip.payment_id,
        receipt=SlipReceipt.model_validate(receipt) if receipt else None,
        file=SlipFile(
            id=stored.id,
            filename=stored.filename,
            mime=stored.mime,
            size_bytes=stored.size_bytes,
            url=f"/api/v1/payment-slips/{slip.id}/file",
        ),
        created_at=slip.created_at,
        updated_at=slip.updated_at,
        suggested_allocations=suggested,
    )


def _audit(
    action: AuditAction,
    actor: User,
    slip: PaymentSlip,
    client: Client,
    details: dict[str, Any] | None = None,
) -> None:
    audit.record(
        action,
        actor=actor,
        target_type="payment_slip",
        target_id=slip.id,
        target_name=f"slip #{slip.id} ({slip.house.house_number})",
        client=client,
        details=details,
    )
