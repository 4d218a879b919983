"""Photos over HTTP: judged by content, re-encoded without their metadata, stored once."""

from __future__ import annotations

import io
import tracemalloc
from urllib.parse import quote

import pytest
from PIL import Image

from tests.files import samples
from village import database
from village.files.models import StoredFile
from village.files.names import clean_filename

ORIENTED = "This image has"


def stored_bytes(upload_dir, answer) -> bytes:
    """The bytes on disk for an upload's answer (read back, not trusted from the API)."""
    files = sorted(p for p in upload_dir.rglob("*") if p.is_file())
    matching = [p for p in files if p.stat().st_size == answer.json["size_bytes"]]
    assert len(matching) == 1, files
    return matching[0].read_bytes()


def assert_problem(answer, status: int, code: str, field: str = "photo") -> dict:
    assert answer.status_code == status, answer.json
    assert answer.mimetype == "application/problem+json"
    body = answer.json
    assert body["errors"][0]["field"] == field
    assert body["errors"][0]["code"] == code
    assert body["detail"] == body["errors"][0]["message"]
    return body


def rows(app) -> int:
    with app.app_context():
        return len(database.session().query(StoredFile).all())


def test_a_phone_photo_loses_its_gps_and_exif_and_is_turned_upright(upload, upload_dir):
    original = samples.jpeg_with_gps(width=60, height=40, orientation=6)
    assert b"PhoneMaker" in original and Image.open(io.BytesIO(original)).getexif().get_ifd(
        0x8825
    )  # the sample really carries a GPS position

    answer = upload(original, "IMG_0042.JPG")
    assert answer.status_code == 201, answer.json
    assert answer.json["mime"] == "image/jpeg"
    assert (answer.json["width"], answer.json["height"]) == (40, 60)  # stood upright

    kept = stored_bytes(upload_dir, answer)
    image = Image.open(io.BytesIO(kept))
    assert image.format == "JPEG"
    assert not image.getexif()  # no EXIF at all, so no GPS and no orientation left to apply
    assert {"exif", "comment", "xmp", "icc_profile"}.isdisjoint(image.info)
    for trace in (b"Exif\x00\x00", b"PhoneMaker", b"taken at home", b"GPS"):
        assert trace not in kept
    # Orientation 6: the phone was held upright; the pixels' top-left (blue) is now top-right.
    rgb = image.convert("RGB")
    assert rgb.getpixel((35, 5))[2] > 150  # blue
    assert rgb.getpixel((5, 5))[0] > 150  # red


def test_a_colour_profile_is_applied_and_dropped(upload, upload_dir):
    answer = upload(samples.jpeg_with_colour_profile())
    assert answer.status_code == 201
    assert "icc_profile" not in Image.open(io.BytesIO(stored_bytes(upload_dir, answer))).info


def test_an_exe_renamed_jpg_is_refused_by_its_content(upload, upload_dir, files_app):
    answer = upload(samples.windows_program(), "photo.jpg", content_type="image/jpeg")
    body = assert_problem(answer, 415, "unsupported_file")
    assert body["detail"] == "This is not a JPEG, PNG or WebP image."
    assert body["type"] == "urn:village:problem:unsupported-media-type"
    assert not upload_dir.exists() or not any(upload_dir.rglob("*"))
    assert rows(files_app) == 0


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (samples.zip_archive(), "photo.jpg"),
        (samples.HTML, "photo.png"),
        (b"GIF89a" + b"\x00" * 100, "photo.gif"),
        (samples.pdf(), "slip.jpg"),
    ],
)
def test_other_kinds_are_415_whatever_their_name(upload, data, name):
    assert_problem(upload(data, name), 415, "unsupported_file")


def test_a_damaged_image_and_an_empty_file_are_422(upload):
    truncated = samples.jpeg(300, 300)[:-200]
    body = assert_problem(upload(truncated), 422, "unreadable_file")
    assert "damaged or incomplete" in body["detail"]
    assert_problem(upload(b""), 422, "empty_file")


def test_a_15_mb_image_is_413_naming_the_field(upload, files_app):
    big = samples.big_jpeg(15 * 1024 * 1024)
    answer = upload(big)
    body = assert_problem(answer, 413, "file_too_large")
    assert "10 MB" in body["detail"]
    assert rows(files_app) == 0


def test_a_file_just_over_the_limit_is_413_even_when_the_body_fits(make_app, upload_dir, household):
    """The body may exceed UPLOAD_MAX_BYTES by the multipart envelope; the file may not."""
    from tests.files.conftest import install_owner_routes

    app = make_app(UPLOAD_DIR=upload_dir, UPLOAD_MAX_BYTES=1024 * 1024)
    install_owner_routes(app)
    over = samples.jpeg() + b"\x00" * (1024 * 1024)
    answer = app.test_client().post(
        household.photos,
        data={"photo": (io.BytesIO(over), "big.jpg")},
        content_type="multipart/form-data",
        headers=household.headers,
    )
    assert_problem(answer, 413, "file_too_large")


