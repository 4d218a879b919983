"""Dunning letters through the API: a house owing past due gets a Thai letter naming its
owner, every unpaid month and amount, the total, the law's consequences and how to pay; a
batch prints one letter per house; nothing owed past due is a 409; the office's only."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from tests.certificates.conftest import has, pdf_text
from tests.helpers import audit_events
from village import database
from village.enums import Role
from village.finance.enums import PromptPayMode
from village.profile import service as profile
from village.thai_dates import thai_date

BULK = "/api/v1/reports/dunning-letters"
MAY, JUN, JUL, AUG = (date(2026, m, 1) for m in (5, 6, 7, 8))


def url(house_id: int) -> str:
    return f"/api/v1/houses/{house_id}/dunning-letter"


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def village(app):
    with app.app_context():
        row = profile.get()
        row.name_th = "หมู่บ้านสวนสน"
        row.juristic_person_name = "นิติบุคคลหมู่บ้านจัดสรร สวนสน"
        database.session().commit()


@pytest.fixture
def owing(books, owner_of):
    """A house owing May-July past due (May part-paid) and August not due yet, by an
    owner; plus a manual charge past due that is not a monthly fee."""
    from village.invoices import issuing

    today = books.today()
    house = owner_of(zone="A")
    books.issue(house.id, months=[MAY, JUN], issue_date=MAY, due_date=date(2026, 5, 16))
    books.pay(house.id, 60_000, paid_on=date(2026, 5, 20))  # 600 of May's 1,600
    books.issue(house.id, months=[JUL], issue_date=JUL, due_date=date(2026, 7, 16))
    key_card = issuing.LineDraft(description="บัตรผ่านประตู / Key card", unit_satang=25_000,
                                 amount_satang=25_000)  # fmt: skip
    books.issue(house.id, lines=[key_card], issue_date=JUL, due_date=date(2026, 7, 20))
    books.issue(house.id, months=[AUG], issue_date=today, due_date=today + timedelta(days=15))
    return house


def test_a_house_letter_names_owner_months_amounts_total_law_and_how_to_pay(
    app, client, office, books, owing, village
):
    books.settings(
        bank_name="ธนาคารกสิกรไทย", bank_account_name="นิติบุคคลหมู่บ้านจัดสรร สวนสน",
        bank_account_number="123-4-56789-0", promptpay_mode=PromptPayMode.CREDIT_TRANSFER,
        promptpay_id="0994000123456", receipt_signatory="นางสาวมาลี ศรีสุข",
    )  # fmt: skip
    response = client.get(url(owing.id), headers=office.headers)
    assert response.status_code == 200, response.json
    assert response.mimetype == "application/pdf"
    assert "dunning-" in response.headers["Content-Disposition"]
    text = pdf_text(response.data)
    assert has(text, "หนังสือแจ้งเตือนค้างชำระ")
    assert has(text, "นายสมชาย ใจดี")  # the owner, not the tenant
    assert "Tenant Person" not in text
    assert owing.house_number in text
    assert thai_date(books.today()) in text  # the letter's date, B.E.
    for month in ("พฤษภาคม 2569", "มิถุนายน 2569", "กรกฎาคม 2569"):
        assert has(text, month)
    assert not has(text, "สิงหาคม 2569")  # not due yet: not demanded
    assert "1,000.00" in text  # May, less the 600 paid
    assert "1,600.00" in text  # June, July
    assert "250.00" in text and has(text, "บัตรผ่านประตู")  # the key card, past due
    assert "4,450.00" in text  # the total overdue
    assert "Also billed, not yet due: 1,600.00" in " ".join(text.split())
    assert has(text, "มาตรา 50") and has(text, "พ.ศ. 2558")
    assert has(text, "ถนน")  # never the roads
    assert has(text, "สำนักงานที่ดิน") and "land office may refuse" in " ".join(text.split())
    assert "123-4-56789-0" in text and "0994000123456" in text
    assert has(text, "นางสาวมาลี ศรีสุข")
    assert has(text, "นิติบุคคลหมู่บ้านจัดสรร สวนสน")
    assert has(text, "ค้างชำระค่าส่วนกลาง 3 เดือน")  # 3 months: suspension may follow
    assert "1 applies" in " ".join(text.split())
    [event] = audit_events(app, "dunning_letters_printed")
    assert event.actor_id == office.user.id
    assert event.details["houses"] == [owing.house_number]
    assert event.details["overdue_satang"] == 445_000


def test_nothing_past_due_is_409_no_arrears_and_an_unknown_house_404(
    app, client, office, books, make_house
):
    never = make_house()
    answer = client.get(url(never.id), headers=office.headers)
    assert answer.status_code == 409
    assert answer.json["code"] == "no_arrears"
    assert answer.mimetype == "application/problem+json"

    today = books.today()
    not_due = make_house()
    books.issue(not_due.id, months=[AUG], issue_date=today, due_date=today + timedelta(days=1))
    assert client.get(url(not_due.id), headers=office.headers).json["code"] == "no_arrears"

    paid = make_house()
    books.issue(paid.id, months=[MAY], issue_date=MAY, due_date=date(2026, 5, 16))
    books.pay(paid.id, 160_000, paid_on=date(2026, 6, 1))
    assert client.get(url(paid.id), headers=office.headers).status_code == 409
    assert client.get(url(paid.id + 10_000), headers=office.headers).status_code == 404
    assert audit_events(app, "dunning_letters_printed") == []


def test_the_batch_prints_a_letter_per_house_and_filters_by_zone_bucket_and_eligibility(
    app, client, office, books, owing, make_house
):
    one_month = make_house(zone="B", house_number="201/1")
    books.issue(one_month.id, months=[AUG], issue_date=AUG, due_date=date(2026, 8, 16))
    make_house(zone="B")  # owes nothing: no letter

    every = client.get(BULK, headers=office.headers)
    assert every.status_code == 200, every.json
    assert every.headers["X-Total-Count"] == "2"
    text = pdf_text(every.data)
    assert owing.house_number in text and "201/1" in text
    assert text.count("หน้า / Page 1 /") == 2  # each letter numbers its own pages
    assert pages(every.data) >= 2
    [event] = audit_events(app, "dunning_letters_printed")
    assert sorted(event.details["houses"]) == sorted([owing.house_number, "201/1"])
    assert event.details["letters"] == 2

    zone_b = pdf_text(client.get(BULK, query_string={"zone": "B"}, headers=office.headers).data)
    assert "201/1" in zone_b and owing.house_number not in zone_b
    suspension = client.get(BULK, query_string={"eligible": "suspension"}, headers=office.headers)
    assert suspension.status_code == 200
    got = pdf_text(suspension.data)
    assert owing.house_number in got and "201/1" not in got  # 3 months vs 1
    land_office = client.get(BULK, query_string={"eligible": "land_office"}, headers=office.headers)
    assert land_office.status_code == 409 and land_office.json["code"] == "no_arrears"
    aged = client.get(BULK, query_string={"bucket": "over_180"}, headers=office.headers)
    assert aged.status_code == 200  # May's invoice is over 180 days past due; August's not
    assert "201/1" not in pdf_text(aged.data)
    assert client.get(BULK, query_string={"zone": "Z"}, headers=office.headers).status_code == 409
    # A batch at a time: per_page letters, X-Total-Count of them all, 404 past the last.
    first = client.get(BULK, query_string={"per_page": 1}, headers=office.headers)
    assert (first.headers["X-Total-Count"], first.headers["X-Page-Count"]) == ("2", "2")
    assert "-1-of-2" in first.headers["Content-Disposition"]
    second = client.get(BULK, query_string={"per_page": 1, "page": 2}, headers=office.headers)
    assert pdf_text(first.data).count("หน้า / Page 1 /") == 1
    assert ("201/1" in pdf_text(first.data)) != ("201/1" in pdf_text(second.data))
    past = client.get(BULK, query_string={"per_page": 1, "page": 3}, headers=office.headers)
    assert past.status_code == 404
    for bad in (
        {"bucket": "old"}, {"eligible": "eviction"}, {"zone": ""}, {"house": "1"},
        {"per_page": 51}, {"page": 0},
    ):  # fmt: skip
        assert client.get(BULK, query_string=bad, headers=office.headers).status_code == 422


def test_a_house_six_months_in_arrears_is_told_of_the_land_office(client, office, books, owner_of):
    house = owner_of()
    months = [date(2026, m, 1) for m in range(1, 7)]
    books.issue(house.id, months=months, issue_date=months[0], due_date=date(2026, 1, 16))
    text = pdf_text(client.get(url(house.id), headers=office.headers).data)
    assert has(text, "ค้างชำระค่าส่วนกลาง 6 เดือน")
    assert "both 1 and 2 apply" in " ".join(text.split())
    assert "9,600.00" in text


def test_letters_are_the_offices_only(client, office, login_as, resident_of, books):
    resident, own = resident_of()
    books.issue(own.id, months=[MAY], issue_date=MAY, due_date=date(2026, 5, 16))
    assert client.get(url(own.id), headers=resident.headers).status_code == 403
    assert client.get(BULK, headers=resident.headers).status_code == 403
    village_admin = login_as(Role.VILLAGE_ADMIN)
    assert client.get(url(own.id), headers=village_admin.headers).status_code == 200
    assert client.get(BULK, headers=village_admin.headers).status_code == 200
    assert client.get(url(own.id)).status_code == 401
