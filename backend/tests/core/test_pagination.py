"""village.pagination: every list pages the same way."""

from __future__ import annotations

import pytest


@pytest.fixture
def admin(login_as):
    return login_as("super_admin")


def page(client, admin, path, **params):
    response = client.get(path, query_string=params, headers=admin.headers)
    assert response.status_code == 200, response.json
    return response.json


@pytest.mark.parametrize("path", ["/api/v1/users", "/api/v1/audit-events"])
def test_pages_cover_the_list_once_in_a_stable_order(client, admin, make_user, path):
    for _ in range(6):
        make_user()
        client.post("/auth/login", json={"email": "nobody@example.com", "password": "x"})
    total = page(client, admin, path)["total"]
    seen = []
    for number in range(1, total // 4 + 2):
        body = page(client, admin, path, page=number, per_page=4)
        assert (body["page"], body["per_page"], body["total"]) == (number, 4, total)
        seen += [item["id"] for item in body["items"]]
    assert len(seen) == len(set(seen)) == total
    beyond = page(client, admin, path, page=total + 1, per_page=4)
    assert (beyond["items"], beyond["total"]) == ([], total)


@pytest.mark.parametrize("path", ["/api/v1/users", "/api/v1/audit-events"])
@pytest.mark.parametrize("params", [{"page": 0}, {"per_page": 0}, {"per_page": 101}, {"page": "x"}])
def test_paging_outside_the_bounds_is_422(client, admin, path, params):
    response = client.get(path, query_string=params, headers=admin.headers)
    assert response.status_code == 422
