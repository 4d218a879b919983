"""Photos of a request: images only, re-encoded (no EXIF, no GPS), served after the
request's own access check."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from tests.files import samples
from tests.helpers import audit_events
from tests.service_requests.conftest import BASE, force


@pytest.fixture
def app(make_app, tmp_path):
    return make_app(UPLOAD_DIR=tmp_path / "uploads")


def _send(client, request_id, headers, data: bytes, name="photo.jpg"):
    return client.post(
        f"{BASE}/{request_id}/photos",
        data={"photo": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
        headers=headers,
    )


def test_a_phone_photo_loses_its_gps_and_is_served_to_the_house_only(
    client, app, opened, office, resident_of
):
    resident, _, request = opened
    rid = request["id"]
    added = _send(client, rid, resident.headers, samples.jpeg_with_gps(), "บ้านฉัน.jpg")
    assert added.status_code == 201, added.json
    photo = added.json
    assert photo["kind"] == "service_request_photo"
    assert photo["mime"] == "image/jpeg"
    shown = client.get(f"{BASE}/{rid}", headers=resident.headers).json
    assert [p["id"] for p in shown["photos"]] == [photo["id"]]
    listed = client.get(BASE, headers=office.headers).json["items"][0]
    assert [p["id"] for p in listed["photos"]] == [photo["id"]]
    path = f"{BASE}/{rid}/photos/{photo['id']}"
    for who in (resident, office):
        served = client.get(path, headers=who.headers)
        assert served.status_code == 200
        assert served.headers["Cache-Control"].startswith("private")
        assert "inline" in served.headers["Content-Disposition"]
    image = Image.open(io.BytesIO(client.get(path, headers=resident.headers).data))
    assert not image.getexif()  # no GPS, no camera
    stranger, _ = resident_of()
    assert client.get(path, headers=stranger.headers).status_code == 404
    assert _send(client, rid, stranger.headers, samples.jpeg()).status_code == 404
    assert client.get(path).status_code == 401
    [event] = audit_events(app, "service_request_photo_added")
    assert event.details["file_id"] == photo["id"]


def test_a_photo_id_of_another_request_is_not_found(client, app, opened, office):
    resident, _, request = opened
    other = client.post(
        BASE, json={"category": "other", "title": "t", "description": "d"}, headers=office.headers
    ).json
    photo = _send(client, other["id"], office.headers, samples.jpeg()).json
    wrong = client.get(f"{BASE}/{request['id']}/photos/{photo['id']}", headers=resident.headers)
    assert wrong.status_code == 404


def test_only_images_are_taken(client, opened):
    resident, _, request = opened
    pdf = _send(client, request["id"], resident.headers, samples.pdf(), "doc.pdf")
    assert pdf.status_code == 415  # a PDF is a document, not a photo
    text = _send(client, request["id"], resident.headers, b"just text", "photo.jpg")
    assert text.status_code == 415
    missing = client.post(
        f"{BASE}/{request['id']}/photos",
        data={},
        content_type="multipart/form-data",
        headers=resident.headers,
    )
    assert missing.status_code == 422
    as_json = client.post(
        f"{BASE}/{request['id']}/photos", json={"photo": "x"}, headers=resident.headers
    )
    assert as_json.status_code == 415


def test_too_large_is_413(client, make_app, tmp_path, opened):
    resident, _, request = opened
    small = make_app(UPLOAD_DIR=tmp_path / "u2", UPLOAD_MAX_BYTES=65536).test_client()
    big = _send(small, request["id"], resident.headers, samples.big_jpeg(70_000))
    assert big.status_code == 413


def test_a_finished_request_takes_no_photos_and_ten_is_the_most(client, app, opened):
    resident, _, request = opened
    for _ in range(10):
        assert _send(client, request["id"], resident.headers, samples.jpeg()).status_code == 201
    eleventh = _send(client, request["id"], resident.headers, samples.jpeg())
    assert eleventh.status_code == 409
    assert eleventh.json["code"] == "too_many_photos"
    force(app, request["id"], status="cancelled")
    late = _send(client, request["id"], resident.headers, samples.jpeg())
    assert late.status_code == 409
    assert late.json["code"] == "request_finished"
