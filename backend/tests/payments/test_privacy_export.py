"""The finance parts of a person's data export: invoices billed to them, payments and
receipts in their name for their houses, slips they submitted; nobody else's."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from tests.payments.conftest import confirm, issue_invoice, record, today
from village import database
from village.files.enums import FileKind
from village.files.models import StoredFile
from village.payments.enums import SlipStatus
from village.payments.models import PaymentSlip
from village.privacy.exporters import EXPORTERS


def test_the_export_holds_the_persons_finance_and_nothing_of_others(
    app, client, office, accountant, house, make_house, resident_of
):
    resident = resident_of(house, full_name="Malee Suksan")
    theirs = issue_invoice(app, house.id, [today(app).replace(day=1)],
                           bill_to_user_id=resident.user.id)  # fmt: skip
    issue_invoice(app, house.id, [date_before(app)])  # billed to the primary contact
    paid = record(client, office.headers, house.id, 100_000, paid_on=today(app),
                  payer_name="Malee Suksan").json  # fmt: skip
    confirm(client, accountant.headers, paid["id"])
    other = record(client, office.headers, house.id, 5_000, paid_on=today(app)).json
    confirm(client, accountant.headers, other["id"])  # paid by Somchai: not hers
    elsewhere = make_house()
    record(client, office.headers, elsewhere.id, 7_000, paid_on=today(app),
           payer_name="Malee Suksan")  # fmt: skip  # a namesake in a house never hers
    with app.app_context():
        stored = StoredFile(
            id=uuid.uuid4(), kind=FileKind.PAYMENT_SLIP, storage_key="ab/cd/x", filename="s.jpg",
            mime="image/jpeg", size_bytes=10, sha256="0" * 64, uploaded_by_id=resident.user.id,
        )  # fmt: skip
        database.session().add(stored)
        database.session().flush()
        database.session().add(
            PaymentSlip(
                house_id=house.id, submitted_by_id=resident.user.id, amount_satang=100_000,
                transferred_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC), file_id=stored.id,
                file_sha256="0" * 64, status=SlipStatus.SUBMITTED,
            )
        )  # fmt: skip
        database.session().commit()

    answer = client.post("/api/v1/me/data-export", headers=resident.headers)
    assert answer.status_code == 200, answer.json
    parts = answer.json["parts"]
    assert [i["number"] for i in parts["invoices"]] == [theirs["number"]]
    assert parts["invoices"][0]["lines"][0]["month"] == f"{today(app):%Y-%m}"
    assert [(p["amount_satang"], p["status"]) for p in parts["payments"]] == [
        (100_000, "confirmed")
    ]
    [receipt] = parts["receipts"]
    assert receipt["payer_name"] == "Malee Suksan" and receipt["amount_satang"] == 100_000
    assert [(s["amount_satang"], s["status"]) for s in parts["payment_slips"]] == [
        (100_000, "submitted")
    ]
    assert {"invoices", "payments", "receipts", "payment_slips"} <= set(EXPORTERS)


def date_before(app):
    day = today(app).replace(day=1)
    return day.replace(year=day.year - 1)
