"""Invariants 1-4 of village.md for one house, over random invoices, payments (oldest due
first or chosen allocations), reversals and credit applied to later invoices."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.payments.conftest import PAYMENTS, confirm, issue_invoice, record, today
from village import database
from village.houses.models import House
from village.invoices.enums import OPEN_STATUSES, InvoiceStatus
from village.invoices.ledger import status_for
from village.invoices.models import Invoice
from village.payments import ledger
from village.payments.enums import PaymentStatus
from village.payments.models import Allocation, Payment, Receipt

pay = st.tuples(
    st.just("pay"),
    st.integers(min_value=1, max_value=400_000),
    st.none() | st.lists(st.tuples(st.integers(0, 5), st.integers(1, 300_000)), max_size=3),
)
reverse = st.tuples(st.just("reverse"), st.integers(0, 10), st.none())
bill = st.tuples(st.just("bill"), st.integers(1, 150_000), st.none())
operations = st.lists(st.one_of(pay, pay, reverse, bill), min_size=1, max_size=6)
first_invoices = st.lists(
    st.lists(st.integers(1, 150_000), min_size=1, max_size=3), min_size=0, max_size=3
)


def check_invariants(app: Any, house_id: int) -> None:
    with app.app_context():
        session = database.session()
        house = session.get(House, house_id)
        assert house is not None
        invoices = session.scalars(select(Invoice).where(Invoice.house_id == house_id)).all()
        payments = session.scalars(select(Payment).where(Payment.house_id == house_id)).all()
        allocations = session.scalars(
            select(Allocation).where(Allocation.house_id == house_id)
        ).all()
        active = [a for a in allocations if a.reversed_at is None]
        by_id = {p.id: p for p in payments}
        # 1. totals, paid, outstanding, status
        for invoice in invoices:
            assert invoice.total_satang == sum(line.amount_satang for line in invoice.lines)
            assert invoice.paid_satang == sum(
                a.amount_satang for a in active if a.invoice_id == invoice.id
            )
            assert invoice.outstanding_satang >= 0
            assert invoice.status == status_for(
                invoice.total_satang, invoice.paid_satang, invoice.credited_satang
            )
        # 2. a payment allocates at most its amount, on invoices of its own house
        credit = 0
        for payment in payments:
            used = sum(a.amount_satang for a in active if a.payment_id == payment.id)
            assert used <= payment.amount_satang
            if payment.status is PaymentStatus.CONFIRMED:
                credit += payment.amount_satang - used
            else:
                assert used == 0
        for allocation in allocations:
            assert by_id[allocation.payment_id].house_id == house_id
            assert allocation.invoice.house_id == house_id
        assert house.credit_satang == credit
        # 3. one receipt of the same amount per confirmed payment
        receipts = session.scalars(select(Receipt).where(Receipt.house_id == house_id)).all()
        for payment in payments:
            mine = [r for r in receipts if r.payment_id == payment.id]
            if payment.status is PaymentStatus.CONFIRMED:
                assert len(mine) == 1 and not mine[0].void
                assert mine[0].amount_satang == payment.amount_satang
                assert sum(line.amount_satang for line in mine[0].lines) == payment.amount_satang
            elif payment.status is PaymentStatus.REVERSED:
                assert len(mine) == 1 and mine[0].void
            else:
                assert mine == []
        # 4. the house's balance
        owed = sum(i.outstanding_satang for i in invoices if i.status is not InvoiceStatus.VOID)
        assert house.outstanding_satang == owed
        assert house.balance_satang == owed - credit


def _month(n: int) -> date:
    return date(2024 + n // 12, n % 12 + 1, 1)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(first=first_invoices, ops=operations)
def test_ledger_invariants_hold_for_one_house(
    app, client, make_house, office, accountant, accountant2, first, ops
):
    house = make_house()
    now = today(app)
    month = 0
    invoice_ids = []
    for amounts in first:
        months = [_month(month + i) for i in range(len(amounts))]
        month += len(amounts)
        invoice_ids.append(issue_invoice(app, house.id, months, monthly=amounts[0])["id"])
    check_invariants(app, house.id)
    confirmed: list[int] = []
    for kind, amount, chosen in ops:
        if kind == "pay":
            extra: dict[str, Any] = {}
            if chosen is not None:
                picked = _valid_allocations(app, invoice_ids, chosen, amount)
                if picked:
                    extra["allocations"] = picked
            made = record(client, office.headers, house.id, amount, paid_on=now, **extra)
            assert made.status_code == 201, made.json
            done = confirm(client, accountant.headers, made.json["id"])
            assert done.status_code == 200, done.json
            confirmed.append(made.json["id"])
        elif kind == "reverse" and confirmed:
            payment_id = confirmed.pop(amount % len(confirmed))
            answer = client.post(f"{PAYMENTS}/{payment_id}/reverse", json={"reason": "test"},
                                 headers=accountant2.headers)  # fmt: skip
            assert answer.status_code == 200, answer.json
        elif kind == "bill":
            invoice_ids.append(issue_invoice(app, house.id, [_month(month)], monthly=amount)["id"])
            month += 1
            with app.app_context():
                ledger.apply_credit([house.id], on=now)
                database.session().commit()
        check_invariants(app, house.id)


def _valid_allocations(
    app: Any, invoice_ids: list[int], chosen: list[tuple[int, int]], amount: int
) -> list[dict[str, int]]:
    """Chosen allocations the API accepts: distinct open invoices, each at most what it
    owes, together at most the payment."""
    picked: list[dict[str, int]] = []
    left = amount
    with app.app_context():
        for index, asked in chosen:
            if not invoice_ids or left == 0:
                break
            invoice = database.session().get(Invoice, invoice_ids[index % len(invoice_ids)])
            assert invoice is not None
            if invoice.status not in OPEN_STATUSES or any(
                p["invoice_id"] == invoice.id for p in picked
            ):
                continue
            part = min(asked, invoice.outstanding_satang, left)
            picked.append({"invoice_id": invoice.id, "amount_satang": part})
            left -= part
    return picked
