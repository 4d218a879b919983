"""gunicorn settings for production (`python main.py` with FLASK_ENV=production).

Everything comes from the same settings as the app: HOST, PORT, WEB_CONCURRENCY,
LOG_LEVEL. Metrics work across workers through prometheus-client's
multiprocess mode: PROMETHEUS_MULTIPROC_DIR is emptied (or created) here, at
every start, before the app (and prometheus_client) is imported, and a dead
worker's live gauges are removed in `child_exit`.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from gunicorn import util as _gunicorn_util
from gunicorn.http import wsgi as _gunicorn_wsgi

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


_made_metrics_dir: str | None = None


def _fresh_metrics_dir() -> str:
    """Samples of an earlier run must never be summed into this one."""
    global _made_metrics_dir  # noqa: PLW0603 - remembered for on_exit
    configured = os.environ.get(MULTIPROC_ENV)
    if not configured:
        _made_metrics_dir = tempfile.mkdtemp(prefix="village-metrics-")
        return _made_metrics_dir
    path = Path(configured)
    if path.is_dir():
        for entry in path.iterdir():
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return str(path)


os.environ[MULTIPROC_ENV] = _fresh_metrics_dir()

# After the metrics directory is set: nothing of ours may import prometheus_client earlier.
from village.config import Settings  # noqa: E402
from village.security.headers import API_CSP, COMMON_HEADERS, SERVER_NAME  # noqa: E402

_settings = Settings()

bind = f"{_settings.HOST}:{_settings.PORT}"
workers = _settings.WEB_CONCURRENCY
worker_class = "sync"
# Build the app once in the master: bad settings fail fast, memory is shared.
preload_app = True
timeout = 30
graceful_timeout = 30
keepalive = 5
max_requests = 10_000
max_requests_jitter = 1_000
# gunicorn 27 opens a control socket under $HOME shared by every instance.
control_socket_disable = True
accesslog = None  # the app writes one JSON access line per request itself
errorlog = "-"
loglevel = _settings.LOG_LEVEL.lower()
proc_name = "village"
# Proxy headers are read by the app alone (TRUSTED_PROXIES), never by gunicorn.
secure_scheme_headers: dict[str, str] = {}
forwarded_allow_ips = ""
# A JWT is under 1 KiB; a header over 16 KiB (a 100 kB "token") is refused by
# gunicorn itself with 431, as problem+json (see _problem_error below).
limit_request_field_size = 16_384
# gunicorn's own lines as JSON through the same redacting formatter as the app's.
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"level": _settings.LOG_LEVEL, "handlers": []},
    "formatters": {"json": {"()": "village.observability.logging.RedactingJsonFormatter"}},
    "handlers": {
        "error_console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stderr",
        },
        "null": {"class": "logging.NullHandler"},
    },
    "loggers": {
        "gunicorn.error": {
            "level": _settings.LOG_LEVEL,
            "handlers": ["error_console"],
            "propagate": False,
        },
        "gunicorn.access": {"level": "WARNING", "handlers": ["null"], "propagate": False},
    },
}

# No software banner: "Server: village" instead of "Server: gunicorn".
_gunicorn_wsgi.SERVER = SERVER_NAME

_ERROR_DETAILS = {
    400: "The request is not valid HTTP.",
    414: "The request line (the URL) is too long.",
    431: "A request header is too large (at most 16 KiB each).",
}


def _problem_error(sock: Any, status_int: int, reason: str, mesg: str) -> None:
    """gunicorn's own refusals (bad HTTP, oversized headers) as problem+json with our
    security headers, instead of an HTML page; `mesg` may quote the request, so it
    is not echoed."""
    body = json.dumps(
        {
            "type": "about:blank",
            "title": reason,
            "status": status_int,
            "detail": _ERROR_DETAILS.get(status_int, reason),
        }
    )
    head = [
        f"HTTP/1.1 {status_int} {reason}",
        "Connection: close",
        "Content-Type: application/problem+json",
        f"Content-Length: {len(body)}",
        "Cache-Control: no-store",
        f"Content-Security-Policy: {API_CSP}",
        *(f"{name}: {value}" for name, value in COMMON_HEADERS.items()),
    ]
    _gunicorn_util.write_nonblock(sock, ("\r\n".join(head) + "\r\n\r\n" + body).encode("latin1"))


_gunicorn_util.write_error = _problem_error


def post_fork(server: Any, worker: Any) -> None:
    """Give each worker its own database connections (never share a forked socket)."""
    wsgi = sys.modules.get("village.wsgi")
    if wsgi is not None:  # absent when this config serves another app (the bench floor)
        wsgi.app.extensions["village.db"].engine.dispose(close=False)


def on_exit(server: Any) -> None:
    """Remove the metrics directory this start created (a configured one is left in place)."""
    if _made_metrics_dir is not None:
        shutil.rmtree(_made_metrics_dir, ignore_errors=True)


def child_exit(server: Any, worker: Any) -> None:
    """Drop a dead worker's live gauges (pool, memory) from the summed metrics."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)  # type: ignore[no-untyped-call]
