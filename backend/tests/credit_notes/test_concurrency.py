"""Approvals at once, against real commits (SQLite's one writer; PostgreSQL's row locks):
two notes for one invoice never credit more than it owes, and numbers stay consecutive
(invariants 1 and 6)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from tests.auth.test_concurrency import at_once
from tests.conftest import sign_in
from tests.factories import HouseFactory, UserFactory
from village import database
from village.credit_notes.enums import CreditNoteStatus
from village.credit_notes.models import CreditNote
from village.enums import Role, UserStatus
from village.finance.models import FeeItem
from village.houses.models import House
from village.invoices.issuing import InvoiceDraft, LineDraft, issue
from village.invoices.models import Invoice
from village.profile import service as profile

pytestmark = pytest.mark.committed
NOV = date(2026, 11, 1)


def _notes(app, amounts_per_invoice):
    """One invoice of 1,600.00 per entry of `amounts_per_invoice` (each of its own house),
    with pending notes of those amounts asked for by a maker; the checker's token."""
    with app.app_context():
        db = database.session()
        maker = UserFactory(role=Role.ACCOUNTING_ADMIN, status=UserStatus.ACTIVE)
        checker = UserFactory(role=Role.ACCOUNTING_ADMIN, status=UserStatus.ACTIVE)
        common = db.scalar(select(FeeItem).where(FeeItem.code == "COMMON"))
        if common is None:  # seeded by the migration, but emptied by a committed test
            common = FeeItem(code="COMMON", name_th="ค่าส่วนกลาง", name_en="Common fee",
                             counts_for_arrears=True)  # fmt: skip
            db.add(common)
            db.flush()
        ids, invoice_ids = [], []
        for amounts in amounts_per_invoice:
            house = HouseFactory()
            line = LineDraft(description="ค่าส่วนกลาง", unit_satang=160_000,
                             amount_satang=160_000, fee_item_id=common.id, month=NOV)  # fmt: skip
            [invoice] = issue(
                [InvoiceDraft(house_id=house.id, bill_to_name="Owner", lines=[line])],
                issue_date=NOV, due_date=date(2026, 11, 16), created_by_id=None,
            )  # fmt: skip
            invoice_ids.append(invoice.id)
            for amount in amounts:
                note = CreditNote(invoice_id=invoice.id, house_id=house.id, amount_satang=amount,
                                  reason="Wrong area", created_by_id=maker.id)  # fmt: skip
                db.add(note)
                db.flush()
                ids.append(note.id)
        db.commit()
        email = checker.email
    token = sign_in(app.test_client(), email)["access_token"]
    return ids, invoice_ids, {"Authorization": f"Bearer {token}"}


def test_two_approvals_for_one_invoice_at_once_never_over_credit_it(committed_app):
    ids, [invoice_id], headers = _notes(committed_app, [[100_000, 100_000]])

    def approve(i):
        answer = committed_app.test_client().post(
            f"/api/v1/credit-notes/{ids[i]}/approve", headers=headers
        )
        return answer.status_code, (answer.json or {}).get("code")

    assert Counter(at_once(2, approve)) == {(200, None): 1, (409, "exceeds_outstanding"): 1}
    with committed_app.app_context():
        invoice = database.session().get(Invoice, invoice_id)
        assert invoice is not None
        assert (invoice.credited_satang, invoice.outstanding_satang) == (100_000, 60_000)
        house = database.session().get(House, invoice.house_id)
        assert house is not None and house.outstanding_satang == 60_000
        statuses = database.session().scalars(
            select(CreditNote.status).where(CreditNote.invoice_id == invoice_id)
        )
        assert Counter(statuses) == {
            CreditNoteStatus.ISSUED: 1,
            CreditNoteStatus.PENDING_APPROVAL: 1,
        }


def test_ten_approvals_at_once_give_ten_consecutive_numbers(committed_app):
    ids, _, headers = _notes(committed_app, [[10_000 + i] for i in range(10)])
    with committed_app.app_context():
        prefix = f"CN{profile.fiscal_year(profile.today())}-"

    def approve(i):
        answer = committed_app.test_client().post(
            f"/api/v1/credit-notes/{ids[i]}/approve", headers=headers
        )
        assert answer.status_code == 200, answer.json
        return answer.json["number"]

    assert sorted(at_once(10, approve)) == [f"{prefix}{n:06d}" for n in range(1, 11)]
