"""gunicorn settings for production (`python main.py` with FLASK_ENV=production).

Everything comes from the same settings as the app: HOST, PORT, WEB_CONCURRENCY,
LOG_LEVEL. Metrics work across workers through prometheus-client's
multiprocess mode: PROMETHEUS_MULTIPROC_DIR is emptied (or created) here, at
every start, before the app (and prometheus_client) is imported, and a dead
worker's live gauges are removed in `child_exit`.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def _fresh_metrics_dir() -> str:
    """Samples of an earlier run must never be summed into this one."""
    configured = os.environ.get(MULTIPROC_ENV)
    if not configured:
        return tempfile.mkdtemp(prefix="village-metrics-")
    path = Path(configured)
    if path.is_dir():
        for entry in path.iterdir():
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return str(path)


os.environ[MULTIPROC_ENV] = _fresh_metrics_dir()

from village.config import Settings  # noqa: E402 - after the metrics directory is set

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


def post_fork(server: Any, worker: Any) -> None:
    """Give each worker its own database connections (never share a forked socket)."""
    wsgi = sys.modules.get("village.wsgi")
    if wsgi is not None:  # absent when this config serves another app (the bench floor)
        wsgi.app.extensions["village.db"].engine.dispose(close=False)


def child_exit(server: Any, worker: Any) -> None:
    """Drop a dead worker's live gauges (pool, memory) from the summed metrics."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)  # type: ignore[no-untyped-call]
