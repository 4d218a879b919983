"""HTTP endpoints of billing runs: /api/v1/billing-runs[/{id}], …/{id}/post."""

from __future__ import annotations

from typing import Any, cast

from apiflask import APIBlueprint

from village.billing import queries, service
from village.billing.models import BillingRun
from village.billing.schemas import (
    BillingRunCreate,
    BillingRunPage,
    BillingRunQuery,
    BillingRunRead,
    BillingRunSummary,
)
from village.finance.policies import require_office
from village.security.actor import current_actor
from village.security.client import current_client
from village.security.permissions import Permission, current_principal, require
from village.users.models import User

bp = APIBlueprint("billing", __name__, url_prefix="/api/v1")
READ = Permission.FINANCE_READ
WRITE = Permission.FINANCE_WRITE
ONE = "/billing-runs/<id:billing_run_id>"
STATE = {409: "The run is posted or discarded (code run_posted / run_discarded)"}
CLOSED = "its issue date is in a closed month (code period_closed)"


def _user() -> User:
    return cast(User, current_principal())


def _fields(run: BillingRun) -> dict[str, Any]:
    return {
        **{
            field: getattr(run, field)
            for field in BillingRunSummary.model_fields
            if field != "skipped_count"
        },
        "skipped_count": len(run.skipped),
    }


def _read(run: BillingRun) -> BillingRunRead:
    return BillingRunRead.model_validate(
        {**_fields(run), "preview": run.preview, "skipped": run.skipped}
    )


@bp.get("/billing-runs")
@require(READ)
@bp.input(BillingRunQuery, location="query", arg_name="query")
@bp.output(BillingRunPage)
@bp.doc(responses={403: "The office's only"})
def list_runs(query: BillingRunQuery) -> BillingRunPage:
    """Billing runs, newest first (without their per-house detail)."""
    require_office(current_actor())
    page = queries.list_page(query)
    return BillingRunPage(
        items=[BillingRunSummary.model_validate(_fields(run)) for run in page.items],
        total=page.total,
        page=page.page,
        per_page=page.per_page,
    )


@bp.post("/billing-runs")
@require(WRITE)
@bp.input(BillingRunCreate, arg_name="body")
@bp.output(BillingRunRead, status_code=201)
@bp.doc(responses={409: f"The issue date is in a closed month: {CLOSED}"})
def create_run(body: BillingRunCreate) -> BillingRunRead:
    """Preview a run: per house the invoice it would issue, and the houses skipped with
    why. Nothing is numbered or billed until it is posted."""
    return _read(service.create_run(actor=_user(), data=body, client=current_client()))


@bp.get(ONE)
@require(READ)
@bp.output(BillingRunRead)
@bp.doc(responses={403: "The office's only"})
def get_run(billing_run_id: int) -> BillingRunRead:
    """One run with its preview (or, once posted, what it issued) and skipped houses."""
    require_office(current_actor())
    return _read(queries.run_or_404(billing_run_id))


@bp.post(f"{ONE}/post")
@require(WRITE)
@bp.output(BillingRunRead)
@bp.doc(responses={409: f"{STATE[409]}; or {CLOSED}"})
def post_run(billing_run_id: int) -> BillingRunRead:
    """Issue the run's invoices (numbered now; lines billed meanwhile are left out), spend
    each house's credit on them and notify the houses' members."""
    return _read(service.post_run(actor=_user(), run_id=billing_run_id, client=current_client()))


@bp.delete(ONE)
@require(WRITE)
@bp.output(BillingRunRead)
@bp.doc(responses=STATE)
def discard_run(billing_run_id: int) -> BillingRunRead:
    """Discard a preview (kept, marked discarded)."""
    return _read(service.discard_run(actor=_user(), run_id=billing_run_id, client=current_client()))
