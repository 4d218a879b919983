"""The development server (`python main.py`): the docs UI under its CSP in a real browser,
and no software banner."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import urllib.request

import pytest

from tests.operations.test_operator_commands import run, server

BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
    "--virtual-time-budget=15000",
    # Swagger UI draws only the operations in view (a virtual list): a tall window shows
    # enough of them to tell that the scripts ran.
    "--window-size=1280,8000",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI needs chromium (apt-get install chromium; .ci/run does it)")
        pytest.skip("needs chromium (apt-get install chromium)")
    return found


def test_swagger_ui_renders_every_operation_without_a_csp_violation(
    chromium, scratch_database_url, tmp_path
):
    env = {**os.environ, "DATABASE_URL": scratch_database_url}
    assert run([sys.executable, "-m", "alembic", "upgrade", "head"], env).returncode == 0
    with server(env) as base:
        browser = subprocess.run(
            [
                chromium,
                *BROWSER_FLAGS,
                f"--user-data-dir={tmp_path}",
                "--dump-dom",
                f"{base}/api/docs",
            ],
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
    # The operations are drawn by script (script-src 'self') from /api/openapi.json
    # fetched by script (connect-src 'self'): both must be allowed for them to appear.
    assert browser.stdout.count('class="opblock-summary-path"') >= 20, browser.stderr[-3000:]
    assert 'data-path="/auth/login"' in browser.stdout
    assert "Content Security Policy" not in browser.stderr, browser.stderr[-3000:]


def test_the_development_server_sends_no_version_banner(scratch_database_url):
    env = {**os.environ, "DATABASE_URL": scratch_database_url}
    assert run([sys.executable, "-m", "alembic", "upgrade", "head"], env).returncode == 0
    with server(env) as base, urllib.request.urlopen(f"{base}/health", timeout=10) as response:
        banners = response.headers.get_all("Server")
    assert banners == ["village"]  # not "Werkzeug/x.y Python/x.y"
