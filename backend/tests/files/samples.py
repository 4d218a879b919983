"""Files made for the tests, each the real thing: a phone-like JPEG with a GPS position,
a decompression bomb, polyglots, PDFs with JavaScript or a password."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from PIL import ExifTags, Image, ImageCms
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

BANGKOK = {"lat": (13.0, 45.0, 22.0), "lon": (100.0, 30.0, 5.0)}


def jpeg_with_gps(width: int = 60, height: int = 40, orientation: int = 6) -> bytes:
    """A photo as a phone takes it: EXIF with a GPS position and a camera make, an
    orientation tag (6: the phone was held upright, pixels stored sideways), a comment."""
    image = Image.new("RGB", (width, height), (200, 30, 30))
    image.paste((30, 30, 200), (0, 0, width // 2, height // 2))  # a blue top-left corner
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Phone 15"
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = BANGKOK["lat"]
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = BANGKOK["lon"]
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, comment=b"taken at home")
    return out.getvalue()


def jpeg(width: int = 32, height: int = 24, color=(10, 120, 40), **options) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "JPEG", **options)
    return out.getvalue()


def jpeg_with_colour_profile() -> bytes:
    """A JPEG carrying an ICC colour profile (as phones write Display P3)."""
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return jpeg(icc_profile=srgb)


def png_with_transparency() -> bytes:
    image = Image.new("RGBA", (20, 20), (0, 0, 0, 0))
    image.paste((255, 0, 0, 255), (5, 5, 15, 15))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def png_with_text(text: bytes) -> bytes:
    """A PNG with a tEXt chunk before IEND (metadata a polyglot hides in)."""
    image = png_with_transparency()
    chunk = b"tEXt" + b"Comment\x00" + text
    packed = struct.pack(">I", len(text) + 8) + chunk + struct.pack(">I", zlib.crc32(chunk))
    end = image.rindex(b"IEND") - 4
    return image[:end] + packed + image[end:]


def webp(alpha: bool = True) -> bytes:
    image = Image.new("RGBA" if alpha else "RGB", (24, 16), (0, 128, 255, 128))
    out = io.BytesIO()
    image.save(out, "WEBP", quality=80)
    return out.getvalue()


def bomb_png(side: int = 100_000) -> bytes:
    """A few hundred bytes declaring side × side pixels (10 gigapixels at 100,000): one
    zlib stream of zeros that would inflate to ~10 GB if anyone decoded it."""
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)  # 8-bit greyscale
    compressor = zlib.compressobj(9)
    row = b"\x00" * (side + 1)
    data = b"".join(compressor.compress(row) for _ in range(64)) + compressor.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def windows_program() -> bytes:
    """The start of a Windows executable (MZ header, PE signature)."""
    header = bytearray(b"MZ" + b"\x90\x00" * 29)
    header += b"\x00" * (0x3C - len(header)) + struct.pack("<I", 0x80)
    header += b"\x00" * (0x80 - len(header)) + b"PE\x00\x00" + b"\x4c\x01" + b"\x00" * 200
    return bytes(header)


def zip_archive() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("payload.html", "<script>alert(document.cookie)</script>")
    return out.getvalue()


HTML = b"<html><body><script>fetch('/api/v1/users')</script></body></html>"


def jpeg_then_zip() -> bytes:
    return jpeg() + zip_archive()


def jpeg_then_html() -> bytes:
    return jpeg() + HTML


def jpeg_with_html_comment() -> bytes:
    return jpeg(comment=HTML)


def big_jpeg(size: int) -> bytes:
    """A JPEG of at least `size` bytes (noise compresses badly)."""
    import os

    side = 2000
    while True:
        image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=95)
        if out.tell() >= size:
            return out.getvalue()
        side += 1000


def pdf(*, javascript: str | None = None, password: str | None = None, attachment: bool = False,
        launch: bool = False) -> bytes:  # fmt: skip
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": "ประชุมใหญ่สามัญประจำปี"})
    if javascript:
        _open_action(writer, {"/S": NameObject("/JavaScript"), "/JS": TextStringObject(javascript)})
    if attachment:
        writer.add_attachment("payload.exe", b"MZ...")
    if launch:
        _open_action(writer, {"/S": NameObject("/Launch"), "/F": TextStringObject("cmd.exe")})
    if password:
        writer.encrypt(user_password=password, owner_password=password + "!", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _open_action(writer: PdfWriter, action: dict) -> None:
    """What the document does as it opens."""
    entries = DictionaryObject({NameObject(key): value for key, value in action.items()})
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(entries)
