"""HTTP endpoints of payment slips: /api/v1/payment-slips (upload, the review queue,
accept / needs-fix / reject, the resident's edit / resubmit / withdraw, the file) and
/api/v1/me/payment-slips."""

from __future__ import annotations

from typing import Any, cast

from apiflask import APIBlueprint
from flask import Response, request
from pydantic import ValidationError

from village.errors import ValidationFailed, field_error
from village.files.enums import EXTENSIONS
from village.files.serving import send
from village.openapi import file_response
from village.payment_slips import service
from village.payment_slips.schemas import (
    PaymentSlipPage,
    PaymentSlipQuery,
    PaymentSlipRead,
    PaymentSlipUpdate,
    SlipAccept,
    SlipDecision,
    SlipForm,
    slip_form_schema,
)
from village.security.actor import current_actor
from village.security.client import current_client
from village.security.permissions import Permission, current_principal, require
from village.uploads import accepts_upload, uploaded_file
from village.users.models import User

bp = APIBlueprint("payment_slips", __name__, url_prefix="/api/v1")
READ = Permission.FINANCE_READ
WRITE = Permission.FINANCE_WRITE
ONE = "/payment-slips/<id:slip_id>"
NOT_FOUND = {404: "No such slip, or not one of your houses'"}
STATE = "Not allowed from the slip's current status (code illegal_transition, named in detail)"
FILE_HELP = "The slip: a JPEG, PNG or WebP image (re-encoded; EXIF and GPS dropped) or a PDF"


def _user() -> User:
    return cast(User, current_principal())


def _page(found: Any) -> PaymentSlipPage:
    return PaymentSlipPage(
        items=found.items, total=found.total, page=found.page, per_page=found.per_page
    )


def _form() -> SlipForm:
    """The multipart fields beside the file, validated like a JSON body (422 naming each)."""
    fields: dict[str, Any] = {
        name: request.form.get(name) for name in ("house_id", "amount_satang", "transferred_at")
        if name in request.form
    }  # fmt: skip
    unknown = set(request.form) - {"house_id", "amount_satang", "transferred_at", "invoice_ids"}
    for name in sorted(unknown):
        fields[name] = request.form.get(name)
    ids = [
        part.strip() for value in request.form.getlist("invoice_ids") for part in value.split(",")
    ]
    fields["invoice_ids"] = [part for part in ids if part]
    try:
        return SlipForm.model_validate(fields)
    except ValidationError as exc:
        raise ValidationFailed(
            [
                field_error(
                    ".".join(str(p) for p in err["loc"]) or "form",
                    "Unknown field."
                    if err["type"] == "extra_forbidden"
                    else "This field is required."
                    if err["type"] == "missing"
                    else err["msg"],
                    err["type"],
                )
                for err in exc.errors(include_input=False, include_url=False)
            ]
        ) from None


@bp.post("/payment-slips")
@require(READ)
@accepts_upload("file", FILE_HELP, form=slip_form_schema())
@bp.output(PaymentSlipRead, status_code=201)
@bp.doc(
    responses={
        403: "Staff without finance:write",
        413: "Larger than UPLOAD_MAX_BYTES or UPLOAD_MAX_PIXELS",
        415: "Not a JPEG, PNG, WebP image or a PDF (or not multipart/form-data)",
        422: "A field is missing or invalid: unknown_house, unknown_invoice, in_the_future, "
        "int_type (a float or text amount)",
    }
)
def submit_slip() -> PaymentSlipRead:
    """Submit a transfer slip (multipart/form-data): a resident for one of their
    current houses, finance staff for any house. The reviewers are told."""
    data = _form()
    slip = service.submit(
        actor=_user(),
        scope=current_actor(),
        data=data,
        upload=uploaded_file("file"),
        client=current_client(),
    )
    return service.one(current_actor(), slip.id)


@bp.get("/payment-slips")
@require(READ)
@bp.input(PaymentSlipQuery, location="query", arg_name="query")
@bp.output(PaymentSlipPage)
def list_slips(query: PaymentSlipQuery) -> PaymentSlipPage:
    """List slips: staff every house's (`?status=submitted` is the review queue, oldest
    first), a resident their current houses'."""
    return _page(service.page(current_actor(), query))


@bp.get("/me/payment-slips")
@require(READ)
@bp.input(PaymentSlipQuery, location="query", arg_name="query")
@bp.output(PaymentSlipPage)
def my_slips(query: PaymentSlipQuery) -> PaymentSlipPage:
    """The slips of the signed-in person's current houses, newest first by default."""
    return _page(service.page(current_actor(), query, mine=True))


@bp.get(ONE)
@require(READ)
@bp.output(PaymentSlipRead)
@bp.doc(responses=NOT_FOUND)
def get_slip(slip_id: int) -> PaymentSlipRead:
    """One slip; for staff with the suggested match (`suggested_allocations`)."""
    return service.one(current_actor(), slip_id)


