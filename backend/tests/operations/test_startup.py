"""Starting on a fresh checkout, an unmigrated or an unreachable database: one clear line.

Issue 10: from backend/ on a fresh clone, the checklist's `alembic upgrade head`
ended in a 121-line traceback (the default SQLite file's folder did not exist),
and `python main.py` then started silently with /health answering 503.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.operations.test_operator_commands import (
    BACKEND,
    create_admin,
    http,
    operator_env,  # noqa: F401
    run,
    server,
)

UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/nowhere"


def fresh_checkout(tmp_path: Path) -> Path:
    """backend/ as a fresh clone has it: no var/ beside it, no virtualenv inside."""
    backend = tmp_path / "checkout" / "backend"
    shutil.copytree(
        BACKEND,
        backend,
        ignore=shutil.ignore_patterns("venv", "__pycache__", ".pytest_cache", "*.egg-info"),
    )
    return backend


def test_the_checklist_from_backend_on_a_fresh_checkout(operator_env, tmp_path):  # noqa: F811
    backend = fresh_checkout(tmp_path)
    env = {k: v for k, v in operator_env.items() if k != "DATABASE_URL"}  # the default
    migrated = run([sys.executable, "-m", "alembic", "upgrade", "head"], env, cwd=backend)
    assert migrated.returncode == 0, migrated.stderr
    assert (backend.parent / "var" / "village.db").is_file()
    with server(env, cwd=backend) as base:
        status, health, _ = http("GET", f"{base}/health")
    assert (status, health["database"]) == (200, "connected")


def test_main_refuses_an_unmigrated_database_in_one_line(operator_env):  # noqa: F811
    emptied = run([sys.executable, "-m", "alembic", "downgrade", "base"], operator_env)
    assert emptied.returncode == 0, emptied.stderr
    result = run([sys.executable, "main.py"], operator_env, timeout=30)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "is not migrated (no migrations; the code needs" in result.stderr
    assert "run `alembic upgrade head` in backend/" in result.stderr


def test_main_and_alembic_name_an_unreachable_database_in_one_line(operator_env):  # noqa: F811
    env = {**operator_env, "DATABASE_URL": UNREACHABLE}
    started = run([sys.executable, "main.py"], env, timeout=30)
    assert started.returncode == 1
    assert started.stderr.startswith("✘ cannot use the database at postgresql+psycopg://nobody@")
    assert started.stderr.count("\n") == 1
    migrated = run([sys.executable, "-m", "alembic", "upgrade", "head"], env)
    assert migrated.returncode == 1
    assert migrated.stderr.startswith("alembic: cannot open the database at ")
    assert migrated.stderr.count("\n") == 1
    missing_dir = {**operator_env, "DATABASE_URL": "sqlite:////nonexistent-dir/village.db"}
    migrated = run([sys.executable, "-m", "alembic", "upgrade", "head"], missing_dir)
    assert migrated.returncode == 1
    assert "unable to open database file" in migrated.stderr
    assert migrated.stderr.count("\n") == 1


def test_the_first_admin_hint_shows_only_while_there_is_none(operator_env, tmp_path):  # noqa: F811
    console = tmp_path / "console.txt"
    with server(operator_env, output=console) as base:
        assert http("GET", f"{base}/health")[0] == 200
    assert "No super admin yet" in console.read_text()
    assert create_admin(operator_env).returncode == 0
    with server(operator_env, output=console) as base:
        assert http("GET", f"{base}/health")[0] == 200
    assert "No super admin yet" not in console.read_text()
    assert "(API docs: http://127.0.0.1:" in console.read_text()
