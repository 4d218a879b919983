"""The late-payment surcharge in billing runs (village.md, "Surcharge (late fee)"):
off by default; one LATE_FEE line per overdue source invoice and month past grace, on
its outstanding principal only (never compounding), never twice, capped by settings."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.billing.conftest import invoices_of, post, preview
from tests.credit_notes.conftest import approve, asked
from tests.helpers import audit_events
from tests.invoices.conftest import books  # noqa: F401
from village import database
from village.enums import Role
from village.errors import Conflict
from village.invoices import issuing
from village.invoices.models import InvoiceLine

REGULATION = "ระเบียบคณะกรรมการจัดสรรที่ดินกรุงเทพมหานคร พ.ศ. 2549 ข้อ 3"
SETTINGS = "/api/v1/finance/settings"


@pytest.fixture
def checker(login_as):
    return login_as(Role.ACCOUNTING_ADMIN, full_name="Checker Two")


def surcharge(client, signed, **fields):
    response = client.patch(
        SETTINGS,
        json={"surcharge": {"legal_reference": REGULATION, **fields}},
        headers=signed.headers,
    )
    assert response.status_code == 200, response.json
    return response.json["surcharge"]


def november(client, signed, **body):
    """Bill November (issued 2026-11-01, due 2026-11-16); the run's preview as posted."""
    return post(
        client, signed, preview(client, signed, period="2026-11", issue_date="2026-11-01",
                                **body)["id"],
    )  # fmt: skip


def late_lines(run):
    return [
        line for i in run["preview"] for line in i["lines"] if line["fee_item_code"] == "LATE_FEE"
    ]


@pytest.fixture
def overdue(app, client, accountant, common_rate, make_house):
    """A house of 50 ตร.ว. (1,000.00 THB a month) whose November invoice is unpaid."""
    house = make_house(land_area_hundredths=5_000)
    november(client, accountant)
    [invoice] = invoices_of(app, house.id)
    return house, invoice


def test_off_by_default(client, accountant, overdue):
    run = preview(client, accountant)
    assert late_lines(run) == []
    assert client.get(SETTINGS, headers=accountant.headers).json["surcharge"]["method"] == "none"


def test_percent_per_month_on_the_principal_as_its_own_line(app, client, accountant, overdue):
    house, source = overdue
    surcharge(client, accountant, method="percent_per_month", rate_basis_points=150)
    run = preview(client, accountant)
    [invoice] = run["preview"]
    assert [line["fee_item_code"] for line in invoice["lines"]] == ["COMMON", "LATE_FEE"]
    [late] = late_lines(run)
    assert late["amount_satang"] == late["unit_satang"] == 1_500  # 1.5 % of 1,000.00
    assert late["source_invoice_id"] == source.id
    assert late["month"] == "2026-12"
    assert source.number in late["description"]
    assert "ธันวาคม 2569" in late["description"]
    assert REGULATION in late["description"]
    assert invoice["total_satang"] == 101_500

    posted = post(client, accountant, run["id"])
    assert posted["total_satang"] == 101_500
    event = audit_events(app, "billing_run_posted")[-1]  # November's came first
    assert (event.details["surcharge_lines"], event.details["surcharge_satang"]) == (1, 1_500)
    new = invoices_of(app, house.id)[-1]
    assert new.total_satang == 101_500
    [line] = [x for x in new.lines if x.source_invoice_id is not None]
    assert (line.amount_satang, line.month, line.source_invoice_id) == (1_500, date(2026, 12, 1),
                                                                       source.id)  # fmt: skip
    # The invoice's PDF names the regulation on the line and s.50 in a footnote.
    pdf = client.get(f"/api/v1/invoices/{new.id}/pdf", headers=accountant.headers)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "ข้อ 3" in text
    assert "มาตรา 50" in text


def test_percent_rounds_half_up_to_the_satang(app, client, accountant, common_rate, make_house):
    make_house(land_area_hundredths=5_005)  # 1,001.00 THB a month
    november(client, accountant)
    surcharge(client, accountant, method="percent_per_month", rate_basis_points=150)
    [late] = late_lines(preview(client, accountant))
    assert late["amount_satang"] == 1_502  # 100,100 × 1.5 % = 1,501.5 → 1,502


def test_fixed_per_month(client, accountant, overdue):
    surcharge(client, accountant, method="fixed_per_month", fixed_satang=5_000)
    [late] = late_lines(preview(client, accountant))
    assert late["amount_satang"] == 5_000


def test_the_rate_is_capped_at_ten_percent_a_month(client, accountant):
    response = client.patch(
        SETTINGS,
        json={"surcharge": {"method": "percent_per_month", "rate_basis_points": 1_001,
                            "legal_reference": REGULATION}},
        headers=accountant.headers,
    )  # fmt: skip
    assert response.status_code == 422


@pytest.mark.parametrize(("grace_days", "levied"), [(14, True), (15, False), (30, False)])
def test_grace_days(client, accountant, overdue, grace_days, levied):
    # Due 2026-11-16; December's run is issued 2026-12-01: 15 days later.
    surcharge(client, accountant, method="percent_per_month", rate_basis_points=150,
              grace_days=grace_days)  # fmt: skip
    assert bool(late_lines(preview(client, accountant))) is levied


