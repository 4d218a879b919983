"""The AppError family and the one processor that turns every error into problem+json.

Every error the API gives, whether raised by us, by Werkzeug (404, 405, 413),
by request validation (422) or by an unexpected exception (500), leaves
through `problem_response` as RFC 9457 `application/problem+json`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, ClassVar

from apiflask import APIFlask, HTTPError
from flask import Request, Response, current_app, g, json, request
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from werkzeug.exceptions import BadRequest, UnsupportedMediaType

from village import database

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "urn:village:problem:"
log = logging.getLogger(__name__)


class AppError(HTTPError):
    """An error our code raises on purpose; each subclass knows its status and type."""

    status: ClassVar[int] = 400
    slug: ClassVar[str] = "bad-request"
    title: ClassVar[str] = "Bad request"

    def __init__(
        self,
        detail: str | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
        keep_changes: bool = False,
    ) -> None:
        super().__init__(
            self.status, self.title, detail or self.title, dict(headers or {}), dict(extra or {})
        )
        self.keep_changes = keep_changes

    @property
    def problem_type(self) -> str:
        return PROBLEM_BASE + self.slug


class BadRequestError(AppError):
    status, slug, title = 400, "bad-request", "Bad request"


class AuthenticationFailed(AppError):
    status, slug, title = 401, "authentication-failed", "Authentication failed"


class InvalidToken(AppError):
    """A missing, malformed, expired or revoked token."""

    status, slug, title = 401, "invalid-token", "Invalid or expired token"

    def __init__(
        self, detail: str | None = None, *, reason: str = "invalid", keep_changes: bool = False
    ) -> None:
        self.reason = reason
        super().__init__(
            detail,
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            keep_changes=keep_changes,
        )


class NotAuthenticated(AppError):
    """No credentials at all (RFC 6750: no error code in the challenge)."""

    status, slug, title = 401, "authentication-required", "Authentication required"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="village"'})


class PermissionDenied(AppError):
    """A valid user without the right to do this (RBAC or a role-assignment rule)."""

    status, slug, title = 403, "permission-denied", "Permission denied"

    def __init__(self, detail: str | None = None, *, permission: str | None = None) -> None:
        self.permission = permission
        super().__init__(detail)


class AccountNotActive(AppError):
    status, slug, title = 403, "account-not-active", "Account not active"


class AccountLocked(AppError):
    """Too many wrong passwords: no password is accepted until the lockout ends."""

    status, slug, title = 429, "account-locked", "Account temporarily locked"


class RegistrationClosed(AppError):
    status, slug, title = 403, "registration-closed", "Registration closed"


class NotFound(AppError):
    status, slug, title = 404, "not-found", "Not found"


class Conflict(AppError):
    """A clash with the current state; `code` names the rule for machines (village.md:
    "409 with a machine-readable code", e.g. has_password, period_closed)."""

    status, slug, title = 409, "conflict", "Conflict"

    def __init__(self, detail: str | None = None, *, code: str | None = None) -> None:
        super().__init__(detail, extra={"code": code} if code else None)


class ValidationFailed(AppError):
    """Semantically invalid input; `errors` names each field."""

    status, slug, title = 422, "validation-error", "Validation failed"

    def __init__(
        self, errors: list[dict[str, str]], detail: str | None = None, *, keep_changes: bool = False
    ) -> None:
        super().__init__(
            detail or _validation_detail(errors),
            extra={"errors": errors},
            keep_changes=keep_changes,
        )


class ServiceUnavailable(AppError):
    status, slug, title = 503, "service-unavailable", "Service unavailable"


def field_error(field: str, message: str, code: str = "invalid") -> dict[str, str]:
    return {"field": field, "message": message, "code": code}


def _validation_detail(errors: list[dict[str, str]]) -> str:
    fields = ", ".join(dict.fromkeys(e["field"] for e in errors if e["field"]))
    return f"Invalid value for: {fields}." if fields else "The request body is invalid."


def problem_response(
    status: int,
    *,
    title: str | None = None,
    detail: str | None = None,
    problem_type: str = "about:blank",
    headers: Any = None,
    extra: Mapping[str, Any] | None = None,
) -> Response:
    """Build an RFC 9457 problem response (`headers`: anything Werkzeug accepts)."""
    body: dict[str, Any] = {
        "type": problem_type,
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail or title or HTTPStatus(status).phrase,
        **(extra or {}),
    }
    if status >= 500 and "request_id" in g:
        body["request_id"] = g.request_id  # to quote when reporting; 4xx bodies stay identical
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_JSON)
    response.headers.update(headers or {})
    return response


ErrorHook = Callable[[AppError], None]


def on_app_error(app: APIFlask, hook: ErrorHook) -> None:
    """Run `hook` for every AppError this app answers (logging, metrics)."""
    app.extensions.setdefault("village.error_hooks", []).append(hook)


# Readable messages for pydantic error types; the input value is never echoed.
_PYDANTIC_MESSAGES = {
    "extra_forbidden": "Unknown or read-only field.",
    "missing": "This field is required.",
    "model_type": "Expected a JSON object.",
    "model_attributes_type": "Expected a JSON object.",
}


def _pydantic_errors(exc: PydanticValidationError, location: str) -> list[dict[str, str]]:
    errors = []
    for err in exc.errors(include_input=False, include_url=False):
        field = ".".join(str(part) for part in err["loc"])
        message = _PYDANTIC_MESSAGES.get(err["type"], err["msg"])
        message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
        errors.append({"field": field or location, "message": message, "code": err["type"]})
    return errors


def app_error_response(error: AppError) -> Response:
    """The problem response for `error`, for callers that must return, not raise."""
    return _from_http_error(error)


def _from_http_error(error: HTTPError) -> Response:
    if isinstance(error, AppError):
        for hook in current_app.extensions.get("village.error_hooks", ()):
            hook(error)
        if error.keep_changes:
            database.keep_changes_on_error()
        return problem_response(
            error.status_code,
            title=error.title,
            detail=error.detail,
            problem_type=error.problem_type,
            headers=error.headers,
            extra=error.extra_data,
        )
    cause = error.__cause__
    if error.status_code == 422 and isinstance(cause, PydanticValidationError):
        location = next(iter(error.detail), "json") if isinstance(error.detail, dict) else "json"
        errors = _pydantic_errors(cause, location)
        return problem_response(
            422,
            title=ValidationFailed.title,
            detail=_validation_detail(errors),
            problem_type=PROBLEM_BASE + ValidationFailed.slug,
            extra={"errors": errors},
        )
    detail = error.message if isinstance(error.message, str) else None
    return problem_response(
        error.status_code, detail=_http_detail(error.status_code, detail), headers=error.headers
    )


def _http_detail(status: int, fallback: str | None) -> str | None:
    return {
        400: "The request body is not valid JSON.",
        404: "No resource exists at this path.",
        405: "This method is not allowed on this path.",
        413: "The request body is larger than the server accepts.",
        415: "Send the request body as application/json.",
        429: "Too many requests; slow down and retry later.",
        500: "An unexpected error occurred. It has been logged; quote the request id.",
    }.get(status, fallback)


def _database_unavailable(exc: Exception) -> Response:
    log.error("database unavailable: %s", type(exc).__name__, exc_info=exc)
    return problem_response(
        503,
        title=ServiceUnavailable.title,
        detail="The database is unavailable; try again shortly.",
        problem_type=PROBLEM_BASE + ServiceUnavailable.slug,
        headers={"Retry-After": "5"},
    )


def _value_out_of_range(exc: Exception) -> Response:
    """A value the database cannot store (too long for its column, out of its range) that
    validation let through: our gap, logged as an error, but the client is told plainly and
    nothing is saved."""
    log.error("value refused by the database: %s", type(exc).__name__, exc_info=exc)
    return problem_response(
        422,
        title=ValidationFailed.title,
        detail="A value is too long or out of range to be stored; nothing was saved.",
        problem_type=PROBLEM_BASE + ValidationFailed.slug,
        extra={"errors": []},  # the database does not say which field
    )


def commit_failed_response(exc: DBAPIError) -> Response:
    """The answer when the request's work could not be committed (it was rolled back)."""
    if isinstance(exc, IntegrityError):
        log.warning("commit refused by a constraint: %s", type(exc.orig).__name__)
        return problem_response(
            409,
            title=Conflict.title,
            detail="Another request changed the same data at the same moment; nothing was "
            "saved. Try again.",
            problem_type=PROBLEM_BASE + Conflict.slug,
        )
    if isinstance(exc, DataError):
        return _value_out_of_range(exc)
    return _database_unavailable(exc)


