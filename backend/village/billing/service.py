"""Billing runs: preview, post, discard (village.md, "Billing runs").

A run is computed as a **preview** (nothing numbered): per house the one invoice it
would issue (a line per month and fee item, in month order, then any late-payment
surcharge lines: `billing.surcharge`) and the houses it skips with why. **Posting**
re-reads what is billed (and levied) by then, drops those lines, and issues the rest
with `invoices.issuing.issue` (numbers in one increment, bulk inserts); the unique
indexes on invoice lines are the final word (invariant 5; a surcharge once per source
invoice and month). When another run posted at the same moment wins a line, `issue`
answers `already_billed`: the whole attempt (numbers included) is rolled back to a
savepoint and done once more against what is billed then, so the loser issues only
what is still missing and numbers stay gap-free. Then each billed house's credit is
spent on its new invoice at once, and its current members are told. One audit event
per run, with counts and totals (the surcharge's too).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.billing import queries, rules, surcharge
from village.billing.enums import RunStatus
from village.billing.models import BillingRun
from village.billing.schemas import BillingRunCreate
from village.database import utcnow
from village.errors import Conflict, ValidationFailed, field_error
from village.finance import service as finance
from village.finance.enums import LATE_FEE_CODE
from village.invoices import issuing
from village.invoices.issuing import InvoiceDraft, LineDraft
from village.invoices.models import Invoice
from village.notifications.events import NotificationEvent
from village.notifications.service import Delivery, notify_each
from village.period_locks import guard
from village.profile import service as profile
from village.security.client import Client
from village.validation import format_period

DEVELOPER_NAME = "ผู้จัดสรรที่ดิน (Developer)"
MY_BILLS = "/my-bills"
NEVER_BILLED = (rules.ARCHIVED, rules.NOT_YET_BILLABLE)


def _bill_to(
    house: rules.HouseFacts,
    developer_owned: bool,
    members: list[tuple[int, str, bool, str]],
    developer_name: str,
) -> tuple[str, int | None]:
    """Who an invoice is addressed to: the developer for its unsold plots; otherwise the
    primary contact, else a current owner, else the house itself."""
    if developer_owned:
        return developer_name, None
    for user_id, name, primary, _ in members:
        if primary:
            return name, user_id
    for user_id, name, _, relation in members:
        if relation in queries.OWNER_RELATIONS:
            return name, user_id
    return f"เจ้าของบ้านเลขที่ {house.house_number}", None


def _developer_name() -> str:
    name = getattr(profile.get(), "developer_name", None)
    return name.strip() if isinstance(name, str) and name.strip() else DEVELOPER_NAME


def _line_json(line: rules.Line, codes: dict[int, str]) -> dict[str, Any]:
    return {
        "fee_item_id": line.fee_item_id,
        "fee_item_code": codes[line.fee_item_id],
        "month": format_period(line.month),
        "description": line.description,
        "quantity": line.quantity,
        "unit_satang": line.unit_satang,
        "amount_satang": line.amount_satang,
        "source_invoice_id": line.source_invoice_id,
    }


def _skip_json(house: rules.HouseFacts | dict[str, Any], reason: str) -> dict[str, Any]:
    if isinstance(house, dict):
        return {"house_id": house["house_id"], "house_number": house["house_number"],
                "reason": reason}  # fmt: skip
    return {"house_id": house.id, "house_number": house.house_number, "reason": reason}


# --- preview -----------------------------------------------------------------------


def create_run(*, actor: audit.Actor, data: BillingRunCreate, client: Client) -> BillingRun:
    """Compute and store a preview; nothing is numbered or billed."""
    settings = finance.settings()
    issue_date = data.issue_date or profile.today()
    # refused now rather than at posting: a preview that could never be posted
    guard.require_open(issue_date, what="A billing run dated")
    due_date = issue_date + timedelta(days=settings.due_days)
    months = rules.months_of(data.period, data.months)
    houses = queries.houses(data.house_ids)
    if data.house_ids is not None:
        unknown = sorted(set(data.house_ids) - {house.id for house in houses})
        if unknown:
            raise ValidationFailed(
                [field_error("house_ids", f"No house with id {', '.join(map(str, unknown))}.",
                             "not_found")]
            )  # fmt: skip
    items, rates = queries.items_and_rates(months)
    codes = {item.id: item.code for item in items}
    billed = queries.billed(data.house_ids, months)
    plans = [
        rules.plan_house(queries.facts(house), months, items, rates, billed.get(house.id, set()))
        for house in houses
    ]
    levies = surcharge.levies(
        settings,
        [plan.house.id for plan in plans if plan.skip not in NEVER_BILLED],
        month=months[0],
        issue_date=issue_date,
    )
    plans = surcharge.with_levies(plans, levies)
    codes |= {line.fee_item_id: LATE_FEE_CODE for lines in levies.values() for line in lines}
    billing = [plan for plan in plans if plan.skip is None]
    members = queries.current_members([plan.house.id for plan in billing])
    developer = {house.id: house.developer_owned for house in houses}
    developer_name = _developer_name()
    preview = []
    for plan in billing:
        name, user_id = _bill_to(
            plan.house, developer[plan.house.id], members.get(plan.house.id, []), developer_name
        )
        preview.append(
            {
                "house_id": plan.house.id,
                "house_number": plan.house.house_number,
                "bill_to_name": name,
                "bill_to_user_id": user_id,
                "billed_to_developer": developer[plan.house.id],
                "lines": [_line_json(line, codes) for line in plan.lines],
                "total_satang": plan.total_satang,
            }
        )
    skipped = [_skip_json(plan.house, plan.skip) for plan in plans if plan.skip is not None]
    run = BillingRun(
        period=months[0],
        months=data.months,
        house_ids=None if data.house_ids is None else sorted(set(data.house_ids)),
        issue_date=issue_date,
        due_date=due_date,
        status=RunStatus.PREVIEW,
        preview=preview,
        skipped=skipped,
        invoice_count=len(preview),
        total_satang=sum(invoice["total_satang"] for invoice in preview),
        created_by_id=actor.id,
    )
    database.session().add(run)
    database.session().flush()
    _audit(
        AuditAction.BILLING_RUN_CREATED,
        run,
        actor,
        client,
        _counts(run),
    )
    return run


def _counts(run: BillingRun) -> dict[str, Any]:
    late = [
        line
        for invoice in run.preview
        for line in invoice["lines"]
        if line.get("source_invoice_id")
    ]
    return {
        "surcharge_lines": len(late),
        "surcharge_satang": sum(line["amount_satang"] for line in late),
        "period": format_period(run.period),
        "months": run.months,
        "issue_date": run.issue_date.isoformat(),
        "invoice_count": run.invoice_count,
        "total_satang": run.total_satang,
        "skipped_count": len(run.skipped),
    }


# --- post and discard --------------------------------------------------------------


def _refuse_unless_preview(run: BillingRun) -> None:
    if run.status is not RunStatus.PREVIEW:
        raise Conflict(
            f"Billing run {run.id} is {run.status}: only a preview can be posted or discarded.",
            code=f"run_{run.status}",
        )


def _remaining(run: BillingRun) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The preview's invoices without the lines billed by now, and the houses that have
    nothing left (already_billed)."""
    months = rules.months_of(run.period, run.months)
    billed = queries.billed([invoice["house_id"] for invoice in run.preview], months)
    sources = {
        line["source_invoice_id"]
        for invoice in run.preview
        for line in invoice["lines"]
        if line.get("source_invoice_id")
    }
    # A surcharge stays only while its source is open and not levied for the month yet.
    leviable = queries.still_open(sources) - queries.levied(sources, months[0])
    keep: list[dict[str, Any]] = []
    gone: list[dict[str, Any]] = []
    for invoice in run.preview:
        done = billed.get(invoice["house_id"], set())
        lines = [
            line
            for line in invoice["lines"]
            if (
                line["source_invoice_id"] in leviable
                if line.get("source_invoice_id")
                else (line["fee_item_id"], _month(line["month"])) not in done
            )
        ]
        if not lines:
            gone.append(_skip_json(invoice, rules.ALREADY_BILLED))
            continue
        keep.append(
            {**invoice, "lines": lines, "total_satang": sum(x["amount_satang"] for x in lines)}
        )
    return keep, gone


