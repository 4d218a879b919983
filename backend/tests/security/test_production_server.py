"""The hardening as an operator gets it: `python main.py` in production (gunicorn, 2 workers,
PostgreSQL, Redis) behind what nginx would send, checked over real HTTP.

- Rate limits hold across the two workers with Redis; without Redis, two workers
  refuse to start (each would count on its own).
- The checklist's curl checks: HTTPS redirect, CORS preflight, security headers.
- A 100 kB Authorization header gets a clean 431 problem+json from gunicorn.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis

from tests.helpers import free_port
from tests.operations.test_operator_commands import run

pytestmark = pytest.mark.postgres_only

BACKEND = Path(__file__).resolve().parents[2]
ORIGIN = "https://admin.example.com"
PRODUCTION = {
    "FLASK_ENV": "production",
    "JWT_SECRET_KEY": "5d1f0c7e9a8b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d",
    "SECRET_KEY": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "CORS_ORIGINS": ORIGIN,
    "BCRYPT_ROUNDS": "10",
    "WEB_CONCURRENCY": "2",
    "TRUSTED_PROXIES": "1",
    "PUBLIC_HOSTS": "api.example.com",
    "DASHBOARD_URL": "https://admin.example.com",
    "UPLOAD_DIR": str(Path(tempfile.gettempdir()) / "village-production-uploads"),
    "LOG_LEVEL": "INFO",
    "RATELIMIT_DEFAULT": "20 per minute",
    "RATELIMIT_LOGIN_ACCOUNT": "3 per minute",
}


class Server:
    def __init__(self, port: int, log: Path) -> None:
        self.port, self.log = port, log

    def request(
        self, method, path, *, client="203.0.113.7", scheme="https", headers=None, body=None
    ):
        """One request as nginx forwards it: the client's address appended, the scheme told."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        sent = {
            "Host": "api.example.com",  # nginx passes the name the client used
            "X-Forwarded-For": client,
            "X-Forwarded-Proto": scheme,
            **(headers or {}),
        }
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        try:
            connection.request(method, path, body=data, headers=sent)
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            connection.close()

    def many(self, count, *args, **kwargs):
        with ThreadPoolExecutor(max_workers=8) as pool:
            futures = [pool.submit(self.request, *args, **kwargs) for _ in range(count)]
            return [future.result() for future in futures]


def header(headers, name):
    values = [v for k, v in headers if k.lower() == name.lower()]
    assert len(values) <= 1, f"{name} sent {len(values)} times"
    return values[0] if values else None


