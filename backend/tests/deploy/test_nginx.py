"""deploy/nginx/village-management.conf served by a real nginx, in front of a recording upstream.

The upstream records the headers it receives, so the test sees exactly what the
app would: forwarding headers set by nginx, whatever the client sent.
"""

from __future__ import annotations

import json
import re
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import httpx
import pytest

from tests.deploy.nginx import running_nginx
from tests.helpers import free_port
from village.security import headers

SECURITY_HEADERS = (
    "strict-transport-security",
    "x-content-type-options",
    "x-frame-options",
    "referrer-policy",
    "content-security-policy",
)


class Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        type(self).seen.append(
            {"path": self.path, **{k.lower(): v for k, v in self.headers.items()}}
        )
        body = json.dumps({"ok": True}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Frame-Options", "SAMEORIGIN")  # the app's own copy: nginx's wins
        if "/photos/" in self.path:  # a stored file, as the app serves it (village.files)
            self.send_header("Content-Security-Policy", headers.FILE_CSP)
        elif "/loose-csp" in self.path:
            self.send_header("Content-Security-Policy", "default-src *")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.do_GET()

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=upstream.serve_forever, daemon=True)
    thread.start()
    tmp = tmp_path_factory.mktemp("nginx")
    dashboard = tmp / "dist"
    (dashboard / "assets").mkdir(parents=True)
    (dashboard / "index.html").write_text("<!doctype html><title>Village</title><div id=root>")
    (dashboard / "assets" / "index-3f2a1b.js").write_text("console.log('village')")
    with (
        running_nginx(tmp / "run", upstream.server_address[1], dashboard) as nginx,
        httpx.Client(verify=ssl.create_default_context(cafile=str(nginx.cert))) as client,
    ):
        yield nginx, client, upstream
    upstream.shutdown()


def test_http_is_permanently_redirected_to_https(stack):
    nginx, client, _ = stack
    response = client.get(f"{nginx.http}/auth/login?next=1")
    assert response.status_code == 301
    assert response.headers["location"] == f"{nginx.api}/auth/login?next=1"


@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.evil.example"])
def test_plain_http_for_a_host_not_ours_is_closed_without_a_redirect(stack, host):
    """The example from the field (issue 10): `return 301 https://$host…` answered
    `Host: evil.example` with a redirect to https://evil.example/."""
    nginx, client, _ = stack
    with pytest.raises(httpx.RemoteProtocolError):  # 444: closed, nothing sent
        client.get(f"{nginx.http}/auth/login", headers={"Host": host})
    assert client.get(f"{nginx.http}/", headers={"Host": "localhost"}).status_code == 301


def test_forwarding_headers_are_set_by_nginx_never_taken_from_the_client(stack):
    nginx, client, _ = stack
    Recorder.seen.clear()
    response = client.get(
        f"{nginx.api}/api/v1/users",
        headers={
            "X-Forwarded-For": "6.6.6.6",
            "X-Real-IP": "6.6.6.6",
            "X-Forwarded-Proto": "http",
            "X-Forwarded-Host": "evil.example",
            "Forwarded": "for=6.6.6.6;proto=http",
        },
    )
    assert response.status_code == 200
    (seen,) = Recorder.seen
    assert seen["path"] == "/api/v1/users"
    assert seen["x-forwarded-for"] == "127.0.0.1"
    assert seen["x-real-ip"] == "127.0.0.1"
    assert seen["x-forwarded-proto"] == "https"
    assert seen["x-forwarded-host"] == "127.0.0.1"
    assert seen["host"] == "127.0.0.1"
    assert "forwarded" not in seen
    assert re.fullmatch(r"[0-9a-f]{32}", seen["x-request-id"])


def test_a_client_request_id_is_passed_on(stack):
    nginx, client, _ = stack
    Recorder.seen.clear()
    client.get(f"{nginx.api}/health", headers={"X-Request-ID": "trace-7"})
    assert Recorder.seen[0]["x-request-id"] == "trace-7"


@pytest.mark.parametrize("path", ["/health", "/auth/me", "/api/openapi.json", "/nothing-here"])
def test_security_headers_on_every_api_answer_never_doubled(stack, path):
    nginx, client, _ = stack
    response = client.get(f"{nginx.api}{path}")
    for name in SECURITY_HEADERS:
        assert len(response.headers.get_list(name)) == 1, name
    assert response.headers["x-frame-options"] == "DENY"
    assert "max-age=31536000" in response.headers["strict-transport-security"]
    assert "server" not in response.headers or "/" not in response.headers["server"]


@pytest.mark.parametrize(
    "path", ["/health", "/auth/me", "/api/v1/users", "/api/openapi.json", "/api/docs"]
)
def test_nginx_sends_the_apps_own_policies(stack, path):
    """nginx replaces the app's copies, so its values must be the app's (no drift)."""
    nginx, client, _ = stack
    response = client.get(f"{nginx.api}{path}")
    assert response.headers["content-security-policy"] == headers.policy_for(path)[0]
    assert response.headers["permissions-policy"] == headers.COMMON_HEADERS["Permissions-Policy"]


