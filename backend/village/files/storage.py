"""The bytes on disk: content-addressed, written atomically, private to the app's user.

A file's key is the sha256 of its bytes fanned out into two directory levels,
`ab/cd/abcd…` under UPLOAD_DIR, so the same content stored twice is one file, and
a name says nothing about the person or the house. Writes go to a temporary file
in the same directory, are fsynced and renamed into place (`os.replace`): a crash
leaves either the whole file or a temporary one, which cleanup removes. Files are
mode 600, directories 700. Nothing serves this directory: files leave only through
`serving.send`, after their owner's access check.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

KEY = re.compile(r"[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}")
TEMP_PREFIX = ".tmp-"
FILE_MODE = 0o600
DIR_MODE = 0o700


def key_for(sha256: str) -> str:
    return f"{sha256[:2]}/{sha256[2:4]}/{sha256}"


def path_of(directory: Path, key: str) -> Path:
    """Where the file with `key` lives (a key that is not one is refused, never joined)."""
    if not KEY.fullmatch(key):
        raise ValueError(f"not a storage key: {key!r}")
    return directory / key


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def put(directory: Path, data: bytes) -> tuple[str, str]:
    """Store `data` once under `directory`; return its key and sha256.

    Content already present is not written again, only touched: cleanup spares
    files modified within the hour, so a file an upload is about to refer to is
    never swept away under it.
    """
    sha256 = hashlib.sha256(data).hexdigest()
    key = key_for(sha256)
    path = path_of(directory, key)
    if path.is_file() and sha256_of(path) == sha256:
        os.utime(path)
        return key, sha256
    _make_dirs(directory, path.parent)
    _write_atomically(path, data)
    return key, sha256


def _make_dirs(directory: Path, leaf: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    for level in (leaf.parent, leaf):
        with contextlib.suppress(FileExistsError):
            level.mkdir(mode=DIR_MODE)


def _write_atomically(path: Path, data: bytes) -> None:
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX)  # mode 600
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename itself survives a crash
    finally:
        os.close(directory)


def entries(directory: Path) -> Iterator[tuple[str | None, Path]]:
    """Every file under `directory` in the key layout: (key, path), or (None, path) for
    anything else there (a temporary file a crash left, a stray file)."""
    if not directory.is_dir():
        return
    for first in sorted(directory.iterdir()):
        if not first.is_dir() or first.is_symlink():
            yield None, first
            continue
        for second in sorted(first.iterdir()):
            if not second.is_dir() or second.is_symlink():
                yield None, second
                continue
            for path in sorted(second.iterdir()):
                key = f"{first.name}/{second.name}/{path.name}"
                ours = KEY.fullmatch(key) and key_for(path.name) == key and path.is_file()
                yield (key if ours else None), path


def is_temporary(path: Path) -> bool:
    """A temporary file `put` writes before its rename (left behind only by a crash)."""
    return path.name.startswith(TEMP_PREFIX) and path.is_file()
