"""schemathesis against /api/openapi.json of a production server: no 5xx, responses as documented.

The server is `python main.py` in production (gunicorn, 2 workers, PostgreSQL),
reached as nginx would forward it. A real super admin token is sent, so the
protected operations are exercised, not only their 401s. Rate limiting is off
for the run (RATELIMIT_ENABLED=false, the load-test setting); 429s are checked
in test_rate_limits.py and documented on every operation.

Operations that end sessions would end the fuzzer's own token, so they run
first, on their own; then a fresh sign-in runs everything else.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.operations.test_operator_commands import create_admin
from tests.security.test_production_server import production_server

pytestmark = pytest.mark.postgres_only

SCHEMATHESIS = str(Path(sys.executable).parent / "schemathesis")
CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
    ]
)
# Endpoints that can end the session making the requests: signing out, revoking, and every
# password check (five wrong passwords lock the account and end the session guessing).
SESSION_ENDING = (
    r"^/auth/logout$|^/auth/sessions/\{session_id\}$|revoke-sessions$|revoke-all-sessions$"
    r"|^/auth/me$|^/auth/change-password$"
)
ADMIN = {"email": "admin@example.com", "password": "Estate-Office-2026"}
# The session-ending run may lock its account (wrong passwords): it has its own.
ENDING_ADMIN = {"email": "ending@example.com", "password": "Estate-Office-2026"}


def schemathesis(server, token: str, *selection: str, examples: int) -> subprocess.CompletedProcess:
    args = [
        SCHEMATHESIS,
        "run",
        f"http://127.0.0.1:{server.port}/api/openapi.json",
        "--header",
        f"Authorization: Bearer {token}",
        "--header",
        "X-Forwarded-Proto: https",
        "--header",
        "X-Forwarded-For: 203.0.113.77",
        "--checks",
        CHECKS,
        "--phases",
        "examples,coverage,fuzzing",
        "--max-examples",
        str(examples),
        "--seed",
        "20261128",
        "--generation-database",
        "none",
        "--request-timeout",
        "20",
        "--workers",
        "2",
        "--no-color",
        *selection,
    ]
    return subprocess.run(
        args,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=os.environ.copy(),
        cwd=server.log.parent,  # its .schemathesis/ cache stays out of the checkout
    )


def _section(output: str, title: str) -> str:
    """The lines of a schemathesis warning section, up to the next blank line."""
    start = output.find(title)
    return "" if start < 0 else output[start:].split("\n\n", 2)[1]


def sign_in(server, account=ADMIN) -> str:
    status, _, body = server.request("POST", "/auth/login", body=account)
    assert status == 200, body
    return str(json.loads(body)["access_token"])


def test_schemathesis_finds_no_server_error_and_no_undocumented_response(
    scratch_database_url, tmp_path
):
    with production_server(scratch_database_url, tmp_path, RATELIMIT_ENABLED="false") as server:
        env = {**os.environ, "DATABASE_URL": scratch_database_url, "BCRYPT_ROUNDS": "10"}
        for account in (ADMIN, ENDING_ADMIN):
            made = create_admin(env, password=account["password"], email=account["email"])
            assert made.returncode == 0, made.stderr

        ending = schemathesis(
            server,
            sign_in(server, ENDING_ADMIN),
            "--include-path-regex",
            SESSION_ENDING,
            examples=5,
        )
        assert ending.returncode == 0, ending.stdout[-6000:]
        rest = schemathesis(
            server, sign_in(server), "--exclude-path-regex", SESSION_ENDING, examples=25
        )
        assert rest.returncode == 0, rest.stdout[-6000:]
        # The token really was used: only /auth/refresh (which wants a refresh token,
        # not the access token sent to everything) saw nothing but 401s.
        refused_everything = re.findall(
            r"^  - (\w+ \S+)$", _section(rest.stdout, "401 Unauthorized")
        )
        assert refused_everything in ([], ["POST /auth/refresh"]), rest.stdout[-3000:]

        log = server.log.read_text()
        assert '"level": "ERROR"' not in log, log[-4000:]