class JSONRequest(Request):
    """A request whose JSON parsing never raises anything but a 400."""

    def on_json_loading_failed(self, e: ValueError | None) -> Any:
        raise BadRequest("The request body is not valid JSON.")

    def get_json(self, force: bool = False, silent: bool = False, cache: bool = True) -> Any:
        if force and not self.get_data(cache=True):
            return None  # an empty body: the schema reports any missing fields
        try:
            return super().get_json(force=force, silent=silent, cache=cache)
        except RecursionError:  # absurdly deep nesting
            raise BadRequest("The request body is nested too deeply.") from None


def _require_json_body() -> None:
    """Refuse bodies that are not JSON on endpoints that read a JSON body (415)."""
    if request.method not in ("POST", "PUT", "PATCH") or request.endpoint is None:
        return
    view = current_app.view_functions.get(request.endpoint)
    spec = getattr(view, "_spec", {})
    if "body" not in spec:
        return
    if not request.content_length and not request.headers.get("Transfer-Encoding"):
        return  # an empty body: validation reports the missing fields
    if not request.is_json:
        raise UnsupportedMediaType()


def init_app(app: APIFlask) -> None:
    """Route every error through problem+json."""
    app.request_class = JSONRequest
    app.error_processor(_from_http_error)
    app.register_error_handler(OperationalError, _database_unavailable)
    app.register_error_handler(DataError, _value_out_of_range)
    app.register_error_handler(PoolTimeoutError, _database_unavailable)
    app.before_request(_require_json_body)
