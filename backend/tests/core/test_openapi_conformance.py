"""Regressions found by the schemathesis run (tests/security/test_api_fuzz.py)."""

from __future__ import annotations

import pytest

from village.openapi import MAX_ID
from village.security.ratelimit import EXEMPT_PATHS


@pytest.mark.parametrize("user_id", ["0", "00", "-1", str(MAX_ID + 1), "99999999999", "1e3"])
@pytest.mark.parametrize(
    ("method", "suffix"),
    [("GET", ""), ("PATCH", ""), ("PUT", ""), ("DELETE", ""), ("POST", "/unlock")],
)
def test_an_id_out_of_range_is_404_for_every_method_not_405(
    client, login_as, method, suffix, user_id
):
    # Werkzeug's int(min=1) converter made PATCH /api/v1/users/0 a 405 "Allow: GET".
    headers = login_as("super_admin").headers
    response = client.open(f"/api/v1/users/{user_id}{suffix}", method=method, headers=headers)
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"


def test_the_largest_id_reaches_the_service(client, login_as):
    response = client.get(f"/api/v1/users/{MAX_ID}", headers=login_as("super_admin").headers)
    assert response.status_code == 404
    assert response.json["type"] == "urn:village:problem:not-found"  # from the service


def spec(client):
    return client.get("/api/openapi.json").json


def test_path_ids_are_documented_as_bounded_integers(client):
    operation = spec(client)["paths"]["/api/v1/users/{user_id}"]["patch"]
    (parameter,) = [p for p in operation["parameters"] if p["in"] == "path"]
    assert parameter["schema"] == {"type": "integer", "minimum": 1, "maximum": MAX_ID}


def test_every_operation_documents_the_errors_it_can_give(client):
    for url, operations in spec(client)["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            if "requestBody" in operation:
                assert {"400", "413", "415"} <= responses.keys(), f"{method} {url}"
            assert ("429" in responses) is (url not in EXEMPT_PATHS), f"{method} {url}"
            assert any(code.startswith("2") for code in responses), f"{method} {url}"


def test_rate_limited_responses_are_documented_with_retry_after(client):
    response = spec(client)["paths"]["/auth/login"]["post"]["responses"]["429"]
    assert "Retry-After" in response["headers"]
    assert "application/problem+json" in response["content"]
