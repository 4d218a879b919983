"""flask --app village backup / restore-check, on a real PostgreSQL with pg_dump."""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import make_settings
from tests.operations.test_operator_commands import create_admin, flask, operator_env  # noqa: F401
from village.files import storage
from village.observability.metrics import latest_backup_time
from village.operations import backups


@pytest.fixture
def backup_env(operator_env, tmp_path):  # noqa: F811
    assert create_admin(operator_env).returncode == 0
    return {**operator_env, "BACKUP_DIR": str(tmp_path / "backups")}


def test_backup_refuses_sqlite_with_a_clear_message(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
        "BACKUP_DIR": str(tmp_path),
    }
    result = flask(env, "backup")
    assert result.returncode == 1
    assert "backups need PostgreSQL" in result.stderr


@pytest.mark.postgres_only
def test_backup_then_restore_check_round_trip(backup_env):
    made = flask(backup_env, "backup")
    assert made.returncode == 0, made.stderr
    directory = Path(backup_env["BACKUP_DIR"])
    dumps = list(directory.glob("village-*.dump"))
    assert len(dumps) == 1
    dump = dumps[0]
    assert re.fullmatch(r"village-\d{8}T\d{6}Z\.dump", dump.name)
    assert dump.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
    assert oct(dump.stat().st_mode & 0o777) == "0o600"
    checked = subprocess.run(
        ["sha256sum", "-c", dump.name + ".sha256"],
        cwd=directory,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert latest_backup_time(directory) == pytest.approx(time.time(), abs=60)

    restored = flask(backup_env, "restore-check", str(dump))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "✔ rows in users: 1" in restored.stdout
    assert "✔ rows in audit_events: 1" in restored.stdout
    assert re.search(r"✔ alembic version: \w+", restored.stdout)
    assert "✘" not in restored.stdout
    scratch = re.search(r"scratch database (village_restore_check_\w+)", restored.stdout)[1]
    server = sa.create_engine(backup_env["DATABASE_URL"])
    with server.connect() as conn:
        left = conn.execute(
            sa.text("SELECT count(*) FROM pg_database WHERE datname = :n"), {"n": scratch}
        ).scalar()
    server.dispose()
    assert left == 0


@pytest.mark.postgres_only
def test_restore_check_fails_on_a_damaged_dump_and_on_a_count_mismatch(backup_env):
    assert flask(backup_env, "backup").returncode == 0
    directory = Path(backup_env["BACKUP_DIR"])
    dump = next(directory.glob("village-*.dump"))
    manifest = dump.with_name(dump.name.replace(".dump", ".manifest.json"))

    manifest.write_text(manifest.read_text().replace('"users": 1', '"users": 7'))
    checksum = dump.with_name(dump.name + ".sha256")
    lines = checksum.read_text().splitlines()
    lines[1] = subprocess.run(
        ["sha256sum", manifest.name], cwd=directory, capture_output=True, text=True, check=True
    ).stdout.strip()
    checksum.write_text("\n".join(lines) + "\n")
    mismatch = flask(backup_env, "restore-check", str(dump))
    assert mismatch.returncode == 1
    assert "✘ rows in users: expected 7, restored 1" in mismatch.stdout

    with dump.open("ab") as handle:
        handle.write(b"tampered")
    damaged = flask(backup_env, "restore-check", str(dump))
    assert damaged.returncode == 1
    assert "checksum mismatch" in damaged.stdout


@pytest.mark.postgres_only
def test_backups_past_the_retention_are_removed_and_the_new_one_kept(backup_env):
    directory = Path(backup_env["BACKUP_DIR"])
    directory.mkdir()
    old = [directory / f"village-20200101T000000Z{suffix}" for suffix in (".dump", ".dump.sha256")]
    recent = directory / "village-20990101T000000Z.dump"
    for path in [*old, recent]:
        path.write_text("old")
    month_ago = time.time() - 30 * 86_400
    for path in old:
        os.utime(path, (month_ago, month_ago))
    result = flask({**backup_env, "BACKUP_RETENTION_DAYS": "7"}, "backup")
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in old)
    assert recent.exists()
    assert "removed village-20200101T000000Z.dump" in result.stdout
    new = set(directory.glob("village-*.dump")) - {recent}
    assert len(new) == 1


# --- uploaded files ------------------------------------------------------------------


