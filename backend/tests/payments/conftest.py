"""Fixtures of the payment tests: the office (maker), the accountant (checker), a house
with invoices, and helpers that issue invoices and set the finance settings directly."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from village import database
from village.enums import Role
from village.finance.models import SETTINGS_ID, FeeItem, FinanceSettings
from village.invoices.issuing import InvoiceDraft, LineDraft, issue
from village.profile import service as profile

PAYMENTS = "/api/v1/payments"
RECEIPTS = "/api/v1/receipts"
MONTHLY = 100_000  # 1,000.00 THB a month


def today(app: Any) -> date:
    with app.app_context():
        return profile.today()


def issue_invoice(
    app: Any,
    house_id: int,
    months: list[date],
    *,
    monthly: int = MONTHLY,
    due: date | None = None,
    bill_to_user_id: int | None = None,
) -> dict[str, Any]:
    """Issue one invoice of the common fee for `months` (first days), committed."""
    with app.app_context():
        common = database.session().scalar(select(FeeItem).where(FeeItem.code == "COMMON"))
        if common is None:  # seeded by the migration, but emptied by a committed test
            common = FeeItem(
                code="COMMON", name_th="ค่าส่วนกลาง", name_en="Common fee", counts_for_arrears=True
            )
            database.session().add(common)
            database.session().flush()
        first = months[0]
        [invoice] = issue(
            [
                InvoiceDraft(
                    house_id=house_id,
                    bill_to_name="Somchai Jaidee",
                    bill_to_user_id=bill_to_user_id,
                    lines=[
                        LineDraft(
                            description=f"ค่าส่วนกลาง {m:%Y-%m}",
                            unit_satang=monthly,
                            amount_satang=monthly,
                            fee_item_id=common.id,
                            month=m,
                        )
                        for m in months
                    ],
                )
            ],
            issue_date=first,
            due_date=due or first + timedelta(days=15),
            created_by_id=None,
        )
        database.session().commit()
        return {"id": invoice.id, "number": invoice.number, "total": invoice.total_satang}


def set_confirmation(app: Any, required: bool) -> None:
    with app.app_context():
        session = database.session()
        row = session.get(FinanceSettings, SETTINGS_ID)
        if row is None:
            row = FinanceSettings(id=SETTINGS_ID)
            session.add(row)
        row.require_payment_confirmation = required
        session.commit()


@pytest.fixture
def office(login_as):
    """A village admin: records payments (payments:record), never confirms them."""
    return login_as(Role.VILLAGE_ADMIN, full_name="Office Clerk")


@pytest.fixture
def accountant(login_as):
    """An accounting admin: records and confirms (finance:approve)."""
    return login_as(Role.ACCOUNTING_ADMIN, full_name="Accountant One")


@pytest.fixture
def accountant2(login_as):
    return login_as(Role.ACCOUNTING_ADMIN, full_name="Accountant Two")


@pytest.fixture
def house(make_house, make_user, make_member):
    """A house whose primary contact is Somchai Jaidee."""
    made = make_house(house_number="99/1")
    make_member(house=made, user=make_user(full_name="Somchai Jaidee"))
    return made


@pytest.fixture
def resident_of(login_as, make_member):
    """A signed-in resident who is a current member of `house`."""

    def make(house: Any, **fields: Any):
        signed = login_as(Role.RESIDENT, **fields)
        make_member(house=house, user=signed.user, is_primary_contact=False)
        return signed

    return make


def record(client, headers, house_id: int, amount: int, *, paid_on: date, **extra: Any):
    return client.post(
        PAYMENTS,
        json={
            "house_id": house_id,
            "amount_satang": amount,
            "method": "cash",
            "paid_on": paid_on.isoformat(),
            **extra,
        },
        headers=headers,
    )


def confirm(client, headers, payment_id: int):
    return client.post(f"{PAYMENTS}/{payment_id}/confirm", headers=headers)
