"""Under concurrency (real commits): numbers stay gap-free, the daily limit holds."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.auth.test_concurrency import at_once
from tests.factories import PASSWORD, HouseFactory, MemberFactory, UserFactory
from tests.service_requests.conftest import BASE, REQUEST
from village.enums import Role

pytestmark = pytest.mark.committed


def _token(app, email):
    answer = app.test_client().post("/auth/login", json={"email": email, "password": PASSWORD})
    return {"Authorization": f"Bearer {answer.json['access_token']}"}


def test_twenty_requests_at_once_get_twenty_consecutive_numbers(committed_app):
    with committed_app.app_context():
        staff = [UserFactory(role=Role.VILLAGE_ADMIN).email for _ in range(4)]
        people = []
        for _ in range(16):
            member = MemberFactory(house=HouseFactory(), user=UserFactory(role=Role.RESIDENT))
            people.append((member.user.email, member.house_id))
    senders = [(_token(committed_app, email), None) for email in staff] + [
        (_token(committed_app, email), house_id) for email, house_id in people
    ]

    def send(i):
        headers, house_id = senders[i]
        answer = committed_app.test_client().post(
            BASE, json={**REQUEST, "house_id": house_id}, headers=headers
        )
        assert answer.status_code == 201, answer.json
        return answer.json["number"]

    numbers = at_once(20, send)
    prefix = re.match(r"^(SR\d{4}-)", numbers[0])[1]
    assert sorted(numbers) == [f"{prefix}{n:06d}" for n in range(1, 21)]


def test_fifteen_requests_at_once_from_one_resident_give_ten(committed_app):
    with committed_app.app_context():
        member = MemberFactory(house=HouseFactory(), user=UserFactory(role=Role.RESIDENT))
        email, house_id = member.user.email, member.house_id
    headers = _token(committed_app, email)

    def send(_):
        return (
            committed_app.test_client()
            .post(BASE, json={**REQUEST, "house_id": house_id}, headers=headers)
            .status_code
        )

    assert Counter(at_once(15, send)) == {201: 10, 429: 5}
