"""A house's balance_satang in the houses list and detail: outstanding minus credit, kept by
the ledger; the list sorts and filters by it."""

from __future__ import annotations

from datetime import date

from village.enums import Role

DEC = date(2025, 12, 1)
HOUSES = "/api/v1/houses"


def test_the_balance_is_outstanding_minus_credit_in_list_detail_and_my_houses(
    client, office, books, resident_of
):
    resident, owing = resident_of()
    _, in_credit = resident_of()
    books.issue(owing.id, months=[DEC, date(2026, 1, 1)], issue_date=DEC, due_date=DEC)
    books.pay(owing.id, 100_000, paid_on=DEC)
    books.issue(in_credit.id, months=[DEC], issue_date=DEC, due_date=DEC)
    books.pay(in_credit.id, 200_000, paid_on=DEC)

    listed = {
        item["id"]: item["balance_satang"]
        for item in client.get(HOUSES, headers=office.headers).json["items"]
    }
    assert listed == {owing.id: 220_000, in_credit.id: -40_000}
    detail = client.get(f"{HOUSES}/{owing.id}", headers=office.headers).json
    assert detail["balance_satang"] == 220_000
    (mine,) = client.get("/api/v1/me/houses", headers=resident.headers).json
    assert mine["balance_satang"] == 220_000


def test_houses_sort_and_filter_by_balance(client, books, login_as, make_house):
    office = login_as(Role.VILLAGE_ADMIN)
    small, large, settled, credit = (make_house() for _ in range(4))
    books.issue(small.id, months=[DEC], amount=50_000, issue_date=DEC, due_date=DEC)
    books.issue(large.id, months=[DEC], amount=300_000, issue_date=DEC, due_date=DEC)
    books.issue(settled.id, months=[DEC], amount=80_000, issue_date=DEC, due_date=DEC)
    books.pay(settled.id, 80_000, paid_on=DEC)
    books.pay(credit.id, 10_000, paid_on=DEC)

    def ids(query: str) -> list[int]:
        response = client.get(f"{HOUSES}?{query}", headers=office.headers)
        assert response.status_code == 200, response.json
        return [item["id"] for item in response.json["items"]]

    assert ids("sort=-balance_satang") == [large.id, small.id, settled.id, credit.id]
    assert ids("sort=balance_satang") == [credit.id, settled.id, small.id, large.id]
    assert sorted(ids("has_arrears=true")) == sorted([small.id, large.id])
    assert sorted(ids("has_arrears=false")) == sorted([settled.id, credit.id])