@contextmanager
def production_server(database_url, tmp_path, **settings):
    env = {**os.environ, **PRODUCTION, "DATABASE_URL": database_url, **settings}
    migrated = run([sys.executable, "-m", "alembic", "upgrade", "head"], env)
    assert migrated.returncode == 0, migrated.stderr
    port = free_port()
    log = tmp_path / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "main.py"],
            cwd=BACKEND,
            env={**env, "PORT": str(port)},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(port, log)
    try:
        for _ in range(150):
            try:
                if server.request("GET", "/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail(f"server did not start: {log.read_text()}")
        yield server
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_with_redis_the_limits_hold_across_workers(
    scratch_database_url, tmp_path, redis_url, redis_prefix
):
    with production_server(
        scratch_database_url, tmp_path, REDIS_URL=redis_url, RATELIMIT_KEY_PREFIX=redis_prefix
    ) as server:
        answers = server.many(40, "GET", "/auth/password-policy")
        assert Counter(status for status, _, _ in answers) == {200: 20, 429: 20}
        _, headers, body = next(a for a in answers if a[0] == 429)
        assert header(headers, "Content-Type") == "application/problem+json"
        assert json.loads(body)["type"] == "urn:village:problem:rate-limited"
        assert 0 < int(header(headers, "Retry-After")) <= 60
        assert header(headers, "X-RateLimit-Limit") == "20"

        # A client adding its own X-Forwarded-For still lands in its bucket (nginx
        # appends the real address, the only one believed with TRUSTED_PROXIES=1).
        for n in range(5):
            spoofed = server.request(
                "GET", "/auth/password-policy", client=f"192.0.2.{n}, 203.0.113.7"
            )
            assert spoofed[0] == 429
        assert server.request("GET", "/auth/password-policy", client="198.51.100.9")[0] == 200
        assert {s for s, _, _ in server.many(30, "GET", "/health")} == {200}

        # Per account, from six addresses at once, across both workers.
        attempts = [
            {"email": "Victim@Example.com", "password": "Wrong-password-1"} for _ in range(6)
        ]
        with ThreadPoolExecutor(max_workers=6) as pool:
            logins = list(
                pool.map(
                    lambda n: server.request(
                        "POST", "/auth/login", client=f"198.51.100.{n}", body=attempts[n]
                    )[0],
                    range(6),
                )
            )
        assert Counter(logins) == {401: 3, 429: 3}
        assert redis.Redis.from_url(redis_url).keys(f"*{redis_prefix}*")


def test_several_workers_without_redis_refuse_to_start(scratch_database_url):
    """Each worker would count alone, letting through twice every limit: production says
    so and stops (issue 10: it only warned), naming the fix."""
    env = {**os.environ, **PRODUCTION, "DATABASE_URL": scratch_database_url}
    result = run([sys.executable, "main.py"], env, timeout=30)
    assert result.returncode == 2
    assert "✘ REDIS_URL: is not set while WEB_CONCURRENCY=2" in result.stderr
    assert "REDIS_URL=redis://127.0.0.1:6379/0" in result.stderr


def test_the_checklists_security_checks_hold(
    scratch_database_url, tmp_path, redis_url, redis_prefix
):
    with production_server(
        scratch_database_url, tmp_path, REDIS_URL=redis_url, RATELIMIT_KEY_PREFIX=redis_prefix
    ) as server:
        # curl -I http://your-domain.com  →  301 to HTTPS
        status, headers, _ = server.request("HEAD", "/", scheme="http")
        assert status == 301
        assert header(headers, "Location") == "https://api.example.com/"
        # ... but never to a host the client named (issue 10).
        status, headers, _ = server.request(
            "HEAD", "/", scheme="http", headers={"Host": "evil.example"}
        )
        assert (status, header(headers, "Location")) == (421, None)
        # ... while credentials over plain HTTP are refused, not redirected.
        status, headers, body = server.request(
            "POST", "/auth/login", scheme="http", body={"email": "a@b.example", "password": "x"}
        )
        assert status == 403
        assert json.loads(body)["type"] == "urn:village:problem:https-required"

        # The CORS curl: OPTIONS /auth/login with Origin and X-Requested-With.
        status, headers, _ = server.request(
            "OPTIONS",
            "/auth/login",
            headers={
                "Origin": ORIGIN,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "X-Requested-With",
            },
        )
        assert status == 200
        assert header(headers, "Access-Control-Allow-Origin") == ORIGIN
        assert "POST" in header(headers, "Access-Control-Allow-Methods")
        assert header(headers, "Access-Control-Allow-Headers") == "X-Requested-With"
        status, headers, _ = server.request(
            "OPTIONS",
            "/auth/login",
            headers={"Origin": "null", "Access-Control-Request-Method": "POST"},
        )
        assert header(headers, "Access-Control-Allow-Origin") is None

        # curl -I https://api.your-domain.com  →  the security headers, no banner, and
        # each header once (static files used to carry a second Date: issue 10).
        for path in ("/health", "/auth/me", "/api/docs", "/api/docs/vendor/swagger-ui.css"):
            status, headers, _ = server.request("GET", path)
            assert header(headers, "X-Content-Type-Options") == "nosniff"
            assert header(headers, "X-Frame-Options") == "DENY"
            assert header(headers, "Referrer-Policy") == "no-referrer"
            assert header(headers, "Content-Security-Policy")
            assert header(headers, "Strict-Transport-Security") == (
                "max-age=31536000; includeSubDomains"
            )
            assert header(headers, "Server") == "village"
            assert header(headers, "Date")
            assert "gunicorn" not in json.dumps(headers).lower()

        # Oversized Authorization headers: the app refuses anything past 4 KiB (401);
        # gunicorn refuses a header past 16 KiB itself (431), both as problem+json.
        status, headers, body = server.request(
            "GET", "/auth/me", headers={"Authorization": "Bearer " + "a" * 10_000}
        )
        assert (status, json.loads(body)["status"]) == (401, 401)
        status, headers, body = server.request(
            "GET", "/auth/me", headers={"Authorization": "Bearer " + "a" * 100_000}
        )
        assert status == 431
        assert header(headers, "Content-Type") == "application/problem+json"
        assert header(headers, "X-Content-Type-Options") == "nosniff"
        assert json.loads(body) == {
            "type": "about:blank",
            "title": "Request Header Fields Too Large",
            "status": 431,
            "detail": "A request header is too large (at most 16 KiB each).",
        }