def test_a_house_that_paid_in_time_gets_none(client, accountant, books, overdue):  # noqa: F811
    house, _ = overdue
    books.pay(house.id, 100_000, paid_on=date(2026, 11, 10))
    surcharge(client, accountant, method="fixed_per_month", fixed_satang=5_000)
    assert late_lines(preview(client, accountant)) == []


def test_only_the_principal_still_owed(client, accountant, books, overdue):  # noqa: F811
    house, _ = overdue
    books.pay(house.id, 60_000, paid_on=date(2026, 11, 20))
    surcharge(client, accountant, method="percent_per_month", rate_basis_points=150)
    [late] = late_lines(preview(client, accountant))
    assert late["amount_satang"] == 600  # 1.5 % of the 400.00 still owed


def test_never_compounding(app, client, accountant, books, overdue):  # noqa: F811
    house, november_invoice = overdue
    surcharge(client, accountant, method="percent_per_month", rate_basis_points=150)
    post(client, accountant, preview(client, accountant)["id"])  # December: 1,000 + 15
    december = invoices_of(app, house.id)[-1]
    january = preview(client, accountant, period="2027-01", issue_date="2027-01-01")
    # November again (its principal), and December on its 1,000.00 only, not the 15.00.
    assert [(x["source_invoice_id"], x["amount_satang"]) for x in late_lines(january)] == [
        (november_invoice.id, 1_500),
        (december.id, 1_500),
    ]
    # A payment fills December's common fee first: the surcharge left on it draws none.
    books.pay(house.id, 200_000, paid_on=date(2026, 12, 20))  # November, then December's fee
    assert books.invoice(december.id).outstanding_satang == 1_500
    january = preview(client, accountant, period="2027-01", issue_date="2027-01-01")
    assert late_lines(january) == []


def test_once_per_source_invoice_and_month_even_across_runs(app, client, accountant, overdue):
    _, source = overdue
    post(client, accountant, preview(client, accountant)["id"])  # December, surcharge off
    surcharge(client, accountant, method="fixed_per_month", fixed_satang=5_000)
    # The fee is billed already; the surcharge is not: a run levies it alone.
    second = preview(client, accountant)
    [invoice] = second["preview"]
    assert [line["fee_item_code"] for line in invoice["lines"]] == ["LATE_FEE"]
    stale = preview(client, accountant)  # the same, previewed before the second posts
    assert post(client, accountant, second["id"])["invoice_count"] == 1
    assert late_lines(preview(client, accountant)) == []
    later = post(client, accountant, stale["id"])
    assert later["invoice_count"] == 0
    with app.app_context():
        levied = (
            database.session()
            .scalars(select(InvoiceLine).where(InvoiceLine.source_invoice_id == source.id))
            .all()
        )
        assert [(x.month, x.amount_satang) for x in levied] == [(date(2026, 12, 1), 5_000)]
    # The next month is another month: November is levied again (and December now too).
    january = preview(client, accountant, period="2027-01", issue_date="2027-01-01")
    assert [x["source_invoice_id"] for x in late_lines(january)].count(source.id) == 1


def test_the_database_refuses_a_second_levy(app, client, accountant, overdue):
    house, source = overdue
    surcharge(client, accountant, method="fixed_per_month", fixed_satang=5_000)
    post(client, accountant, preview(client, accountant)["id"])
    [late] = [x for x in invoices_of(app, house.id)[-1].lines if x.source_invoice_id]
    line = issuing.LineDraft(description="again", unit_satang=1, amount_satang=1,
                             fee_item_id=late.fee_item_id, month=late.month,
                             source_invoice_id=source.id)  # fmt: skip
    with app.app_context(), pytest.raises(Conflict):
        issuing.issue([issuing.InvoiceDraft(house_id=house.id, bill_to_name="x", lines=[line])],
                      issue_date=date(2026, 12, 2), due_date=date(2026, 12, 17),
                      created_by_id=None)  # fmt: skip


def test_voiding_the_invoice_that_carries_it_frees_it(app, client, accountant, books, overdue):  # noqa: F811
    house, _ = overdue
    surcharge(client, accountant, method="fixed_per_month", fixed_satang=5_000)
    post(client, accountant, preview(client, accountant)["id"])
    december = invoices_of(app, house.id)[-1]
    voided = client.post(f"/api/v1/invoices/{december.id}/void", json={"reason": "Wrong area"},
                         headers=accountant.headers)  # fmt: skip
    assert voided.status_code == 200, voided.json
    again = preview(client, accountant)
    assert [line["fee_item_code"] for line in again["preview"][0]["lines"]] == [
        "COMMON", "LATE_FEE",
    ]  # fmt: skip


def test_a_credit_note_waives_it(app, client, accountant, checker, books, overdue):  # noqa: F811
    house, _ = overdue
    surcharge(client, accountant, method="fixed_per_month", fixed_satang=5_000)
    post(client, accountant, preview(client, accountant)["id"])
    december = invoices_of(app, house.id)[-1]
    note = asked(client, accountant, december.id, 5_000, reason="Late fee waived by committee")
    assert approve(client, checker, note["id"]).status_code == 200
    after = books.invoice(december.id)
    assert (after.credited_satang, after.outstanding_satang) == (5_000, 100_000)
    assert books.house(house.id).outstanding_satang == 200_000  # November's and December's fee
