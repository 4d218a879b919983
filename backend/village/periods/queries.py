"""Reading periods: which months exist, their rows and snapshots, and a month's figures."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import func, select

from village import database
from village.arrears import as_of, flows
from village.arrears import queries as arrears
from village.credit_notes.models import CreditNote, CreditNoteStatus
from village.invoices.models import Invoice
from village.payments.models import Payment, Receipt
from village.period_locks import guard
from village.period_locks.models import AccountingPeriod, PeriodSnapshot
from village.users.models import User


def months(year: int | None) -> list[date]:
    """Every month (first day) with a period row, an invoice or a payment, newest first."""
    session = database.session()
    found: set[date] = set(session.scalars(select(AccountingPeriod.period)))
    for column in (Invoice.issue_date, Payment.posting_date):
        stmt = select(column).distinct()
        if year is not None:
            stmt = stmt.where(column >= date(year, 1, 1), column <= date(year, 12, 31))
        found |= {day.replace(day=1) for day in session.scalars(stmt)}
    if year is not None:
        found = {month for month in found if month.year == year}
    return sorted(found, reverse=True)


def rows(periods: Iterable[date]) -> dict[date, AccountingPeriod]:
    wanted = list(periods)
    if not wanted:
        return {}
    found = database.session().scalars(
        select(AccountingPeriod).where(AccountingPeriod.period.in_(wanted))
    )
    return {row.period: row for row in found}


def row(period: date, *, lock: bool = False) -> AccountingPeriod | None:
    stmt = select(AccountingPeriod).where(AccountingPeriod.period == period)
    if lock:
        stmt = stmt.with_for_update()
    return database.session().scalar(stmt)


def snapshots(periods: Iterable[date]) -> dict[date, list[PeriodSnapshot]]:
    """The snapshots of these months, newest first."""
    wanted = list(periods)
    found: dict[date, list[PeriodSnapshot]] = {month: [] for month in wanted}
    if wanted:
        for snapshot in database.session().scalars(
            select(PeriodSnapshot)
            .where(PeriodSnapshot.period.in_(wanted))
            .order_by(PeriodSnapshot.id.desc())
        ):
            found[snapshot.period].append(snapshot)
    return found


def names(user_ids: Iterable[int | None]) -> dict[int, str]:
    ids = {user_id for user_id in user_ids if user_id is not None}
    if not ids:
        return {}
    found = database.session().execute(select(User.id, User.full_name).where(User.id.in_(ids)))
    return {row[0]: row[1] for row in found}


def figures(month: date) -> dict[str, Any]:
    """The month's figures as they stand: what was billed, collected and credited in it
    by the books' date (`arrears.flows.month_flows`, the collections report's figures),
    the documents dated in it that still count at its end, and the balances at its end
    (the arrears core: invariant 4)."""
    first, end = month, guard.month_end(month)
    session = database.session()
    billed, collected, credited = flows.month_flows(month)
    invoices = session.scalar(
        select(func.count(Invoice.id)).where(Invoice.issue_date >= first, as_of.invoice_counts(end))
    )
    receipts = session.scalar(
        select(func.count(Receipt.id))
        .join(Payment, Receipt.payment_id == Payment.id)
        .where(Payment.posting_date >= first, as_of.payment_counts(end))
    )
    credit_notes = session.scalar(
        select(func.count(CreditNote.id))
        .where(CreditNote.status == CreditNoteStatus.ISSUED)
        .where(CreditNote.issue_date >= first, CreditNote.issue_date <= end)
    )
    balances = arrears.balance_totals_as_of(end)
    in_arrears = sum(1 for line in arrears.arrears_rows(end) if line.in_arrears)
    return {
        "billed_satang": int(billed),
        "collected_satang": int(collected),
        "credited_satang": int(credited),
        "outstanding_satang": balances.outstanding_satang,
        "credit_satang": balances.credit_satang,
        "counts": {
            "invoices": invoices or 0,
            "receipts": receipts or 0,
            "credit_notes": credit_notes or 0,
            "houses_in_arrears": in_arrears,
        },
    }
