"""deploy/systemd/village-mail.service and deploy/supervisor/village-mail.conf."""

from __future__ import annotations

import configparser
import re
import subprocess

from tests.deploy.test_deploy_files import DEPLOY, INSTALL_DIR, production_log_file, tool
from village.config import Settings

COMMAND = f"{INSTALL_DIR}/backend/venv/bin/flask --app village deliver-mail"


def smtp_timeout() -> int:
    return int(Settings.model_fields["SMTP_TIMEOUT_SECONDS"].default)


def test_the_mail_unit_runs_the_worker_hardened(tmp_path):
    unit = (DEPLOY / "systemd" / "village-mail.service").read_text()
    assert f"ExecStart={COMMAND}\n" in unit
    assert "Restart=always" in unit
    assert "User=village-mgmt" in unit
    stop = int(re.search(r"^TimeoutStopSec=(\d+)$", unit, re.MULTILINE)[1])
    assert stop > smtp_timeout()  # the message in hand goes out before a KILL
    assert "ProtectSystem=strict" in unit
    assert re.findall(r"^ReadWritePaths=(.+)$", unit, re.MULTILINE) == [
        "-/var/lib/village-management/mail"
    ]
    rendered = tmp_path / "village-mail.service"
    rendered.write_text(unit.replace(INSTALL_DIR, str(DEPLOY.parent)))
    result = subprocess.run(
        [tool("systemd-analyze"), "security", "--offline=true", str(rendered)],
        capture_output=True,
        text=True,
        check=False,
    )
    exposure = float(re.search(r"Overall exposure level for \S+: ([\d.]+)", result.stdout)[1])
    assert exposure <= 2.0, result.stdout


def test_the_supervisor_program_runs_the_worker_like_the_api():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(DEPLOY / "supervisor" / "village-mail.conf")
    program = parser["program:village-mail"]
    assert program["command"] == COMMAND
    assert program["directory"] == f"{INSTALL_DIR}/backend"
    assert program["user"] == "village-mgmt"
    assert program["stopsignal"] == "TERM"
    assert int(program["stopwaitsecs"]) > smtp_timeout()
    assert program["stopasgroup"] == program["killasgroup"] == "true"
    assert program["autorestart"] == "true"
    path = re.search(r'PATH="([^"]+)"', program["environment"])[1].split(":")
    assert path[0] == f"{INSTALL_DIR}/backend/venv/bin"
    log_dir = str(production_log_file()).rsplit("/", 1)[0]
    assert program["stdout_logfile"].startswith(log_dir)
    assert program["stdout_logfile"] != production_log_file()
    api = configparser.ConfigParser(interpolation=None)
    api.read(DEPLOY / "supervisor" / "village-management.conf")
    assert program["stdout_logfile"] != api["program:village-management"]["stdout_logfile"]
