"""Bad input gets a clear problem+json error: never a 500, never a stack trace."""

from __future__ import annotations

import json

import pytest

from tests.helpers import user_by_email

REGISTER = {"email": "edge@example.com", "password": "Edge-case-123", "full_name": "Edge Case"}


def assert_problem(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.json
    assert {"type", "title", "status", "detail"} <= body.keys()
    assert body["status"] == status
    text = response.get_data(as_text=True)
    assert "Traceback" not in text and 'File "' not in text
    return body


@pytest.mark.parametrize(
    "raw",
    [b"{", b"{'single': 'quotes'}", b"[1, 2", b"\xff\xfe not utf-8", b'{"a": NaN', b"null x"],
)
def test_malformed_json_is_400(client, raw):
    response = client.post("/auth/register", data=raw, content_type="application/json")
    body = assert_problem(response, 400)
    assert body["detail"] == "The request body is not valid JSON."


def test_deeply_nested_json_is_400_not_a_crash(client):
    raw = b"[" * 30_000 + b"]" * 30_000
    response = client.post("/auth/register", data=raw, content_type="application/json")
    assert_problem(response, 400)


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "application/xml"],
)
def test_non_json_bodies_are_415(client, content_type):
    response = client.post("/auth/register", data="email=a", content_type=content_type)
    assert_problem(response, 415)


def test_json_with_charset_is_fine(client):
    response = client.post(
        "/auth/register", data=json.dumps(REGISTER), content_type="application/json; charset=utf-8"
    )
    assert response.status_code == 201


def test_body_over_the_limit_is_413(client):
    huge = {**REGISTER, "full_name": "x" * 70_000}
    assert_problem(client.post("/auth/register", json=huge), 413)


@pytest.mark.parametrize("body", [[], [REGISTER], "string", 42, True, None])
def test_json_that_is_not_an_object_is_422(client, body):
    response = client.post("/auth/register", data=json.dumps(body), content_type="application/json")
    problem = assert_problem(response, 422)
    assert problem["errors"]


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("full_name", "nul\u0000byte", "control_characters"),
        ("full_name", "bell\u0007", "control_characters"),
        ("full_name", "\ud800lone surrogate", "string_unicode"),
        ("address", "escape\u001b[31m", "control_characters"),
        ("full_name", "Somchai \u202e00.103", "bidi_controls"),  # shown as "301.00 iahcmoS"
        ("address", "isolate \u2067x\u2069", "bidi_controls"),
    ],
)
def test_unstorable_text_is_422(client, app, field, value, code):
    response = client.post("/auth/register", json={**REGISTER, field: value})
    problem = assert_problem(response, 422)
    assert problem["errors"][0]["code"] == code
    assert user_by_email(app, REGISTER["email"]) is None


def test_emoji_and_combining_characters_are_kept(client):
    response = client.post("/auth/register", json={**REGISTER, "full_name": "Nok 🐦 Café"})
    assert response.status_code == 201
    assert response.json["full_name"] == "Nok 🐦 Café"


def test_unknown_paths_are_404_problems(client):
    for path in ("/nope", "/api/v1/nope", "/api/v1/users/1/nope", "/auth"):
        assert_problem(client.get(path), 404)


def test_wrong_methods_are_405_problems(client):
    assert_problem(client.delete("/health"), 405)
    assert_problem(client.get("/auth/login"), 405)
    assert_problem(client.put("/api/v1/users"), 405)


def test_unexpected_errors_are_a_generic_500_with_a_request_id(make_app, caplog):
    app = make_app()
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internals: password=hunter2")

    response = app.test_client().get("/boom", headers={"X-Request-ID": "req-123"})
    body = assert_problem(response, 500)
    assert body["request_id"] == "req-123"
    assert "hunter2" not in response.get_data(as_text=True)
    assert "RuntimeError" not in response.get_data(as_text=True)
    assert any(getattr(r, "request_id", None) == "req-123" for r in caplog.records)


def test_request_ids_are_returned_and_sanitised(client):
    assert (
        client.get("/health", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"]
        == "abc-123"
    )
    made_up = client.get("/health", headers={"X-Request-ID": "bad id; <script>"}).headers[
        "X-Request-ID"
    ]
    assert made_up != "bad id; <script>"
    assert len(made_up) == 32


def test_a_failed_request_leaves_nothing_half_written(client, app, login_as):
    admin = login_as("super_admin")
    # Valid user fields but a weak password: the whole create must roll back.
    body = {**REGISTER, "password": "weak", "role": "resident"}
    assert client.post("/api/v1/users", json=body, headers=admin.headers).status_code == 422
    assert user_by_email(app, REGISTER["email"]) is None
