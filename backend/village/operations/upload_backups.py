"""Uploaded files in backups: one content-addressed copy shared by every backup.

A stored file never changes (its name is the sha256 of its bytes), so a backup
copies into BACKUP_DIR/uploads/ only the files it does not hold yet, in the same
`ab/cd/<sha256>` layout as UPLOAD_DIR. Fourteen nightly backups of 10 GB of
slips and photos take 10 GB, not 140. Each backup's manifest lists the files its
database refers to (taken inside the dump's snapshot) with their sizes; the key
is the checksum. `restore-check` re-hashes every listed file and checks that
every `files` row of the restored database has its file. The backup's retention
removes copies no remaining manifest lists.

Restoring: copy BACKUP_DIR/uploads/ into UPLOAD_DIR (`cp -a`, keeping the
layout); cleanup-files later removes what the restored database does not use.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from village.files import storage

MIRROR = "uploads"
MANIFEST_GLOB = "village-*.manifest.json"


@dataclass
class Copied:
    """The uploads part of one backup."""

    files: dict[str, int] = field(default_factory=dict)  # key → bytes
    missing: list[str] = field(default_factory=list)  # referenced, absent from UPLOAD_DIR
    damaged: list[str] = field(default_factory=list)  # present, but not the bytes named
    added: int = 0  # copied this time (the others were already in the backup)

    def manifest(self) -> dict[str, object]:
        return {
            "directory": MIRROR,
            "count": len(self.files),
            "bytes": sum(self.files.values()),
            "missing": self.missing,
            "damaged": self.damaged,
            "files": self.files,
        }


def referenced_keys(connection: Connection) -> list[str]:
    """Every storage key the database refers to (run inside the dump's snapshot)."""
    if "files" not in sa.inspect(connection).get_table_names():
        return []
    query = sa.text("SELECT DISTINCT storage_key FROM files ORDER BY storage_key")
    return [str(key) for key in connection.execute(query).scalars()]


def copy_uploads(upload_dir: Path, backup_dir: Path, keys: list[str]) -> Copied:
    """Copy the files `keys` name from UPLOAD_DIR into the backup's shared copy."""
    mirror = backup_dir / MIRROR
    copied = Copied()
    for key in keys:
        target = storage.path_of(mirror, key)
        if target.is_file():
            copied.files[key] = target.stat().st_size
            continue
        source = storage.path_of(upload_dir, key)
        if not source.is_file():
            copied.missing.append(key)
            continue
        data = source.read_bytes()
        if hashlib.sha256(data).hexdigest() != _sha256_in(key):
            copied.damaged.append(key)
            continue
        storage.put(mirror, data)
        copied.files[key] = len(data)
        copied.added += 1
    return copied


def _sha256_in(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def prune_mirror(backup_dir: Path) -> int:
    """Remove copies that no manifest left in `backup_dir` lists; return how many."""
    mirror = backup_dir / MIRROR
    listed: set[str] = set()
    for manifest in backup_dir.glob(MANIFEST_GLOB):
        uploads = json.loads(manifest.read_text()).get("uploads") or {}
        listed.update(uploads.get("files", {}))
    removed = 0
    for key, path in storage.entries(mirror):
        if (key is not None and key not in listed) or storage.is_temporary(path):
            os.unlink(path)
            removed += 1
    return removed


@dataclass(frozen=True)
class Verified:
    listed: int
    intact: int
    problems: list[tuple[str, str]]  # (key, "missing" | "damaged")


def verify_copies(backup_dir: Path, uploads: dict[str, Any]) -> Verified:
    """Re-hash every file a manifest lists in the backup's shared copy."""
    mirror = backup_dir / str(uploads.get("directory", MIRROR))
    listed: dict[str, int] = uploads.get("files") or {}
    problems: list[tuple[str, str]] = []
    for key in sorted(listed):
        path = storage.path_of(mirror, key)
        if not path.is_file():
            problems.append((key, "missing"))
        elif storage.sha256_of(path) != _sha256_in(key):
            problems.append((key, "damaged"))
    return Verified(len(listed), len(listed) - len(problems), problems)
