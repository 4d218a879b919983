"""Routes that take a file: their own size limit, their own content type, their own docs.

Every other request is JSON under MAX_CONTENT_LENGTH (64 KiB). A view marked with
`@accepts_upload(field)` instead takes `multipart/form-data` with a file of up to
UPLOAD_MAX_BYTES (Flask 3.1 lets each request carry its own `max_content_length`),
and the OpenAPI document describes its body (village.openapi). `uploaded_file` hands
the view the file, or answers the problem a person can act on (no file: 422; too
large: 413), naming the field. What the file may be is `village.files`' to judge.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from flask import Flask, current_app, request
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import RequestEntityTooLarge

from village.config import Settings, current_settings
from village.errors import AppError, ValidationFailed, field_error

F = TypeVar("F", bound=Callable[..., Any])
UPLOAD = "village_upload"


@dataclass(frozen=True)
class Upload:
    field: str
    description: str
    # The JSON schema of the text fields sent beside the file (documented, not enforced here).
    form: dict[str, Any] | None = None


def accepts_upload(
    field: str, description: str, *, form: dict[str, Any] | None = None
) -> Callable[[F], F]:
    """Mark a view as taking one file in the multipart field `field` (and, documented by
    `form`, a JSON schema of an object, text fields beside it)."""

    def mark(view: F) -> F:
        setattr(view, UPLOAD, Upload(field, description, form))
        return view

    return mark


def upload_of(view: Callable[..., Any] | None) -> Upload | None:
    found: Upload | None = getattr(view, UPLOAD, None)
    return found


def uploaded_file(field: str) -> FileStorage:
    """The file sent in `field`: 422 naming the field when there is none, 413 naming it
    when the file (or the whole body) is larger than UPLOAD_MAX_BYTES."""
    limit = current_settings().UPLOAD_MAX_BYTES
    try:
        stored = request.files.get(field)
    except RequestEntityTooLarge:
        raise _too_large(field, limit) from None
    if stored is None:
        raise ValidationFailed(
            [field_error(field, "Attach a file in this field (multipart/form-data).", "missing")]
        )
    stream = stored.stream
    size = stream.seek(0, os.SEEK_END)
    stream.seek(0)
    if size > limit:
        raise _too_large(field, limit)
    return stored


def megabytes(size: int) -> str:
    """A size as people read it: 10485760 is "10 MB" (binary megabytes, as limits are set)."""
    return f"{size / 2**20:.3g} MB"


class FileTooLarge(AppError):
    """413 naming the form field: too many bytes (or, village.files, pixels)."""

    status, slug, title = 413, "payload-too-large", "File too large"

    def __init__(self, field: str, message: str, code: str = "file_too_large") -> None:
        super().__init__(message, extra={"errors": [field_error(field, message, code)]})


def _too_large(field: str, limit: int) -> FileTooLarge:
    return FileTooLarge(
        field,
        f"The file is larger than {megabytes(limit)} (UPLOAD_MAX_BYTES); send a smaller one.",
    )


class NotMultipart(AppError):
    status, slug, title = 415, "unsupported-media-type", "Unsupported media type"


def _allow_uploads() -> None:
    if request.endpoint is None:
        return
    upload = upload_of(current_app.view_functions.get(request.endpoint))
    if upload is None:
        return
    settings: Settings = current_app.extensions["village.settings"]
    # The file may have UPLOAD_MAX_BYTES; the multipart envelope and any form fields
    # beside it get the JSON body's allowance. uploaded_file() checks the file itself.
    request.max_content_length = settings.UPLOAD_MAX_BYTES + settings.MAX_CONTENT_LENGTH
    if request.method in ("POST", "PUT") and request.mimetype != "multipart/form-data":
        raise NotMultipart(f"Send the file as multipart/form-data, in the field '{upload.field}'.")


def init_app(app: Flask) -> None:
    """Raise the body limit for upload routes (before anything reads the body)."""
    app.before_request_funcs.setdefault(None, []).insert(0, _allow_uploads)
