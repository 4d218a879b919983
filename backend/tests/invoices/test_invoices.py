"""Invoices over HTTP: who sees which, the filters, a manual invoice, a void."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.invoices.conftest import BASE
from village.enums import Role
from village.thai_dates import be_year

# Months in the past (the village's "today" is later: these invoices may be overdue).
DEC, JAN, FEB = date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)


def ids(response) -> list[int]:
    assert response.status_code == 200, response.json
    return [item["id"] for item in response.json["items"]]


def test_an_invoice_reads_with_its_house_lines_and_amounts(client, office, books, make_house):
    house = make_house(house_number="88/123")
    invoice_id = books.issue(
        house.id, months=[DEC, JAN], amount=160_000, issue_date=DEC, due_date=date(2025, 12, 16)
    )
    body = client.get(f"{BASE}/{invoice_id}", headers=office.headers).json
    assert body["number"] == f"INV{be_year(DEC)}-000001"
    assert body["house"] == {"id": house.id, "house_number": "88/123"}
    assert (body["issue_date"], body["due_date"]) == ("2025-12-01", "2025-12-16")
    assert body["bill_to_name"] == "Somchai Jaidee"
    assert [line["month"] for line in body["lines"]] == ["2025-12", "2026-01"]
    line = body["lines"][0]
    assert line["fee_item"]["code"] == "COMMON"
    assert set(line["fee_item"]) == {"id", "code", "name_th", "name_en"}
    assert (line["quantity"], line["unit_satang"], line["amount_satang"]) == (1, 160_000, 160_000)
    assert (body["total_satang"], body["paid_satang"], body["credited_satang"]) == (320_000, 0, 0)
    assert (body["outstanding_satang"], body["status"]) == (320_000, "issued")
    assert body["billing_run_id"] is None
    assert (body["void_reason"], body["voided_at"]) == (None, None)
    assert body["overdue"] is True  # due in 2025-12


def test_a_resident_sees_only_their_houses_invoices(client, office, books, resident_of):
    resident, mine = resident_of()
    _, theirs = resident_of()
    own = books.issue(mine.id, months=[DEC], issue_date=DEC, due_date=DEC)
    other = books.issue(theirs.id, months=[DEC], issue_date=DEC, due_date=DEC)

    assert ids(client.get(BASE, headers=resident.headers)) == [own]
    assert ids(client.get("/api/v1/me/invoices", headers=resident.headers)) == [own]
    assert ids(client.get(f"{BASE}?house_id={theirs.id}", headers=resident.headers)) == []
    assert sorted(ids(client.get(BASE, headers=office.headers))) == sorted([own, other])
    assert client.get(f"{BASE}/{own}", headers=resident.headers).status_code == 200
    for path in ("", "/promptpay"):
        response = client.get(f"{BASE}/{other}{path}", headers=resident.headers)
        assert response.status_code == 404, path
        assert response.mimetype == "application/problem+json"
    missing = client.get(f"{BASE}/{other + 1000}", headers=resident.headers)
    assert missing.status_code == 404  # the same answer as another house's


def test_a_former_member_no_longer_sees_the_house_invoices(
    app, client, books, login_as, make_house, make_member
):
    from village import database
    from village.houses.models import HouseMember

    house = make_house()
    resident = login_as(Role.RESIDENT)
    member = make_member(house=house, user=resident.user)
    invoice = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)
    assert client.get(f"{BASE}/{invoice}", headers=resident.headers).status_code == 200
    with app.app_context():
        row = database.session().get(HouseMember, member.id)
        row.moved_out_on = date(2026, 12, 20)
        database.session().commit()
    assert client.get(f"{BASE}/{invoice}", headers=resident.headers).status_code == 404
    assert ids(client.get("/api/v1/me/invoices", headers=resident.headers)) == []


def test_me_invoices_is_the_signed_in_staff_members_own_houses_only(
    client, books, login_as, make_house, make_member
):
    staff = login_as(Role.ACCOUNTING_ADMIN)
    home, other = make_house(), make_house()
    make_member(house=home, user=staff.user)
    own = books.issue(home.id, months=[DEC], issue_date=DEC, due_date=DEC)
    books.issue(other.id, months=[DEC], issue_date=DEC, due_date=DEC)
    assert ids(client.get("/api/v1/me/invoices", headers=staff.headers)) == [own]
    assert len(ids(client.get(BASE, headers=staff.headers))) == 2


def test_filters_by_house_status_and_period(client, office, books, make_house):
    a, b = make_house(), make_house()
    dec_a = books.issue(a.id, months=[DEC], issue_date=DEC, due_date=DEC)
    jan_a = books.issue(a.id, months=[JAN, FEB], issue_date=JAN, due_date=JAN)
    dec_b = books.issue(b.id, months=[DEC], issue_date=DEC, due_date=DEC)
    books.pay(a.id, 160_000, paid_on=date(2025, 12, 10))  # pays dec_a in full
    books.pay(b.id, 50_000, paid_on=date(2025, 12, 10))  # part of dec_b

    def get(query: str) -> list[int]:
        return sorted(ids(client.get(f"{BASE}?{query}", headers=office.headers)))

    assert get(f"house_id={a.id}") == sorted([dec_a, jan_a])
    assert get("status=paid") == [dec_a]
    assert get("status=partially_paid") == [dec_b]
    assert get("status=issued") == [jan_a]
    assert get("period=2025-12") == sorted([dec_a, dec_b])
    assert get("period=2026-02") == [jan_a]  # a line in that month, not only the first
    assert get("period=2026-03") == []
    assert get(f"house_id={a.id}&period=2025-12") == [dec_a]
    bad = client.get(f"{BASE}?status=unpaid", headers=office.headers)
    assert bad.status_code == 422
    assert client.get(f"{BASE}?period=2026-13", headers=office.headers).status_code == 422


def test_the_search_finds_an_invoice_number_or_a_house_number(client, office, books, make_house):
    a = make_house(house_number="99/123")
    b = make_house(house_number="7/45")
    inv_a = books.issue(a.id, months=[DEC], issue_date=DEC, due_date=DEC)
    inv_b = books.issue(b.id, months=[DEC], issue_date=DEC, due_date=DEC)
    number_b = client.get(f"{BASE}/{inv_b}", headers=office.headers).json["number"]

    def search(text: str) -> list[int]:
        response = client.get(BASE, query_string={"q": text}, headers=office.headers)
        return sorted(ids(response))

    assert search("99/12") == [inv_a]
    assert search(number_b) == [inv_b]
    assert search(number_b.lower()) == [inv_b]
    assert search("INV") == sorted([inv_a, inv_b])
    assert search("%") == []  # LIKE wildcards are literal


def test_overdue_is_decided_on_the_villages_date(client, office, books, make_house):
    house = make_house()
    # Kiritimati (UTC+14) is always at least a day ahead of Pago Pago (UTC-11).
    books.timezone("Pacific/Kiritimati")
    ahead = books.today()
    due = ahead - timedelta(days=1)
    late = books.issue(house.id, months=[DEC], issue_date=due - timedelta(days=15), due_date=due)
    on_time = books.issue(house.id, months=[JAN], issue_date=due, due_date=ahead)

    def overdue(flag: str) -> list[int]:
        return ids(client.get(f"{BASE}?overdue={flag}", headers=office.headers))

    assert overdue("true") == [late]
    assert overdue("false") == [on_time]
    assert client.get(f"{BASE}/{late}", headers=office.headers).json["overdue"] is True

    books.timezone("Pacific/Pago_Pago")  # in Pago Pago, `due` has not passed yet
    assert books.today() <= due
    assert overdue("true") == []
    assert client.get(f"{BASE}/{late}", headers=office.headers).json["overdue"] is False


def test_a_paid_or_void_invoice_is_never_overdue(client, office, books, make_house):
    house = make_house()
    paid = books.issue(house.id, months=[DEC], issue_date=DEC, due_date=DEC)
    void = books.issue(house.id, months=[JAN], issue_date=DEC, due_date=DEC)
    part = books.issue(house.id, months=[FEB], issue_date=DEC, due_date=DEC)
    books.void(void)
    books.pay(house.id, 160_000 + 1, paid_on=DEC)  # paid in full, 1 satang on `part`
    assert ids(client.get(f"{BASE}?overdue=true", headers=office.headers)) == [part]
    assert sorted(ids(client.get(f"{BASE}?overdue=false", headers=office.headers))) == sorted(
        [paid, void]
    )


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("issue_date", ["a", "b", "c"]),
        ("-issue_date", ["c", "b", "a"]),
        ("due_date", ["b", "a", "c"]),
        ("total_satang", ["c", "a", "b"]),
        ("-total_satang", ["b", "a", "c"]),
        ("outstanding_satang", ["b", "c", "a"]),  # b and c owe 100,000: by id
        ("-outstanding_satang", ["a", "c", "b"]),
        ("number", ["a", "b", "c"]),
        ("-number", ["c", "b", "a"]),
    ],
)
def test_the_list_sorts_by_whitelisted_fields(client, office, books, make_house, sort, expected):
    house = make_house()
    made = {
        "a": books.issue(house.id, months=[DEC], amount=200_000, issue_date=DEC,
                         due_date=date(2025, 12, 20)),
        "b": books.issue(house.id, months=[JAN], amount=300_000, issue_date=JAN,
                         due_date=date(2025, 12, 15)),
        "c": books.issue(house.id, months=[FEB], amount=100_000, issue_date=FEB,
                         due_date=date(2026, 2, 15)),
    }  # fmt: skip
    books.pay(house.id, 200_000, paid_on=DEC)  # oldest due first: "b" owes 100,000 more
    names = {v: k for k, v in made.items()}
    response = client.get(f"{BASE}?sort={sort}", headers=office.headers)
    outstanding = {names[item["id"]]: item["outstanding_satang"] for item in response.json["items"]}
    assert outstanding == {"a": 200_000, "b": 100_000, "c": 100_000}
    assert [names[i] for i in ids(response)] == expected
    assert client.get(f"{BASE}?sort=bill_to_name", headers=office.headers).status_code == 422


def test_the_list_pages(client, office, books, make_house):
    house = make_house()
    made = [
        books.issue(house.id, months=[date(2026, m, 1)], issue_date=date(2026, m, 1),
                    due_date=date(2026, m, 15))
        for m in range(1, 6)
    ]  # fmt: skip
    first = client.get(f"{BASE}?per_page=2&page=1", headers=office.headers).json
    third = client.get(f"{BASE}?per_page=2&page=3", headers=office.headers).json
    assert (first["total"], first["page"], first["per_page"]) == (5, 1, 2)
    assert [i["id"] for i in first["items"]] == [made[4], made[3]]  # newest first
    assert [i["id"] for i in third["items"]] == [made[0]]
    assert client.get(f"{BASE}?per_page=101", headers=office.headers).status_code == 422
