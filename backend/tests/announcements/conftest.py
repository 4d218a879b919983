"""A small village for announcements: zones A and B, an owner and a tenant in A, an
owner in B, and a village admin who writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from village.enums import Role
from village.houses.models import Relation

BASE = "/api/v1/announcements"


def later(**delta: Any) -> str:
    return (datetime.now(UTC) + timedelta(**delta)).isoformat()


@dataclass
class Village:
    staff: Any
    owner_a: Any
    tenant_a: Any
    owner_b: Any
    house_a: Any
    house_a2: Any
    house_b: Any


@pytest.fixture
def village(login_as, make_house, make_member) -> Village:
    staff = login_as(Role.VILLAGE_ADMIN)
    owner_a, tenant_a, owner_b = (login_as(Role.RESIDENT) for _ in range(3))
    house_a = make_house(house_number="10/1", zone="A")
    house_a2 = make_house(house_number="10/2", zone="A")
    house_b = make_house(house_number="20/1", zone="B")
    make_member(house=house_a, user=owner_a.user, relation=Relation.OWNER)
    make_member(house=house_a2, user=tenant_a.user, relation=Relation.TENANT)
    make_member(house=house_b, user=owner_b.user, relation=Relation.OWNER)
    return Village(staff, owner_a, tenant_a, owner_b, house_a, house_a2, house_b)


@pytest.fixture
def post(client, village):
    """Create an announcement as staff (published now unless told otherwise)."""

    def create(**fields: Any) -> dict[str, Any]:
        body = {
            "title": "Water cut",
            "body": "The **water** is off on Tuesday.",
            "audience": {"kind": "all"},
            "publish_at": later(seconds=-1),
        } | fields
        response = client.post(BASE, json=body, headers=village.staff.headers)
        assert response.status_code == 201, response.json
        return response.json

    return create


def feed(client, who) -> list[str]:
    response = client.get(BASE, headers=who.headers)
    assert response.status_code == 200, response.json
    return [item["title"] for item in response.json["items"]]
