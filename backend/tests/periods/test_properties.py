"""The period invariants as a property (village.md, "Invariants" 4 and 7), on SQLite and
PostgreSQL: random histories of two houses over several months — invoices, payments
(some received in a month closed since), reversals, voids, credit notes — with months
closed as time goes by. At the end:

- each closed month's snapshot still says what the books say at its last day: its
  outstanding − credit = Σ of the houses' balances = the arrears total on that day
  (later writes never reached it);
- writes dated in a closed month were refused (409 period_closed) or posted later;
- each month's closing balance is the previous month's + billed − collected − credited
  (the collections report's flows, which the snapshots keep), and the collections
  report's outstanding, rolled forward by the days' changes, is the as-of figure;
- as of the village's today, every house's balance is its kept columns.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from village import database
from village.arrears import flows
from village.arrears import queries as arrears
from village.arrears.rows import totals
from village.credit_notes.models import CreditNote, CreditNoteStatus
from village.enums import Role
from village.errors import Conflict
from village.finance.models import FeeItem
from village.houses.models import House
from village.invoices import issuing
from village.invoices import ledger as invoice_ledger
from village.invoices.enums import OPEN_STATUSES, InvoiceStatus
from village.invoices.models import Invoice
from village.payments import ledger, receipting
from village.payments.enums import PaymentMethod, PaymentStatus
from village.payments.models import Payment
from village.period_locks import guard
from village.period_locks.models import PeriodSnapshot
from village.periods import queries as periods
from village.periods import service as period_service
from village.profile import service as profile
from village.reports import collections
from village.users.models import User

START = date(2025, 9, 1)  # the histories run from here, a few months, always in the past

steps = st.lists(
    st.tuples(
        st.sampled_from(
            ["bill", "manual", "pay", "pay_late", "reverse", "void", "credit", "close", "back_date"]
        ),
        st.integers(min_value=0, max_value=25),  # days the clock moves on first
        st.integers(min_value=0, max_value=1),  # which house
        st.integers(min_value=1, max_value=300_000),  # satang, or an index
    ),
    min_size=1,
    max_size=16,
)


def refused_if(locked: bool, write: Callable[[], object]) -> None:
    """Do `write`; when its date is locked, it must be refused (409 period_closed)."""
    if not locked:
        write()
        return
    with pytest.raises(Conflict) as refused:
        write()
    assert refused.value.extra_data == {"code": "period_closed"}


class History:
    """Two houses' books over time; the clock only moves forward."""

    def __init__(self, houses: list[int], common_id: int, user: User) -> None:
        self.houses, self.common_id, self.user = houses, common_id, user
        self.clock = START
        self.next_month = dict.fromkeys(houses, START)

    def _issue(self, house: int, line: issuing.LineDraft, on: date) -> None:
        draft = issuing.InvoiceDraft(house, "เจ้าของบ้าน", [line])
        issuing.issue([draft], issue_date=on, due_date=on + timedelta(days=15),
                      created_by_id=self.user.id)  # fmt: skip

    def bill(self, house: int, amount: int) -> None:
        month = self.next_month[house]
        self.next_month[house] = guard._next_month(month)
        line = issuing.LineDraft(
            "ค่าส่วนกลาง", amount, amount, fee_item_id=self.common_id, month=month
        )
        self._issue(house, line, self.clock)

    def manual(self, house: int, amount: int) -> None:
        self._issue(house, issuing.LineDraft("บัตรผ่าน", amount, amount), self.clock)

    def back_date(self, house: int, amount: int) -> None:
        """An invoice dated 40 days ago: refused when that month is closed."""
        on = self.clock - timedelta(days=40)
        line = issuing.LineDraft("ค่าปรับ", amount, amount)
        refused_if(guard.is_locked(on), lambda: self._issue(house, line, on))

    def _pay(self, house: int, amount: int, paid_on: date) -> None:
        payment = Payment(
            house_id=house, amount_satang=amount, method=PaymentMethod.CASH, paid_on=paid_on,
            posting_date=guard.posting_date(paid_on), payer_name="เจ้าของบ้าน",
            status=PaymentStatus.PENDING, recorded_by_id=self.user.id,
        )  # fmt: skip
        database.session().add(payment)
        database.session().flush()
        ledger.lock_house(house)
        receipting.confirm(payment, confirmed_by_id=self.user.id, collector_name="Office")
        assert not guard.is_locked(payment.posting_date)
        assert payment.posting_date >= paid_on

    def pay(self, house: int, amount: int) -> None:
        self._pay(house, amount, self.clock)

    def pay_late(self, house: int, amount: int) -> None:
        """Money that arrived 35 days ago, recorded only now."""
        self._pay(house, amount, self.clock - timedelta(days=35))

    def reverse(self, house: int, index: int) -> None:
        confirmed = list(database.session().scalars(
            select(Payment).where(Payment.house_id == house,
                                  Payment.status == PaymentStatus.CONFIRMED).order_by(Payment.id)
        ))  # fmt: skip
        if not confirmed:
            return
        payment = confirmed[index % len(confirmed)]
        ledger.lock_house(house)
        refused_if(
            guard.is_locked(payment.posting_date),
            lambda: receipting.reverse(
                payment, reversed_by_id=self.user.id, reason="x", on=self.clock
            ),
        )

    def _invoices(self, house: int) -> list[Invoice]:
        stmt = select(Invoice).where(Invoice.house_id == house).order_by(Invoice.id)
        return list(database.session().scalars(stmt).unique())

    def void(self, house: int, index: int) -> None:
        invoices = [i for i in self._invoices(house) if i.status is InvoiceStatus.ISSUED]
        if not invoices:
            return
        invoice = invoices[index % len(invoices)]
        refused_if(
            guard.is_locked(invoice.issue_date),
            lambda: issuing.void(invoice, reason="x", voided_by_id=self.user.id, on=self.clock),
        )

    def credit(self, house: int, amount: int) -> None:
        """A credit note issued today (as its approval will: the guard, then the ledger)."""
        invoices = [i for i in self._invoices(house) if i.status in OPEN_STATUSES]
        if not invoices:
            return
        invoice = invoices[-1]
        amount = min(amount, invoice.outstanding_satang)
        guard.require_open(self.clock, what="A credit note dated")
        database.session().add(CreditNote(
            number=f"CN-{uuid.uuid4().hex[:12]}", invoice_id=invoice.id, house_id=house,
            amount_satang=amount, reason="x", status=CreditNoteStatus.ISSUED,
            issue_date=self.clock, created_by_id=self.user.id,
        ))  # fmt: skip
        invoice_ledger.settle(invoice, credited_delta=amount)
        ledger.refresh_balances([house])

    def close(self, house: int, amount: int) -> None:
        """Close the month before the clock's, if it is not closed yet."""
        month = (self.clock.replace(day=1) - timedelta(days=1)).replace(day=1)
        if month >= START and not guard.is_locked(month):
            period_service.close(actor=self.user, period=f"{month:%Y-%m}", client=None)  # type: ignore[arg-type]

    # --- the invariants -------------------------------------------------------

    def check(self) -> None:
        session = database.session()
        session.flush()
        session.expire_all()
        for snapshot in session.scalars(select(PeriodSnapshot)):
            end = guard.month_end(snapshot.period)
            everyone = arrears.balance_totals_as_of(end)
            mine = arrears.house_balances_as_of(end, house_ids=self.houses)
            rows = totals(arrears.arrears_rows(end))
            assert snapshot.outstanding_satang == everyone.outstanding_satang
            assert snapshot.credit_satang == everyone.credit_satang
            assert rows.balance_satang == everyone.balance_satang
            assert sum(b.balance_satang for b in mine.values()) == everyone.balance_satang
            assert snapshot.collected_satang == periods.figures(snapshot.period)["collected_satang"]
            assert snapshot.billed_satang == periods.figures(snapshot.period)["billed_satang"]
        # Each month rolls forward from the one before by its flows (the collections
        # report's billed, collected and credited): nothing moves the books unseen.
        month, before = START, arrears.balance_totals_as_of(START - timedelta(days=1))
        while month <= self.clock:
            after = arrears.balance_totals_as_of(guard.month_end(month))
            billed, collected, credited = flows.month_flows(month)
            assert after.balance_satang == before.balance_satang + billed - collected - credited
            month, before = guard.month_end(month) + timedelta(days=1), after
        # The collections report rolls the outstanding forward from one as-of query by
        # the days' changes: every month's figure is the as-of outstanding at its end.
        months = collections.report(
            START, self.clock.replace(day=1),
            lambda day: arrears.balance_totals_as_of(day).outstanding_satang,
        )  # fmt: skip
        for row in months:
            end = guard.month_end(row.period)
            assert row.outstanding_satang == arrears.balance_totals_as_of(end).outstanding_satang
        today = arrears.house_balances_as_of(profile.today())
        for house in session.scalars(select(House).where(House.id.in_(self.houses))):
            found = today.get(house.id)
            kept = (house.outstanding_satang, house.credit_satang)
            assert kept == ((0, 0) if found is None else
                            (found.outstanding_satang, found.credit_satang))  # fmt: skip


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(history=steps)
def test_snapshots_arrears_and_kept_balances_agree(app, make_user, history: list[Any]) -> None:
    user = make_user(role=Role.ACCOUNTING_ADMIN)
    with app.test_request_context():
        session = database.session()
        savepoint = session.begin_nested()  # each example starts from the same database
        houses = [House(house_number=f"P/{uuid.uuid4().hex[:8]}") for _ in range(2)]
        session.add_all(houses)
        session.flush()
        common = session.scalar(select(FeeItem.id).where(FeeItem.code == "COMMON"))
        driver = History([h.id for h in houses], int(common), session.get(User, user.id))
        for name, advance, house, amount in history:
            driver.clock += timedelta(days=advance)
            getattr(driver, name)(driver.houses[house], amount)
        driver.check()
        savepoint.rollback()
