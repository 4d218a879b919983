"""deploy/systemd, deploy/supervisor and deploy/logrotate, checked by the tools that run them."""

from __future__ import annotations

import configparser
import logging
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import make_settings
from village.observability import logging as app_logging

REPO = Path(__file__).resolve().parents[3]
DEPLOY = REPO / "deploy"
INSTALL_DIR = "/opt/Village-Management"


def tool(name: str) -> str:
    found = shutil.which(name) or next(
        (p for p in (f"/usr/sbin/{name}", f"/usr/bin/{name}") if Path(p).exists()), None
    )
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is not installed (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    return found


def gunicorn_graceful_timeout() -> int:
    text = (REPO / "backend" / "gunicorn.conf.py").read_text()
    return int(re.search(r"^graceful_timeout = (\d+)", text, re.MULTILINE)[1])


def production_log_file() -> str:
    text = (REPO / "backend" / ".env.production.example").read_text()
    return re.search(r"^LOG_FILE=(.+)$", text, re.MULTILINE)[1]


# --- systemd ---------------------------------------------------------------------------


@pytest.fixture
def systemd_units(tmp_path):
    """The units with the install directory pointed at this checkout (verify checks paths)."""
    units = []
    for unit in sorted((DEPLOY / "systemd").iterdir()):
        rendered = tmp_path / unit.name
        rendered.write_text(unit.read_text().replace(INSTALL_DIR, str(REPO)))
        units.append(rendered)
    return units


def test_systemd_units_verify_cleanly(systemd_units):
    result = subprocess.run(
        [tool("systemd-analyze"), "verify", *map(str, systemd_units)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not re.search(r"Unknown (key|section)|Invalid|Failed", result.stderr), result.stderr


def test_the_api_unit_is_hardened(systemd_units):
    service = next(u for u in systemd_units if u.name == "village-management.service")
    result = subprocess.run(
        [tool("systemd-analyze"), "security", "--offline=true", str(service)],
        capture_output=True,
        text=True,
        check=False,
    )
    exposure = float(re.search(r"Overall exposure level for \S+: ([\d.]+)", result.stdout)[1])
    assert exposure <= 2.0, result.stdout  # systemd rates up to 2.0 "OK"
    unit = service.read_text()
    assert "User=village-mgmt" in unit
    assert "Environment=PROMETHEUS_MULTIPROC_DIR=/run/village-management/metrics" in unit
    assert "RuntimeDirectory=village-management" in unit
    assert f"TimeoutStopSec={gunicorn_graceful_timeout() + 10}" in unit


def test_the_backup_timer_runs_backup_and_audit_retention_daily():
    service = (DEPLOY / "systemd" / "village-management-backup.service").read_text()
    assert "flask --app village backup" in service
    assert "flask --app village prune-audit" in service
    timer = (DEPLOY / "systemd" / "village-management-backup.timer").read_text()
    assert re.search(r"^OnCalendar=\*-\*-\* \d\d:\d\d:00$", timer, re.MULTILINE)
    assert "Persistent=true" in timer


def test_the_cleanup_timer_sweeps_uploads_hourly_with_write_access_to_them_only():
    service = (DEPLOY / "systemd" / "village-management-cleanup-files.service").read_text()
    assert "flask --app village cleanup-files" in service
    upload_dir = re.search(
        r"^UPLOAD_DIR=(.+)$", (REPO / "backend" / ".env.production.example").read_text(), re.M
    )[1]
    assert re.findall(r"^ReadWritePaths=(.+)$", service, re.MULTILINE) == [upload_dir]
    assert "ProtectSystem=strict" in service
    assert "User=village-mgmt" in service
    timer = (DEPLOY / "systemd" / "village-management-cleanup-files.timer").read_text()
    assert re.search(r"^OnCalendar=hourly$", timer, re.MULTILINE)
    assert "Persistent=true" in timer
    api = (DEPLOY / "systemd" / "village-management.service").read_text()
    assert f"ReadWritePaths=-{upload_dir}" in api  # the app writes uploads under strict


def test_the_publish_due_timer_announces_scheduled_announcements_every_five_minutes():
    service = (DEPLOY / "systemd" / "village-management-publish-due.service").read_text()
    assert "flask --app village publish-due" in service
    assert "User=village-mgmt" in service
    assert "ProtectSystem=strict" in service
    assert not re.findall(r"^ReadWritePaths=", service, re.MULTILINE)  # database only
    timer = (DEPLOY / "systemd" / "village-management-publish-due.timer").read_text()
    assert re.search(r"^OnCalendar=\*:0/5$", timer, re.MULTILINE)
    assert "Persistent=true" in timer


# --- supervisor ------------------------------------------------------------------------


def test_supervisor_program_is_the_checklists_fixed():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(DEPLOY / "supervisor" / "village-management.conf")
    program = parser["program:village-management"]
    assert program["command"] == f"{INSTALL_DIR}/backend/venv/bin/python main.py"
    assert program["directory"] == f"{INSTALL_DIR}/backend"
    assert program["user"] == "village-mgmt"
    assert program["stopsignal"] == "TERM"  # gunicorn's graceful shutdown
    assert int(program["stopwaitsecs"]) > gunicorn_graceful_timeout()
    assert program["stopasgroup"] == program["killasgroup"] == "true"
    path = re.search(r'PATH="([^"]+)"', program["environment"])[1].split(":")
    assert path[0] == f"{INSTALL_DIR}/backend/venv/bin"
    assert "/usr/bin" in path  # the checklist's PATH hid pg_dump and friends
    # The app writes LOG_FILE itself; two writers on one file would interleave lines.
    assert program["stdout_logfile"] != production_log_file()
    assert program["stdout_logfile"].startswith(str(Path(production_log_file()).parent))


# --- logrotate -------------------------------------------------------------------------


@pytest.fixture
def logrotate_conf(tmp_path):
    text = (DEPLOY / "logrotate" / "village-management").read_text()
    log_dir = Path(production_log_file()).parent
    assert f"{log_dir}/*.log" in text
    text = text.replace(f"{log_dir}/", f"{tmp_path / 'logs'}/")
    if os.geteuid() == 0:
        text = text.replace("village-mgmt village-mgmt", "root root")
    else:  # only root may switch users; an unprivileged run rotates as itself
        text = re.sub(r"^\s*su .*\n", "", text, flags=re.MULTILINE)
        text = text.replace(" village-mgmt village-mgmt", "")
    (tmp_path / "logs").mkdir(mode=0o750)
    conf = tmp_path / "village-management"
    conf.write_text(text)
    conf.chmod(0o644)
    return conf


def test_logrotate_parses_the_config(logrotate_conf, tmp_path):
    result = subprocess.run(
        [tool("logrotate"), "-d", "-s", str(tmp_path / "state"), str(logrotate_conf)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr.lower(), result.stderr


def test_logrotate_rotates_and_the_app_keeps_writing_to_the_new_file(logrotate_conf, tmp_path):
    log_file = tmp_path / "logs" / "app.log"
    settings = make_settings("sqlite://", LOG_FILE=log_file, LOG_MAX_BYTES=0)
    app_logging.configure_logging(settings)
    logger = logging.getLogger("village.test")
    try:
        logger.warning("before rotation")
        result = subprocess.run(
            [tool("logrotate"), "-f", "-s", str(tmp_path / "state"), str(logrotate_conf)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        logger.warning("after rotation")
    finally:
        app_logging.configure_logging(make_settings("sqlite://"))  # close the file handler
    rotated = [p for p in (tmp_path / "logs").iterdir() if p.name != "app.log"]
    assert len(rotated) == 1
    assert "before rotation" in rotated[0].read_text()
    assert "after rotation" in log_file.read_text()
    assert "before rotation" not in log_file.read_text()


def test_the_close_resolved_timer_closes_requests_hourly_writing_nothing_on_disk():
    service = (DEPLOY / "systemd" / "village-management-close-resolved.service").read_text()
    assert "flask --app village close-resolved" in service
    assert "ProtectSystem=strict" in service
    assert "ReadWritePaths" not in service  # the database only
    assert "User=village-mgmt" in service
    timer = (DEPLOY / "systemd" / "village-management-close-resolved.timer").read_text()
    assert re.search(r"^OnCalendar=hourly$", timer, re.MULTILINE)
    assert "Persistent=true" in timer