@pytest.mark.parametrize(
    ("side", "megapixels"),
    [(7_100, "50"), (12_000, "144"), (100_000, "10,000")],
    ids=["over-our-cap", "over-pillows-warning", "ten-gigapixels"],
)
def test_a_decompression_bomb_is_refused_without_decoding(upload, side, megapixels):
    bomb = samples.bomb_png(side)
    assert len(bomb) < 2_000_000
    tracemalloc.start()
    try:
        answer = upload(bomb, "tiny.png")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    body = assert_problem(answer, 413, "too_many_pixels")
    assert f"This image has {megapixels} megapixels; at most 40 megapixels" in body["detail"]
    assert peak < 40 * 1024 * 1024  # decoding even the smallest would take 50 MB


@pytest.mark.parametrize(
    ("data", "found"),
    [
        (samples.jpeg_then_zip(), "a ZIP archive after the image"),
        (samples.jpeg_then_html(), "an HTML page after the image"),
        (samples.jpeg_with_html_comment(), "an HTML page in its metadata"),
        (samples.jpeg() + b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF", "a PDF after the image"),
        (samples.jpeg() + b"garbage that is no format", "other data after the image"),
        (samples.png_with_text(b"<script>alert(1)</script>"), "a script in its metadata"),
        (samples.png_with_transparency() + samples.zip_archive(), "a ZIP archive after"),
        (samples.webp() + samples.HTML, "an HTML page after the image"),
    ],
    ids=[
        "jpeg+zip",
        "jpeg+html",
        "jpeg-comment-html",
        "jpeg+pdf",
        "jpeg+junk",
        "png-text-script",
        "png+zip",
        "webp+html",
    ],
)
def test_polyglots_are_refused_and_told_how_to_send_a_photo(upload, data, found):
    body = assert_problem(upload(data), 422, "hidden_content")
    assert found in body["detail"]
    assert "re-encoded on the phone" in body["detail"]


def test_zero_padding_after_an_image_and_harmless_metadata_are_fine(upload):
    assert upload(samples.jpeg() + b"\x00" * 64).status_code == 201
    assert upload(samples.png_with_text(b"Made with a scanner")).status_code == 201


def test_png_keeps_its_transparency(upload, upload_dir):
    answer = upload(samples.png_with_transparency(), "logo.png", content_type="image/png")
    assert answer.status_code == 201
    assert answer.json["mime"] == "image/png"
    image = Image.open(io.BytesIO(stored_bytes(upload_dir, answer)))
    assert image.format == "PNG"
    assert image.mode == "RGBA"
    assert image.getpixel((0, 0))[3] == 0
    assert image.getpixel((10, 10)) == (255, 0, 0, 255)


def test_webp_stays_webp_with_its_alpha(upload, upload_dir):
    answer = upload(samples.webp(), "slip.webp", content_type="image/webp")
    assert answer.status_code == 201
    assert (answer.json["mime"], answer.json["width"], answer.json["height"]) == (
        "image/webp",
        24,
        16,
    )
    image = Image.open(io.BytesIO(stored_bytes(upload_dir, answer)))
    assert (image.format, image.mode) == ("WEBP", "RGBA")


def test_a_thai_filename_is_kept_and_served_with_rfc_6266(upload, files_client, household):
    name = "สลิปโอนเงิน ก.ย. 2569.jpg"
    answer = upload(samples.jpeg(), f"/home/สมชาย/Pictures/{name}")
    assert answer.json["filename"] == name
    served = files_client.get(f"{household.photos}/{answer.json['id']}", headers=household.headers)
    assert served.headers["Content-Disposition"] == (
        f"inline; filename=\"2569.jpg\"; filename*=UTF-8''{quote(name, safe='')}"
    )


def test_a_windows_path_is_cut_to_its_last_segment():
    assert clean_filename("C:\\Users\\สมชาย\\slip.png") == "slip.png"
    assert clean_filename('a<b>:c"d|e?f*.png') == "a_b__c_d_e_f_.png"
    assert clean_filename("...") == "file"


def test_names_lose_paths_and_control_characters_but_keep_their_script(upload):
    answer = upload(samples.jpeg(), "../../etc/\u202egpj.exe\x00\n ใบเสร็จ.jpg")
    assert answer.json["filename"] == "gpj.exe ใบเสร็จ.jpg"
    long = upload(samples.jpeg(), "ก" * 500 + ".jpeg")
    assert len(long.json["filename"]) == 200
    assert long.json["filename"].endswith("ก.jpeg")


def test_the_same_content_twice_is_two_records_and_one_file(upload, upload_dir, files_app):
    photo = samples.jpeg_with_gps()
    first, second = upload(photo, "a.jpg"), upload(photo, "b.jpg")
    assert first.status_code == second.status_code == 201
    assert first.json["id"] != second.json["id"]
    on_disk = [p for p in upload_dir.rglob("*") if p.is_file()]
    assert len(on_disk) == 1
    assert rows(files_app) == 2


def test_stored_files_are_private_to_the_apps_user(upload, upload_dir):
    upload(samples.jpeg())
    (path,) = [p for p in upload_dir.rglob("*") if p.is_file()]
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert path.parent.parent.stat().st_mode & 0o777 == 0o700
    relative = path.relative_to(upload_dir).as_posix()
    assert relative == f"{path.name[:2]}/{path.name[2:4]}/{path.name}"
    import hashlib

    assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name
