"""File names as people gave them: kept for display and downloads, never used as a path."""

from __future__ import annotations

import unicodedata
from pathlib import PurePath
from urllib.parse import quote

from village.files.models import FILENAME_MAX

# Characters Windows refuses in a saved file's name; a download named with them fails.
_RESERVED = str.maketrans(dict.fromkeys('<>:"|?*', "_"))
_FALLBACK_STEM = "file"


def clean_filename(name: str | None) -> str:
    """The last path segment of `name`, NFC, without control or format characters
    (U+202E could make "gpj.exe" read "exe.jpg"), at most 200 characters with the
    extension kept; Thai and every other script stay as they are. Empty: "file"."""
    text = unicodedata.normalize("NFC", name or "")
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(
        " " if char.isspace() else char
        for char in text
        if unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn") or char.isspace()
    )
    text = " ".join(text.translate(_RESERVED).split()).lstrip(".")
    if not text:
        return _FALLBACK_STEM
    if len(text) <= FILENAME_MAX:
        return text
    suffix = PurePath(text).suffix
    suffix = suffix if len(suffix) <= 16 else ""
    return text[: FILENAME_MAX - len(suffix)].rstrip() + suffix


def download_name(filename: str, extension: str) -> str:
    """`filename` with the extension of what is really stored (a PNG named photo.jpg
    downloads as photo.png)."""
    stem = PurePath(filename).stem if PurePath(filename).suffix else filename
    return f"{stem or _FALLBACK_STEM}{extension}"


def content_disposition(disposition: str, name: str) -> str:
    """An RFC 6266 header value: an ASCII `filename` for old clients and, for any other
    name (Thai), `filename*` in UTF-8 (RFC 8187), which every current browser prefers."""
    suffix = PurePath(name).suffix
    stem = _ascii(name.removesuffix(suffix)).strip(" .")
    ascii_name = (stem or _FALLBACK_STEM) + _ascii(suffix)
    value = f'{disposition}; filename="{ascii_name}"'
    if ascii_name != name:
        value += f"; filename*=UTF-8''{quote(name, safe='')}"
    return value


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(char for char in folded if char.isprintable() and char not in '"\\')
