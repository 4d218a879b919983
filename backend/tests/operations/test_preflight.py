"""flask --app village preflight: the pre-deployment checklist, one line per item."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.conftest import make_settings
from tests.log_capture import log_file_for
from tests.operations.test_operator_commands import create_admin, flask, operator_env  # noqa: F401
from village.operations import preflight

GOOD = {
    "FLASK_ENV": "production",
    "APP_ENV": None,
    "JWT_SECRET_KEY": "5d1f0c7e9a8b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d",
    "SECRET_KEY": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "CORS_ORIGINS": "https://admin.example.com",
    "BCRYPT_ROUNDS": 12,
    "LOG_LEVEL": "INFO",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "TRUSTED_PROXIES": 1,  # nginx in front: HTTPS enforcement needs one trusted hop
    "PUBLIC_HOSTS": "api.example.com,admin.example.com",
    "DASHBOARD_URL": "https://admin.example.com",
}


@pytest.fixture
def deployment(tmp_path):
    """Files of a well-prepared server: a private .env, log and backup directories."""
    env_file = tmp_path / ".env"
    env_file.write_text("# settings\n")
    env_file.chmod(0o600)
    backups = tmp_path / "backups"
    backups.mkdir()
    fresh = backups / "village-20261128T030000Z.dump.sha256"
    fresh.write_text("x")
    uploads = tmp_path / "uploads"
    uploads.mkdir(mode=0o700)
    log_file = Path(log_file_for("preflight"))
    return {
        "env_file": env_file,
        "LOG_FILE": log_file,
        "BACKUP_DIR": backups,
        "UPLOAD_DIR": uploads,
    }


def items(database_url, deployment, **overrides):
    values = {
        **GOOD,
        "LOG_FILE": deployment["LOG_FILE"],
        "BACKUP_DIR": deployment["BACKUP_DIR"],
        "UPLOAD_DIR": deployment["UPLOAD_DIR"],
    }
    (deployment["LOG_FILE"].parent).mkdir(exist_ok=True)
    settings = make_settings(database_url, **{**values, **overrides})
    return preflight.run(settings, deployment["env_file"])


def failures(found) -> dict[str, str]:
    return {item.what: item.fix for item in found if not item.ok}


def test_each_item_is_one_line_with_a_mark_and_failures_say_how_to_fix():
    assert str(preflight.Item(True, "the database answers")) == "✔ the database answers"
    failed = str(preflight.Item(False, "LOG_FILE is not set", "set LOG_FILE=/x"))
    assert failed == "✘ LOG_FILE is not set\n    fix: set LOG_FILE=/x"


def test_a_database_without_a_super_admin_is_reported(database_url, engine, db_kind, deployment):
    found = failures(items(database_url, deployment))
    # The per-worker test database is migrated but has no committed users.
    assert found.pop("no active super admin(s)") == "python scripts/create_admin_user.py"
    if db_kind == "sqlite":
        assert found.pop("DATABASE_URL points at SQLite, which is for local use only")
    assert found == {}


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"FLASK_ENV": "development"}, "FLASK_ENV is development"),
        ({"FLASK_DEBUG": True}, "FLASK_DEBUG is on"),
        ({"SECRET_KEY": "short"}, "SECRET_KEY is 5 bytes"),
        ({"JWT_PREVIOUS_SECRET_KEYS": GOOD["JWT_SECRET_KEY"]}, "none reused as a current key"),
        ({"CORS_ORIGINS": "https://admin.example.com,http://localhost:5173"}, "CORS_ORIGINS"),
        ({"FORCE_HTTPS": False}, "FORCE_HTTPS is off"),
        ({"CORS_ORIGINS": "http://admin.example.com"}, "plain-HTTP origin"),
        ({"JWT_ACCESS_TOKEN_EXPIRES": 7200}, "access tokens live 7200 s"),
        ({"JWT_REFRESH_TOKEN_EXPIRES": 5_000_000}, "refresh tokens live 5000000 s"),
        ({"SESSION_COOKIE_SAMESITE": "None"}, "SESSION_COOKIE_SAMESITE is None"),
        ({"BCRYPT_ROUNDS": 8}, "BCRYPT_ROUNDS is 8"),
        ({"REDIS_URL": None, "WEB_CONCURRENCY": 2}, "REDIS_URL is not set while WEB_CONCURRENCY=2"),
        ({"PUBLIC_HOSTS": ""}, "PUBLIC_HOSTS is empty"),
        ({"REDIS_URL": "redis://127.0.0.1:1/0"}, "Redis does not answer"),
        ({"RATELIMIT_ENABLED": False}, "rate limiting is off"),
        ({"LOG_LEVEL": "DEBUG"}, "LOG_LEVEL is DEBUG"),
        ({"LOG_FILE": None}, "LOG_FILE is not set"),
        ({"LOG_FILE": "/nonexistent-dir/app.log"}, "log file /nonexistent-dir/app.log"),
        ({"BACKUP_DIR": "/nonexistent-dir/backups"}, "backup directory /nonexistent-dir"),
        ({"UPLOAD_DIR": "/nonexistent-dir/uploads"}, "upload directory /nonexistent-dir"),
        ({"UPLOAD_DIR": None}, "UPLOAD_DIR is not set"),
        ({"UPLOAD_DIR": "var/uploads"}, "UPLOAD_DIR is var/uploads, not an absolute path"),
        ({"UPLOAD_DIR": "/var/www/village-management/admin/uploads"}, "which is served"),
        ({"DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/x"}, "does not answer"),
    ],
)
def test_each_unsafe_item_fails_with_a_fix(database_url, engine, deployment, overrides, expected):
    found = failures(items(database_url, deployment, **overrides))
    matching = [what for what in found if expected in what]
    assert matching, found
    assert all(found[what] for what in matching)


def test_a_world_readable_env_file_and_a_stale_backup_fail(database_url, deployment):
    deployment["env_file"].chmod(0o644)
    stale = time.time() - 30 * 3600
    for path in deployment["BACKUP_DIR"].iterdir():
        os.utime(path, (stale, stale))
    found = failures(items(database_url, deployment))
    assert found[f"{deployment['env_file']} is readable by its owner only (mode 644)"] == (
        f"chmod 600 {deployment['env_file']}"
    )
    assert any(what.startswith("last backup 30.0 h ago") for what in found)


def test_an_upload_directory_others_can_read_or_inside_a_served_path_fails(
    database_url, deployment, tmp_path
):
    uploads = deployment["UPLOAD_DIR"]
    uploads.chmod(0o755)
    found = failures(items(database_url, deployment))
    assert {what: fix for what, fix in found.items() if "upload" in what} == {
        f"upload directory {uploads} is not readable by other users (mode 755)": (
            f"chmod 700 {uploads}"
        )
    }
    dist = tmp_path / "dist"
    (dist / "photos").mkdir(parents=True, mode=0o700)
    inside = failures(items(database_url, deployment, DASHBOARD_DIST_DIR=dist,
                            UPLOAD_DIR=dist / "photos"))  # fmt: skip
    assert f"UPLOAD_DIR is inside DASHBOARD_DIST_DIR ({dist}), which the app serves to anyone" in (
        inside
    )
    assert f"upload directory {dist / 'photos'} is inside {dist}, which is served to the web" in (
        inside
    )


def test_every_root_and_alias_in_the_nginx_configuration_counts_as_served(tmp_path):
    nginx = tmp_path / "nginx"
    (nginx / "sites-enabled").mkdir(parents=True)
    (nginx / "sites-enabled" / "village").write_text(
        "server {\n  root /srv/village/admin;\n  location /media/ { alias /data/media/; }\n}\n"
    )
    served = preflight.served_paths(make_settings("sqlite://"), nginx_dir=nginx)
    assert {Path("/srv/village/admin"), Path("/data/media")} <= set(served)
    assert Path("/var/www") in served


def test_migrations_behind_head_fail(scratch_database_url, deployment):
    found = failures(items(scratch_database_url, deployment))
    assert "migrations at head (none applied)" in found


@pytest.mark.postgres_only
def test_a_prepared_production_deployment_passes_every_item(operator_env, deployment):  # noqa: F811
    assert create_admin(operator_env).returncode == 0
    env = {
        **operator_env,
        **{k: str(v) for k, v in GOOD.items() if v is not None},
        "LOG_FILE": str(deployment["LOG_FILE"]),
        "BACKUP_DIR": str(deployment["BACKUP_DIR"]),
        "UPLOAD_DIR": str(deployment["UPLOAD_DIR"]),
    }
    made = flask(env, "backup")
    assert made.returncode == 0, made.stderr
    Path(env["LOG_FILE"]).parent.mkdir(exist_ok=True)
    result = flask(env, "preflight", "--env-file", str(deployment["env_file"]))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "✘" not in result.stdout
    assert "1 active super admin(s)" in result.stdout
    assert "0 failed" in result.stdout

    unsafe = flask({**env, "FLASK_DEBUG": "true", "CORS_ORIGINS": "*"}, "preflight")
    assert unsafe.returncode == 1
    assert "✘ FLASK_DEBUG is on" in unsafe.stdout  # reported, not a refusal to start
    assert "✘ CORS_ORIGINS contains the wildcard" in unsafe.stdout


def test_a_machine_without_a_thai_font_is_reported(tmp_path, monkeypatch):
    assert preflight.thai_font().ok  # this machine has one (.ci/run installs fonts-thai-tlwg)
    empty = tmp_path / "fonts.conf"  # fontconfig that knows no font directory at all
    empty.write_text(
        '<?xml version="1.0"?><fontconfig><cachedir>' + str(tmp_path) + "</cachedir></fontconfig>"
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(empty))
    item = preflight.thai_font()
    assert not item.ok
    assert "no Thai font" in item.what
    assert item.fix == "sudo apt-get install fonts-thai-tlwg"
