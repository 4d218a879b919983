"""Metrics under a real 2-worker gunicorn: a scrape sums every worker, dead ones included."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import free_port
from tests.log_capture import log_file_for
from tests.observability.test_metrics import parse, total
from tests.operations.test_operator_commands import BACKEND, run


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def request_pids(log_file: Path) -> set[int]:
    if not log_file.exists():
        return set()
    lines = [json.loads(line) for line in log_file.read_text().splitlines() if line]
    return {line["pid"] for line in lines if line.get("route") == "/health"}


def worker_pids(master: int) -> set[int]:
    out = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True, check=False
    ).stdout
    return {int(pid) for pid in out.split()}


@contextmanager
def running_gunicorn(env: dict[str, str], workers: int) -> Iterator[tuple[str, subprocess.Popen]]:
    """gunicorn from gunicorn.conf.py on a free port, up with all its workers; stopped after."""
    migrated = run([sys.executable, "-m", "alembic", "upgrade", "head"], env)
    assert migrated.returncode == 0, migrated.stderr
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "village.wsgi:app"],
        cwd=BACKEND,
        env={**env, "PORT": str(port), "WEB_CONCURRENCY": str(workers)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while len(worker_pids(process.pid)) < workers or not _up(base):
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail("gunicorn did not start")
            time.sleep(0.2)
        yield base, process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


@pytest.fixture
def gunicorn(scratch_database_url, tmp_path):
    metrics_dir = tmp_path / "prometheus"
    metrics_dir.mkdir()
    # Left over from an earlier run: must not be summed into this one (nor break the scrape).
    (metrics_dir / "counter_999999.db").write_bytes(b"stale garbage")
    log_file = Path(log_file_for("gunicorn"))
    env = {
        **os.environ,
        "DATABASE_URL": scratch_database_url,
        "LOG_FILE": str(log_file),
        "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
    }
    with running_gunicorn(env, workers=2) as (base, process):
        yield base, process, log_file, metrics_dir
    errors = process.stderr.read()
    Path(log_file_for("gunicorn-stderr")).write_text(errors)
    assert "Traceback" not in errors, errors
    # gunicorn's own lines go through the app's JSON formatter too.
    lines = [json.loads(line) for line in errors.splitlines() if line.strip()]
    assert any(line["logger"] == "gunicorn.error" for line in lines)


def _up(base: str) -> bool:
    try:
        return get(f"{base}/health") is not None
    except OSError:
        return False


def health_count(base: str) -> float:
    return total(
        parse(get(f"{base}/metrics").decode()), "village_http_requests_total", route="/health"
    )


def test_two_workers_are_summed_and_a_dead_workers_counts_stay(gunicorn):
    base, master, log_file, metrics_dir = gunicorn
    assert not (metrics_dir / "counter_999999.db").exists()
    sent = 0
    start = health_count(base)
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(20):
            list(pool.map(lambda _: get(f"{base}/health"), range(16)))
            sent += 16
            if len(request_pids(log_file)) >= 2:
                break
    assert len(request_pids(log_file)) >= 2, "every request went to one worker"
    assert health_count(base) - start == sent

    victim = min(worker_pids(master.pid))
    os.kill(victim, signal.SIGKILL)
    deadline = time.monotonic() + 20
    while victim in worker_pids(master.pid) or len(worker_pids(master.pid)) < 2:
        assert time.monotonic() < deadline, "gunicorn did not replace the killed worker"
        time.sleep(0.2)
    assert health_count(base) - start == sent  # the dead worker's requests still count


def test_a_metrics_directory_gunicorn_made_itself_is_removed_at_exit(
    scratch_database_url, tmp_path
):
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    env |= {"DATABASE_URL": scratch_database_url, "TMPDIR": str(tmp_path)}
    with running_gunicorn(env, workers=1):
        (made,) = tmp_path.glob("village-metrics-*")
        assert any(made.iterdir()), "the worker keeps its samples there"
    assert list(tmp_path.glob("village-metrics-*")) == []
