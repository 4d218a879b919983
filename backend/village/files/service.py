"""Taking a file in, tying it to its owner, letting it go, and sweeping up.

A domain's route calls `store` with the uploaded file, then `attach` once its
own object exists, in the same request (one transaction: if the request fails,
the row goes with it and the bytes on disk are swept an hour later). The owner
records its own audit event (e.g. "photo added", with the file's id): a file
alone is no change anyone made until it belongs to something.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from sqlalchemy import CursorResult, delete, or_
from werkzeug.datastructures import FileStorage

from village import database
from village.config import current_settings
from village.database import utcnow
from village.errors import Conflict
from village.files import judging, names, problems, storage
from village.files.enums import Accept, FileKind
from village.files.models import StoredFile
from village.uploads import megabytes

log = logging.getLogger("village.files")
UNATTACHED_DAYS = 1  # rows never attached (or discarded) are removed after this
DISK_GRACE_SECONDS = 3600  # a file on disk without a row is left alone this long
OWNER_TYPE_MAX = 40


class Uploader(Protocol):
    id: int


def store(
    upload: FileStorage, *, kind: FileKind, accept: Accept, uploaded_by: Uploader | None
) -> StoredFile:
    """Judge `upload` by its content, store it, and add its row (flushed, no owner yet).

    Raises UnsupportedFile (415) for a type `accept` does not take, FileTooLarge
    (413) past UPLOAD_MAX_BYTES or UPLOAD_MAX_PIXELS, ValidationFailed (422) for an
    empty, damaged, encrypted or active file or one hiding another format; each
    names the form field. Images are re-encoded without metadata (village.md,
    "Uploads"); the same content is kept once on disk.
    """
    settings = current_settings()
    field_name = upload.name or "file"
    data = _read(upload, field_name, settings.UPLOAD_MAX_BYTES)
    judged = judging.judge(
        data, accept=accept, field=field_name, max_pixels=settings.UPLOAD_MAX_PIXELS
    )
    key, sha256 = storage.put(settings.upload_dir, judged.data)
    stored = StoredFile(
        kind=kind,
        storage_key=key,
        filename=names.clean_filename(upload.filename),
        mime=judged.mime,
        size_bytes=len(judged.data),
        sha256=sha256,
        width=judged.width,
        height=judged.height,
        uploaded_by_id=uploaded_by.id if uploaded_by else None,
    )
    database.session().add(stored)
    database.session().flush()
    log.info(
        "file_stored",
        extra={
            "event": "file_stored",
            "kind": str(kind),
            "mime": judged.mime,
            "bytes": len(judged.data),
            "received_bytes": len(data),
        },
    )
    return stored


def _read(upload: FileStorage, field_name: str, limit: int) -> bytes:
    data = upload.stream.read(limit + 1)
    if len(data) > limit:
        raise problems.FileTooLarge(
            field_name,
            f"The file is larger than {megabytes(limit)} (UPLOAD_MAX_BYTES); send a smaller one.",
        )
    return data


def attach(files: Iterable[StoredFile], *, owner_type: str, owner_id: int) -> None:
    """Make `files` belong to one owner, e.g. ("service_request", 12).

    Raises Conflict (409, code "file_in_use") for a file that already belongs to
    another owner or was discarded; attaching to the same owner again is a no-op.
    """
    if not owner_type or len(owner_type) > OWNER_TYPE_MAX:
        raise ValueError(f"owner_type must be 1-{OWNER_TYPE_MAX} characters")
    for stored in files:
        taken = stored.owner_id is not None and (stored.owner_type, stored.owner_id) != (
            owner_type,
            owner_id,
        )
        if taken or stored.deleted_at is not None:
            raise Conflict("This file is already used elsewhere.", code="file_in_use")
        stored.owner_type, stored.owner_id = owner_type, owner_id
    database.session().flush()


def discard(files: Iterable[StoredFile]) -> None:
    """Take `files` away from their owner: no longer listed or served; the row (and the
    bytes, unless other rows share them) go with the next cleanup after a day."""
    now = utcnow()
    for stored in files:
        stored.deleted_at = stored.deleted_at or now
    database.session().flush()


@dataclass
class Sweep:
    """What a sweep of UPLOAD_DIR did: removed files (unreferenced, older than the
    grace period; temporary files a crash left), and what it left alone."""

    removed: list[Path] = field(default_factory=list)
    removed_bytes: int = 0
    kept: int = 0
    too_recent: int = 0
    foreign: list[Path] = field(default_factory=list)


def purge_rows(*, now: datetime | None = None) -> int:
    """Delete rows never attached, or discarded, more than a day ago; return how many.

    Their bytes stay until the next disk sweep (other rows may share them).
    """
    cutoff = (now or utcnow()) - timedelta(days=UNATTACHED_DAYS)
    result = database.session().execute(
        delete(StoredFile)
        .where(
            or_(
                StoredFile.owner_id.is_(None) & (StoredFile.created_at < cutoff),
                StoredFile.deleted_at < cutoff,
            )
        )
        .execution_options(synchronize_session=False)
    )
    return result.rowcount if isinstance(result, CursorResult) else 0


def sweep_disk(directory: Path, *, keep: set[str], now: float | None = None) -> Sweep:
    """Remove files under `directory` that no row refers to (`keep`: every row's key) and
    that were last written over an hour ago, so an upload in flight (written, its row
    not yet committed) is never removed. Files that are not ours are reported, not
    touched."""
    cutoff = (now or time.time()) - DISK_GRACE_SECONDS
    sweep = Sweep()
    for key, path in storage.entries(directory):
        if key is None and not storage.is_temporary(path):
            if path.is_file() or path.is_symlink():
                sweep.foreign.append(path)
            continue
        if key is not None and key in keep:
            sweep.kept += 1
            continue
        stat = path.lstat()
        if stat.st_mtime > cutoff:  # checked at the last moment: `put` touches reused files
            sweep.too_recent += 1
            continue
        os.unlink(path)
        sweep.removed.append(path)
        sweep.removed_bytes += stat.st_size
    return sweep
