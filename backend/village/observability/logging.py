"""JSON log lines with the request id in every line of a request.

One JSON object per line to stdout (and to LOG_FILE, rotated by size when set),
every line scrubbed of secrets by `RedactingJsonFormatter` (see `redaction`),
and one access line per request. A developer's terminal (LOG_FORMAT=text, the
default in development) gets the same records as short readable lines instead;
LOG_FILE is always JSON.
"""

from __future__ import annotations

import functools
import logging
import re
import sys
import time
import uuid
from logging.handlers import RotatingFileHandler, WatchedFileHandler
from pathlib import Path
from typing import Any

from flask import Flask, Response, g, has_request_context, request, request_finished
from pythonjsonlogger.json import JsonFormatter
from sqlalchemy.engine import make_url

from village.config import Settings
from village.observability.redaction import redact, redact_secrets, register_secrets

REQUEST_ID_HEADER = "X-Request-ID"
_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
_HANDLER_MARK = "_village_handler"
_FROM_LOGGING = frozenset({"time", "level", "logger", "pid"})
# Colour codes (Werkzeug's banner): meaningless in a log file, noise in JSON.
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
access_log = logging.getLogger("village.access")


class RequestContextFilter(logging.Filter):
    """Stamp each record with the request id (and nothing the client sent raw)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if has_request_context():
            record.request_id = g.get("request_id")
        return True


class RedactingJsonFormatter(JsonFormatter):
    """One JSON object per record, scrubbed of secrets whatever the record carries."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("fmt", "{asctime}{levelname}{name}{process}{message}")
        kwargs.setdefault("style", "{")
        kwargs.setdefault(
            "rename_fields",
            {"asctime": "time", "levelname": "level", "name": "logger", "process": "pid"},
        )
        kwargs.setdefault("datefmt", "%Y-%m-%dT%H:%M:%S%z")
        super().__init__(*args, **kwargs)

    def format(self, record: logging.LogRecord) -> str:
        # Every handler of ours with this formatter formats the record the same way:
        # redact once (the line is kept on the record, one per kind of formatter).
        mark = f"_village_formatted_{type(self).__name__}"
        cached: str | None = record.__dict__.get(mark)
        if cached is None:
            cached = super().format(record)
            record.__dict__[mark] = cached
        return cached

    def process_log_record(self, log_data: dict[str, Any]) -> dict[str, Any]:
        # The time, level, logger name and pid come from logging itself, never from data.
        cleaned: dict[str, Any] = {
            key: value if key in _FROM_LOGGING else redact(value, key)
            for key, value in log_data.items()
        }
        if isinstance(cleaned.get("message"), str):
            cleaned["message"] = _ANSI.sub("", cleaned["message"])
        return cleaned

    def serialize_log_record(self, log_data: dict[str, Any]) -> str:
        # A configured secret in a key name or split oddly still never leaves.
        return redact_secrets(str(super().serialize_log_record(log_data)))


class RedactingTextFormatter(RedactingJsonFormatter):
    """The same redacted record as one short line for a person at a terminal:
    `00:16:26 INFO  village.access: request method=GET route=/ status=200 …`."""

    _SKIP = frozenset({"time", "level", "logger", "message", "pid", "request_id", "event"})

    def serialize_log_record(self, log_data: dict[str, Any]) -> str:
        clock = str(log_data.get("time", ""))[11:19]
        fields = " ".join(
            f"{key}={value}" for key, value in log_data.items() if key not in self._SKIP
        )
        line = f"{clock} {log_data.get('level', ''):<7} {log_data.get('logger')}: "
        return redact_secrets(line + f"{log_data.get('message', '')} {fields}".rstrip())


def make_handler(handler: logging.Handler, *, text: bool = False) -> logging.Handler:
    """Give `handler` our formatter and request context (tests capture with the same)."""
    handler.setFormatter(RedactingTextFormatter() if text else RedactingJsonFormatter())
    handler.addFilter(RequestContextFilter())
    return handler


