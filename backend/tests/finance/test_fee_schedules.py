"""Fee schedules: /api/v1/fee-schedules[/{id}] — integer rates, no overlaps, frozen once
they have billed."""

from __future__ import annotations

import pytest

from tests.finance.conftest import fee_item
from tests.helpers import audit_events
from village import database
from village.invoices.issuing import InvoiceDraft, LineDraft, issue, void
from village.invoices.models import Invoice
from village.profile import service as profile

URL = "/api/v1/fee-schedules"


def schedule(common_item, **fields):
    return {
        "fee_item_id": common_item,
        "basis": "per_sq_wah",
        "rate_satang": 2000,
        "plot_type": None,
        "effective_from": "2026-01",
        "meeting_reference": "AGM 1/2569 agenda 4",
        **fields,
    }


def test_create_and_read(app, client, accountant, common_item):
    response = client.post(URL, json=schedule(common_item), headers=accountant.headers)
    assert response.status_code == 201, response.json
    body = response.json
    assert body["rate_satang"] == 2000
    assert body["effective_from"] == "2026-01"
    assert body["effective_to"] is None
    assert body["fee_item"]["code"] == "COMMON"
    assert body["in_use"] is False
    listed = client.get(URL, query_string={"active_on": "2026-05"}, headers=accountant.headers).json
    assert [s["id"] for s in listed["items"]] == [body["id"]]
    [event] = audit_events(app, "fee_schedule_created")
    assert event.details["after"]["rate_satang"] == 2000


@pytest.mark.parametrize(
    "fields",
    [
        {"rate_satang": 20.5},
        {"rate_satang": "2000"},
        {"rate_satang": -1},
        {"rate_satang": True},
        {"basis": "per_m2"},
        {"effective_from": "2026-13"},
        {"effective_from": "2569-01"},  # a B.E. year
        {"effective_from": "2026-1"},
        {"effective_to": "2025-12"},  # before effective_from
        {"meeting_reference": "  "},
        {"meeting_reference": None},
        {"plot_type": "castle"},
        {"fee_item_id": 999999},
    ],
)
def test_bad_schedules_are_422(client, accountant, common_item, fields):
    response = client.post(URL, json=schedule(common_item, **fields), headers=accountant.headers)
    assert response.status_code == 422, response.json
    assert response.mimetype == "application/problem+json"


def test_missing_meeting_reference_is_422(client, accountant, common_item):
    body = schedule(common_item)
    del body["meeting_reference"]
    assert client.post(URL, json=body, headers=accountant.headers).status_code == 422


@pytest.mark.parametrize(
    ("first", "second", "clash"),
    [
        # The same plot type (or both for all) overlapping in time: refused.
        ({}, {"effective_from": "2026-06"}, True),
        ({"plot_type": "residential"}, {"plot_type": "residential",
                                        "effective_from": "2026-06"}, True),
        # One for every plot type and one for a specific type in the same months would
        # leave that type's rate ambiguous: refused, either way round.
        ({}, {"plot_type": "commercial"}, True),
        ({"plot_type": "commercial"}, {}, True),
        # Different specific types, or months that do not meet: fine.
        ({"plot_type": "residential"}, {"plot_type": "commercial"}, False),
        ({"effective_to": "2026-05"}, {"effective_from": "2026-06"}, False),
        ({"effective_from": "2026-06"}, {"effective_from": "2026-01", "effective_to": "2026-05"},
         False),
        ({"effective_from": "2026-06"}, {"effective_from": "2026-01", "effective_to": "2026-06"},
         True),
    ],
)  # fmt: skip
def test_schedules_of_one_item_never_overlap(client, accountant, common_item, first, second, clash):
    made = client.post(URL, json=schedule(common_item, **first), headers=accountant.headers)
    assert made.status_code == 201, made.json
    response = client.post(URL, json=schedule(common_item, **second), headers=accountant.headers)
    if clash:
        assert response.status_code == 422, response.json
        assert response.json["errors"][0]["code"] == "overlap"
    else:
        assert response.status_code == 201, response.json


def test_other_items_do_not_clash(app, client, accountant, common_item):
    garbage = fee_item(app, "GARBAGE", "ค่าขยะ", "Garbage")
    client.post(URL, json=schedule(common_item), headers=accountant.headers)
    response = client.post(
        URL,
        json=schedule(garbage, basis="per_house", rate_satang=10000),
        headers=accountant.headers,
    )
    assert response.status_code == 201
    # The rates page lists one item's schedules: the id comes from a query string (text).
    listed = client.get(f"{URL}?fee_item_id={garbage}", headers=accountant.headers)
    assert listed.status_code == 200, listed.json
    assert [item["fee_item_id"] for item in listed.json["items"]] == [garbage]


