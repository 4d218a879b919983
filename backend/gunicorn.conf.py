"""gunicorn settings for production (`python main.py` with FLASK_ENV=production).

Everything comes from the same settings as the app: HOST, PORT, WEB_CONCURRENCY.
"""

from __future__ import annotations

import sys
from typing import Any

from village.config import Settings

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


def post_fork(server: Any, worker: Any) -> None:
    """Give each worker its own database connections (never share a forked socket)."""
    wsgi = sys.modules.get("village.wsgi")
    if wsgi is not None:  # absent when this config serves another app (the bench floor)
        wsgi.app.extensions["village.db"].engine.dispose(close=False)
