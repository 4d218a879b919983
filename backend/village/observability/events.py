"""Log the security-relevant errors every request can end in: denials, refused tokens."""

from __future__ import annotations

import logging

from apiflask import APIFlask
from flask import g, request

from village.errors import AppError, InvalidToken, PermissionDenied, on_app_error

log = logging.getLogger("village.security")


def log_app_error(error: AppError) -> None:
    if isinstance(error, PermissionDenied):
        log.warning(
            "access_denied",
            extra={
                "event": "access_denied",
                "user_id": g.get("user_id"),
                "role": g.get("user_role"),
                "permission": error.permission,
                "method": request.method,
                "path": request.path,
                "detail": error.detail,
            },
        )
    elif isinstance(error, InvalidToken):
        log.info(
            "token_refused",
            extra={"event": "token_refused", "reason": error.reason, "user_id": g.get("user_id")},
        )


def init_app(app: APIFlask) -> None:
    on_app_error(app, log_app_error)
