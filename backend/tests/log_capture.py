"""Capture every log line the suite writes and prove no secret is in any of them.

A handler built by the app's own `make_handler` (so with the production
formatter and its redaction) sits on the root logger for the whole session,
one file per xdist worker. Processes the tests start (servers, CLI commands)
write their LOG_FILE into the same directory (`log_file_for`). While the
suite runs, every password the app hashes or checks, every token it issues
and every secret it is configured with is recorded. At the end the
controller reads every line and fails the run if any of them appears, if
anything looks like a JWT or a 13-digit ID number, or if the capture is
suspiciously empty.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest

import village.observability.logging as app_logging
from village.security import passwords, tokens

# Passwords typed into subprocesses (never hashed in this process) and fixtures.
KNOWN_TEST_PASSWORDS = {
    "Corr3ct-Horse-Battery",
    "TestPass123",
    "Estate-Office-2026",
    "Verify-Probe-2026!",
}
JWT = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.")
NATIONAL_ID = re.compile(r"(?<!\d)\d{13}(?!\d)|(?<![\d-])\d-\d{4}-\d{5}-\d{2}-\d(?![\d-])")
_DIR_ENV = "VILLAGE_TEST_LOG_DIR"
_tests_ran = [0]
_seen: dict[str, set[str]] = {"passwords": set(), "tokens": set(), "secrets": set()}


def capture_dir() -> Path:
    return Path(os.environ[_DIR_ENV])


def log_file_for(name: str) -> str:
    """A LOG_FILE path for a process a test starts, inside the captured directory."""
    return str(capture_dir() / f"proc-{name}-{uuid.uuid4().hex[:8]}.log")


def must_never_be_logged(*secrets: str) -> None:
    """Secrets given to processes the tests start (this process never sees them in use)."""
    _seen["secrets"].update(secrets)


def _worth_checking(password: str) -> bool:
    # Weak words tests try on purpose ("password") are also ordinary log vocabulary.
    classes = sum(
        bool(re.search(p, password)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^A-Za-z0-9]")
    )
    return len(password) >= 8 and classes >= 2


def _install_spies() -> None:
    prehash = passwords._prehash

    def recording_prehash(password: str) -> bytes:
        if _worth_checking(password):
            _seen["passwords"].add(password)
        return prehash(password)

    issue = tokens._issue

    def recording_issue(*args: Any, **kwargs: Any) -> Any:
        issued = issue(*args, **kwargs)
        _seen["tokens"].add(issued.token)
        return issued

    secret_values = app_logging.secret_values

    def recording_secret_values(settings: Any) -> list[str | None]:
        values = secret_values(settings)
        _seen["secrets"].update(v for v in values if v and len(v) >= 8)
        return values

    passwords._prehash = recording_prehash  # type: ignore[assignment]
    tokens._issue = recording_issue  # type: ignore[assignment]
    app_logging.secret_values = recording_secret_values  # type: ignore[assignment]


def _worker(config: pytest.Config) -> str:
    return str(getattr(config, "workerinput", {}).get("workerid", "main"))


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        os.environ[_DIR_ENV] = config.workerinput[_DIR_ENV]
    else:
        os.environ[_DIR_ENV] = tempfile.mkdtemp(prefix="village-test-logs-")
    handler = app_logging.make_handler(
        logging.FileHandler(capture_dir() / f"suite-{_worker(config)}.jsonl", encoding="utf-8")
    )
    logging.getLogger().addHandler(handler)
    config._village_log_handler = handler  # type: ignore[attr-defined]
    _install_spies()


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    node.workerinput[_DIR_ENV] = os.environ[_DIR_ENV]


def _save_seen(config: pytest.Config) -> None:
    path = capture_dir() / f"seen-{_worker(config)}.json"
    path.write_text(json.dumps({k: sorted(v) for k, v in _seen.items()}))


def _load_seen() -> dict[str, set[str]]:
    merged: dict[str, set[str]] = {k: set() for k in _seen}
    for path in capture_dir().glob("seen-*.json"):
        for kind, values in json.loads(path.read_text()).items():
            merged[kind].update(values)
    merged["passwords"].update(KNOWN_TEST_PASSWORDS)
    return merged


_WORDS = re.compile(r"[A-Za-z0-9._-]+")


def find_leaks(lines: list[tuple[str, str]], seen: dict[str, set[str]]) -> list[str]:
    """Every (file, line) that carries a secret, with what kind it is."""
    leaks = []
    literal = {kind: values for kind, values in seen.items() if kind != "tokens"}
    for where, line in lines:
        found = [kind for kind, values in literal.items() if any(v in line for v in values)]
        if not seen["tokens"].isdisjoint(_WORDS.findall(line)):
            found.append("tokens")
        if JWT.search(line):
            found.append("jwt")
        if NATIONAL_ID.search(line):
            found.append("national_id")
        if found:
            leaks.append(f"{where}: {', '.join(sorted(set(found)))}: {line[:300]}")
    return leaks


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # Runs in the controller too under xdist (reports are forwarded to it).
    if report.when == "call" and report.passed:
        _tests_ran[0] += 1


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    handler: logging.Handler = config._village_log_handler  # type: ignore[attr-defined]
    logging.getLogger().removeHandler(handler)
    handler.close()
    _save_seen(config)
    if hasattr(config, "workerinput"):
        return  # the controller checks every worker's files
    lines = []
    for path in sorted(capture_dir().iterdir()):
        if path.name.startswith("seen-"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += [(path.name, line) for line in text.splitlines() if line.strip()]
    seen = _load_seen()
    leaks = find_leaks(lines, seen)
    events, not_json = set(), []
    for where, line in lines:
        try:
            events.add(json.loads(line).get("event"))
        except (ValueError, AttributeError):
            not_json.append(f"{where}: {line[:200]}")
    problems = [f"secret in a log line: {leak}" for leak in leaks[:20]]
    problems += [f"a log line that is not one JSON object: {line}" for line in not_json[:20]]
    if _tests_ran[0] >= 200 and not {"request", "login_failed", "login_succeeded"} <= events:
        problems.append(f"the log capture saw too little ({len(lines)} lines): is it installed?")
    if problems:
        print(
            f"\nLOG REDACTION CHECK FAILED (lines kept in {capture_dir()})",
            *problems,
            sep="\n",
            file=sys.stderr,
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    else:
        print(
            f"\nlog redaction check: {len(lines)} lines, {len(seen['passwords'])} passwords, "
            f"{len(seen['tokens'])} tokens, {len(seen['secrets'])} secrets: none leaked",
            file=sys.stderr,
        )
        if not os.environ.get("VILLAGE_KEEP_TEST_LOGS"):
            shutil.rmtree(capture_dir(), ignore_errors=True)