def test_only_the_api_paths_reach_the_app(stack):
    nginx, client, _ = stack
    Recorder.seen.clear()
    stored = "ab/cd/abcd" + "0" * 60  # where a stored file would sit under UPLOAD_DIR
    for path in (
        "/metrics",
        "/",
        "/admin",
        "/healthz",
        f"/uploads/{stored}",
        f"/var/uploads/{stored}",
        f"/var/lib/village-management/uploads/{stored}",
        f"/static/{stored}",
    ):
        response = client.get(f"{nginx.api}{path}")
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"
    assert Recorder.seen == []


def test_oversized_bodies_stop_at_nginx_as_problem_json(stack):
    nginx, client, _ = stack
    response = client.post(f"{nginx.api}/auth/login", content=b"x" * 200_000)
    assert response.status_code == 413
    assert response.json()["status"] == 413


UPLOAD_ROUTES = [
    "/api/v1/houses/import",
    "/api/v1/service-requests/12/photos",
    "/api/v1/announcements/3/attachments",
    "/api/v1/payment-slips",
]


@pytest.mark.parametrize("path", UPLOAD_ROUTES)
def test_uploads_get_room_for_a_file(stack, path):
    """The app takes files up to UPLOAD_MAX_BYTES (10 MB) on its upload routes only."""
    nginx, client, _ = stack
    Recorder.seen.clear()
    passed = client.post(f"{nginx.api}{path}", content=b"x" * 10_600_000)
    assert passed.status_code == 200  # reached the app (the test's upstream)
    assert Recorder.seen[-1]["path"] == path
    too_big = client.post(f"{nginx.api}{path}", content=b"x" * 12_000_000)
    assert too_big.status_code == 413
    assert too_big.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/houses",
        "/api/v1/service-requests",
        "/api/v1/service-requests/12",
        "/api/v1/service-requests/12/photos/extra",
        "/api/v1/service-requests/x/photos",
        "/api/v1/announcements/3",
        "/api/v1/payment-slips/5/accept",
        "/api/v1/payment-slips-import",
        "/auth/login",
    ],
)
def test_nothing_else_takes_a_large_body(stack, path):
    nginx, client, _ = stack
    assert client.post(f"{nginx.api}{path}", content=b"x" * 200_000).status_code == 413


def test_a_stored_files_sandbox_policy_passes_and_nothing_looser_does(stack):
    nginx, client, _ = stack
    photo = client.get(f"{nginx.api}/api/v1/service-requests/12/photos/7d6c5b4a")
    assert photo.headers["content-security-policy"] == headers.FILE_CSP
    assert "sandbox" in photo.headers["content-security-policy"]
    loose = client.get(f"{nginx.api}/api/v1/loose-csp")
    assert loose.headers["content-security-policy"] == headers.API_CSP


@pytest.mark.filterwarnings("ignore:ssl.TLSVersion.TLSv1_1 is deprecated:DeprecationWarning")
def test_tls_1_2_and_1_3_only(stack):
    nginx, _, _ = stack
    for version in (ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3):
        context = ssl.create_default_context(cafile=str(nginx.cert))
        context.minimum_version = context.maximum_version = version
        with httpx.Client(verify=context) as client:
            assert client.get(f"{nginx.api}/health").status_code == 200
    old = ssl.create_default_context(cafile=str(nginx.cert))
    old.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
    old.maximum_version = ssl.TLSVersion.TLSv1_1
    old.set_ciphers("ALL:@SECLEVEL=0")
    with httpx.Client(verify=old) as client, pytest.raises(httpx.ConnectError):
        client.get(f"{nginx.api}/health")


def test_the_dashboard_is_served_with_its_own_health_and_spa_fallback(stack):
    nginx, client, _ = stack
    health = client.get(f"{nginx.admin}/health")
    assert (health.status_code, health.json()) == (200, {"status": "healthy"})
    for path in ("/", "/users/42"):  # client-side routes fall back to index.html
        page = client.get(f"{nginx.admin}{path}")
        assert page.status_code == 200
        assert "<title>Village</title>" in page.text
        assert page.headers["content-type"].startswith("text/html")
        assert "no-cache" in page.headers["cache-control"]
        for name in SECURITY_HEADERS:
            assert name in page.headers
    asset = client.get(f"{nginx.admin}/assets/index-3f2a1b.js")
    assert asset.status_code == 200
    assert "max-age=31536000" in asset.headers["cache-control"]
    assert "x-content-type-options" in asset.headers
    assert client.get(f"{nginx.admin}/assets/missing.js").status_code == 404


def test_nginx_answers_503_problem_json_when_the_app_is_down(tmp_path):
    nobody_listens = free_port()
    with running_nginx(tmp_path / "run", nobody_listens, tmp_path) as nginx:
        context = ssl.create_default_context(cafile=str(nginx.cert))
        response = httpx.get(f"{nginx.api}/health", verify=context)
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == "5"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_the_access_log_is_json_and_carries_no_credentials(stack):
    nginx, client, _ = stack
    client.get(f"{nginx.api}/auth/me", headers={"Authorization": "Bearer secret-token-value"})
    lines = [json.loads(line) for line in nginx.access_log().splitlines()]
    assert lines
    assert all({"time", "status", "uri", "request_id"} <= line.keys() for line in lines)
    assert "secret-token-value" not in nginx.access_log()
