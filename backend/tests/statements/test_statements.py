"""A house's statement: every invoice, payment, void and reversal in date order, with a
running balance that ends at the house's balance."""

from __future__ import annotations

from datetime import date

import pytest

from village.enums import Role

DEC, JAN, FEB = date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)


def url(house_id: int) -> str:
    return f"/api/v1/houses/{house_id}/statement"


@pytest.fixture
def history(books, make_house):
    """A house with a mixed history, built through the ledger core.

    2025-12-01 invoice A 1,600 · 2025-12-20 payment 2,000 (A, and 400 of B later) ·
    2026-01-01 invoice B 1,600 · 2026-02-01 invoice C 1,600 (voided today) ·
    2026-02-10 payment 5,000 (reversed today) · 2026-03-05 payment 1,000.
    """
    house = make_house(house_number="88/123")
    a = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=date(2025, 12, 16))
    p1 = books.pay(house.id, 200_000, paid_on=date(2025, 12, 20))
    b = books.issue(house.id, months=[JAN], issue_date=JAN, due_date=date(2026, 1, 16))
    c = books.issue(house.id, months=[FEB], issue_date=FEB, due_date=date(2026, 2, 16))
    p2 = books.pay(house.id, 500_000, paid_on=date(2026, 2, 10))
    p3 = books.pay(house.id, 100_000, paid_on=date(2026, 3, 5))
    books.reverse(p2, reason="Cheque bounced")
    books.void(c, reason="Billed twice")
    return house, {"a": a, "b": b, "c": c, "p1": p1, "p2": p2, "p3": p3}


def test_the_statement_lists_everything_in_date_order_with_a_running_balance(
    client, office, books, history
):
    house, made = history
    response = client.get(url(house.id), headers=office.headers)
    assert response.status_code == 200, response.json
    body = response.json
    today = books.today().isoformat()
    numbers = {key: books.invoice(made[key]).number for key in ("a", "b", "c")}
    receipts = {key: books.receipt_number(made[key]) for key in ("p1", "p2", "p3")}
    rows = [
        (e["date"], e["kind"], e["reference"], e["debit_satang"], e["credit_satang"],
         e["balance_satang"])
        for e in body["entries"]
    ]  # fmt: skip
    assert rows == [
        ("2025-12-01", "invoice", numbers["a"], 160_000, 0, 160_000),
        ("2025-12-20", "payment", receipts["p1"], 0, 200_000, -40_000),  # credit shows negative
        ("2026-01-01", "invoice", numbers["b"], 160_000, 0, 120_000),
        ("2026-02-01", "invoice", numbers["c"], 160_000, 0, 280_000),
        ("2026-02-10", "payment", receipts["p2"], 0, 500_000, -220_000),
        ("2026-03-05", "payment", receipts["p3"], 0, 100_000, -320_000),
        (today, "void", numbers["c"], 0, 160_000, -480_000),
        (today, "reversal", receipts["p2"], 500_000, 0, 20_000),
    ]
    assert body["house"] == {"id": house.id, "house_number": "88/123"}
    assert (body["from"], body["to"]) == (None, today)
    assert body["opening_balance_satang"] == 0
    assert body["closing_balance_satang"] == 20_000
    assert "Billed twice" in body["entries"][6]["description"]
    assert "Cheque bounced" in body["entries"][7]["description"]
    assert "ค่าส่วนกลาง" in body["entries"][0]["description"]

    # The closing balance is the house's balance: outstanding - credit.
    kept = books.house(house.id)
    assert kept.outstanding_satang - kept.credit_satang == 20_000
    detail = client.get(f"/api/v1/houses/{house.id}", headers=office.headers).json
    assert detail["balance_satang"] == body["closing_balance_satang"]


def test_a_house_in_credit_closes_negative_as_its_balance(client, office, books, make_house):
    house = make_house()
    books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)
    books.pay(house.id, 250_000, paid_on=date(2025, 12, 5))
    body = client.get(url(house.id), headers=office.headers).json
    assert body["closing_balance_satang"] == -90_000
    assert books.house(house.id).credit_satang == 90_000
    detail = client.get(f"/api/v1/houses/{house.id}", headers=office.headers).json
    assert detail["balance_satang"] == -90_000


