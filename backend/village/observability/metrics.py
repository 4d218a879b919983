"""Prometheus metrics: what they are, where they are counted, and `GET /metrics`.

Requests, latency and 429s are counted by one request hook; refused tokens
and RBAC denials by one error hook (`errors.on_app_error`); domain events
(logins, registrations, lockouts, issued tokens) where they happen, beside
their log line. Under gunicorn every worker writes its samples to
PROMETHEUS_MULTIPROC_DIR (set fresh per start by gunicorn.conf.py) and a
scrape, answered by any one worker, sums them all.

`/metrics` answers only a bearer METRICS_TOKEN or a client in
METRICS_ALLOWED_IPS (loopback by default); nginx does not proxy it.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from apiflask import APIFlask
from flask import Response, current_app, g, request, request_finished
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

from village.config import Settings, app_version, current_settings
from village.database import get_db
from village.errors import (
    AppError,
    InvalidToken,
    NotAuthenticated,
    PermissionDenied,
    on_app_error,
    problem_response,
)
from village.observability.logging import request_route, request_seconds

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
BACKUP_CHECKSUM_GLOB = "village-*.dump.sha256"
SAMPLE_INTERVAL = 5.0  # seconds between process/pool samples in each worker

REQUESTS = Counter(
    "village_http_requests_total", "HTTP requests answered.", ["method", "route", "status"]
)
LATENCY = Histogram(
    "village_http_request_duration_seconds",
    "Time to answer an HTTP request.",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0),
)
RATE_LIMITED = Counter("village_rate_limited_total", "Requests refused with 429.", ["route"])
LOGIN_ATTEMPTS = Counter(
    "village_login_attempts_total",
    "Password checks by result (success, unknown_email, bad_password, locked, not_active), "
    "via sign-in (login) or a re-authentication before a sensitive change.",
    ["result", "via"],
)
TOKENS_ISSUED = Counter("village_tokens_issued_total", "JWTs issued.", ["type"])
TOKEN_REFUSALS = Counter(
    "village_token_refusals_total", "Requests whose token was refused, by reason.", ["reason"]
)
REGISTRATIONS = Counter("village_registrations_total", "Self-registrations.", ["status"])
ACCESS_DENIED = Counter(
    "village_access_denied_total", "RBAC denials (403).", ["role", "permission"]
)
AUDIT_EVENTS = Counter(
    "village_audit_events_total", "Events written to the audit trail, by action.", ["action"]
)
LOCKOUTS = Counter("village_account_lockouts_total", "Accounts locked after failed logins.")
REFRESH_REUSE = Counter(
    "village_refresh_token_reuse_total", "Replayed refresh tokens (sessions revoked)."
)
DB_POOL_SIZE = Gauge(
    "village_db_pool_size", "Database connections the pools keep.", multiprocess_mode="livesum"
)
DB_POOL_IN_USE = Gauge(
    "village_db_pool_checked_out",
    "Database connections in use.",
    multiprocess_mode="livesum",
)
DB_UP = Gauge(
    "village_database_up",
    "1 when the last database check succeeded.",
    multiprocess_mode="mostrecent",
)
DB_CHECK = Histogram(
    "village_db_health_check_seconds",
    "Time of the database health check (SELECT 1).",
    buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 2.0, 5.0),
)
MEMORY = Gauge(
    "village_process_resident_memory_bytes",
    "Resident memory of the app's processes.",
    multiprocess_mode="livesum",
)
CPU = Counter("village_process_cpu_seconds_total", "CPU time of the app's processes.")
BACKUP_LAST = Gauge(
    "village_backup_last_success_timestamp_seconds",
    "When the newest complete backup finished (0: none).",
    multiprocess_mode="mostrecent",
)
BACKUP_AGE = Gauge(
    "village_backup_age_seconds",
    "Age of the newest complete backup (+Inf: none).",
    multiprocess_mode="mostrecent",
)
INFO = Gauge("village_app_info", "The running version.", ["version"], multiprocess_mode="max")

ScrapeHook = Callable[[], object]
_last_sample = {"pid": 0, "at": 0.0, "cpu": 0.0}


def _sample_process() -> None:
    """Record this process's memory and CPU, and its database pool, now."""
    pid = os.getpid()
    if _last_sample["pid"] != pid:  # a forked worker starts its own account
        _last_sample.update(pid=pid, at=0.0, cpu=0.0)
    times = os.times()
    cpu = times.user + times.system
    CPU.inc(max(cpu - _last_sample["cpu"], 0.0))
    _last_sample.update(at=time.monotonic(), cpu=cpu)
    MEMORY.set(_resident_bytes())
    pool = get_db().engine.pool
    DB_POOL_SIZE.set(_call(pool, "size"))
    DB_POOL_IN_USE.set(_call(pool, "checkedout"))


