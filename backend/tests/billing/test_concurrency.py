"""Two billing runs of one period posted at the same moment, against real commits (on
PostgreSQL two transactions really race; SQLite serialises writers): every (house, fee
item, month) is billed exactly once and invoice numbers stay consecutive, without gaps."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from tests.auth.test_concurrency import at_once
from tests.conftest import sign_in
from tests.factories import HouseFactory, UserFactory
from village import database
from village.enums import Role, UserStatus
from village.finance.models import FeeItem, FeeSchedule
from village.invoices.models import Invoice, InvoiceLine

pytestmark = pytest.mark.committed
RUNS = "/api/v1/billing-runs"


def _seed(app, houses: int) -> tuple[str, list[int]]:
    with app.app_context():
        db = database.session()
        accountant = UserFactory(role=Role.ACCOUNTING_ADMIN, status=UserStatus.ACTIVE)
        item = db.scalar(select(FeeItem).where(FeeItem.code == "COMMON"))
        if item is None:
            item = FeeItem(code="COMMON", name_th="ค่าส่วนกลาง", name_en="Common fee")
            db.add(item)
            db.flush()
        db.add(
            FeeSchedule(
                fee_item_id=item.id,
                basis="per_sq_wah",
                rate_satang=2000,
                effective_from=database.utcnow().date().replace(year=2026, month=1, day=1),
                meeting_reference="AGM",
            )
        )
        db.commit()
        ids = [HouseFactory(land_area_hundredths=5000 + n).id for n in range(houses)]
        return accountant.email, ids


def _preview(client, headers, house_ids):
    response = client.post(
        RUNS,
        json={"period": "2026-12", "months": 3, "house_ids": house_ids,
              "issue_date": "2026-12-01"},
        headers=headers,
    )  # fmt: skip
    assert response.status_code == 201, response.json
    return response.json["id"]


def test_two_runs_of_one_period_posted_at_once_bill_each_month_once(committed_app):
    email, ids = _seed(committed_app, 30)
    client = committed_app.test_client()
    headers = {"Authorization": f"Bearer {sign_in(client, email)['access_token']}"}
    # Overlapping previews: houses 0-19 and 10-29 (10 houses in both).
    runs = [_preview(client, headers, ids[:20]), _preview(client, headers, ids[10:])]

    def post(i):
        answer = committed_app.test_client().post(f"{RUNS}/{runs[i]}/post", headers=headers)
        return answer.status_code, answer.json

    answers = at_once(2, post)
    assert [status for status, _ in answers] == [200, 200], answers
    counts = sorted(body["invoice_count"] for _, body in answers)
    # One run issues its 20; the other only the 10 houses the first did not have.
    assert counts == [10, 20]
    with committed_app.app_context():
        db = database.session()
        pairs = Counter(
            db.execute(
                select(InvoiceLine.house_id, InvoiceLine.fee_item_id, InvoiceLine.month).where(
                    InvoiceLine.void.is_(False)
                )
            ).all()
        )
        assert len(pairs) == 30 * 3
        assert set(pairs.values()) == {1}
        numbers = sorted(db.scalars(select(Invoice.number)))
        assert numbers == [f"INV2569-{n:06d}" for n in range(1, 31)]
        billed_houses = Counter(db.scalars(select(Invoice.house_id)))
        assert set(billed_houses) == set(ids)
        assert set(billed_houses.values()) == {1}


def test_one_run_posted_twice_at_once_posts_once(committed_app):
    email, ids = _seed(committed_app, 5)
    client = committed_app.test_client()
    headers = {"Authorization": f"Bearer {sign_in(client, email)['access_token']}"}
    run = _preview(client, headers, ids)

    def post(_):
        return committed_app.test_client().post(f"{RUNS}/{run}/post", headers=headers).status_code

    assert sorted(at_once(2, post)) == [200, 409]
    with committed_app.app_context():
        numbers = sorted(database.session().scalars(select(Invoice.number)))
        assert numbers == [f"INV2569-{n:06d}" for n in range(1, 6)]


def test_two_runs_posted_at_once_levy_each_surcharge_once(committed_app):
    """Overlapping previews both carry the surcharges on November's unpaid invoices; posted
    together, each (source invoice, month) is levied once (the partial unique index and
    the retry), and numbers stay consecutive."""
    from datetime import date

    from village.finance.enums import SurchargeMethod
    from village.finance.models import SETTINGS_ID, FinanceSettings
    from village.invoices.issuing import InvoiceDraft, LineDraft, issue

    email, ids = _seed(committed_app, 20)
    with committed_app.app_context():
        db = database.session()
        if db.scalar(select(FeeItem).where(FeeItem.code == "LATE_FEE")) is None:
            db.add(FeeItem(code="LATE_FEE", name_th="เงินเพิ่ม", name_en="Late fee"))
        common = db.scalar(select(FeeItem).where(FeeItem.code == "COMMON"))
        assert common is not None
        common.counts_for_arrears = True
        settings = FinanceSettings(id=SETTINGS_ID, surcharge_method=SurchargeMethod.FIXED_PER_MONTH,
                                   surcharge_fixed_satang=5_000)  # fmt: skip
        settings.surcharge_legal_reference = "Reg 1"
        db.add(settings)
        nov = date(2026, 11, 1)
        issue(
            [
                InvoiceDraft(house_id=house_id, bill_to_name="Owner", lines=[
                    LineDraft(description="Nov", unit_satang=100_000, amount_satang=100_000,
                              fee_item_id=common.id, month=nov),
                ])
                for house_id in ids
            ],
            issue_date=nov, due_date=date(2026, 11, 16), created_by_id=None,
        )  # fmt: skip
        db.commit()
    client = committed_app.test_client()
    headers = {"Authorization": f"Bearer {sign_in(client, email)['access_token']}"}
    runs = []
    for chosen in (ids[:15], ids[5:]):
        response = client.post(
            RUNS,
            json={"period": "2026-12", "months": 1, "house_ids": chosen,
                  "issue_date": "2026-12-01"},
            headers=headers,
        )  # fmt: skip
        assert response.status_code == 201, response.json
        runs.append(response.json["id"])

    def post(i):
        return committed_app.test_client().post(f"{RUNS}/{runs[i]}/post", headers=headers)

    assert [answer.status_code for answer in at_once(2, post)] == [200, 200]
    with committed_app.app_context():
        db = database.session()
        levies = Counter(
            db.execute(
                select(InvoiceLine.source_invoice_id, InvoiceLine.month).where(
                    InvoiceLine.void.is_(False), InvoiceLine.source_invoice_id.is_not(None)
                )
            ).all()
        )
        assert len(levies) == 20
        assert set(levies.values()) == {1}
        numbers = sorted(db.scalars(select(Invoice.number)))
        assert numbers == [f"INV2569-{n:06d}" for n in range(1, 41)]
