"""Fee items: /api/v1/fee-items[/{id}]."""

from __future__ import annotations

import pytest

from tests.helpers import audit_events

URL = "/api/v1/fee-items"
GARBAGE = {"code": "GARBAGE", "name_th": "ค่าเก็บขยะ", "name_en": "Garbage collection"}


def test_create_read_list_update(app, client, accountant):
    response = client.post(URL, json=GARBAGE, headers=accountant.headers)
    assert response.status_code == 201, response.json
    item = response.json
    assert item["code"] == "GARBAGE"
    assert item["counts_for_arrears"] is False
    assert item["active"] is True
    got = client.get(f"{URL}/{item['id']}", headers=accountant.headers)
    assert got.json["name_en"] == "Garbage collection"
    listed = client.get(URL, query_string={"q": "garb"}, headers=accountant.headers).json
    assert [i["code"] for i in listed["items"]] == ["GARBAGE"]
    changed = client.patch(
        f"{URL}/{item['id']}",
        json={"name_en": "Garbage", "active": False},
        headers=accountant.headers,
    )
    assert changed.status_code == 200, changed.json
    assert changed.json["active"] is False
    [created] = audit_events(app, "fee_item_created")
    assert created.details["after"]["code"] == "GARBAGE"
    [updated] = audit_events(app, "fee_item_updated")
    assert updated.details["before"]["active"] is True
    assert updated.details["after"]["active"] is False


def test_duplicate_code_is_409(client, accountant):
    assert client.post(URL, json=GARBAGE, headers=accountant.headers).status_code == 201
    response = client.post(URL, json=GARBAGE, headers=accountant.headers)
    assert response.status_code == 409
    assert response.json["code"] == "duplicate_code"


@pytest.mark.parametrize(
    "body",
    [
        {**GARBAGE, "code": "garbage"},
        {**GARBAGE, "code": "G"},
        {**GARBAGE, "code": "1GARBAGE"},
        {**GARBAGE, "code": "GAR-BAGE"},
        {**GARBAGE, "code": "G" * 31},
        {**GARBAGE, "name_th": " "},
        {**GARBAGE, "counts_for_arrears": "true"},
        {"code": "GARBAGE", "name_th": "x"},
    ],
)
def test_bad_items_are_422(client, accountant, body):
    response = client.post(URL, json=body, headers=accountant.headers)
    assert response.status_code == 422, response.json


def test_code_cannot_change(client, accountant):
    item = client.post(URL, json=GARBAGE, headers=accountant.headers).json
    response = client.patch(f"{URL}/{item['id']}", json={"code": "X_Y"}, headers=accountant.headers)
    assert response.status_code == 422


def test_who_may(client, accountant, village_admin, login_as):
    resident = login_as("resident")
    assert client.post(URL, json=GARBAGE, headers=village_admin.headers).status_code == 403
    assert client.post(URL, json=GARBAGE, headers=resident.headers).status_code == 403
    assert client.get(URL, headers=village_admin.headers).status_code == 200
    assert client.get(URL, headers=resident.headers).status_code == 200  # published rates
    assert client.get(f"{URL}/999999", headers=accountant.headers).status_code == 404
