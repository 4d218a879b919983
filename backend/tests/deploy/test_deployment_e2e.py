"""The whole deployment: nginx (TLS) → gunicorn (`python main.py`, production) → PostgreSQL.

`flask --app village verify` then runs the checklist's post-deployment checks
against https://127.0.0.1:PORT over real HTTP, the 301 from plain HTTP included.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from tests.deploy.nginx import running_nginx
from tests.helpers import free_port
from tests.log_capture import log_file_for, must_never_be_logged
from tests.operations.test_operator_commands import (  # noqa: F401
    ADMIN_PASSWORD,
    BACKEND,
    create_admin,
    flask,
    operator_env,
    server,
)

PRODUCTION = {
    "FLASK_ENV": "production",
    "JWT_SECRET_KEY": "7c2e9d4b1a8f3e6d5c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d",
    "SECRET_KEY": "1f2e3d4c5b6a79880f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978",
    "BCRYPT_ROUNDS": "10",
    "TRUSTED_PROXIES": "1",
    # The names the test's nginx answers for (tests/deploy/nginx.py).
    "PUBLIC_HOSTS": "127.0.0.1,localhost",
    "DASHBOARD_URL": "https://localhost",
    "UPLOAD_DIR": str(Path(tempfile.gettempdir()) / "village-e2e-uploads"),
    # The dashboard's origin as production would list it (localhost origins are refused
    # in production); verify sends it as the Origin of its CORS preflight.
    "CORS_ORIGINS": "https://admin.example.com",
    # One worker: no shared rate-limit store needed (multi-worker metrics have their own test).
    "WEB_CONCURRENCY": "1",
    # verify sends ~80 requests from one address within seconds.
    "RATELIMIT_DEFAULT": "2000 per minute",
}


@pytest.fixture
def app_server(operator_env, tmp_path):  # noqa: F811
    assert create_admin(operator_env).returncode == 0
    must_never_be_logged(PRODUCTION["JWT_SECRET_KEY"], PRODUCTION["SECRET_KEY"])
    port = free_port()
    env = {
        **operator_env,
        **PRODUCTION,
        "PORT": str(port),
        "LOG_FILE": log_file_for("e2e-app"),
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "prometheus"),
    }
    # gunicorn's own lines (stderr) join the checked log capture too.
    stderr = Path(log_file_for("e2e-gunicorn")).open("w")  # noqa: SIM115 - closed in finally
    process = subprocess.Popen(
        [sys.executable, "main.py"],
        cwd=BACKEND,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            # As nginx would forward it (FORCE_HTTPS may redirect plain requests).
            probe = httpx.get(
                f"http://127.0.0.1:{port}/health",
                headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "127.0.0.1"},
                timeout=2,
            )
            if probe.status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"the app did not start: {Path(stderr.name).read_text()}")
        time.sleep(0.2)
    try:
        yield port, env
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        stderr.close()


@pytest.mark.postgres_only
def test_verify_passes_against_nginx_gunicorn_and_postgres(app_server, tmp_path):
    port, env = app_server
    dashboard = tmp_path / "dist"
    dashboard.mkdir()
    (dashboard / "index.html").write_text("<!doctype html><title>Village</title>")
    with running_nginx(tmp_path / "nginx", port, dashboard) as nginx:
        origin = PRODUCTION["CORS_ORIGINS"]
        result = flask(
            {**env, "LOG_FILE": log_file_for("e2e-verify")},
            "verify", nginx.api,
            "--http-url", nginx.http, "--frontend-url", nginx.admin,
            "--origin", origin, "--cacert", str(nginx.cert),
            "--admin-email", "admin@example.com", "--admin-password-stdin",
            stdin=ADMIN_PASSWORD + "\n",
            timeout=120,
        )  # fmt: skip
        access_log = nginx.access_log()
    report = result.stdout
    print(report)  # shown with -s, and on failure
    failed = [line for line in report.splitlines() if line.startswith("✘")]
    for expected in (
        "✔ health database is connected",
        "✔ HTTP redirects to HTTPS with 301",
        "✔ frontend /health answers 200",
        "✔ registration creates a resident",
        "✔ login within 2 s",
        "✔ an invalid token → 401 invalid_token",
        "✔ RBAC village_admin: DELETE",
        "✔ RBAC accounting_admin: POST /api/v1/users → 403",
        "✔ RBAC super_admin: DELETE",
        "✔ user list within 3 s",
        "✔ throwaway accounts deleted",
        "✔ X-Frame-Options on /auth/me",
        f"✔ CORS preflight from {origin}",
    ):
        assert any(line.startswith(expected) for line in report.splitlines()), (expected, report)
    assert "Vp-" not in report + result.stderr  # the throwaway passwords are never printed
    assert re.search(r"^\d+ passed, \d+ failed$", report, re.MULTILINE)
    requests = [json.loads(line) for line in access_log.splitlines()]
    assert {r["status"] for r in requests} >= {200, 201, 204, 301, 401, 403}
    assert result.returncode == 0, report + result.stderr
    assert not failed


def test_verify_fails_loudly_on_a_deployment_without_tls(operator_env):  # noqa: F811
    # The development server straight over plain HTTP: no TLS, no redirect, no nginx.
    with server({**operator_env, "LOG_FILE": log_file_for("plain")}) as base:
        result = flask(
            {**operator_env, "LOG_FILE": log_file_for("verify-plain")},
            "verify",
            base,
            "--origin",
            "https://admin.example.com",
            timeout=120,
        )
    assert result.returncode == 1
    assert "✘ BASE_URL uses HTTPS" in result.stdout
    assert "✔ health status is healthy" in result.stdout
    assert "✔ registration creates a resident" in result.stdout
    assert "• throwaway account left" in result.stdout  # no admin: said, not hidden


def test_verify_reports_an_unreachable_deployment_without_a_traceback():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "flask",
            "--app",
            "village",
            "verify",
            f"https://127.0.0.1:{free_port()}",
        ],
        cwd=BACKEND,
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "✘ health: ConnectError" in result.stdout
    assert "Traceback" not in result.stderr
    assert Path(BACKEND).exists()
