"""Where an image's own bytes end, and what its metadata holds: the polyglot check.

A polyglot is a file that is also another format: a JPEG with a ZIP appended
(a ZIP reader looks from the end), a PNG whose text chunk is an HTML page (a
sniffing browser looks for tags), a JPEG comment that is a PDF header. The image
decoder ignores all of it, so the check walks each format's own structure:
JPEG markers to the end-of-image, PNG chunks to IEND, the RIFF length of a WebP.
Anything after the end is refused (bar padding of zero or 0xFF bytes), and so is
metadata (JPEG APPn and comments, PNG ancillary chunks, WebP EXIF/XMP/ICC chunks)
carrying another format's signature. Re-encoding drops both anyway; refusing
them says plainly that the file was made to be something else too.
"""

from __future__ import annotations

from village.files.enums import JPEG, PNG, WEBP

# Another format's signature inside metadata: (bytes to look for, lower-cased, its name).
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"pk\x03\x04", "a ZIP archive"),
    (b"pk\x05\x06", "a ZIP archive"),
    (b"%pdf-", "a PDF"),
    (b"rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7felf", "a program"),
    (b"<html", "an HTML page"),
    (b"<!doctype html", "an HTML page"),
    (b"<body", "an HTML page"),
    (b"<iframe", "an HTML page"),
    (b"<script", "a script"),
    (b"javascript:", "a script"),
    (b"<?php", "a script"),
    (b"<svg", "an SVG drawing"),
)
_PADDING = b"\x00\xff"


class Damaged(ValueError):
    """The structure is broken: the file is not readable as its format."""


def find_extra(data: bytes, mime: str) -> str | None:
    """What `data` carries besides its image ("data after the image", "a ZIP archive in its
    metadata"), or None. Raises Damaged when the structure cannot be followed."""
    walk = {JPEG: _jpeg, PNG: _png, WEBP: _webp}[mime]
    end, metadata = walk(data, 0)
    if mime == JPEG:  # a phone's multi-picture file: further JPEGs (MPF) after the first
        while data.startswith(b"\xff\xd8", end):
            end, more = _jpeg(data, end)
            metadata += more
    for segment in metadata:
        found = signature_in(segment)
        if found:
            return f"{found} in its metadata"
    if data[end:].strip(_PADDING):
        return f"{signature_in(data[end:]) or 'other data'} after the image"
    return None


def signature_in(data: bytes) -> str | None:
    lowered = data.lower()
    return next((name for signature, name in SIGNATURES if signature in lowered), None)


def _u16(data: bytes, pos: int) -> int:
    if pos + 2 > len(data):
        raise Damaged("truncated")
    return int.from_bytes(data[pos : pos + 2], "big")


def _jpeg(data: bytes, start: int) -> tuple[int, list[bytes]]:
    """The offset after this JPEG's end-of-image marker, and its APPn/COM segments."""
    metadata: list[bytes] = []
    pos = start + 2  # after SOI
    while True:
        if pos >= len(data) or data[pos] != 0xFF:
            raise Damaged("expected a marker")
        while pos < len(data) and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= len(data):
            raise Damaged("truncated")
        marker = data[pos]
        pos += 1
        if marker == 0xD9:  # EOI
            return pos, metadata
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # no length
            continue
        length = _u16(data, pos)
        if length < 2 or pos + length > len(data):
            raise Damaged("segment past the end")
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            metadata.append(data[pos + 2 : pos + length])
        pos += length
        if marker == 0xDA:  # start of scan: entropy-coded data up to the next real marker
            pos = _after_scan(data, pos)


def _after_scan(data: bytes, pos: int) -> int:
    while True:
        found = data.find(b"\xff", pos)
        if found < 0 or found + 1 >= len(data):
            raise Damaged("scan without an end")
        following = data[found + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            pos = found + 1  # stuffed byte, restart marker, or fill: still scan data
            continue
        return found


_PNG_IMAGE_DATA = frozenset({b"IDAT", b"fdAT"})


def _png(data: bytes, start: int) -> tuple[int, list[bytes]]:
    """The offset after IEND, and every chunk but the image data."""
    metadata: list[bytes] = []
    pos = start + 8
    while pos + 12 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise Damaged("chunk past the end")
        if kind == b"IEND":
            return end, metadata
        if kind not in _PNG_IMAGE_DATA:
            metadata.append(data[pos + 8 : pos + 8 + length])
        pos = end
    raise Damaged("no IEND chunk")


_WEBP_IMAGE_DATA = frozenset({b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF"})


def _webp(data: bytes, start: int) -> tuple[int, list[bytes]]:
    """The offset after the RIFF container, and its metadata chunks."""
    if len(data) < start + 12 or data[start + 8 : start + 12] != b"WEBP":
        raise Damaged("not a WebP container")
    end = start + 8 + int.from_bytes(data[start + 4 : start + 8], "little")
    if end > len(data):
        raise Damaged("container past the end")
    metadata: list[bytes] = []
    pos = start + 12
    while pos + 8 <= end:
        kind = data[pos : pos + 4]
        length = int.from_bytes(data[pos + 4 : pos + 8], "little")
        if pos + 8 + length > end:
            raise Damaged("chunk past the end")
        if kind not in _WEBP_IMAGE_DATA:
            metadata.append(data[pos + 8 : pos + 8 + length])
        pos += 8 + length + (length & 1)
    return end, metadata  # a RIFF pad byte after it is zero: padding