def test_editing_into_an_overlap_is_422(client, accountant, common_item):
    client.post(URL, json=schedule(common_item, effective_to="2026-05"), headers=accountant.headers)
    later = client.post(
        URL, json=schedule(common_item, effective_from="2026-06"), headers=accountant.headers
    ).json
    response = client.patch(
        f"{URL}/{later['id']}", json={"effective_from": "2026-05"}, headers=accountant.headers
    )
    assert response.status_code == 422


def _bill(app, house_id, fee_item_id, month, accountant_id):
    from datetime import date

    with app.app_context():
        [invoice] = issue(
            [
                InvoiceDraft(
                    house_id=house_id,
                    bill_to_name="Owner",
                    lines=[
                        LineDraft(
                            description="fee",
                            unit_satang=100000,
                            amount_satang=100000,
                            fee_item_id=fee_item_id,
                            month=month,
                        )
                    ],
                )
            ],
            issue_date=date(2026, 3, 1),
            due_date=date(2026, 3, 16),
            created_by_id=accountant_id,
        )
        database.session().commit()
        return invoice.id


def test_a_schedule_that_billed_is_only_ended(app, client, accountant, common_item, make_house):
    from datetime import date

    made = client.post(URL, json=schedule(common_item), headers=accountant.headers).json
    one = f"{URL}/{made['id']}"
    # Before it bills: any field may change.
    response = client.patch(one, json={"rate_satang": 2100}, headers=accountant.headers)
    assert response.status_code == 200, response.json
    house = make_house()
    invoice_id = _bill(app, house.id, common_item, date(2026, 3, 1), accountant.user.id)
    assert client.get(one, headers=accountant.headers).json["in_use"] is True
    for change in ({"rate_satang": 2500}, {"basis": "per_house"}, {"effective_from": "2026-02"},
                   {"meeting_reference": "AGM 2"}, {"plot_type": "residential"}):  # fmt: skip
        response = client.patch(one, json=change, headers=accountant.headers)
        assert response.status_code == 409, (change, response.json)
        assert response.json["code"] == "schedule_in_use"
    # Ending it before a month it billed is refused too; after it, fine.
    response = client.patch(one, json={"effective_to": "2026-02"}, headers=accountant.headers)
    assert response.status_code == 409
    response = client.patch(one, json={"effective_to": "2026-06"}, headers=accountant.headers)
    assert response.status_code == 200, response.json
    assert response.json["effective_to"] == "2026-06"
    successor = client.post(
        URL,
        json=schedule(common_item, effective_from="2026-07", rate_satang=2500,
                      meeting_reference="AGM 1/2570"),
        headers=accountant.headers,
    )  # fmt: skip
    assert successor.status_code == 201, successor.json
    [*_, event] = audit_events(app, "fee_schedule_updated")
    assert event.details["before"]["effective_to"] is None
    assert event.details["after"]["effective_to"] == "2026-06"
    # Voiding the only invoice frees it again.
    with app.app_context():
        void(database.session().get(Invoice, invoice_id), reason="typo",
             voided_by_id=accountant.user.id, on=profile.today())  # fmt: skip
        database.session().commit()
    response = client.patch(one, json={"meeting_reference": "AGM 1/2569 (4)"},
                            headers=accountant.headers)  # fmt: skip
    assert response.status_code == 200


def test_a_line_outside_its_months_or_plot_type_does_not_freeze_it(
    app, client, accountant, common_item, make_house
):
    from datetime import date

    made = client.post(
        URL, json=schedule(common_item, plot_type="commercial"), headers=accountant.headers
    ).json
    house = make_house(plot_type="residential")
    _bill(app, house.id, common_item, date(2026, 3, 1), accountant.user.id)
    _bill(app, make_house(plot_type="commercial").id, common_item, date(2025, 12, 1),
          accountant.user.id)  # fmt: skip
    response = client.patch(
        f"{URL}/{made['id']}", json={"rate_satang": 3000}, headers=accountant.headers
    )
    assert response.status_code == 200, response.json


def test_who_may(client, accountant, village_admin, login_as, common_item):
    resident = login_as("resident")
    body = schedule(common_item)
    assert client.post(URL, json=body, headers=village_admin.headers).status_code == 403
    assert client.post(URL, json=body, headers=resident.headers).status_code == 403
    made = client.post(URL, json=body, headers=accountant.headers).json
    assert client.get(URL, headers=resident.headers).status_code == 200
    response = client.patch(
        f"{URL}/{made['id']}", json={"rate_satang": 1}, headers=village_admin.headers
    )
    assert response.status_code == 403
    assert client.get(f"{URL}/999999", headers=accountant.headers).status_code == 404
