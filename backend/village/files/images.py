"""Images: decoded for real under a pixel cap, then re-encoded without their metadata.

Order matters (the research note on upload validation, docs/security.md): the
size is read from the header and checked against UPLOAD_MAX_PIXELS before a
single pixel is decoded, so a decompression bomb (a small PNG declaring 100,000 ×
100,000 pixels) costs nothing; then Pillow's `verify()`, a fresh open and a full
`load()`. The stored image is a new encoding of those pixels, turned upright by
its EXIF orientation first: EXIF (with a phone's GPS position of the home), XMP,
comments and text chunks are gone; a colour profile is applied (converted to
sRGB) rather than kept. JPEG stays JPEG (quality 90), PNG stays PNG (transparency
kept), WebP stays WebP (quality 90, transparency kept): every browser shows all
three, and no format change surprises the person who sent it.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageCms, ImageOps

from village.files import problems, structure
from village.files.enums import JPEG, PNG, WEBP

PIL_FORMATS = {JPEG: ("JPEG", "MPO"), PNG: ("PNG",), WEBP: ("WEBP",)}
NAMES = {JPEG: "JPEG image", PNG: "PNG image", WEBP: "WebP image"}
QUALITY = 90
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@dataclass(frozen=True)
class Encoded:
    data: bytes
    width: int
    height: int


def judge(data: bytes, mime: str, *, field: str, max_pixels: int) -> Encoded:
    """Decode `data` (already sniffed as `mime`) and re-encode it, or raise the problem."""
    what = NAMES[mime]
    try:
        extra = structure.find_extra(data, mime)
    except structure.Damaged:
        raise problems.unreadable(field, what) from None
    if extra:
        raise problems.hidden_content(field, what.split()[0] + " image", extra)
    try:
        _open(data, mime, field=field, max_pixels=max_pixels).verify()
    except problems.AppError:
        raise
    except Exception:  # Pillow raises many kinds (OSError, SyntaxError, ValueError, ...)
        raise problems.unreadable(field, what) from None
    image = _open(data, mime, field=field, max_pixels=max_pixels)  # verify() used it up
    try:
        image.load()
        upright = _upright(image)
        encoded = _encode(upright, mime)
    except Exception:
        raise problems.unreadable(field, what) from None
    return Encoded(encoded, upright.width, upright.height)


def _open(data: bytes, mime: str, *, field: str, max_pixels: int) -> Image.Image:
    """Read the header only, and refuse more than `max_pixels` before decoding anything."""
    with warnings.catch_warnings():
        # Pillow's own bomb guard warns (89 MP) or raises (179 MP) at open: both are ours to say.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=PIL_FORMATS[mime])
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _too_many_pixels(field, _pixels_named_in(str(exc)), max_pixels) from None
        except Exception:
            raise problems.unreadable(field, NAMES[mime]) from None
    pixels = image.width * image.height
    if pixels > max_pixels:
        raise _too_many_pixels(field, pixels, max_pixels)
    if not pixels:
        raise problems.unreadable(field, NAMES[mime])
    return image


def _pixels_named_in(message: str) -> int | None:
    found = re.search(r"\((\d+) pixels\)", message)
    return int(found[1]) if found else None


def _too_many_pixels(field: str, pixels: int | None, max_pixels: int) -> problems.FileTooLarge:
    size = f"{pixels / 1e6:,.0f} megapixels" if pixels else "too many pixels"
    return problems.FileTooLarge(
        field,
        f"This image has {size}; at most {max_pixels / 1e6:,.0f} megapixels are accepted. "
        "Send a smaller copy (a phone's normal photo size is fine).",
        "too_many_pixels",
    )


def _upright(image: Image.Image) -> Image.Image:
    """The image turned by its EXIF orientation, as a viewer shows it."""
    try:
        turned = ImageOps.exif_transpose(image)
    except Exception:  # an unreadable EXIF block: keep the pixels as they are
        turned = image.copy()
    return turned if turned is not None else image.copy()


def _encode(image: Image.Image, mime: str) -> bytes:
    """Encode the pixels afresh: nothing of the original's metadata is carried over."""
    transparency = image.info.get("transparency")
    icc = image.info.get("icc_profile")
    image.info = {}  # Pillow writes info it finds (comments, EXIF) back out
    image = _to_srgb(image, icc) if icc else image
    options: dict[str, Any]
    if mime == JPEG:
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        options = {"format": "JPEG", "quality": QUALITY, "optimize": True}
    elif mime == PNG:
        options = {"format": "PNG"}
        if transparency is not None and image.mode in ("P", "L", "RGB"):
            options["transparency"] = transparency
    else:
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if _has_alpha(image, transparency) else "RGB")
        options = {"format": "WEBP", "quality": QUALITY}
    out = io.BytesIO()
    image.save(out, exif=b"", **options)
    return out.getvalue()


def _has_alpha(image: Image.Image, transparency: object) -> bool:
    return image.mode in ("LA", "PA", "RGBa", "La") or transparency is not None


def _to_srgb(image: Image.Image, icc: bytes) -> Image.Image:
    """Apply an embedded colour profile (a phone's Display P3) so colours stay right once
    the profile is dropped; an unusable profile is simply dropped."""
    if image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            image, source, _SRGB, outputMode="RGBA" if image.mode == "RGBA" else "RGB"
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image.convert("RGB") if image.mode == "CMYK" else image
    return converted if converted is not None else image
