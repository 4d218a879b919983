"""Decisions at once, against real commits (SQLite and PostgreSQL): two reviewers
accepting one slip make one payment and one receipt; twenty slips accepted in
parallel get twenty consecutive receipt numbers."""

from __future__ import annotations

import io
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select

from tests.auth.test_concurrency import at_once
from tests.conftest import make_settings, only_seeds_left, sign_in
from tests.factories import HouseFactory, MemberFactory, UserFactory
from tests.payment_slips.conftest import BASE, issue_invoice
from village import create_app, database
from village.enums import Role, UserStatus
from village.payments.models import Payment, Receipt

pytestmark = pytest.mark.committed


@pytest.fixture
def committed_app(database_url, engine, tmp_path):
    """tests/conftest.py's committed_app, with its own UPLOAD_DIR."""
    with only_seeds_left(engine):
        app = create_app(make_settings(database_url, UPLOAD_DIR=tmp_path / "uploads"))
        yield app
        app.extensions["village.db"].engine.dispose()


def _png(i: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 20), (i, 100, 200)).save(out, "PNG")
    return out.getvalue()


def _headers(app, email):
    return {"Authorization": f"Bearer {sign_in(app.test_client(), email)['access_token']}"}


def _slips(app, count: int) -> tuple[list[int], dict[str, str]]:
    """`count` houses, each with a resident, an invoice and a submitted slip; the headers
    of an accountant."""
    with app.app_context():
        accountant = UserFactory(role=Role.ACCOUNTING_ADMIN, status=UserStatus.ACTIVE)
        people = []
        for _ in range(count):
            resident = UserFactory(role=Role.RESIDENT, status=UserStatus.ACTIVE)
            house = HouseFactory()
            MemberFactory(house=house, user=resident)
            people.append((resident.email, house.id))
        accountant_email = accountant.email
    slip_ids = []
    for i, (email, house_id) in enumerate(people):
        issue_invoice(app, house_id, 100_000, date(2026, 11, 1))
        sent = app.test_client().post(
            BASE,
            data={
                "house_id": str(house_id),
                "amount_satang": "100000",
                "transferred_at": (datetime.now(UTC) - timedelta(hours=1)).isoformat(),
                "file": (io.BytesIO(_png(i)), "slip.png"),
            },
            content_type="multipart/form-data",
            headers=_headers(app, email),
        )
        assert sent.status_code == 201, sent.json
        slip_ids.append(sent.json["id"])
    return slip_ids, _headers(app, accountant_email)


def test_two_accepts_of_one_slip_at_once_make_one_payment_and_one_receipt(committed_app):
    [slip_id], headers = _slips(committed_app, 1)

    def accept(_):
        return (
            committed_app.test_client()
            .post(f"{BASE}/{slip_id}/accept", json={}, headers=headers)
            .status_code
        )

    assert Counter(at_once(2, accept)) == {200: 1, 409: 1}
    with committed_app.app_context():
        session = database.session()
        assert session.scalar(select(func.count()).select_from(Payment)) == 1
        assert session.scalar(select(func.count()).select_from(Receipt)) == 1


def test_twenty_slips_accepted_in_parallel_get_twenty_consecutive_receipt_numbers(
    committed_app,
):
    slip_ids, headers = _slips(committed_app, 20)

    def accept(i):
        answer = committed_app.test_client().post(
            f"{BASE}/{slip_ids[i]}/accept", json={}, headers=headers
        )
        assert answer.status_code == 200, answer.json
        return answer.json["receipt"]["number"]

    numbers = at_once(20, accept)
    assert len(set(numbers)) == 20
    sequence = sorted(int(number.rsplit("-", 1)[1]) for number in numbers)
    assert sequence == list(range(sequence[0], sequence[0] + 20))
    with committed_app.app_context():
        assert database.session().scalar(select(func.count()).select_from(Receipt)) == 20