def test_from_and_to_carry_the_earlier_entries_into_the_opening_balance(client, office, history):
    house, _ = history
    body = client.get(
        url(house.id), query_string={"from": "2026-01-01", "to": "2026-02-05"},
        headers=office.headers,
    ).json  # fmt: skip
    assert (body["from"], body["to"]) == ("2026-01-01", "2026-02-05")
    assert body["opening_balance_satang"] == -40_000  # 1,600 billed - 2,000 paid before
    assert [e["date"] for e in body["entries"]] == ["2026-01-01", "2026-02-01"]
    assert [e["balance_satang"] for e in body["entries"]] == [120_000, 280_000]
    assert body["closing_balance_satang"] == 280_000

    one_day = client.get(
        url(house.id), query_string={"from": "2025-12-20", "to": "2025-12-20"},
        headers=office.headers,
    ).json  # fmt: skip
    assert one_day["opening_balance_satang"] == 160_000
    assert [e["kind"] for e in one_day["entries"]] == ["payment"]
    assert one_day["closing_balance_satang"] == -40_000

    empty = client.get(
        url(house.id), query_string={"to": "2025-11-30"}, headers=office.headers
    ).json
    assert (empty["entries"], empty["closing_balance_satang"]) == ([], 0)


def test_a_resident_sees_only_their_own_houses_statement(client, books, resident_of, login_as):
    resident, mine = resident_of()
    _, theirs = resident_of()
    books.issue(mine.id, months=[DEC], issue_date=DEC, due_date=DEC)
    books.issue(theirs.id, months=[DEC], issue_date=DEC, due_date=DEC)
    own = client.get(url(mine.id), headers=resident.headers)
    assert own.status_code == 200
    assert own.json["closing_balance_satang"] == 160_000
    for house_id in (theirs.id, theirs.id + 1000):
        response = client.get(url(house_id), headers=resident.headers)
        assert response.status_code == 404
        assert response.mimetype == "application/problem+json"
        pdf = client.get(url(house_id), query_string={"format": "pdf"}, headers=resident.headers)
        assert pdf.status_code == 404
    village_admin = login_as(Role.VILLAGE_ADMIN)
    assert client.get(url(theirs.id), headers=village_admin.headers).status_code == 200
    assert client.get(url(theirs.id)).status_code == 401


@pytest.mark.parametrize(
    "query",
    [
        {"from": "2026-02-01", "to": "2026-01-31"},
        {"from": "2026-02-30"},
        {"to": "31/01/2026"},
        {"from": "2569-01-01"},  # a B.E. year where the API takes C.E.
        {"format": "xlsx"},
        {"since": "2026-01-01"},
    ],
)
def test_bad_dates_are_422(client, office, make_house, query):
    response = client.get(url(make_house().id), query_string=query, headers=office.headers)
    assert response.status_code == 422, response.json


@pytest.mark.parametrize("seed", range(4))
def test_the_closing_balance_is_the_houses_balance_after_any_history(
    client, office, books, make_house, seed
):
    """Random histories of invoices, payments, voids and reversals (seeded): the statement
    always closes at outstanding - credit, and each running balance follows from the last."""
    import random

    from village.invoices.enums import InvoiceStatus
    from village.payments.enums import PaymentStatus

    rng = random.Random(seed)
    house = make_house()
    invoices: list[int] = []
    payments: list[int] = []
    months = [date(2024 + m // 12, m % 12 + 1, 1) for m in range(24)]
    for step in range(12):
        day = date(2025, 1, 1 + step * 2)
        action = rng.choice(["issue", "issue", "pay", "pay", "void", "reverse"])
        if action == "issue" and months:
            invoices.append(
                books.issue(house.id, months=[months.pop(0)], amount=rng.randint(1, 300_000),
                            issue_date=day, due_date=day)
            )  # fmt: skip
        elif action == "pay":
            payments.append(books.pay(house.id, rng.randint(1, 400_000), paid_on=day))
        elif action == "void":
            unpaid = [i for i in invoices if books.invoice(i).status is InvoiceStatus.ISSUED]
            if unpaid:
                books.void(rng.choice(unpaid))
        elif action == "reverse":
            from village import database
            from village.payments.models import Payment

            with books.app.app_context():
                confirmed = [
                    p for p in payments
                    if database.session().get(Payment, p).status is PaymentStatus.CONFIRMED
                ]  # fmt: skip
            if confirmed:
                books.reverse(rng.choice(confirmed))
    body = client.get(url(house.id), headers=office.headers).json
    kept = books.house(house.id)
    assert body["closing_balance_satang"] == kept.outstanding_satang - kept.credit_satang
    balance = body["opening_balance_satang"]
    for entry in body["entries"]:
        balance += entry["debit_satang"] - entry["credit_satang"]
        assert entry["balance_satang"] == balance
    assert [e["date"] for e in body["entries"]] == sorted(e["date"] for e in body["entries"])