@bp.get(f"{ONE}/file")
@require(READ)
@file_response(*sorted(EXTENSIONS))
@bp.doc(responses=NOT_FOUND)
def get_slip_file(slip_id: int) -> Response:
    """The slip's image or PDF, after the same access check as the slip."""
    return send(service.file_of(current_actor(), slip_id))


@bp.patch(ONE)
@require(READ)
@bp.input(PaymentSlipUpdate, arg_name="body")
@bp.output(PaymentSlipRead)
@bp.doc(responses={**NOT_FOUND, 409: f"{STATE}; or submitter_only"})
def update_slip(slip_id: int, body: PaymentSlipUpdate) -> PaymentSlipRead:
    """The submitter corrects amount_satang, transferred_at or invoice_ids (needs_fix only)."""
    service.update_slip(
        actor=_user(), scope=current_actor(), slip_id=slip_id, data=body, client=current_client()
    )
    return service.one(current_actor(), slip_id)


@bp.put(f"{ONE}/file")
@require(READ)
@accepts_upload("file", FILE_HELP)
@bp.output(PaymentSlipRead)
@bp.doc(
    responses={
        **NOT_FOUND,
        409: f"{STATE}; or submitter_only",
        413: "Larger than UPLOAD_MAX_BYTES or UPLOAD_MAX_PIXELS",
        415: "Not a JPEG, PNG, WebP image or a PDF",
    }
)
def replace_slip_file(slip_id: int) -> PaymentSlipRead:
    """The submitter sends a new image or PDF (needs_fix only; multipart, field `file`)."""
    service.replace_file(
        actor=_user(),
        scope=current_actor(),
        slip_id=slip_id,
        upload=uploaded_file("file"),
        client=current_client(),
    )
    return service.one(current_actor(), slip_id)


@bp.post(f"{ONE}/resubmit")
@require(READ)
@bp.output(PaymentSlipRead)
@bp.doc(responses={**NOT_FOUND, 409: f"{STATE}; or submitter_only"})
def resubmit_slip(slip_id: int) -> PaymentSlipRead:
    """needs_fix → submitted, by the submitter; back in the queue, the reviewers told."""
    service.resubmit(actor=_user(), scope=current_actor(), slip_id=slip_id, client=current_client())
    return service.one(current_actor(), slip_id)


@bp.post(f"{ONE}/withdraw")
@require(READ)
@bp.output(PaymentSlipRead)
@bp.doc(responses={**NOT_FOUND, 409: f"{STATE}; or submitter_only"})
def withdraw_slip(slip_id: int) -> PaymentSlipRead:
    """submitted | needs_fix → withdrawn, by the submitter (terminal)."""
    service.withdraw(actor=_user(), scope=current_actor(), slip_id=slip_id, client=current_client())
    return service.one(current_actor(), slip_id)


@bp.post(f"{ONE}/accept")
@require(WRITE)
@bp.input(SlipAccept, arg_name="body")
@bp.output(PaymentSlipRead)
@bp.doc(
    responses={
        **NOT_FOUND,
        409: f"{STATE}; or same_person (you submitted it)",
        422: "An allocation names no open invoice of the house, exceeds its outstanding, "
        "or together they exceed the slip's amount",
    }
)
def accept_slip(slip_id: int, body: SlipAccept) -> PaymentSlipRead:
    """submitted → accepted: a confirmed payment (bank_transfer, paid on the transfer's
    date, reference "slip #{id}"), its allocation and its receipt, in one transaction;
    the submitter is told. The body may be `{}` (default allocation)."""
    service.accept(
        actor=_user(), scope=current_actor(), slip_id=slip_id, data=body, client=current_client()
    )
    return service.one(current_actor(), slip_id)


@bp.post(f"{ONE}/needs-fix")
@require(WRITE)
@bp.input(SlipDecision, arg_name="body")
@bp.output(PaymentSlipRead)
@bp.doc(responses={**NOT_FOUND, 409: STATE, 422: "note_required (reason_code other)"})
def needs_fix_slip(slip_id: int, body: SlipDecision) -> PaymentSlipRead:
    """submitted → needs_fix with a reason code and note; the submitter is told."""
    service.needs_fix(
        actor=_user(), scope=current_actor(), slip_id=slip_id, data=body, client=current_client()
    )
    return service.one(current_actor(), slip_id)


@bp.post(f"{ONE}/reject")
@require(WRITE)
@bp.input(SlipDecision, arg_name="body")
@bp.output(PaymentSlipRead)
@bp.doc(responses={**NOT_FOUND, 409: STATE, 422: "note_required (reason_code other)"})
def reject_slip(slip_id: int, body: SlipDecision) -> PaymentSlipRead:
    """submitted → rejected (terminal) with a reason code and note; the submitter is told."""
    service.reject(
        actor=_user(), scope=current_actor(), slip_id=slip_id, data=body, client=current_client()
    )
    return service.one(current_actor(), slip_id)
