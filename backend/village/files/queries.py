"""Finding stored files: always through their owner, so a guessed id finds nothing."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select

from village import database
from village.errors import NotFound
from village.files.models import StoredFile


def get_or_raise(file_id: uuid.UUID, *, owner_type: str, owner_id: int) -> StoredFile:
    """The file `file_id` of that owner; NotFound (404) when it is another owner's, not
    attached, discarded or unknown, so an id guessed or copied from another house's
    request reveals nothing. Call it after the owner's own access check."""
    found = database.session().scalar(
        select(StoredFile).where(
            StoredFile.id == file_id,
            StoredFile.owner_type == owner_type,
            StoredFile.owner_id == owner_id,
            StoredFile.deleted_at.is_(None),
        )
    )
    if found is None:
        raise NotFound("No such file here.")
    return found


def files_of(owner_type: str, owner_id: int) -> list[StoredFile]:
    """The owner's current files, oldest first."""
    return files_by_owner(owner_type, [owner_id]).get(owner_id, [])


def files_by_owner(owner_type: str, owner_ids: Iterable[int]) -> dict[int, list[StoredFile]]:
    """Current files of many owners in one query (for lists), oldest first; owners
    without files are absent."""
    ids = sorted(set(owner_ids))
    if not ids:
        return {}
    rows = database.session().scalars(
        select(StoredFile)
        .where(
            StoredFile.owner_type == owner_type,
            StoredFile.owner_id.in_(ids),
            StoredFile.deleted_at.is_(None),
        )
        .order_by(StoredFile.created_at, StoredFile.id)
    )
    found: dict[int, list[StoredFile]] = {}
    for row in rows:
        found.setdefault(row.owner_id or 0, []).append(row)
    return found


def same_content(stored: StoredFile) -> list[StoredFile]:
    """Other current, attached files of the same kind with exactly these bytes (the
    same slip image submitted twice, village.md "Payment slips"), oldest first."""
    return list(
        database.session().scalars(
            select(StoredFile)
            .where(
                StoredFile.sha256 == stored.sha256,
                StoredFile.kind == stored.kind,
                StoredFile.id != stored.id,
                StoredFile.owner_id.is_not(None),
                StoredFile.deleted_at.is_(None),
            )
            .order_by(StoredFile.created_at, StoredFile.id)
        )
    )


def referenced_keys() -> set[str]:
    """The storage key of every row, discarded or not: the files on disk that must stay."""
    return set(database.session().scalars(select(StoredFile.storage_key).distinct()))
