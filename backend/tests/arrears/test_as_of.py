"""Balances as of a date (village/arrears/as_of.py): an invoice owes from its issue date
until what settles it is dated; voids and reversals count from their books' date; a
payment's credit counts from its posting date; as of today the kept columns agree."""

from __future__ import annotations

from datetime import date, timedelta

from village import database
from village.credit_notes.models import CreditNote, CreditNoteStatus
from village.invoices import ledger
from village.invoices.models import Invoice

JUN, JUL, AUG = date(2026, 6, 1), date(2026, 7, 1), date(2026, 8, 1)


def owed(arrears, house_id, day):
    return {
        row.invoice_id: row.outstanding_satang
        for row in arrears.invoice_outstanding_as_of(day, house_ids=[house_id])
    }


def balance(arrears, house_id, day):
    found = arrears.house_balances_as_of(day, house_ids=[house_id]).get(house_id)
    return (0, 0) if found is None else (found.outstanding_satang, found.credit_satang)


def test_an_invoice_owes_from_its_issue_date_less_what_is_paid_by_each_date(
    books, arrears, make_house
):
    house = make_house()
    invoice = books.issue(
        house.id, months=[JUN], amount=100_000, issue_date=JUN, due_date=date(2026, 6, 15)
    )
    books.pay(house.id, 40_000, paid_on=date(2026, 6, 20))

    assert owed(arrears, house.id, JUN - timedelta(days=1)) == {}
    assert owed(arrears, house.id, JUN) == {invoice: 100_000}
    assert owed(arrears, house.id, date(2026, 6, 19)) == {invoice: 100_000}
    assert owed(arrears, house.id, date(2026, 6, 20)) == {invoice: 60_000}
    assert balance(arrears, house.id, date(2026, 5, 1)) == (0, 0)
    assert balance(arrears, house.id, date(2026, 6, 20)) == (60_000, 0)
    # the whole list, paid ones too
    listed = arrears.invoice_outstanding_as_of(
        date(2026, 6, 20), house_ids=[house.id], open_only=False
    )
    assert [(row.invoice_id, row.total_satang) for row in listed] == [(invoice, 100_000)]


def test_a_reversal_and_a_void_count_from_their_books_date(books, arrears, make_house):
    house = make_house()
    today = books.today()
    yesterday = today - timedelta(days=1)
    paid = books.issue(house.id, months=[JUN], amount=100_000, issue_date=JUN, due_date=JUN)
    voided = books.issue(house.id, months=[JUL], amount=70_000, issue_date=JUL, due_date=JUL)
    payment = books.pay(house.id, 100_000, paid_on=date(2026, 6, 2))
    books.reverse(payment)
    books.void(voided)

    assert owed(arrears, house.id, yesterday) == {voided: 70_000}
    assert owed(arrears, house.id, today) == {paid: 100_000}
    assert balance(arrears, house.id, yesterday) == (70_000, 0)
    assert balance(arrears, house.id, today) == (100_000, 0)


def test_credit_counts_from_the_posting_date_and_is_spent_when_the_next_invoice_is_issued(
    books, arrears, make_house
):
    house = make_house()
    books.pay(house.id, 50_000, paid_on=date(2026, 7, 5))
    invoice = books.issue(house.id, months=[JUL], amount=80_000, issue_date=date(2026, 7, 10),
                          due_date=date(2026, 7, 25))  # fmt: skip

    assert balance(arrears, house.id, date(2026, 7, 4)) == (0, 0)
    assert balance(arrears, house.id, date(2026, 7, 5)) == (0, 50_000)
    assert balance(arrears, house.id, date(2026, 7, 10)) == (30_000, 0)
    assert owed(arrears, house.id, date(2026, 7, 10)) == {invoice: 30_000}


def test_a_payment_dated_before_the_invoice_it_pays_moves_money_from_the_invoice_date(
    app, books, arrears, make_house
):
    """Back-dated onto a later invoice (a cheque that arrived before the bill): before
    the invoice exists the money is credit, never a negative debt."""
    house = make_house()
    invoice = books.issue(house.id, months=[AUG], amount=80_000, issue_date=date(2026, 8, 10),
                          due_date=date(2026, 8, 25))  # fmt: skip
    books.pay(house.id, 80_000, paid_on=date(2026, 8, 3))  # allocated on its posting date

    assert balance(arrears, house.id, date(2026, 8, 5)) == (0, 80_000)
    assert owed(arrears, house.id, date(2026, 8, 10)) == {}
    assert balance(arrears, house.id, date(2026, 8, 10)) == (0, 0)
    assert books.invoice(invoice).paid_satang == 80_000


def test_an_issued_credit_note_reduces_the_invoice_from_its_issue_date(
    app, books, arrears, make_house
):
    house = make_house()
    invoice_id = books.issue(house.id, months=[JUN], amount=100_000, issue_date=JUN, due_date=JUN)
    with app.app_context():
        session = database.session()
        invoice = session.get(Invoice, invoice_id)
        assert invoice is not None
        session.add_all(
            [
                CreditNote(invoice_id=invoice_id, house_id=house.id, amount_satang=30_000,
                           reason="Wrong area", status=CreditNoteStatus.ISSUED,
                           number="CN2569-000001", issue_date=date(2026, 6, 10)),
                CreditNote(invoice_id=invoice_id, house_id=house.id, amount_satang=5_000,
                           reason="Asked for", status=CreditNoteStatus.PENDING_APPROVAL),
            ]
        )  # fmt: skip
        ledger.settle(invoice, credited_delta=30_000)
        ledger.refresh_outstanding([house.id])
        session.commit()

    assert owed(arrears, house.id, date(2026, 6, 9)) == {invoice_id: 100_000}
    assert owed(arrears, house.id, date(2026, 6, 10)) == {invoice_id: 70_000}
    assert balance(arrears, house.id, books.today()) == (70_000, 0)
    assert arrears.kept() == {house.id: (70_000, 0)}


def test_as_of_today_every_house_agrees_with_the_kept_columns(books, arrears, make_house):
    owing, in_credit, settled, reversed_, voided = (make_house() for _ in range(5))
    books.issue(owing.id, months=[JUN, JUL, AUG], amount=100_000, issue_date=JUN, due_date=JUN)
    books.pay(owing.id, 150_000, paid_on=date(2026, 6, 9))
    books.issue(in_credit.id, months=[JUN], amount=10_000, issue_date=JUN, due_date=JUN)
    books.pay(in_credit.id, 25_000, paid_on=JUL)
    books.issue(settled.id, months=[JUN], amount=10_000, issue_date=JUN, due_date=JUN)
    books.pay(settled.id, 10_000, paid_on=JUN)
    books.issue(reversed_.id, months=[JUN], amount=10_000, issue_date=JUN, due_date=JUN)
    books.reverse(books.pay(reversed_.id, 30_000, paid_on=JUN))
    books.void(books.issue(voided.id, months=[JUN], amount=10_000, issue_date=JUN, due_date=JUN))

    kept = arrears.kept()
    assert kept == {owing.id: (150_000, 0), in_credit.id: (0, 15_000), reversed_.id: (10_000, 0)}
    today = books.today()
    computed = arrears.house_balances_as_of(today)
    assert {h: (b.outstanding_satang, b.credit_satang) for h, b in computed.items()} == kept
    totals = arrears.balance_totals_as_of(today)
    assert (totals.outstanding_satang, totals.credit_satang) == (160_000, 15_000)
    assert totals.balance_satang == 145_000
