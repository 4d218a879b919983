"""GET|PATCH /api/v1/finance/settings: defaults on first read, validation, audit."""

from __future__ import annotations

import pytest

from tests.helpers import audit_events

URL = "/api/v1/finance/settings"
TAX_ID = "0994000165510"  # a valid 13-digit juristic-person tax id


def test_first_read_makes_the_defaults(client, accountant):
    response = client.get(URL, headers=accountant.headers)
    assert response.status_code == 200, response.json
    body = response.json
    assert body["promptpay_mode"] == "none"
    assert body["due_days"] == 15
    assert body["require_payment_confirmation"] is True
    assert body["arrears_suspension_months"] == 3
    assert body["arrears_land_office_months"] == 6
    assert body["certificate_valid_days"] == 30
    assert body["surcharge"] == {
        "method": "none",
        "rate_basis_points": 0,
        "fixed_satang": 0,
        "grace_days": 0,
        "legal_reference": None,
    }


def test_village_admin_reads_but_cannot_write(client, village_admin):
    assert client.get(URL, headers=village_admin.headers).status_code == 200
    response = client.patch(URL, json={"due_days": 10}, headers=village_admin.headers)
    assert response.status_code == 403


def test_resident_cannot_read_the_office_settings(client, login_as):
    resident = login_as("resident")
    assert client.get(URL, headers=resident.headers).status_code == 403
    assert client.patch(URL, json={"due_days": 1}, headers=resident.headers).status_code == 403


def test_patch_changes_only_what_is_sent_and_audits_before_after(app, client, accountant):
    response = client.patch(
        URL,
        json={
            "promptpay_mode": "credit_transfer",
            "promptpay_id": "081-234-5678",
            "bank_name": "กสิกรไทย",
            "bank_account_number": "123-4-56789-0",
            "due_days": 20,
            "receipt_signatory": "นางสาวสมหญิง ใจดี",
        },
        headers=accountant.headers,
    )
    assert response.status_code == 200, response.json
    body = response.json
    assert body["promptpay_id"] == "0812345678"
    assert body["bank_account_number"] == "1234567890"
    assert body["due_days"] == 20
    assert body["require_payment_confirmation"] is True
    [event] = audit_events(app, "finance_settings_updated")
    assert event.details["changes"]["due_days"] == {"from": 15, "to": 20}
    assert event.details["changes"]["promptpay_mode"] == {"from": "none", "to": "credit_transfer"}


def test_promptpay_tax_id_and_bill_payment(client, accountant):
    response = client.patch(
        URL,
        json={"promptpay_mode": "bill_payment", "promptpay_id": TAX_ID,
              "biller_id": "099400016551001"},
        headers=accountant.headers,
    )  # fmt: skip
    assert response.status_code == 200, response.json
    assert response.json["biller_id"] == "099400016551001"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"promptpay_mode": "credit_transfer"}, "promptpay_id"),
        ({"promptpay_mode": "bill_payment", "promptpay_id": TAX_ID}, "biller_id"),
        ({"promptpay_id": "12345"}, "promptpay_id"),
        ({"promptpay_id": "1812345678"}, "promptpay_id"),  # 10 digits not starting 0
        ({"promptpay_id": "0994000165511"}, "promptpay_id"),  # bad check digit
        ({"biller_id": "12345678901234"}, "biller_id"),  # 14 digits
        ({"due_days": 366}, "due_days"),
        ({"due_days": -1}, "due_days"),
        ({"due_days": 1.5}, "due_days"),
        ({"due_days": None}, "due_days"),
        ({"surcharge": {"method": "percent_per_month", "rate_basis_points": 1001,
                        "legal_reference": "ประกาศ คกก. จังหวัด"}}, "surcharge"),
        ({"surcharge": {"method": "percent_per_month", "rate_basis_points": 100}},
         "surcharge.legal_reference"),
        ({"surcharge": {"method": "fixed_per_month", "fixed_satang": 10.5,
                        "legal_reference": "x"}}, "surcharge"),
        ({"surcharge": {"unknown": 1}}, "surcharge"),
        ({"arrears_suspension_months": 0}, "arrears_suspension_months"),
        ({"arrears_suspension_months": 7}, "arrears_land_office_months"),
        ({"certificate_valid_days": "30"}, "certificate_valid_days"),
        ({"require_payment_confirmation": "yes"}, "require_payment_confirmation"),
        ({"updated_at": "2026-01-01T00:00:00+07:00"}, "updated_at"),
    ],
)  # fmt: skip
def test_bad_settings_are_422_naming_the_field(client, accountant, body, field):
    response = client.patch(URL, json=body, headers=accountant.headers)
    assert response.status_code == 422, response.json
    assert response.mimetype == "application/problem+json"
    fields = [error["field"] for error in response.json["errors"]]
    assert any(f == field or f.startswith(field) for f in fields), fields


def test_surcharge_turned_on_with_its_legal_reference(app, client, accountant):
    response = client.patch(
        URL,
        json={"surcharge": {"method": "percent_per_month", "rate_basis_points": 1000,
                            "grace_days": 15,
                            "legal_reference": "ประกาศคณะกรรมการจัดสรรที่ดินจังหวัด 2567"}},
        headers=accountant.headers,
    )  # fmt: skip
    assert response.status_code == 200, response.json
    assert response.json["surcharge"] == {
        "method": "percent_per_month",
        "rate_basis_points": 1000,
        "fixed_satang": 0,
        "grace_days": 15,
        "legal_reference": "ประกาศคณะกรรมการจัดสรรที่ดินจังหวัด 2567",
    }
    # A partial surcharge patch keeps the rest.
    response = client.patch(URL, json={"surcharge": {"grace_days": 7}}, headers=accountant.headers)
    assert response.json["surcharge"]["rate_basis_points"] == 1000
    assert response.json["surcharge"]["grace_days"] == 7
    # Clearing the reference while on is refused.
    response = client.patch(
        URL, json={"surcharge": {"legal_reference": None}}, headers=accountant.headers
    )
    assert response.status_code == 422


def test_clearing_promptpay_id_while_on_is_refused(client, accountant):
    client.patch(
        URL,
        json={"promptpay_mode": "credit_transfer", "promptpay_id": "0812345678"},
        headers=accountant.headers,
    )
    response = client.patch(URL, json={"promptpay_id": None}, headers=accountant.headers)
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == "promptpay_id"
    response = client.patch(
        URL, json={"promptpay_mode": "none", "promptpay_id": None}, headers=accountant.headers
    )
    assert response.status_code == 200
