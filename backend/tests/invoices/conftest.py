"""Fixtures of the invoice tests: the accounts office, residents with houses, the books."""

from __future__ import annotations

from typing import Any

import pytest

from tests.invoices.books import Books
from village.enums import Role

BASE = "/api/v1/invoices"


@pytest.fixture
def office(login_as):
    """An accounting admin: reads and writes finance."""
    return login_as(Role.ACCOUNTING_ADMIN, full_name="Accounts Office")


@pytest.fixture
def resident_of(login_as, make_house, make_member):
    """A signed-in resident who is a current member of a new house: (signed_in, house)."""

    def make(**fields: Any):
        house = make_house()
        signed = login_as(Role.RESIDENT, **fields)
        make_member(house=house, user=signed.user)
        return signed, house

    return make


@pytest.fixture
def books(app, make_user):
    return Books(app, make_user(role=Role.ACCOUNTING_ADMIN).id)
