"""Fixtures of the finance tests: the office's roles, and fee items."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from village import database
from village.enums import Role
from village.finance.models import FeeItem


@pytest.fixture
def accountant(login_as):
    """An accounting admin: finance:write."""
    return login_as(Role.ACCOUNTING_ADMIN, full_name="Accountant")


@pytest.fixture
def village_admin(login_as):
    return login_as(Role.VILLAGE_ADMIN, full_name="Village Admin")


@pytest.fixture
def common_item(app):
    """The COMMON fee item (seeded by the migration; made here if a committed test
    emptied the tables): its id."""
    return fee_item(app, "COMMON", "ค่าส่วนกลาง", "Common fee", counts_for_arrears=True)


def fee_item(app, code: str, name_th: str, name_en: str, **fields) -> int:
    with app.app_context():
        db = database.session()
        found = db.scalar(select(FeeItem).where(FeeItem.code == code))
        if found is None:
            found = FeeItem(code=code, name_th=name_th, name_en=name_en, **fields)
            db.add(found)
            db.commit()
        return found.id
