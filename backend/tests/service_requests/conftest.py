"""Fixtures of the service-request tests: the office, residents with houses, a request."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update

from village import database
from village.enums import Role
from village.service_requests.models import ServiceRequest

BASE = "/api/v1/service-requests"
REQUEST = {"category": "water", "title": "น้ำรั่วหน้าบ้าน", "description": "Pipe leaking by the gate"}


@pytest.fixture
def office(login_as):
    """A village admin: staff for requests."""
    return login_as(Role.VILLAGE_ADMIN, full_name="Office Staff")


@pytest.fixture
def resident_of(login_as, make_house, make_member):
    """A signed-in resident who is a current member of a new house: (signed_in, house)."""

    def make(**fields: Any):
        house = make_house()
        signed = login_as(Role.RESIDENT, **fields)
        make_member(house=house, user=signed.user)
        return signed, house

    return make


@pytest.fixture
def opened(client, resident_of):
    """A resident and a request they opened for their house: (resident, house, request)."""
    resident, house = resident_of()
    body = client.post(BASE, json={**REQUEST, "house_id": house.id}, headers=resident.headers)
    assert body.status_code == 201, body.json
    return resident, house, body.json


def force(app: Any, request_id: int, **values: Any) -> None:
    """Set columns of a request directly (to start a test in a given state)."""
    with app.app_context():
        database.session().execute(
            update(ServiceRequest).where(ServiceRequest.id == request_id).values(**values)
        )
        database.session().commit()


def move(client, request_id: int, headers: dict[str, str], to: str, **extra: Any):
    return client.post(
        f"{BASE}/{request_id}/transitions", json={"to": to, **extra}, headers=headers
    )
