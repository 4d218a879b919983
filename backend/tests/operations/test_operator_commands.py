"""The checklist's commands, run as an operator would: real processes, real HTTP."""

from __future__ import annotations

import http.client as http_client
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import free_port
from tests.log_capture import log_file_for

BACKEND = Path(__file__).resolve().parents[2]
ADMIN_PASSWORD = "Estate-Office-2026"


def run(args, env, stdin="", cwd=BACKEND, timeout=60):
    return subprocess.run(
        args,
        input=stdin,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def flask(env, *args, stdin="", timeout=60):
    """`flask --app village ARGS` from backend/, as the docs have operators run it."""
    return run(
        [sys.executable, "-m", "flask", "--app", "village", *args],
        env,
        stdin=stdin,
        timeout=timeout,
    )


@pytest.fixture
def operator_env(scratch_database_url):
    # conftest has already cleared every setting from the environment.
    env = {
        **os.environ,
        "DATABASE_URL": scratch_database_url,
        "BCRYPT_ROUNDS": "4",
        # Every line these processes log is checked for secrets (tests/log_capture.py).
        "LOG_FILE": log_file_for("operator"),
    }
    migrated = run([sys.executable, "-m", "alembic", "upgrade", "head"], env)
    assert migrated.returncode == 0, migrated.stderr
    return env


def create_admin(env, *extra, password=ADMIN_PASSWORD, email="admin@example.com"):
    args = [
        sys.executable,
        "scripts/create_admin_user.py",
        "--email",
        email,
        "--full-name",
        "Site Admin",
        *extra,
        "--password-stdin",
    ]
    return run(args, env, stdin=password + "\n")


def test_create_admin_user_non_interactive(operator_env):
    created = create_admin(operator_env)
    assert created.returncode == 0, created.stderr
    assert "Created super_admin admin@example.com" in created.stdout
    again = create_admin(operator_env, email="ADMIN@example.com")
    assert again.returncode == 1
    assert "already exists" in again.stderr


def test_create_admin_user_refuses_a_weak_password(operator_env):
    weak = create_admin(operator_env, password="password")
    assert weak.returncode == 1
    assert "too common" in weak.stderr


def test_create_admin_user_with_a_role(operator_env):
    created = create_admin(operator_env, "--role", "village_admin", email="staff@example.com")
    assert created.returncode == 0, created.stderr
    assert "Created village_admin" in created.stdout


def test_create_admin_without_a_terminal_needs_the_flags(operator_env):
    result = run([sys.executable, "scripts/create_admin_user.py"], operator_env)
    assert result.returncode == 2
    assert "--email is required" in result.stderr


def test_create_admin_takes_piped_answers(operator_env):
    """Issue 10: `make admin` could not be scripted: piped answers were refused."""
    answers = f"piped@example.com\nPiped Admin\n{ADMIN_PASSWORD}\n{ADMIN_PASSWORD}\n"
    result = run([sys.executable, "scripts/create_admin_user.py"], operator_env, stdin=answers)
    assert result.returncode == 0, result.stderr
    assert "Created super_admin piped@example.com" in result.stdout
    differ = f"other@example.com\nOther\n{ADMIN_PASSWORD}\nSomething-Else-1\n"
    refused = run([sys.executable, "scripts/create_admin_user.py"], operator_env, stdin=differ)
    assert refused.returncode == 1
    assert "the two passwords differ" in refused.stderr


def test_flask_cli_create_admin_is_the_same_command(operator_env):
    args = [
        sys.executable,
        "-m",
        "flask",
        "--app",
        "village",
        "create-admin",
        "--email",
        "cli@example.com",
        "--full-name",
        "CLI Admin",
        "--password-stdin",
    ]
    result = run(args, operator_env, stdin=ADMIN_PASSWORD)
    assert result.returncode == 0, result.stderr
    assert "Created super_admin cli@example.com" in result.stdout


def test_production_start_refuses_unsafe_settings_listing_each(operator_env):
    env = {
        **operator_env,
        "FLASK_ENV": "production",
        "FLASK_DEBUG": "true",
        "CORS_ORIGINS": "*",
        "DATABASE_URL": "sqlite:///prod.db",
    }
    result = run([sys.executable, "main.py"], env, timeout=30)
    assert result.returncode == 2
    for setting in ("JWT_SECRET_KEY", "SECRET_KEY", "FLASK_DEBUG", "DATABASE_URL", "CORS_ORIGINS"):
        assert f"✘ {setting}" in result.stderr
    assert "fix:" in result.stderr


def http(method, url, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    # As nginx would say for a request that reached it over TLS (believed only
    # with TRUSTED_PROXIES=1; production refuses credentials over plain HTTP).
    request.add_header("X-Forwarded-Proto", "https")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"null"), response.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null"), error.headers


@contextmanager
def server(env, output=None, cwd=BACKEND):
    """`python main.py` (in `cwd`) on a free port until the block ends; its terminal output
    goes to `output` (a path) when given."""
    port = free_port()
    with tempfile.TemporaryDirectory() as scratch:
        console = Path(output or Path(scratch) / "console.txt")
        with console.open("w") as out:
            process = subprocess.Popen(
                [sys.executable, "main.py"],
                cwd=cwd,
                env={**env, "PORT": str(port)},
                stdout=out,
                stderr=subprocess.STDOUT,
                text=True,
                start_new_session=True,
            )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    if http("GET", f"{base}/health")[0] == 200:
                        break
                except OSError:
                    time.sleep(0.1)
            else:
                process.kill()
                pytest.fail(f"server did not start: {console.read_text()}")
            yield base
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)


