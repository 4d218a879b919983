"""Log lines: one access line per request, and no secret in any line whoever logs it."""

from __future__ import annotations

import io
import json
import logging
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import make_settings, only_seeds_left, sign_in
from tests.factories import UserFactory
from tests.log_capture import log_file_for
from tests.operations.test_operator_commands import flask, operator_env, server  # noqa: F401
from village import create_app
from village.enums import Role
from village.observability import logging as app_logging

NATIONAL_ID = "1101700230708"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ"


@pytest.fixture
def lines():
    """Every line our handler would write, as parsed JSON (and the raw text)."""
    stream = io.StringIO()
    handler = app_logging.make_handler(logging.StreamHandler(stream))
    root = logging.getLogger()
    root.addHandler(handler)

    def read() -> tuple[list[dict], str]:
        text = stream.getvalue()
        return [json.loads(line) for line in text.splitlines()], text

    yield read
    root.removeHandler(handler)


def test_one_access_line_per_request_with_who_what_and_how_long(client, login_as, lines):
    admin = login_as(Role.SUPER_ADMIN)
    client.get(
        f"/api/v1/users/{admin.user.id}",
        headers={**admin.headers, "X-Request-ID": "trace-42"},
        environ_base={"REMOTE_ADDR": "198.51.100.7"},
    )
    access = [line for line in lines()[0] if line.get("event") == "request"]
    assert [a["route"] for a in access] == ["/auth/login", "/api/v1/users/{user_id}"]
    line = access[1]
    assert line["method"] == "GET"
    assert line["route"] == "/api/v1/users/{user_id}"
    assert line["status"] == 200
    assert isinstance(line["duration_ms"], float)
    assert line["user_id"] == admin.user.id
    assert line["client_ip"] == "198.51.100.7"
    assert line["request_id"] == "trace-42"
    assert line["level"] == "INFO"
    assert line["logger"] == "village.access"


def test_failed_requests_log_their_status_and_unknown_paths_no_raw_path(client, lines):
    client.get("/api/v1/users/12345/../../etc/passwd")
    client.post("/auth/login", json={"email": "a@b.example", "password": "Wrong-Pass-1"})
    access = [line for line in lines()[0] if line.get("event") == "request"]
    assert [(a["route"], a["status"]) for a in access] == [
        ("<unmatched>", 404),
        ("/auth/login", 401),
    ]


def test_auth_events_and_denials_carry_the_user_id(client, login_as, lines):
    resident = login_as(Role.RESIDENT)
    client.get("/api/v1/users", headers=resident.headers)
    client.post("/auth/login", json={"email": resident.user.email, "password": "Wrong-Pass-1"})
    client.post("/auth/logout", headers=resident.headers)
    events = {line.get("event"): line for line in lines()[0]}
    assert events["access_denied"]["user_id"] == resident.user.id
    assert events["access_denied"]["permission"] == "users:read"
    assert events["login_failed"]["user_id"] == resident.user.id
    assert events["login_failed"]["reason"] == "bad_password"
    assert events["logout"]["user_id"] == resident.user.id


@pytest.mark.parametrize(
    "logger_name", ["village", "werkzeug", "gunicorn.error", "sqlalchemy.engine.Engine", "flask"]
)
def test_secrets_are_scrubbed_from_message_args_extras_and_tracebacks(logger_name, lines):
    logger = logging.getLogger(logger_name)
    logger.setLevel(logging.INFO)
    try:
        raise ValueError(f"token {JWT} for {NATIONAL_ID}")
    except ValueError:
        logger.warning(
            "login %s with %s; Authorization: Bearer %s",
            "password=Hunter2-Secret",
            {"password": "Hunter2-Secret", "id": "1-1017-00230-70-8"},
            "opaque-token-value",
            exc_info=True,
            extra={
                "refresh_token": "opaque-refresh",
                "headers": {"Cookie": "village_refresh=opaque-cookie", "Accept": "*/*"},
                "national_id": NATIONAL_ID,
                "note": f"Bearer {JWT}",
            },
        )
    logger.setLevel(logging.NOTSET)
    (line,), text = lines()
    for secret in ("Hunter2-Secret", JWT, NATIONAL_ID, "1017-00230", "opaque"):
        assert secret not in text
    assert line["headers"]["Accept"] == "*/*"  # what is not secret stays readable
    assert "ValueError" in line["exc_info"]