def secret_values(settings: Settings) -> list[str | None]:
    """Every configured secret: keys, tokens, and passwords inside connection URLs."""
    keys = (settings.SECRET_KEY, settings.JWT_SECRET_KEY, settings.METRICS_TOKEN)
    values: list[str | None] = [
        *(key.get_secret_value() for key in keys if key),
        *settings.JWT_PREVIOUS_SECRET_KEYS,
    ]
    for url in (settings.DATABASE_URL, settings.REDIS_URL):
        if url:
            try:
                values.append(make_url(url).password)
            except Exception:  # noqa: S112 - an unparsable URL has no password to hide
                continue
    return values


def _file_handler(path: Path, settings: Settings) -> logging.Handler:
    """Rotate by size ourselves, or (LOG_MAX_BYTES=0) reopen the file after logrotate moves it."""
    if settings.LOG_MAX_BYTES == 0:
        return WatchedFileHandler(path, encoding="utf-8")
    return RotatingFileHandler(
        path,
        maxBytes=settings.LOG_MAX_BYTES,
        backupCount=settings.LOG_BACKUP_COUNT,
        encoding="utf-8",
    )


def configure_logging(settings: Settings) -> None:
    """Install our handlers on the root logger (idempotent: replaces earlier ones)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _HANDLER_MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    handlers = [make_handler(logging.StreamHandler(sys.stdout), text=settings.log_format == "text")]
    if settings.LOG_FILE is not None:
        settings.LOG_FILE.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(make_handler(_file_handler(settings.LOG_FILE, settings)))
    # With DATABASE_ECHO, SQLAlchemy adds its own stdout handler unless its logger has one:
    # a NullHandler keeps echo lines flowing to ours (redacted) and nowhere else.
    echo_logger = logging.getLogger("sqlalchemy.engine.Engine")
    if not echo_logger.handlers:
        echo_logger.addHandler(logging.NullHandler())
    register_secrets(secret_values(settings))
    for handler in handlers:
        setattr(handler, _HANDLER_MARK, True)
        root.addHandler(handler)
    root.setLevel(settings.LOG_LEVEL)


def _assign_request_id() -> None:
    g.request_started = time.perf_counter()
    incoming = request.headers.get(REQUEST_ID_HEADER, "")
    g.request_id = incoming if _SANE_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex


_RULE_VARIABLE = re.compile(r"<(?:[^>]*:)?(\w+)>")


def request_route() -> str:
    """The URL rule that matched, as in the OpenAPI document (`/api/v1/users/{user_id}`).

    Never the raw path: ids and junk paths would make unbounded metric labels.
    """
    if request.url_rule is None:
        return "<unmatched>"
    return openapi_path(request.url_rule.rule)


@functools.cache  # one entry per URL rule; asked twice per request (access line, metrics)
def openapi_path(rule: str) -> str:
    """A Flask URL rule as an OpenAPI path template: `<id:user_id>` -> `{user_id}`."""
    return _RULE_VARIABLE.sub(r"{\1}", rule)


def request_seconds() -> float:
    started: float | None = g.get("request_started")
    return time.perf_counter() - started if started is not None else 0.0


def _log_access(_sender: Flask, response: Response, **_extra: Any) -> None:
    """One line per request: what, how it ended, how long, for whom, from where."""
    status = response.status_code
    access_log.log(
        logging.WARNING if status >= 500 else logging.INFO,
        "request",
        extra={
            "event": "request",
            "method": request.method,
            "route": request_route(),
            "status": status,
            "duration_ms": round(request_seconds() * 1000, 2),
            "user_id": g.get("user_id"),
            "client_ip": request.remote_addr,
        },
    )


def _return_request_id(response: Response) -> Response:
    if "request_id" in g:
        response.headers[REQUEST_ID_HEADER] = g.request_id
    return response


def init_app(app: Flask) -> None:
    app.before_request(_assign_request_id)
    app.after_request(_return_request_id)
    request_finished.connect(_log_access, app)