def checklist_flow(base):
    status, health, _ = http("GET", f"{base}/health")
    assert (status, health["status"], health["authentication"], health["database"]) == (
        200,
        "healthy",
        "JWT-enabled",
        "connected",
    )
    user = {"email": "test@example.com", "password": "TestPass123", "full_name": "Test User"}
    assert http("POST", f"{base}/auth/register", user)[0] == 201
    status, tokens, _ = http(
        "POST", f"{base}/auth/login", {"email": user["email"], "password": user["password"]}
    )
    assert status == 200
    assert (tokens["expires_in"], tokens["refresh_expires_in"]) == (3600, 2_592_000)
    assert http("GET", f"{base}/auth/me", token=tokens["access_token"])[0] == 200
    status, _problem, headers = http("GET", f"{base}/auth/me")
    assert status == 401
    assert headers["Content-Type"] == "application/problem+json"
    assert http("GET", f"{base}/auth/me", token="invalid")[0] == 401


def test_python_main_py_serves_the_checklist_flow(operator_env):
    with server(operator_env) as base:
        checklist_flow(base)
        # Each header once, static files included (issue 10: HEAD / sent two Date headers).
        for path in ("/", "/api/docs/vendor/swagger-ui.css"):
            connection = http_client.HTTPConnection(base.removeprefix("http://"), timeout=10)
            connection.request("HEAD", path)
            names = [name.lower() for name, _ in connection.getresponse().getheaders()]
            connection.close()
            assert names.count("date") == 1, path


@pytest.mark.postgres_only
def test_production_start_runs_gunicorn_on_postgres(operator_env):
    env = {
        **operator_env,
        "FLASK_ENV": "production",
        "JWT_SECRET_KEY": "5d1f0c7e9a8b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d",
        "SECRET_KEY": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "CORS_ORIGINS": "https://admin.example.com",
        "BCRYPT_ROUNDS": "10",
        "WEB_CONCURRENCY": "2",
        "TRUSTED_PROXIES": "1",  # behind nginx, as in .env.production.example
        "PUBLIC_HOSTS": "api.example.com",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "DASHBOARD_URL": "https://admin.example.com",
        "UPLOAD_DIR": str(Path(tempfile.gettempdir()) / "village-operator-uploads"),
    }
    with server(env) as base:
        checklist_flow(base)
        ps = subprocess.run(
            ["ps", "-eo", "args"], capture_output=True, text=True, check=True
        ).stdout
        assert "gunicorn" in ps