def _month(text: str) -> date:
    return date(int(text[:4]), int(text[5:7]), 1)


def _drafts(invoices: Sequence[dict[str, Any]]) -> list[InvoiceDraft]:
    return [
        InvoiceDraft(
            house_id=invoice["house_id"],
            bill_to_name=invoice["bill_to_name"],
            bill_to_user_id=invoice["bill_to_user_id"],
            billed_to_developer=invoice["billed_to_developer"],
            lines=[
                LineDraft(
                    description=line["description"],
                    unit_satang=line["unit_satang"],
                    amount_satang=line["amount_satang"],
                    quantity=line["quantity"],
                    fee_item_id=line["fee_item_id"],
                    month=_month(line["month"]),
                    source_invoice_id=line.get("source_invoice_id"),
                )
                for line in invoice["lines"]
            ],
        )
        for invoice in invoices
    ]


def _issue_remaining(
    run: BillingRun, actor_id: int
) -> tuple[list[Invoice], list[dict[str, Any]], list[dict[str, Any]]]:
    """Issue what the preview still has to bill; on a clash with a concurrent run, roll the
    attempt back (numbers too) and try once more against what is billed by then."""
    db = database.session()
    for attempt in (1, 2):
        keep, gone = _remaining(run)
        try:
            with db.begin_nested():
                invoices = issuing.issue(
                    _drafts(keep),
                    issue_date=run.issue_date,
                    due_date=run.due_date,
                    created_by_id=actor_id,
                    billing_run_id=run.id,
                )
        except Conflict as conflict:
            if attempt == 2 or conflict.extra_data.get("code") != issuing.ALREADY_BILLED:
                raise
            continue
        return invoices, keep, gone
    raise AssertionError("unreachable")  # pragma: no cover