@pytest.fixture
def with_uploads(backup_env, tmp_path):
    """Three file rows in the database, two of them sharing their bytes: two files on disk."""
    upload_dir = tmp_path / "uploads"
    keys = [storage.put(upload_dir, data)[0] for data in (b"photo of a leak", b"a slip")]
    engine = sa.create_engine(backup_env["DATABASE_URL"])
    with engine.begin() as conn:
        for number, key in enumerate([keys[0], keys[1], keys[1]]):
            conn.execute(
                sa.text(
                    "INSERT INTO files (id, kind, owner_type, owner_id, storage_key, filename, "
                    "mime, size_bytes, sha256, created_at) VALUES (:id, 'payment_slip', "
                    "'payment_slip', :owner, :key, 'slip.jpg', 'image/jpeg', 6, :sha, now())"
                ),
                {"id": uuid.uuid4(), "owner": number + 1, "key": key, "sha": key[-64:]},
            )
    engine.dispose()
    return {**backup_env, "UPLOAD_DIR": str(upload_dir)}, keys


def backup_settings(env):
    return make_settings(
        env["DATABASE_URL"], BACKUP_DIR=Path(env["BACKUP_DIR"]), UPLOAD_DIR=Path(env["UPLOAD_DIR"])
    )


@pytest.mark.postgres_only
def test_a_backup_carries_the_uploaded_files_and_restore_check_verifies_them(with_uploads):
    env, keys = with_uploads
    made = flask(env, "backup")
    assert made.returncode == 0, made.stdout + made.stderr
    assert "✔ 2 uploaded file(s)" in made.stdout
    directory = Path(env["BACKUP_DIR"])
    for key in keys:
        copy = directory / "uploads" / key
        assert copy.read_bytes() == (Path(env["UPLOAD_DIR"]) / key).read_bytes()
        assert copy.stat().st_mode & 0o777 == 0o600
    dump = next(directory.glob("village-*.dump"))
    manifest = json.loads(dump.with_name(dump.name.replace(".dump", ".manifest.json")).read_text())
    assert manifest["uploads"]["count"] == 2
    assert set(manifest["uploads"]["files"]) == set(keys)
    assert manifest["tables"]["files"] == 3

    restored = flask(env, "restore-check", str(dump))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "✔ uploaded files in the backup, intact: 2" in restored.stdout
    assert "✔ rows in files whose file is in the backup: 3" in restored.stdout
    assert "✘" not in restored.stdout

    later = backups.create_backup(
        backup_settings(env), now=datetime.now(UTC) + timedelta(minutes=1)
    )
    assert (len(later.uploads.files), later.uploads.added) == (2, 0)  # shared, not copied again


@pytest.mark.postgres_only
def test_restore_check_finds_a_tampered_or_lost_file(with_uploads):
    env, keys = with_uploads
    assert flask(env, "backup").returncode == 0
    directory = Path(env["BACKUP_DIR"])
    dump = next(directory.glob("village-*.dump"))
    tampered = directory / "uploads" / keys[0]
    tampered.write_bytes(b"photo of a leak, edited")
    found = flask(env, "restore-check", str(dump))
    assert found.returncode == 1
    assert f"✘ file {keys[0]}: expected intact, restored damaged" in found.stdout
    assert "✘ uploaded files in the backup, intact: expected 2, restored 1" in found.stdout
    assert "✘ rows in files whose file is in the backup: expected 3, restored 2" in found.stdout

    tampered.unlink()
    lost = flask(env, "restore-check", str(dump))
    assert f"✘ file {keys[0]}: expected intact, restored missing" in lost.stdout


@pytest.mark.postgres_only
def test_a_file_missing_from_upload_dir_fails_the_backup_loudly_but_keeps_it(with_uploads):
    env, keys = with_uploads
    (Path(env["UPLOAD_DIR"]) / keys[1]).unlink()
    made = flask(env, "backup")
    assert made.returncode == 1
    assert f"✘ {keys[1]} is missing from {env['UPLOAD_DIR']}" in made.stdout
    dump = next(Path(env["BACKUP_DIR"]).glob("village-*.dump"))
    restored = flask(env, "restore-check", str(dump))
    assert restored.returncode == 1
    assert "✘ rows in files whose file is in the backup: expected 3, restored 1" in restored.stdout


@pytest.mark.postgres_only
def test_copies_no_remaining_backup_lists_are_removed_with_the_retention(with_uploads):
    env, keys = with_uploads
    directory = Path(env["BACKUP_DIR"])
    directory.mkdir()
    gone_key, _ = storage.put(directory / "uploads", b"a photo of a request long closed")
    old = directory / "village-20200101T000000Z.manifest.json"
    old.write_text(json.dumps({"uploads": {"files": {gone_key: 32}}}))
    month_ago = time.time() - 30 * 86_400
    os.utime(old, (month_ago, month_ago))
    made = flask({**env, "BACKUP_RETENTION_DAYS": "7"}, "backup")
    assert made.returncode == 0, made.stdout + made.stderr
    assert not old.exists()
    assert not (directory / "uploads" / gone_key).exists()
    assert all((directory / "uploads" / key).is_file() for key in keys)
