"""Certificates issued at the same moment, against real commits (on PostgreSQL the
transactions really race; SQLite serialises writers): every request gets its own number,
and the numbers are consecutive with no gaps and no duplicates (village.md, invariant 6)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.auth.test_concurrency import at_once
from tests.conftest import sign_in
from tests.factories import HouseFactory, UserFactory
from village import database
from village.certificates.models import Certificate
from village.enums import Role, UserStatus
from village.invoices import issuing
from village.profile import service as profile

pytestmark = pytest.mark.committed
PARALLEL = 12


def test_parallel_issues_get_consecutive_numbers_and_an_owing_house_none(committed_app):
    with committed_app.app_context():
        accountant = UserFactory(role=Role.ACCOUNTING_ADMIN, status=UserStatus.ACTIVE)
        houses = [HouseFactory().id for _ in range(3)]  # two requests or more for each
        owing = HouseFactory().id
        line = issuing.LineDraft(description="Key card", unit_satang=10_000, amount_satang=10_000)
        today = profile.today()
        issuing.issue(
            [issuing.InvoiceDraft(house_id=owing, bill_to_name="Owner", lines=[line])],
            issue_date=today, due_date=today, created_by_id=None,
        )  # fmt: skip
        database.session().commit()
        year = profile.fiscal_year()
    client = committed_app.test_client()
    headers = {"Authorization": f"Bearer {sign_in(client, accountant.email)['access_token']}"}
    targets = [*(houses[i % 3] for i in range(PARALLEL)), owing, owing]

    def issue(i):
        url = f"/api/v1/houses/{targets[i]}/debt-clearance-certificate"
        answer = committed_app.test_client().post(url, headers=headers)
        return answer.status_code, answer.json

    answers = at_once(len(targets), issue)
    assert [status for status, _ in answers] == [201] * PARALLEL + [409, 409], answers
    numbers = sorted(body["number"] for status, body in answers if status == 201)
    assert numbers == [f"CERT{year}-{n:06d}" for n in range(1, PARALLEL + 1)]
    with committed_app.app_context():
        stored = database.session().execute(select(Certificate.number, Certificate.house_id))
        by_number = dict(stored.all())
    assert sorted(by_number) == numbers
    assert sorted(by_number.values()) == sorted(targets[:PARALLEL])
