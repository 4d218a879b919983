"""Fixtures of the arrears tests: the books, and the arrears core read in the app."""

from __future__ import annotations

from typing import Any

import pytest

from tests.invoices.books import Books
from village import database
from village.arrears import queries
from village.enums import Role
from village.houses.models import House


@pytest.fixture
def books(app, make_user):
    return Books(app, make_user(role=Role.ACCOUNTING_ADMIN).id)


class Arrears:
    """The arrears core, each call in its own app context (as a request would)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def __getattr__(self, name: str) -> Any:
        function = getattr(queries, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            with self.app.app_context():
                return function(*args, **kwargs)

        return call

    def kept(self) -> dict[int, tuple[int, int]]:
        """Every house's kept (outstanding, credit) that is not (0, 0)."""
        with self.app.app_context():
            return {
                house.id: (house.outstanding_satang, house.credit_satang)
                for house in database.session().query(House)
                if house.outstanding_satang or house.credit_satang
            }


@pytest.fixture
def arrears(app):
    return Arrears(app)
