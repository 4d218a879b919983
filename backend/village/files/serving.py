"""Handing a stored file to the person allowed to see it, and to nobody else.

`send` is for an owner's route, called after the owner's access check (the
file found with `queries.get_or_raise`, which is a 404 for anyone else's). The
answer is built so that nothing in the file can act in the browser:

- `Content-Type` is the type judged from the content when stored, with
  `X-Content-Type-Options: nosniff`, so a browser never guesses another;
- `Content-Disposition` is `inline` for images and `attachment` for PDFs (a PDF
  opens in a reader, not in the API's origin), with the name in RFC 6266/8187
  `filename*` form so Thai names survive;
- `Content-Security-Policy: ...; sandbox` (security/headers.py, and nginx passes
  it on): even opened directly, the response runs no script, submits no form and
  has no origin of its own;
- `Cache-Control: private, max-age=3600` and `Vary: Authorization`: a browser may
  keep it for the person who fetched it, no shared cache ever;
- a strong `ETag` (the content's sha256) and Range support: a repeat view is a 304.
"""

from __future__ import annotations

import logging

from flask import Response, send_file

from village.config import current_settings
from village.errors import NotFound
from village.files import names, storage
from village.files.enums import EXTENSIONS, PDF
from village.files.models import StoredFile
from village.security import headers

MAX_AGE_SECONDS = 3600
log = logging.getLogger("village.files")


def send(stored: StoredFile, *, download_name: str | None = None) -> Response:
    """The file's bytes as a response (inline image, attachment PDF); `download_name`
    overrides the uploaded name (its extension is always the stored type's)."""
    path = storage.path_of(current_settings().upload_dir, stored.storage_key)
    if not path.is_file():  # lost from disk: an operator's problem, never a 500
        log.error("file_missing", extra={"event": "file_missing", "file_id": str(stored.id)})
        raise NotFound("This file's content is missing from storage; the office can restore it.")
    response = send_file(
        path,
        mimetype=stored.mime,
        conditional=True,
        etag=stored.sha256,
        last_modified=stored.created_at,
        max_age=None,
    )
    name = names.download_name(download_name or stored.filename, EXTENSIONS[stored.mime])
    disposition = "attachment" if stored.mime == PDF else "inline"
    response.headers["Content-Disposition"] = names.content_disposition(disposition, name)
    response.headers["Cache-Control"] = f"private, max-age={MAX_AGE_SECONDS}"
    response.headers.pop("Expires", None)
    response.vary.add("Authorization")
    headers.mark_as_file(response)
    return response
