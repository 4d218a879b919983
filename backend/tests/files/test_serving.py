"""Serving through the owner only: its access check, then headers that let nothing run."""

from __future__ import annotations

import uuid

from tests.files import samples
from tests.files.conftest import Household
from village.enums import Role
from village.security.headers import FILE_CSP


def test_the_owner_sees_the_file_with_safe_headers(upload, files_client, household):
    answer = upload(samples.jpeg_with_gps(), "front door.jpg")
    url = f"{household.photos}/{answer.json['id']}"
    served = files_client.get(url, headers=household.headers)
    assert served.status_code == 200
    assert served.headers["Content-Type"] == "image/jpeg"
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert served.headers["Content-Security-Policy"] == FILE_CSP
    assert "sandbox" in FILE_CSP
    assert served.headers["Cache-Control"] == "private, max-age=3600"
    assert "Authorization" in served.headers["Vary"]
    assert served.headers["Content-Disposition"] == 'inline; filename="front door.jpg"'
    assert len(served.data) == answer.json["size_bytes"]

    etag = served.headers["ETag"]
    again = files_client.get(url, headers={**household.headers, "If-None-Match": etag})
    assert again.status_code == 304
    assert again.data == b""


def test_a_png_named_jpg_downloads_with_the_extension_of_what_it_is(
    upload, files_client, household
):
    answer = upload(samples.png_with_transparency(), "scan.jpg", content_type="image/jpeg")
    assert answer.json["filename"] == "scan.jpg"
    served = files_client.get(f"{household.photos}/{answer.json['id']}", headers=household.headers)
    assert served.headers["Content-Type"] == "image/png"
    assert served.headers["Content-Disposition"] == 'inline; filename="scan.png"'


def test_the_owners_list_shows_its_files_as_the_api_will(upload, files_client, household):
    upload(samples.jpeg(), "one.jpg")
    upload(samples.webp(), "two.webp")
    listed = files_client.get(household.photos, headers=household.headers).json["items"]
    assert [f["filename"] for f in listed] == ["one.jpg", "two.webp"]
    assert set(listed[0]) == {
        "id", "kind", "filename", "mime", "size_bytes", "width", "height", "created_at"
    }  # fmt: skip
    assert listed[0]["kind"] == "service_request_photo"


def test_another_house_cannot_reach_a_file_even_with_its_id(
    upload, files_client, household, login_as, make_member
):
    answer = upload(samples.jpeg())
    file_id = answer.json["id"]
    neighbour = login_as(Role.RESIDENT)
    theirs = Household(make_member(user=neighbour.user).house_id, neighbour.headers)
    # Their own house's URL with our file's id, and our house's URL: both 404.
    assert files_client.get(f"{theirs.photos}/{file_id}", headers=theirs.headers).status_code == 404
    mine = files_client.get(f"{household.photos}/{file_id}", headers=theirs.headers)
    assert mine.status_code == 404
    assert mine.mimetype == "application/problem+json"
    guessed = files_client.get(f"{household.photos}/{uuid.uuid4()}", headers=household.headers)
    assert guessed.status_code == 404
    # The office sees it; nobody signed out does.
    office = login_as(Role.VILLAGE_ADMIN)
    url = f"{household.photos}/{file_id}"
    assert files_client.get(url, headers=office.headers).status_code == 200
    assert files_client.get(url).status_code == 401


def test_a_file_lost_from_disk_is_a_404_not_a_500(upload, files_client, household, upload_dir):
    answer = upload(samples.jpeg())
    for path in upload_dir.rglob("*"):
        if path.is_file():
            path.unlink()
    served = files_client.get(f"{household.photos}/{answer.json['id']}", headers=household.headers)
    assert served.status_code == 404
    assert "missing from storage" in served.json["detail"]


def test_a_discarded_file_is_gone_for_its_owner(upload, files_client, household, files_app):
    from village import database
    from village.files import queries, service

    answer = upload(samples.jpeg())
    with files_app.app_context():
        stored = queries.get_or_raise(
            uuid.UUID(answer.json["id"]), owner_type="house", owner_id=household.house_id
        )
        service.discard([stored])
        database.session().commit()
    url = f"{household.photos}/{answer.json['id']}"
    assert files_client.get(url, headers=household.headers).status_code == 404
    assert files_client.get(household.photos, headers=household.headers).json["items"] == []


def test_attaching_a_file_to_a_second_owner_is_a_conflict(files_app, household, upload):
    import pytest

    from village.errors import Conflict
    from village.files import queries, service

    answer = upload(samples.jpeg())
    with files_app.app_context():
        stored = queries.get_or_raise(
            uuid.UUID(answer.json["id"]), owner_type="house", owner_id=household.house_id
        )
        service.attach([stored], owner_type="house", owner_id=household.house_id)  # again: fine
        with pytest.raises(Conflict) as raised:
            service.attach([stored], owner_type="house", owner_id=household.house_id + 1)
        assert raised.value.extra_data == {"code": "file_in_use"}
        assert queries.same_content(stored) == []
