"""Debt-clearance certificates through the API: refused while the house owes anything,
numbered and valid for the settings' days when it owes nothing, verifiable by number,
printed as a Thai letter, and the office's only."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import update

from tests.certificates.conftest import has, pdf_text
from tests.helpers import audit_events
from village import database
from village.certificates.models import Certificate
from village.enums import Role
from village.finance.enums import SurchargeMethod
from village.houses.enums import Relation
from village.profile import service as profile

DEC, JAN = date(2025, 12, 1), date(2026, 1, 1)
LIST = "/api/v1/certificates"


def issue_url(house_id: int) -> str:
    return f"/api/v1/houses/{house_id}/debt-clearance-certificate"


def fiscal_year(app) -> int:
    with app.app_context():
        return profile.fiscal_year()


def test_a_house_that_owes_anything_gets_409_has_arrears_with_the_amount(
    app, client, office, books, owner_of
):
    house = owner_of()
    books.issue(house.id, months=[DEC], issue_date=DEC, due_date=date(2025, 12, 16))
    books.issue(house.id, months=[JAN], issue_date=JAN, due_date=date(2026, 1, 16))
    books.pay(house.id, 100_000, paid_on=date(2025, 12, 20))  # part of December
    response = client.post(issue_url(house.id), headers=office.headers)
    assert response.status_code == 409, response.json
    assert response.mimetype == "application/problem+json"
    assert response.json["code"] == "has_arrears"
    assert response.json["outstanding_satang"] == 220_000
    assert "2,200.00" in response.json["detail"]
    # Nothing issued, no number used, nothing audited.
    assert client.get(LIST, headers=office.headers).json["total"] == 0
    assert audit_events(app, "certificate_issued") == []

    # Paid in full: the first number of the year.
    books.pay(house.id, 220_000, paid_on=date(2026, 1, 20))
    issued = client.post(issue_url(house.id), headers=office.headers)
    assert issued.status_code == 201, issued.json
    assert issued.json["number"] == f"CERT{fiscal_year(app)}-000001"


def test_an_invoice_not_yet_due_still_counts_and_a_credit_does_not_offset_it(
    client, office, books, owner_of
):
    house = owner_of()
    today = books.today()
    invoice = books.issue(
        house.id, months=[JAN], issue_date=today, due_date=today + timedelta(days=15)
    )
    first = books.pay(house.id, 160_000, paid_on=today)  # pays the invoice
    books.pay(house.id, 50_000, paid_on=today)  # money ahead: the house's credit
    books.reverse(first)  # the invoice is owed again; the credit stays
    kept = books.house(house.id)
    assert (kept.outstanding_satang, kept.credit_satang) == (160_000, 50_000)
    assert books.invoice(invoice).due_date > today  # not due yet
    response = client.post(issue_url(house.id), headers=office.headers)
    assert response.status_code == 409
    assert response.json["code"] == "has_arrears"
    assert response.json["outstanding_satang"] == 160_000


def test_a_paid_up_house_gets_a_numbered_certificate_valid_for_the_settings_days(
    app, client, office, books, owner_of
):
    house = owner_of(plot_number="P-17", title_deed_number="12345", land_area_hundredths=8050)
    books.settings(certificate_valid_days=15)
    books.issue(house.id, months=[DEC, JAN], issue_date=DEC, due_date=date(2025, 12, 16))
    books.pay(house.id, 320_000, paid_on=date(2025, 12, 10))
    voided = books.issue(house.id, months=[date(2026, 2, 1)], issue_date=JAN, due_date=JAN)
    books.void(voided)  # a void invoice owes nothing and bills no month

    response = client.post(issue_url(house.id), headers=office.headers)
    assert response.status_code == 201, response.json
    body = response.json
    today = books.today()
    number = f"CERT{fiscal_year(app)}-000001"
    assert body["number"] == number
    assert body["house"] == {
        "id": house.id, "house_number": house.house_number, "plot_number": "P-17",
        "title_deed_number": "12345", "land_area_sq_wah": 80.5,
    }  # fmt: skip
    assert body["owner_names"] == ["นายสมชาย ใจดี"]  # the owner, not the tenant
    assert body["paid_through"] == "2026-01"
    assert body["issue_date"] == today.isoformat()
    assert body["valid_until"] == (today + timedelta(days=15)).isoformat()
    assert body["valid"] is True
    assert body["issued_by"] == {"id": office.user.id, "full_name": "Accounts Office"}
    assert body["pdf_url"] == f"/api/v1/certificates/{number}/pdf"

    [event] = audit_events(app, "certificate_issued")
    assert event.actor_id == office.user.id
    assert event.target_type == "certificate"
    assert event.target_name == f"{number} · {house.house_number}"
    assert event.details["house_id"] == house.id
    assert event.details["valid_until"] == body["valid_until"]

    # The second for the same house is the next number (each paper counted).
    again = client.post(issue_url(house.id), headers=office.headers)
    assert again.status_code == 201
    assert again.json["number"] == f"CERT{fiscal_year(app)}-000002"


def test_a_house_never_billed_or_in_credit_owes_nothing(client, office, books, make_house):
    house = make_house()  # nobody registered as owner
    body = client.post(issue_url(house.id), headers=office.headers).json
    assert body["paid_through"] is None
    assert body["owner_names"] == []

    in_credit = make_house()
    books.issue(in_credit.id, months=[DEC], issue_date=DEC, due_date=DEC)
    books.pay(in_credit.id, 200_000, paid_on=DEC)
    assert books.house(in_credit.id).credit_satang == 40_000
    response = client.post(issue_url(in_credit.id), headers=office.headers)
    assert response.status_code == 201
    assert response.json["paid_through"] == "2025-12"


def test_a_developer_plot_names_the_developer(client, office, make_house):
    house = make_house(developer_owned=True)
    body = client.post(issue_url(house.id), headers=office.headers).json
    assert len(body["owner_names"]) == 1 and "developer" in body["owner_names"][0]


def test_with_a_surcharge_in_force_a_paid_up_house_still_owes_nothing(
    client, office, books, owner_of
):
    """A run levies a late fee only on an overdue invoice with principal outstanding: a
    house whose invoices are all settled (even settled late) has none waiting."""
    books.settings(
        surcharge_method=SurchargeMethod.PERCENT_PER_MONTH, surcharge_rate_basis_points=150,
        surcharge_legal_reference="ระเบียบคณะกรรมการจัดสรรที่ดินกรุงเทพมหานคร พ.ศ. 2549",
    )  # fmt: skip
    house = owner_of()
    books.issue(house.id, months=[DEC], issue_date=DEC, due_date=date(2025, 12, 16))
    books.pay(house.id, 160_000, paid_on=date(2026, 3, 1))  # months late
    assert client.post(issue_url(house.id), headers=office.headers).status_code == 201


def test_verification_by_number_shows_what_it_certified_and_whether_still_valid(
    app, client, office, owner_of, make_member
):
    house = owner_of()
    issued = client.post(issue_url(house.id), headers=office.headers).json
    number = issued["number"]
    verified = client.get(f"{LIST}/{number}", headers=office.headers)
    assert verified.status_code == 200
    assert verified.json == issued
    # Any case, spaces trimmed (read off paper).
    assert client.get(f"{LIST}/ {number.lower()} ", headers=office.headers).json == issued

    # A new owner afterwards: the certificate still names who owned it then.
    make_member(house=house, relation=Relation.CO_OWNER, is_primary_contact=False)
    assert client.get(f"{LIST}/{number}", headers=office.headers).json["owner_names"] == [
        "นายสมชาย ใจดี"
    ]
    # Past its last day it is no longer valid.
    with app.app_context():
        database.session().execute(
            update(Certificate)
            .where(Certificate.number == number)
            .values(issue_date=date(2025, 1, 1), valid_until=date(2025, 1, 31))
        )
        database.session().commit()
    expired = client.get(f"{LIST}/{number}", headers=office.headers).json
    assert expired["valid"] is False
    assert expired["valid_until"] == "2025-01-31"

    missing = client.get(f"{LIST}/CERT2569-999999", headers=office.headers)
    assert missing.status_code == 404
    assert missing.mimetype == "application/problem+json"
    assert client.post(issue_url(house.id + 10_000), headers=office.headers).status_code == 404


def test_the_list_filters_by_house_and_searches_number_and_house_number(client, office, make_house):
    first, second = make_house(house_number="77/1"), make_house(house_number="78/9")
    made = [
        client.post(issue_url(h.id), headers=office.headers).json["number"]
        for h in (first, second, first)
    ]
    body = client.get(LIST, headers=office.headers).json
    assert body["total"] == 3
    assert [c["number"] for c in body["items"]] == made[::-1]  # newest number first
    mine = client.get(LIST, query_string={"house_id": first.id}, headers=office.headers).json
    assert [c["number"] for c in mine["items"]] == [made[2], made[0]]
    found = client.get(LIST, query_string={"q": "78/9"}, headers=office.headers).json
    assert [c["number"] for c in found["items"]] == [made[1]]
    by_number = client.get(LIST, query_string={"q": made[0][-6:]}, headers=office.headers).json
    assert [c["number"] for c in by_number["items"]] == [made[0]]
    ordered = client.get(LIST, query_string={"sort": "number"}, headers=office.headers).json
    assert [c["number"] for c in ordered["items"]] == made


def test_residents_never_see_certificates_and_only_finance_writers_issue(
    client, office, login_as, resident_of
):
    resident, own = resident_of()
    number = client.post(issue_url(own.id), headers=office.headers).json["number"]
    # Their own house's certificate: still the office's (a resident asks the office).
    assert client.post(issue_url(own.id), headers=resident.headers).status_code == 403
    assert client.get(f"{LIST}/{number}", headers=resident.headers).status_code == 404
    assert client.get(f"{LIST}/{number}/pdf", headers=resident.headers).status_code == 404
    assert client.get(LIST, headers=resident.headers).status_code == 403
    village_admin = login_as(Role.VILLAGE_ADMIN)
    assert client.post(issue_url(own.id), headers=village_admin.headers).status_code == 403
    assert client.get(f"{LIST}/{number}", headers=village_admin.headers).status_code == 200
    assert client.get(LIST, headers=village_admin.headers).status_code == 200
    assert client.get(f"{LIST}/{number}").status_code == 401


def test_the_pdf_is_a_thai_letter_on_the_letterhead_with_every_fact(
    app, client, office, books, owner_of
):
    with app.app_context():
        village = profile.get()
        village.name_th = "หมู่บ้านสวนสน"
        village.name_en = "Suan Son Village"
        village.juristic_person_name = "นิติบุคคลหมู่บ้านจัดสรร สวนสน"
        village.address = "99/1 ถนนรังสิต-นครนายก จังหวัดปทุมธานี 12120"
        database.session().commit()
    books.settings(receipt_signatory="นางสาวมาลี ศรีสุข", certificate_valid_days=30)
    house = owner_of(plot_number="P-17", title_deed_number="12345", land_area_hundredths=8050)
    books.issue(house.id, months=[DEC], issue_date=DEC, due_date=date(2025, 12, 16))
    books.pay(house.id, 160_000, paid_on=date(2025, 12, 10))
    body = client.post(issue_url(house.id), headers=office.headers).json

    response = client.get(body["pdf_url"], headers=office.headers)
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert body["number"] in response.headers["Content-Disposition"]
    assert "private" in response.headers["Cache-Control"]
    text = pdf_text(response.data)
    today = books.today()
    from village.thai_dates import thai_date

    assert has(text, "หนังสือรับรองการปลอดหนี้")
    assert has(text, "นิติบุคคลหมู่บ้านจัดสรร สวนสน")  # the juristic person's letterhead
    assert has(text, "หมู่บ้านสวนสน")
    assert body["number"] in text
    assert thai_date(today) in text  # B.E. date in Thai
    assert thai_date(today + timedelta(days=30)) in text  # valid until
    assert house.house_number in text
    assert "P-17" in text and "12345" in text and "80.50" in text
    assert has(text, "นายสมชาย ใจดี")  # the owner
    assert has(text, "ธันวาคม 2568")  # paid up to December 2025 (B.E. 2568)
    assert has(text, "มาตรา 49")
    assert has(text, "นางสาวมาลี ศรีสุข")  # the signatory
    assert "Tenant Person" not in text
    assert "Debt-clearance certificate".upper() in text.upper()
