"""Fixtures of the period tests: the office (maker and checker), a super admin, the books,
and a way to close a month directly (the current month cannot be closed by the API)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.invoices.books import Books
from village import database
from village.audit.models import AuditEvent
from village.billing.models import BillingRun
from village.credit_notes.models import CreditNote
from village.enums import Role
from village.houses.models import House
from village.invoices.models import Invoice, InvoiceLine
from village.payments.models import Allocation, Payment, PaymentSlip, Receipt
from village.period_locks.enums import PeriodStatus
from village.period_locks.models import AccountingPeriod

PERIODS = "/api/v1/periods"
SEP, OCT, NOV = date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)


@pytest.fixture
def office(login_as):
    """An accounting admin: writes finance, approves, closes months."""
    return login_as(Role.ACCOUNTING_ADMIN, full_name="Accountant One")


@pytest.fixture
def checker(login_as):
    return login_as(Role.ACCOUNTING_ADMIN, full_name="Accountant Two")


@pytest.fixture
def boss(login_as):
    """A super admin: the only one who reopens a month."""
    return login_as(Role.SUPER_ADMIN, full_name="Super Admin")


@pytest.fixture
def books(app, make_user):
    return Books(app, make_user(role=Role.ACCOUNTING_ADMIN).id)


def close(client, signed, month: date, expected: int = 200) -> dict[str, Any]:
    response = client.post(f"{PERIODS}/{month:%Y-%m}/close", headers=signed.headers)
    assert response.status_code == expected, response.json
    return response.json


def close_directly(app, month: date) -> None:
    """Mark a month closed without the API (for the current month, which the API refuses)."""
    with app.app_context():
        session = database.session()
        row = session.scalar(select(AccountingPeriod).where(AccountingPeriod.period == month))
        if row is None:
            row = AccountingPeriod(period=month)
            session.add(row)
        row.status = PeriodStatus.CLOSED
        session.commit()


def fingerprint(app) -> dict[str, Any]:
    """Everything a money write could change: counts, sums and states of the books."""
    with app.app_context():
        session = database.session()

        def scalar(stmt: Any) -> Any:
            return session.scalar(stmt)

        def rows(stmt: Any) -> list[tuple[Any, ...]]:
            return sorted(tuple(row) for row in session.execute(stmt))

        return {
            "rows": {
                model.__tablename__: scalar(select(func.count()).select_from(model))
                for model in (
                    Invoice,
                    InvoiceLine,
                    Payment,
                    Allocation,
                    Receipt,
                    CreditNote,
                    BillingRun,
                    PaymentSlip,
                )
            },
            "invoices": rows(
                select(Invoice.id, Invoice.status, Invoice.paid_satang, Invoice.credited_satang)
            ),
            "payments": rows(select(Payment.id, Payment.status, Payment.posting_date)),
            "allocations": scalar(select(func.count()).where(Allocation.reversed_at.is_(None))),
            "receipts_void": scalar(select(func.count()).where(Receipt.void.is_(True))),
            "houses": rows(select(House.id, House.outstanding_satang, House.credit_satang)),
            "runs": rows(select(BillingRun.id, BillingRun.status)),
            "slips": rows(select(PaymentSlip.id, PaymentSlip.status)),
            "audit": scalar(select(func.count()).select_from(AuditEvent)),
        }