def post_run(*, actor: audit.Actor, run_id: int, client: Client) -> BillingRun:
    """Issue the run's invoices, spend the houses' credit on them, tell the members."""
    run = queries.run_or_404(run_id, lock=True)
    _refuse_unless_preview(run)
    invoices, keep, gone = _issue_remaining(run, actor.id)
    _tell_members(invoices)
    run.status = RunStatus.POSTED
    run.posted_by_id = actor.id
    run.posted_at = utcnow()
    run.preview = keep
    run.skipped = [*run.skipped, *gone]
    run.invoice_count = len(invoices)
    run.total_satang = sum(invoice.total_satang for invoice in invoices)
    database.session().flush()
    _audit(
        AuditAction.BILLING_RUN_POSTED,
        run,
        actor,
        client,
        {
            **_counts(run),
            "first_number": invoices[0].number if invoices else None,
            "last_number": invoices[-1].number if invoices else None,
            "billed_elsewhere_count": len(gone),
            # issuing spent the houses' credit on the new invoices (payments.ledger)
            "credit_applied_satang": sum(invoice.paid_satang for invoice in invoices),
        },
    )
    return run


def _tell_members(invoices: Sequence[Invoice]) -> None:
    """Each billed house's current members are told of its invoice (one batch)."""
    members = queries.current_members([invoice.house_id for invoice in invoices])
    notify_each(
        NotificationEvent.INVOICE_ISSUED,
        [
            Delivery(
                [user_id for user_id, *_ in members[invoice.house_id]],
                params={
                    "number": invoice.number,
                    "house_number": invoice.house.house_number,
                    "total_satang": invoice.total_satang,
                    "due_date": invoice.due_date.isoformat(),
                },
                link=MY_BILLS,
            )
            for invoice in invoices
            if members.get(invoice.house_id)
        ],
    )


def discard_run(*, actor: audit.Actor, run_id: int, client: Client) -> BillingRun:
    run = queries.run_or_404(run_id, lock=True)
    _refuse_unless_preview(run)
    run.status = RunStatus.DISCARDED
    run.discarded_at = utcnow()
    database.session().flush()
    _audit(
        AuditAction.BILLING_RUN_DISCARDED,
        run,
        actor,
        client,
        _counts(run),
    )
    return run


def _audit(
    action: AuditAction,
    run: BillingRun,
    actor: audit.Actor,
    client: Client,
    details: dict[str, Any],
) -> None:
    audit.record(
        action,
        actor=actor,
        target_type="billing_run",
        target_id=run.id,
        target_name=f"{format_period(run.period)} × {run.months}",
        client=client,
        details=details,
    )
