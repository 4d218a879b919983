"""A stand-in owner for stored files: a house's photos, wired as a real domain will be.

No domain takes files yet, so these tests register two routes of their own (as
tests/core/test_commit_failures.py does) that do what a service request's photo
routes will: the owner's access check (houses' own, 404 outside a resident's
houses), then `store` + `attach`, or `get_or_raise` + `send`. Everything below
them (HTTP parsing, limits, errors, storage, serving headers) is the app's own.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from flask import request

from village.enums import Role
from village.files import queries, service
from village.files.enums import Accept, FileKind
from village.files.schemas import FileRead
from village.files.serving import send
from village.houses import queries as houses
from village.security.actor import current_actor
from village.security.permissions import Permission, current_principal, require
from village.uploads import accepts_upload, uploaded_file

OWNER = "house"


def install_owner_routes(app: Any) -> None:
    @require(Permission.HOUSES_READ)
    @accepts_upload("photo", "A photo of the house")
    def add_photo(house_id: int) -> tuple[dict[str, Any], int]:
        house = houses.get_or_raise(current_actor(), house_id)
        accept = Accept[request.args.get("accept", "IMAGES")]
        stored = service.store(
            uploaded_file("photo"),
            kind=FileKind.SERVICE_REQUEST_PHOTO,
            accept=accept,
            uploaded_by=current_principal(),
        )
        service.attach([stored], owner_type=OWNER, owner_id=house.id)
        return FileRead.model_validate(stored).model_dump(mode="json"), 201

    @require(Permission.HOUSES_READ)
    def get_photo(house_id: int, file_id: uuid.UUID) -> Any:
        house = houses.get_or_raise(current_actor(), house_id)
        return send(queries.get_or_raise(file_id, owner_type=OWNER, owner_id=house.id))

    @require(Permission.HOUSES_READ)
    def list_photos(house_id: int) -> Any:
        house = houses.get_or_raise(current_actor(), house_id)
        found = queries.files_of(OWNER, house.id)
        return {"items": [FileRead.model_validate(f).model_dump(mode="json") for f in found]}

    photos = "/api/v1/test-houses/<id:house_id>/photos"
    app.add_url_rule(photos, "test_add_photo", add_photo, methods=["POST"])
    app.add_url_rule(photos, "test_list_photos", list_photos, methods=["GET"])
    app.add_url_rule(f"{photos}/<uuid:file_id>", "test_get_photo", get_photo, methods=["GET"])


@pytest.fixture
def upload_dir(tmp_path: Path) -> Path:
    return tmp_path / "uploads"


@pytest.fixture
def files_app(make_app, upload_dir):
    app = make_app(UPLOAD_DIR=upload_dir)
    install_owner_routes(app)
    return app


@pytest.fixture
def files_client(files_app):
    return files_app.test_client()


@dataclass
class Household:
    """A resident and their house, signed in."""

    house_id: int
    headers: dict[str, str]

    @property
    def photos(self) -> str:
        return f"/api/v1/test-houses/{self.house_id}/photos"


@pytest.fixture
def household(login_as, make_member) -> Household:
    resident = login_as(Role.RESIDENT)
    member = make_member(user=resident.user)
    return Household(member.house_id, resident.headers)


@pytest.fixture
def upload(files_client, household):
    """POST a file as the resident to their house's photos: the response."""

    def send_file(data: bytes, filename: str = "photo.jpg", *, accept: str = "IMAGES",
                  content_type: str = "image/jpeg", to: Household | None = None):  # fmt: skip
        target = to or household
        return files_client.post(
            target.photos,
            query_string={"accept": accept},
            data={"photo": (io.BytesIO(data), filename, content_type)},
            content_type="multipart/form-data",
            headers=target.headers,
        )

    return send_file
