"""Fixtures of the billing tests: the office, the common fee at 20 THB/ตร.ว., houses."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.finance.conftest import accountant, common_item, fee_item, village_admin  # noqa: F401
from village import database
from village.invoices.models import Invoice, InvoiceLine

RUNS = "/api/v1/billing-runs"
SCHEDULES = "/api/v1/fee-schedules"


@pytest.fixture
def common_rate(client, accountant, common_item):  # noqa: F811
    """COMMON at 2,000 satang per square wah per month from 2026-01 (for every plot)."""
    response = client.post(
        SCHEDULES,
        json={
            "fee_item_id": common_item,
            "basis": "per_sq_wah",
            "rate_satang": 2000,
            "effective_from": "2026-01",
            "meeting_reference": "AGM 1/2569 agenda 4",
        },
        headers=accountant.headers,
    )
    assert response.status_code == 201, response.json
    return response.json


def preview(client, signed, **body):
    response = client.post(
        RUNS,
        json={"period": "2026-12", "months": 1, "issue_date": "2026-12-01", **body},
        headers=signed.headers,
    )
    assert response.status_code == 201, response.json
    return response.json


def post(client, signed, run_id):
    response = client.post(f"{RUNS}/{run_id}/post", headers=signed.headers)
    assert response.status_code == 200, response.json
    return response.json


def invoices_of(app, house_id=None):
    with app.app_context():
        stmt = select(Invoice).order_by(Invoice.id)
        if house_id is not None:
            stmt = stmt.where(Invoice.house_id == house_id)
        return list(database.session().scalars(stmt).unique())


def billed_pairs(app):
    """(house, fee item, month) → how many non-void lines bill it."""
    with app.app_context():
        rows = database.session().execute(
            select(InvoiceLine.house_id, InvoiceLine.fee_item_id, InvoiceLine.month, func.count())
            .where(InvoiceLine.void.is_(False))
            .group_by(InvoiceLine.house_id, InvoiceLine.fee_item_id, InvoiceLine.month)
        )
        return {(h, f, m): n for h, f, m, n in rows}


DEC = date(2026, 12, 1)
