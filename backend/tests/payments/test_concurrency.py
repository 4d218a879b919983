"""Confirmations at once, against real commits (SQLite's one writer; PostgreSQL's row
locks): numbers stay consecutive and one payment gets one receipt (invariants 3, 6)."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from tests.auth.test_concurrency import at_once
from tests.conftest import sign_in
from tests.factories import HouseFactory, UserFactory
from village import database
from village.enums import Role, UserStatus
from village.payments.enums import PaymentMethod, PaymentStatus
from village.payments.models import Payment, Receipt
from village.profile import service as profile

pytestmark = pytest.mark.committed


def _pending_payments(app, count):
    """`count` pending payments of `count` houses recorded by a clerk; an accountant's
    token to confirm them."""
    with app.app_context():
        clerk = UserFactory(role=Role.VILLAGE_ADMIN, status=UserStatus.ACTIVE)
        checker = UserFactory(role=Role.ACCOUNTING_ADMIN, status=UserStatus.ACTIVE)
        day = profile.today()
        ids = []
        for i in range(count):
            house = HouseFactory()
            payment = Payment(
                house_id=house.id,
                amount_satang=10_000 + i,
                method=PaymentMethod.CASH,
                paid_on=day,
                posting_date=day,
                payer_name=f"Payer {i}",
                status=PaymentStatus.PENDING,
                recorded_by_id=clerk.id,
            )
            database.session().add(payment)
            database.session().flush()
            ids.append(payment.id)
        database.session().commit()
        email = checker.email
    token = sign_in(app.test_client(), email)["access_token"]
    return ids, {"Authorization": f"Bearer {token}"}


def test_twenty_confirmations_at_once_give_twenty_consecutive_receipt_numbers(committed_app):
    ids, headers = _pending_payments(committed_app, 20)

    def confirm(i):
        answer = committed_app.test_client().post(
            f"/api/v1/payments/{ids[i]}/confirm", headers=headers
        )
        assert answer.status_code == 200, answer.json
        return answer.json["receipt_number"]

    numbers = at_once(20, confirm)
    assert sorted(numbers) == [f"RC2569-{n:06d}" for n in range(1, 21)]


def test_two_confirmations_of_one_payment_at_once_issue_one_receipt(committed_app):
    [payment_id], headers = _pending_payments(committed_app, 1)

    def confirm(_):
        return (
            committed_app.test_client()
            .post(f"/api/v1/payments/{payment_id}/confirm", headers=headers)
            .status_code
        )

    assert Counter(at_once(2, confirm)) == {200: 1, 409: 1}
    with committed_app.app_context():
        receipts = database.session().scalar(
            select(func.count()).select_from(Receipt).where(Receipt.payment_id == payment_id)
        )
        assert receipts == 1
        payment = database.session().get(Payment, payment_id)
        assert payment is not None and payment.status is PaymentStatus.CONFIRMED
