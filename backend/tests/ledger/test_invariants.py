"""The ledger's invariants (village.md, "Invariants" 1-6) over random sequences of billing,
payments, chosen allocations, credit, credit notes, voids, reversals and double billing,
on SQLite and PostgreSQL.

Each example is one house's history driven through the ledger core the endpoints use
(`invoices.issuing`, `payments.ledger`, `payments.receipting`, `credit_notes.service`);
after every step the invariants are checked against the database, to the satang.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from village import database
from village.credit_notes import service as credit_notes
from village.credit_notes.enums import CreditNoteStatus
from village.credit_notes.models import CreditNote
from village.credit_notes.schemas import CreditNoteCreate
from village.enums import Role
from village.errors import Conflict
from village.finance.models import FeeItem
from village.houses.models import House
from village.invoices import issuing
from village.invoices.enums import InvoiceStatus
from village.invoices.ledger import status_for
from village.invoices.models import Invoice, InvoiceLine
from village.payments import ledger, receipting
from village.payments.enums import PaymentMethod, PaymentStatus
from village.payments.models import Allocation, Payment, Receipt, ReceiptLine
from village.profile import service as profile
from village.security.actor import actor_for
from village.security.client import Client

DAY = date(2026, 12, 1)

satang = st.integers(min_value=1, max_value=300_000)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("bill"), st.lists(satang, min_size=1, max_size=3)),
        st.tuples(st.just("manual"), satang),
        st.tuples(st.just("pay"), st.integers(min_value=1, max_value=900_000)),
        st.tuples(st.just("pay_chosen"), st.integers(min_value=1, max_value=900_000)),
        st.tuples(st.just("void"), st.integers(min_value=0, max_value=20)),
        st.tuples(st.just("reverse"), st.integers(min_value=0, max_value=20)),
        st.tuples(st.just("bill_again"), st.integers(min_value=0, max_value=20)),
        st.tuples(st.just("credit"), st.tuples(st.integers(min_value=0, max_value=20), satang)),
    ),
    min_size=1,
    max_size=14,
)


class History:
    """One house's ledger, driven step by step."""

    def __init__(self, house: House, common: FeeItem, user_id: int) -> None:
        self.house_id = house.id
        self.common_id = common.id
        self.user_id = user_id
        self.next_month = DAY

    def _month(self) -> date:
        month = self.next_month
        self.next_month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        return month

    def _issue(self, lines: list[issuing.LineDraft]) -> None:
        issuing.issue(
            [issuing.InvoiceDraft(self.house_id, "เจ้าของบ้าน", lines)],
            issue_date=DAY,
            due_date=DAY,
            created_by_id=self.user_id,
        )
        # Issuing spends the house's credit on the new invoice at once (the payments
        # ledger's after_issue subscription): none is left beside a debt.
        house = database.session().get(House, self.house_id)
        assert house is not None
        assert house.credit_satang == 0 or house.outstanding_satang == 0

    def bill(self, amounts: list[int]) -> None:
        self._issue(
            [
                issuing.LineDraft(
                    "ค่าส่วนกลาง", amount, amount, fee_item_id=self.common_id, month=self._month()
                )
                for amount in amounts
            ]
        )

    def manual(self, amount: int) -> None:
        self._issue([issuing.LineDraft("บัตรผ่านเข้าออก", amount, amount)])

    def _pay(self, amount: int, requested: list[ledger.Requested] | None) -> None:
        payment = Payment(
            house_id=self.house_id,
            amount_satang=amount,
            method=PaymentMethod.CASH,
            paid_on=DAY,
            posting_date=DAY,
            payer_name="เจ้าของบ้าน",
            status=PaymentStatus.PENDING,
            recorded_by_id=self.user_id,
        )
        database.session().add(payment)
        database.session().flush()
        ledger.lock_house(self.house_id)
        receipting.confirm(
            payment, confirmed_by_id=self.user_id, collector_name="Office", requested=requested
        )

    def pay(self, amount: int) -> None:
        self._pay(amount, None)

    def pay_chosen(self, amount: int) -> None:
        newest = self._invoices(open_only=True)[-1:]
        self._pay(amount, [ledger.Requested(i.id, amount) for i in newest])

    def void(self, index: int) -> None:
        invoices = self._invoices()
        if not invoices:
            return
        invoice = invoices[index % len(invoices)]
        settled = invoice.paid_satang + invoice.credited_satang
        if invoice.status is InvoiceStatus.VOID or settled:
            with pytest.raises(Conflict):
                issuing.void(invoice, reason="test", voided_by_id=self.user_id, on=profile.today())
        else:
            issuing.void(
                invoice, reason="wrong amount", voided_by_id=self.user_id, on=profile.today()
            )

    def reverse(self, index: int) -> None:
        payments = list(
            database.session().scalars(
                select(Payment)
                .where(Payment.house_id == self.house_id, Payment.status == PaymentStatus.CONFIRMED)
                .order_by(Payment.id)
            )
        )
        if payments:
            ledger.lock_house(self.house_id)
            receipting.reverse(
                payments[index % len(payments)],
                reversed_by_id=self.user_id,
                reason="bounced",
                on=profile.today(),
            )

    def bill_again(self, index: int) -> None:
        """Bill a month already on a line: refused (409) unless that line is void."""
        lines = list(
            database.session().scalars(
                select(InvoiceLine)
                .where(InvoiceLine.house_id == self.house_id, InvoiceLine.month.is_not(None))
                .order_by(InvoiceLine.id)
            )
        )
        if not lines:
            return
        line = lines[index % len(lines)]
        again = issuing.LineDraft(
            "ค่าส่วนกลาง", 100, 100, fee_item_id=self.common_id, month=line.month
        )
        billed = database.session().scalar(
            select(func.count())
            .select_from(InvoiceLine)
            .where(
                InvoiceLine.house_id == self.house_id,
                InvoiceLine.month == line.month,
                InvoiceLine.fee_item_id == self.common_id,
                InvoiceLine.void.is_(False),
            )
        )
        before = self._count(Invoice)
        if billed:
            with pytest.raises(Conflict) as refused:
                self._issue([again])
            assert refused.value.extra_data == {"code": "already_billed"}
            assert self._count(Invoice) == before  # nothing of the batch was written
        else:
            self._issue([again])
            assert self._count(Invoice) == before + 1

    def credit(self, choice: tuple[int, int]) -> None:
        """Ask for a credit note on an invoice and have someone else approve it: refused
        (409) for a void invoice or above what it owes, else the invoice is credited."""
        index, amount = choice
        invoices = self._invoices()
        if not invoices:
            return
        invoice = invoices[index % len(invoices)]
        maker = SimpleNamespace(id=None, email=None, full_name="Maker")
        checker = SimpleNamespace(id=None, email=None, full_name="Checker")
        data = CreditNoteCreate(invoice_id=invoice.id, amount_satang=amount, reason="wrong area")
        if invoice.status is InvoiceStatus.VOID or amount > invoice.outstanding_satang:
            with pytest.raises(Conflict):
                credit_notes.create(actor=maker, data=data, client=Client())
            return
        note = credit_notes.create(actor=maker, data=data, client=Client())
        credit_notes.approve(actor=checker, scope=actor_for(0, Role.SUPER_ADMIN),
                             note_id=note.id, client=Client())  # fmt: skip

    def _count(self, model: Any) -> int:
        return (
            database.session().scalar(
                select(func.count()).select_from(model).where(model.house_id == self.house_id)
            )
            or 0
        )

    def _invoices(self, *, open_only: bool = False) -> list[Invoice]:
        stmt = select(Invoice).where(Invoice.house_id == self.house_id).order_by(Invoice.id)
        if open_only:
            stmt = stmt.where(Invoice.status.in_(["issued", "partially_paid"]))
        return list(database.session().scalars(stmt).unique())

    # --- the invariants ----------------------------------------------------------

    def check(self) -> None:
        session = database.session()
        session.flush()
        session.expire_all()
        invoices = self._invoices()
        allocations = list(
            session.scalars(select(Allocation).where(Allocation.house_id == self.house_id)).unique()
        )
        active = [a for a in allocations if a.reversed_at is None]
        payments = list(
            session.scalars(select(Payment).where(Payment.house_id == self.house_id)).unique()
        )
        # 1. total = Σ lines; paid = Σ active allocations; 0 <= outstanding; status agrees
        for invoice in invoices:
            assert invoice.total_satang == sum(line.amount_satang for line in invoice.lines)
            assert invoice.paid_satang == sum(
                a.amount_satang for a in active if a.invoice_id == invoice.id
            )
            assert invoice.outstanding_satang >= 0
            if invoice.status is InvoiceStatus.VOID:
                assert invoice.paid_satang == 0 and all(line.void for line in invoice.lines)
            else:
                assert invoice.status is status_for(
                    invoice.total_satang, invoice.paid_satang, invoice.credited_satang
                )
        # 1'. credited = Σ its issued credit notes
        notes = list(
            session.scalars(select(CreditNote).where(CreditNote.house_id == self.house_id))
        )
        for invoice in invoices:
            assert invoice.credited_satang == sum(
                n.amount_satang
                for n in notes
                if n.invoice_id == invoice.id and n.status is CreditNoteStatus.ISSUED
            )
        # 2. Σ allocations of a payment <= its amount; same house on both sides
        for payment in payments:
            mine = [a for a in active if a.payment_id == payment.id]
            assert sum(a.amount_satang for a in mine) <= payment.amount_satang
            if payment.status is not PaymentStatus.CONFIRMED:
                assert mine == []
        assert all(a.invoice.house_id == self.house_id for a in allocations)
        # 3. every confirmed (or reversed) payment has exactly one receipt of its amount
        for payment in payments:
            receipts = list(
                session.scalars(select(Receipt).where(Receipt.payment_id == payment.id))
            )
            assert len(receipts) == (0 if payment.status is PaymentStatus.PENDING else 1)
            for receipt in receipts:
                assert receipt.amount_satang == payment.amount_satang
                assert receipt.void is (payment.status is PaymentStatus.REVERSED)
                lines = session.scalars(
                    select(ReceiptLine.amount_satang).where(ReceiptLine.receipt_id == receipt.id)
                )
                assert sum(lines) == receipt.amount_satang
        # 4. the house's kept balances agree with the documents
        house = session.get(House, self.house_id)
        assert house is not None
        credit = sum(
            p.amount_satang for p in payments if p.status is PaymentStatus.CONFIRMED
        ) - sum(a.amount_satang for a in active)
        assert house.credit_satang == credit >= 0
        assert house.outstanding_satang == sum(i.outstanding_satang for i in invoices)
        assert house.balance_satang == house.outstanding_satang - house.credit_satang
        # 5. a (house, fee item, month) is on at most one non-void line
        keys = Counter(
            (line.fee_item_id, line.month)
            for invoice in invoices
            for line in invoice.lines
            if not line.void and line.month is not None
        )
        assert max(keys.values(), default=1) == 1
        # 6. the numbers issued are consecutive, without gaps or duplicates
        for numbers in (
            [i.number for i in invoices],
            list(session.scalars(select(Receipt.number).where(Receipt.house_id == self.house_id))),
            [n.number for n in notes if n.number is not None],
        ):
            serials = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
            assert (
                serials == list(range(serials[0], serials[0] + len(serials))) if serials else True
            )


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(history=steps)
def test_the_ledger_invariants_hold_after_every_step(app: Any, history: list[Any]) -> None:
    with app.app_context():
        session = database.session()
        savepoint = session.begin_nested()  # each example starts from the same database
        house = House(house_number=f"P/{uuid.uuid4().hex[:8]}", land_area_hundredths=5000)
        session.add(house)
        session.flush()
        common = session.scalar(select(FeeItem).where(FeeItem.code == "COMMON"))
        assert common is not None
        driver = History(house, common, user_id=None)  # type: ignore[arg-type]
        for name, argument in history:
            getattr(driver, name)(argument)
            driver.check()
        savepoint.rollback()
