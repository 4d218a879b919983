"""Run deploy/nginx/village-management.conf for real: rendered into a temp dir, free ports.

The site file is used as shipped; only what an operator edits (domain names,
certificate paths, the dashboard directory) and what a test must change (ports,
log paths, the upstream) is substituted, and each substitution must match, so
the test breaks when the shipped file drifts from what it checks.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import free_port

REPO = Path(__file__).resolve().parents[3]
SITE = REPO / "deploy" / "nginx" / "village-management.conf"
API_HOST = "127.0.0.1"
ADMIN_HOST = "localhost"


def nginx_binary() -> str:
    found = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("nginx is not installed (.ci/run installs it)")
        pytest.skip("nginx is not installed: sudo apt install nginx")
    return found


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert),
            "-addext", f"subjectAltName=DNS:{ADMIN_HOST},IP:{API_HOST}",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def replace(text: str, old: str, new: str) -> str:
    assert old in text, f"the nginx site file no longer contains {old!r}"
    return text.replace(old, new)


@dataclass
class Nginx:
    http_port: int
    https_port: int
    cert: Path
    directory: Path

    @property
    def api(self) -> str:
        return f"https://{API_HOST}:{self.https_port}"

    @property
    def admin(self) -> str:
        return f"https://{ADMIN_HOST}:{self.https_port}"

    @property
    def http(self) -> str:
        return f"http://{API_HOST}:{self.http_port}"

    def access_log(self) -> str:
        return (self.directory / "access.log").read_text()


def render_site(upstream_port: int, http_port: int, https_port: int, cert: Path, key: Path,
                dashboard: Path, logs: Path) -> str:  # fmt: skip
    text = SITE.read_text()
    for old, new in (
        ("api.your-domain.com", API_HOST),
        ("admin.your-domain.com", ADMIN_HOST),
        ("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream_port};"),
        ("listen 80 default_server;", f"listen 127.0.0.1:{http_port} default_server;"),
        ("listen [::]:80 default_server;\n", ""),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen [::]:80;\n", ""),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
        ("listen [::]:443 ssl http2;\n", ""),
        (
            "return 301 https://$host$request_uri;",
            f"return 301 https://$host:{https_port}$request_uri;",
        ),
        ("/etc/ssl/village-management/fullchain.pem", str(cert)),
        ("/etc/ssl/village-management/privkey.pem", str(key)),
        ("/var/www/village-management/admin", str(dashboard)),
        ("/var/log/nginx/village-management.access.log", str(logs / "access.log")),
        ("/var/www/letsencrypt", str(logs / "acme")),
    ):
        text = replace(text, old, new)
    return text


@contextmanager
def running_nginx(tmp: Path, upstream_port: int, dashboard: Path) -> Iterator[Nginx]:
    binary = nginx_binary()
    tmp.mkdir(parents=True, exist_ok=True)
    cert, key = self_signed_certificate(tmp)
    http_port, https_port = free_port(), free_port()
    site = tmp / "site.conf"
    site.write_text(render_site(upstream_port, http_port, https_port, cert, key, dashboard, tmp))
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must read the temp dirs
    main = tmp / "nginx.conf"
    main.write_text(
        f"""{user}worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {site};
}}
"""
    )
    checked = subprocess.run(
        [binary, "-t", "-p", str(tmp), "-c", str(main)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen(
        [binary, "-p", str(tmp), "-c", str(main)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 15
        while not all(_listening(port) for port in (http_port, https_port)):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"nginx did not start: {(tmp / 'error.log').read_text()}")
            time.sleep(0.1)
        yield Nginx(http_port, https_port, cert, tmp)
    finally:
        os.killpg(process.pid, signal.SIGQUIT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0
