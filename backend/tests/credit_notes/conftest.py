"""Fixtures of the credit-note tests: a maker and a checker (both accounting admins),
residents with houses, the books; helpers that call the API."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from tests.invoices.conftest import books, office, resident_of
from village.enums import Role

__all__ = ["books", "office", "resident_of"]

NOTES = "/api/v1/credit-notes"
NOV = date(2026, 11, 1)


@pytest.fixture
def checker(login_as):
    """A second accounting admin: approves what the office asks for."""
    return login_as(Role.ACCOUNTING_ADMIN, full_name="Checker Two")


@pytest.fixture
def invoice(books, make_house):
    """An invoice of 1,600.00 THB (November's common fee) of a new house: its id."""
    house = make_house(house_number="77/7")
    return books.issue(house.id, months=[NOV], issue_date=NOV, due_date=NOV + timedelta(days=15))


def ask(client: Any, signed: Any, invoice_id: int, amount: int, reason: str = "Wrong area"):
    return client.post(
        NOTES,
        json={"invoice_id": invoice_id, "amount_satang": amount, "reason": reason},
        headers=signed.headers,
    )


def asked(client: Any, signed: Any, invoice_id: int, amount: int, **extra: Any) -> dict[str, Any]:
    response = ask(client, signed, invoice_id, amount, **extra)
    assert response.status_code == 201, response.json
    return dict(response.json)


def approve(client: Any, signed: Any, note_id: int):
    return client.post(f"{NOTES}/{note_id}/approve", headers=signed.headers)
