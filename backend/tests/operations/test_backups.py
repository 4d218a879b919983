"""flask --app village backup / restore-check, on a real PostgreSQL with pg_dump."""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.operations.test_operator_commands import create_admin, flask, operator_env  # noqa: F401
from village.observability.metrics import latest_backup_time


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
