"""The office's overview, the residents' finance summary (aggregates only) and the
finance gauges of a Prometheus scrape."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from tests.observability.test_metrics import scrape, value
from tests.reports.conftest import get
from village import database
from village.credit_notes.models import CreditNote
from village.enums import Role
from village.files.enums import FileKind
from village.files.models import StoredFile
from village.payments.enums import PaymentMethod
from village.payments.models import Payment, PaymentSlip
from village.period_locks.enums import PeriodStatus
from village.period_locks.models import AccountingPeriod
from village.service_requests.models import ServiceRequest

NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # 10:00 in Bangkok (the fixed today)


@pytest.fixture
def queues(app, village, office):
    """Two slips waiting (the oldest since 4 days), open service requests aged 0, 5, 10
    and 40 days (and a closed one), a pending payment, a pending credit note."""
    with app.app_context():
        session = database.session()
        for number, age in enumerate((4, 1)):
            stored = StoredFile(
                kind=FileKind.PAYMENT_SLIP, storage_key=f"00/00/{number:064d}",
                filename="slip.png", mime="image/png", size_bytes=1, sha256=f"{number:064d}",
            )  # fmt: skip
            session.add(stored)
            session.flush()
            session.add(
                PaymentSlip(
                    house_id=village.a.id, submitted_by_id=office.user.id, amount_satang=100,
                    transferred_at=NOW, file_id=stored.id, file_sha256=stored.sha256,
                    created_at=NOW - timedelta(days=age),
                )
            )  # fmt: skip
        for number, (age, status) in enumerate(
            [(0, "submitted"), (5, "in_progress"), (10, "on_hold"), (40, "submitted"),
             (50, "closed")]
        ):  # fmt: skip
            session.add(
                ServiceRequest(
                    number=f"SR2569-9{number:05d}", house_id=village.a.id, category="water",
                    title="Leak", description="A leak", opened_by_id=office.user.id,
                    status=status, created_at=NOW - timedelta(days=age),
                )
            )  # fmt: skip
        session.add(
            Payment(
                house_id=village.a.id, amount_satang=100, method=PaymentMethod.CASH,
                paid_on=date(2026, 11, 29), posting_date=date(2026, 11, 29), payer_name="P",
            )
        )  # fmt: skip
        session.add(
            CreditNote(invoice_id=village.invoices["a10"], house_id=village.a.id,
                       amount_satang=100, reason="Rounding")
        )  # fmt: skip
        session.commit()


def test_the_overview(client, office, village, queues, books):
    body = get(client, "overview", office).json
    assert body == {
        "today": "2026-11-30",
        "billed_this_month_satang": -40_000,
        "collected_this_month_satang": 30_000,
        "outstanding_satang": 210_000,
        "houses_past_suspension": 0,
        "houses_past_land_office": 0,
        "slips_waiting": 2,
        "oldest_slip_waiting_since": "2026-11-26T03:00:00Z",
        "service_requests_open_by_age": {"0_2": 1, "3_7": 1, "8_30": 1, "over_30": 1},
        "credit_notes_pending": 1,
        "payments_pending": 1,
    }
    books.settings(arrears_suspension_months=2, arrears_land_office_months=2)
    body = get(client, "overview", office).json
    assert (body["houses_past_suspension"], body["houses_past_land_office"]) == (1, 1)


def test_the_overview_of_an_empty_village(client, office):
    body = get(client, "overview", office).json
    assert body["outstanding_satang"] == 0
    assert body["slips_waiting"] == 0
    assert body["oldest_slip_waiting_since"] is None
    assert body["service_requests_open_by_age"] == {"0_2": 0, "3_7": 0, "8_30": 0, "over_30": 0}


def test_residents_do_not_get_the_overview(client, resident_of):
    resident, _ = resident_of()
    assert client.get("/api/v1/reports/overview", headers=resident.headers).status_code == 403


def summary(client, signed):
    response = client.get("/api/v1/me/finance-summary", headers=signed.headers)
    assert response.status_code == 200
    return response.json


def test_residents_see_this_months_aggregates_and_never_which_houses(client, village, resident_of):
    resident, _ = resident_of(full_name="ผู้อยู่อาศัย")
    body = summary(client, resident)
    assert body == {
        "period": "2026-11",
        "billed_satang": -40_000,
        "collected_satang": 30_000,
        "collection_rate": None,
        "houses_in_arrears": 1,
        "houses": 3,  # A, B and the resident's own
    }
    assert "10/1" not in str(body)


def test_the_summary_is_of_the_last_closed_month(client, app, village, resident_of, office):
    with app.app_context():
        for month in (9, 10):
            database.session().add(
                AccountingPeriod(period=date(2026, month, 1), status=PeriodStatus.CLOSED)
            )
        database.session().commit()
    resident, _ = resident_of()
    body = summary(client, resident)
    assert body["period"] == "2026-10"
    assert (body["billed_satang"], body["collected_satang"]) == (360_000, 100_000)
    assert body["collection_rate"] == "0.2778"
    assert body["houses_in_arrears"] == 2  # at the end of October: A's and B's invoices
    assert summary(client, office)["period"] == "2026-10"  # the office sees the same


def test_the_summary_of_an_empty_village(client, login_as):
    body = summary(client, login_as(Role.RESIDENT))
    assert body == {"period": "2026-11", "billed_satang": 0, "collected_satang": 0,
                    "collection_rate": None, "houses_in_arrears": 0, "houses": 0}  # fmt: skip


def test_the_finance_gauges(client, village, queues, books):
    samples = scrape(client)
    assert value(samples, "village_outstanding_satang") == 210_000
    assert value(samples, "village_houses_in_arrears", threshold="suspension") == 0
    assert value(samples, "village_payment_slips_waiting") == 2
    oldest = value(samples, "village_payment_slip_oldest_waiting_seconds")
    assert 4 * 86400 <= oldest < 4 * 86400 + 600
    books.settings(arrears_suspension_months=2)
    samples = scrape(client)
    assert value(samples, "village_houses_in_arrears", threshold="suspension") == 1
    assert value(samples, "village_houses_in_arrears", threshold="land_office") == 0


def test_a_scrape_reads_a_few_aggregates_however_many_houses(app, make_house, books, village):
    from village.reports import metrics

    def statements() -> list[str]:
        seen: list[str] = []

        def record(_conn, _cursor, statement, *_args) -> None:
            seen.append(statement)

        engine = database.session().get_bind()
        sa.event.listen(engine, "before_cursor_execute", record)
        try:
            metrics.record_finance()
        finally:
            sa.event.remove(engine, "before_cursor_execute", record)
        return seen

    with app.app_context():
        few = statements()
    for number in range(10):
        house = make_house(house_number=f"20/{number}")
        books.issue(house.id, months=[date(2026, 9, 1)], issue_date=date(2026, 9, 5),
                    due_date=date(2026, 9, 20))  # fmt: skip
    with app.app_context():
        many = statements()
    assert 3 <= len(few) == len(many) <= 6
