"""Reading certificates, and what issuing one checks: the house (locked), what it owes,
its owners and the last month billed to it."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, or_, select

from village import database
from village.certificates.models import Certificate
from village.certificates.schemas import CertificateQuery
from village.errors import NotFound
from village.houses.enums import Relation
from village.houses.models import House, HouseMember
from village.invoices.enums import InvoiceStatus
from village.invoices.models import Invoice, InvoiceLine
from village.pagination import PageOf, paginate
from village.users.models import User

OWNERS = (Relation.OWNER, Relation.CO_OWNER)
SORT_COLUMNS: dict[str, Any] = {"issue_date": Certificate.issue_date, "number": Certificate.number}


def lock_house(house_id: int) -> House:
    """The house, its row locked until the transaction ends (404 when there is none).

    The ledger locks the house row too before it changes what the house owes (payments,
    voids) and updates it when invoices are issued, so a certificate and a posting of
    the same house queue: the certificate sees the books either before or after it.
    """
    house = database.session().scalar(
        select(House)
        .where(House.id == house_id)
        .with_for_update(of=House)
        .execution_options(populate_existing=True)
    )
    if house is None:
        raise NotFound(f"No house with id {house_id}.")
    return house


def outstanding_of(house_id: int) -> int:
    """Σ outstanding of the house's invoices that are not void, in satang, summed from the
    invoices themselves (not the house's kept total)."""
    owed = database.session().scalar(
        select(
            func.coalesce(
                func.sum(Invoice.total_satang - Invoice.paid_satang - Invoice.credited_satang), 0
            )
        ).where(Invoice.house_id == house_id, Invoice.status != InvoiceStatus.VOID)
    )
    return int(owed or 0)


def owner_names(house_id: int) -> list[str]:
    """The full names of the house's current owners and co-owners, primary contact first."""
    stmt = (
        select(User.full_name)
        .join(HouseMember, HouseMember.user_id == User.id)
        .where(
            HouseMember.house_id == house_id,
            HouseMember.moved_out_on.is_(None),
            HouseMember.relation.in_(OWNERS),
        )
        .order_by(HouseMember.is_primary_contact.desc(), HouseMember.id)
    )
    return list(database.session().scalars(stmt))


def last_billed_month(house_id: int) -> date | None:
    """The latest month billed to the house on a line that is not void (surcharge lines,
    which carry the month of the run that levied them, aside)."""
    return database.session().scalar(
        select(func.max(InvoiceLine.month)).where(
            InvoiceLine.house_id == house_id,
            InvoiceLine.void.is_(False),
            InvoiceLine.source_invoice_id.is_(None),
        )
    )


def get_or_raise(number: str) -> Certificate:
    """The certificate with this number (any case, spaces trimmed), or a 404."""
    wanted = number.strip().upper()
    found = database.session().scalar(select(Certificate).where(Certificate.number == wanted))
    if found is None:
        raise NotFound(f"No certificate numbered {wanted[:40]}.")
    return found


def list_page(query: CertificateQuery) -> PageOf[Certificate]:
    """One page of certificates matching the query."""
    stmt = select(Certificate)
    if query.house_id is not None:
        stmt = stmt.where(Certificate.house_id == query.house_id)
    if query.q:
        stmt = stmt.where(
            or_(
                Certificate.number.icontains(query.q, autoescape=True),
                Certificate.house_number.icontains(query.q, autoescape=True),
            )
        )
    column = SORT_COLUMNS[query.sort.lstrip("-")]
    descending = query.sort.startswith("-")
    order = column.desc() if descending else column.asc()
    return paginate(
        stmt, query, order_by=(order, Certificate.id.desc() if descending else Certificate.id)
    )
