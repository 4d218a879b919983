"""flask --app village cleanup-files: rows nobody attached, and bytes nobody refers to."""

from __future__ import annotations

import io
import os
import time
from datetime import timedelta

from werkzeug.datastructures import FileStorage

from tests.files import samples
from village import database
from village.database import utcnow
from village.files import service, storage
from village.files.enums import Accept, FileKind
from village.files.models import StoredFile

DAY_AND_A_BIT = timedelta(hours=25)


def store(app, data: bytes, *, age: timedelta = timedelta(0), owner: int | None = None,
          discarded: timedelta | None = None) -> StoredFile:  # fmt: skip
    with app.test_request_context():
        stored = service.store(
            FileStorage(io.BytesIO(data), "photo.jpg", name="photo"),
            kind=FileKind.SERVICE_REQUEST_PHOTO,
            accept=Accept.IMAGES,
            uploaded_by=None,
        )
        if owner is not None:
            service.attach([stored], owner_type="house", owner_id=owner)
        stored.created_at = utcnow() - age
        if discarded is not None:
            stored.deleted_at = utcnow() - discarded
        database.session().commit()
        return stored


def age_on_disk(path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def on_disk(upload_dir) -> set[str]:
    return {key for key, _ in storage.entries(upload_dir) if key}


def remaining(app) -> set[str]:
    with app.app_context():
        return {str(row.id) for row in database.session().query(StoredFile)}


def test_cleanup_removes_what_nobody_kept_and_only_that(files_app, upload_dir):
    kept = store(files_app, samples.jpeg(color=(1, 2, 3)), age=timedelta(days=30), owner=7)
    fresh = store(files_app, samples.jpeg(color=(4, 5, 6)))  # unattached, an hour old at most
    orphan = store(files_app, samples.jpeg(color=(7, 8, 9)), age=DAY_AND_A_BIT)
    dropped = store(files_app, samples.jpeg(color=(9, 9, 9)), owner=7, discarded=DAY_AND_A_BIT)
    just_dropped = store(files_app, samples.jpeg(color=(5, 5, 5)), owner=7, discarded=timedelta(0))
    shared = store(files_app, samples.jpeg(color=(1, 2, 3)), age=DAY_AND_A_BIT)  # kept's bytes
    for _, path in storage.entries(upload_dir):
        age_on_disk(path, 2 * 3600)
    # Bytes whose row was never committed: one written just now (an upload in flight),
    # one left two hours ago; a temporary file a crash left; a file that is not ours.
    in_flight, _ = storage.put(upload_dir, b"in flight")
    abandoned, _ = storage.put(upload_dir, b"abandoned")
    age_on_disk(storage.path_of(upload_dir, abandoned), 2 * 3600)
    crashed = storage.path_of(upload_dir, abandoned).parent / ".tmp-x1y2"
    crashed.write_bytes(b"half")
    age_on_disk(crashed, 2 * 3600)
    foreign = upload_dir / "README.txt"
    foreign.write_text("notes")
    age_on_disk(foreign, 2 * 3600)

    result = files_app.test_cli_runner().invoke(args=["cleanup-files"])
    assert result.exit_code == 0, result.output
    assert "✔ removed 3 file record(s) never attached or discarded over 24 h ago" in result.output
    assert "✔ removed 4 file(s)" in result.output  # orphan's, dropped's, abandoned, crashed
    assert "written within the last hour" in result.output
    assert f"left alone {foreign}" in result.output

    assert remaining(files_app) == {str(kept.id), str(fresh.id), str(just_dropped.id)}
    assert on_disk(upload_dir) == {
        kept.storage_key, fresh.storage_key, just_dropped.storage_key, in_flight
    }  # fmt: skip
    assert shared.storage_key == kept.storage_key
    assert not crashed.exists()
    assert foreign.exists()
    assert orphan.storage_key not in on_disk(upload_dir)
    assert dropped.storage_key not in on_disk(upload_dir)

    again = files_app.test_cli_runner().invoke(args=["cleanup-files"])
    assert again.exit_code == 0
    assert "✔ removed 0 file record(s)" in again.output
    assert "✔ removed 0 file(s)" in again.output
    assert remaining(files_app) == {str(kept.id), str(fresh.id), str(just_dropped.id)}


def test_storing_content_that_is_already_there_protects_it_from_the_sweep(files_app, upload_dir):
    first = store(files_app, samples.jpeg())
    age_on_disk(storage.path_of(upload_dir, first.storage_key), 2 * 3600)
    store(files_app, samples.jpeg())  # the same bytes: `put` only touches the file
    swept = service.sweep_disk(upload_dir, keep=set())  # as if its row were not committed yet
    assert swept.removed == []
    assert swept.too_recent == 1


def test_cleanup_of_a_missing_directory_does_nothing(make_app, tmp_path):
    app = make_app(UPLOAD_DIR=tmp_path / "never-made")
    result = app.test_cli_runner().invoke(args=["cleanup-files"])
    assert result.exit_code == 0, result.output
    assert "✔ removed 0 file(s)" in result.output