def test_configured_secrets_are_scrubbed_wherever_they_appear(make_app, lines):
    metrics_token = "scrape-" + "5a4b3c2d1e0f" * 4
    make_app(
        METRICS_TOKEN=metrics_token,
        DATABASE_URL="postgresql+psycopg://village:S3cret-DB-Pass@db.example/village",
    )
    logging.getLogger("anything").warning(
        "connecting with %s and %s", "S3cret-DB-Pass", metrics_token
    )
    _, text = lines()
    assert "S3cret-DB-Pass" not in text
    assert metrics_token not in text
    assert text.count("[REDACTED]") == 2


@pytest.fixture
def echo_app(database_url, engine):
    """An app with DATABASE_ECHO on its own engine, really committing; tables emptied after."""
    with only_seeds_left(engine):
        app = create_app(make_settings(database_url, DATABASE_ECHO=True))
        yield app
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        app.extensions["village.db"].engine.dispose()


def test_sql_echo_goes_through_our_handlers_without_parameters(echo_app, lines):
    client = echo_app.test_client()
    with echo_app.app_context():
        admin = UserFactory(role=Role.SUPER_ADMIN)
    token = sign_in(client, admin.email)["access_token"]
    created = client.post(
        "/api/v1/users",
        json={
            "email": "echo@village.example",
            "password": "Echo-Pass-2026",
            "full_name": "Echo",
            "national_id": NATIONAL_ID,
        },
        headers={"Authorization": f"Bearer {token}"},
    )
    assert created.status_code == 201, created.json
    parsed, text = lines()
    echo_handlers = logging.getLogger("sqlalchemy.engine.Engine").handlers
    assert not [h for h in echo_handlers if isinstance(h, logging.StreamHandler)]
    assert any(line["logger"].startswith("sqlalchemy.engine") for line in parsed)
    assert any("INSERT INTO users" in line["message"] for line in parsed)
    for secret in (NATIONAL_ID, "Echo-Pass-2026", "$2b$"):
        assert secret not in text


def test_the_development_server_writes_no_access_lines_of_its_own(operator_env):  # noqa: F811
    log_file = Path(log_file_for("devserver"))
    with server({**operator_env, "LOG_FILE": str(log_file)}) as base:
        for _ in range(3):
            urllib.request.urlopen(f"{base}/api/openapi.json", timeout=10).read()
    text = log_file.read_text()
    ours = [json.loads(line) for line in text.splitlines() if '"event": "request"' in line]
    assert len([a for a in ours if a["route"] == "/api/openapi.json"]) == 3
    assert "HTTP/1.1" not in text


def test_the_log_file_is_one_json_object_per_line(operator_env):  # noqa: F811
    log_file = Path(log_file_for("cli"))
    result = flask({**operator_env, "LOG_FILE": str(log_file), "LOG_LEVEL": "DEBUG"}, "prune-audit")
    assert result.returncode == 0, result.stderr
    parsed = [json.loads(line) for line in log_file.read_text().splitlines()]
    assert any(line.get("event") == "audit_pruned" for line in parsed)
    assert all(isinstance(line, dict) and line["time"] and line["level"] for line in parsed)


def test_a_developers_terminal_gets_readable_lines_and_the_log_file_json(
    operator_env,  # noqa: F811
    tmp_path,
):
    """Issue 10: `make run` printed JSON lines with escaped colour codes for every request."""
    env = operator_env  # development by default
    console = tmp_path / "console.txt"
    with server(env, output=console) as base:
        urllib.request.urlopen(f"{base}/auth/password-policy", timeout=10).read()
    printed = console.read_text()
    assert "\x1b[" not in printed and "\\u001b" not in printed
    access = next(line for line in printed.splitlines() if "route=/auth/password-policy" in line)
    assert " INFO    village.access: request method=GET " in access
    assert not access.startswith("{")
    file_lines = [json.loads(line) for line in Path(env["LOG_FILE"]).read_text().splitlines()]
    assert any(line.get("route") == "/auth/password-policy" for line in file_lines)
    assert not any("\x1b[" in line["message"] for line in file_lines)


def test_a_dead_tokens_request_is_logged_as_nobodys(client, login_as, lines):
    """Attributed to a user only after the endpoint's identity checks (issue 10)."""
    signed_in = login_as(Role.RESIDENT)
    client.post("/auth/logout", headers=signed_in.headers)
    assert client.get("/auth/me", headers=signed_in.headers).status_code == 401
    access = [line for line in lines()[0] if line.get("event") == "request"]
    assert access[-1]["route"] == "/auth/me"
    assert access[-1]["user_id"] is None
    assert access[-2]["user_id"] == signed_in.user.id  # the logout itself was theirs