def _call(obj: object, name: str) -> float:
    method = getattr(obj, name, None)
    return float(method()) if callable(method) else 0.0


def _resident_bytes() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return float(pages * os.sysconf("SC_PAGE_SIZE"))
    except (OSError, IndexError, ValueError):  # not Linux: peak RSS is the best we have
        import resource

        return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)


def latest_backup_time(backup_dir: Path) -> float | None:
    """When the newest complete backup finished: its checksum file is written last."""
    try:
        stamps = [p.stat().st_mtime for p in backup_dir.glob(BACKUP_CHECKSUM_GLOB)]
    except OSError:
        return None
    return max(stamps, default=None)


def _sample_backup(settings: Settings) -> None:
    finished = latest_backup_time(settings.BACKUP_DIR)
    BACKUP_LAST.set(finished or 0)
    BACKUP_AGE.set(time.time() - finished if finished else float("inf"))


def _count_request(_sender: Any, response: Response, **_extra: Any) -> None:
    route, status = request_route(), str(response.status_code)
    REQUESTS.labels(request.method, route, status).inc()
    LATENCY.labels(request.method, route, status).observe(request_seconds())
    if response.status_code == 429:
        RATE_LIMITED.labels(route).inc()
    if time.monotonic() - _last_sample["at"] >= SAMPLE_INTERVAL:
        _sample_process()


def _count_error(error: AppError) -> None:
    if isinstance(error, InvalidToken):
        TOKEN_REFUSALS.labels(error.reason).inc()
        if error.reason == "reuse_detected":
            REFRESH_REUSE.inc()
    elif isinstance(error, NotAuthenticated):
        TOKEN_REFUSALS.labels("missing").inc()
    elif isinstance(error, PermissionDenied):
        ACCESS_DENIED.labels(
            g.get("user_role") or "anonymous", error.permission or "role_rule"
        ).inc()


def on_scrape(app: APIFlask, hook: ScrapeHook) -> None:
    """Run `hook` before each scrape (e.g. a database check that sets DB_UP)."""
    app.extensions.setdefault("village.scrape_hooks", []).append(hook)


def _allowed(settings: Settings) -> bool:
    if settings.METRICS_TOKEN is not None:
        expected = f"Bearer {settings.METRICS_TOKEN.get_secret_value()}".encode()
        presented = request.headers.get("Authorization", "").encode()
        if hmac.compare_digest(presented, expected):
            return True
    try:
        client = ipaddress.ip_address(request.remote_addr or "")
    except ValueError:
        return False
    return any(
        client in ipaddress.ip_network(net, strict=False) for net in settings.METRICS_ALLOWED_IPS
    )


def metrics_view() -> Response:
    """Prometheus metrics (text exposition format), for METRICS_TOKEN or allowed IPs."""
    settings = current_settings()
    if not _allowed(settings):
        return problem_response(403, detail="Metrics are available to the monitoring server only.")
    for hook in current_app.extensions.get("village.scrape_hooks", ()):
        hook()
    _sample_process()
    _sample_backup(settings)
    registry = REGISTRY
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)


def init_app(app: APIFlask, settings: Settings) -> None:
    INFO.labels(app_version()).set(1)
    request_finished.connect(_count_request, app)
    on_app_error(app, _count_error)
    if settings.METRICS_ENABLED:
        app.get("/metrics")(
            app.doc(
                tags=["Operations"],
                responses={200: "Prometheus text format", 403: "Not the monitoring server"},
            )(metrics_view)
        )
