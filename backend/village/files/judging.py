"""Judge an upload by its content: magic bytes first, then a real decode or parse.

The name a file came with and the Content-Type its sender claimed are never
consulted: an `.exe` renamed `photo.jpg` is sniffed as a program and refused.
"""

from __future__ import annotations

from dataclasses import dataclass

import filetype

from village.files import images, pdfs, problems
from village.files.enums import EXTENSIONS, PDF, Accept


@dataclass(frozen=True)
class Judged:
    """What is kept of an accepted upload: the bytes to store (an image re-encoded,
    a PDF as sent), their type, and an image's size in pixels."""

    data: bytes
    mime: str
    width: int | None = None
    height: int | None = None

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.mime]


def judge(data: bytes, *, accept: Accept, field: str, max_pixels: int) -> Judged:
    """Accept `data` as one of `accept`'s types, or raise the problem (415, 413, 422)."""
    if not data:
        raise problems.unusable(field, "The file is empty.", "empty_file")
    mime = sniff(data)
    if mime not in accept.mimes:
        raise problems.UnsupportedFile(field, accept.refusal)
    if mime == PDF:
        pdfs.judge(data, field=field)
        return Judged(data, mime)
    image = images.judge(data, mime, field=field, max_pixels=max_pixels)
    return Judged(image.data, mime, image.width, image.height)


def sniff(data: bytes) -> str | None:
    """The content type the bytes say they are (their first few bytes), or None."""
    kind = filetype.guess(data[:8192])
    return None if kind is None else str(kind.mime)
