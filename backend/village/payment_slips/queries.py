"""Reading payment slips, always through the actor's scope, and what a list shows
beside them (duplicates, receipts, the suggested match)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.orm import aliased

from village import database
from village.errors import NotFound
from village.houses.models import House
from village.invoices import ledger as invoice_ledger
from village.invoices.enums import OPEN_STATUSES
from village.invoices.models import Invoice
from village.pagination import PageOf, paginate
from village.payment_slips.policies import own_houses_slips, visible_slips
from village.payment_slips.schemas import PaymentSlipQuery
from village.payments.enums import SlipStatus
from village.payments.models import PaymentSlip, Receipt
from village.security.actor import Actor

SORT_COLUMNS: dict[str, Any] = {
    "created_at": PaymentSlip.created_at,
    "transferred_at": PaymentSlip.transferred_at,
    "amount_satang": PaymentSlip.amount_satang,
    "updated_at": PaymentSlip.updated_at,
}


def get_or_raise(actor: Actor, slip_id: int) -> PaymentSlip:
    """The slip, if the actor may see it; otherwise, or when there is none, a 404."""
    found = database.session().scalar(
        select(PaymentSlip).where(PaymentSlip.id == slip_id, visible_slips(actor))
    )
    if found is None:
        raise NotFound(f"No payment slip with id {slip_id}.")
    return found


def lock(slip: PaymentSlip) -> PaymentSlip:
    """Re-read the slip with its row locked (PostgreSQL; SQLite's writer lock already
    serialises), so two changes queue rather than both pass the same check."""
    database.session().execute(
        select(PaymentSlip.id).where(PaymentSlip.id == slip.id).with_for_update()
    )
    database.session().refresh(slip)
    return slip


def status_of(slip_id: int) -> SlipStatus | None:
    return database.session().scalar(select(PaymentSlip.status).where(PaymentSlip.id == slip_id))


def _duplicated() -> ColumnElement[bool]:
    """A condition on PaymentSlip: another slip, not withdrawn, has the same file bytes."""
    other = aliased(PaymentSlip)
    return exists().where(
        other.file_sha256 == PaymentSlip.file_sha256,
        other.id != PaymentSlip.id,
        other.status != SlipStatus.WITHDRAWN,
    )


def list_page(actor: Actor, query: PaymentSlipQuery, *, mine: bool = False) -> PageOf[PaymentSlip]:
    """One page of the slips the actor may see (`mine`: of their own current houses)."""
    stmt = select(PaymentSlip).where(own_houses_slips(actor) if mine else visible_slips(actor))
    if query.status is not None:
        stmt = stmt.where(PaymentSlip.status == query.status)
    if query.house_id is not None:
        stmt = stmt.where(PaymentSlip.house_id == query.house_id)
    if query.q:
        stmt = stmt.where(
            PaymentSlip.house_id.in_(
                select(House.id).where(House.house_number.icontains(query.q, autoescape=True))
            )
        )
    if query.possible_duplicate is not None:
        stmt = stmt.where(_duplicated() if query.possible_duplicate else ~_duplicated())
    sort = query.sort or ("created_at" if query.status is SlipStatus.SUBMITTED else "-created_at")
    column = SORT_COLUMNS[sort.lstrip("-")]
    descending = sort.startswith("-")
    order = column.desc() if descending else column.asc()
    tie_break = PaymentSlip.id.desc() if descending else PaymentSlip.id.asc()
    return paginate(stmt, query, order_by=(order, tie_break))


def duplicated_ids(slips: Sequence[PaymentSlip]) -> set[int]:
    """Which of `slips` share their stored file's sha256 with another slip not withdrawn."""
    hashes = {slip.file_sha256 for slip in slips}
    if not hashes:
        return set()
    rows = database.session().execute(
        select(PaymentSlip.id, PaymentSlip.file_sha256).where(
            PaymentSlip.file_sha256.in_(hashes), PaymentSlip.status != SlipStatus.WITHDRAWN
        )
    )
    holders: dict[str, set[int]] = {}
    for slip_id, sha in rows:
        holders.setdefault(sha, set()).add(slip_id)
    return {slip.id for slip in slips if holders.get(slip.file_sha256, set()) - {slip.id}}


def receipts_by_payment(payment_ids: Iterable[int | None]) -> dict[int, Receipt]:
    ids = sorted({i for i in payment_ids if i is not None})
    if not ids:
        return {}
    found = database.session().scalars(select(Receipt).where(Receipt.payment_id.in_(ids)))
    return {receipt.payment_id: receipt for receipt in found.unique()}


def open_invoices(house_id: int) -> list[Invoice]:
    """The house's open invoices, oldest due first."""
    return invoice_ledger.open_invoices(house_id)


def open_invoice_ids(house_id: int, ids: Iterable[int]) -> set[int]:
    """Which of `ids` are open invoices of the house."""
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    return set(
        database.session().scalars(
            select(Invoice.id).where(
                and_(
                    Invoice.id.in_(wanted),
                    Invoice.house_id == house_id,
                    Invoice.status.in_(OPEN_STATUSES),
                )
            )
        )
    )
