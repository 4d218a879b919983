"""`make bench`: the production server on PostgreSQL under wrk, against its floor.

    python bench/run.py            # SEED=10000 users, 2 workers, 10 s per scenario
    SEED=100000 python bench/run.py

Environment: SEED, HOUSES (5000), MEMBERS (15000), WORKERS (2), DURATION (10),
CONCURRENCY ("10,50"), MEMORY_PASSES (3), BENCH_DATABASE_URL (a scratch database it drops and
recreates; default postgresql+psycopg://postgres@127.0.0.1:5432/village_bench),
GUNICORN_CMD_ARGS (e.g. "--worker-class gthread --threads 4" to compare).

It writes bench/results/<date>-<host>.md and .png and prints the table.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
BACKEND = ROOT / "backend"
sys.path[:0] = [str(BACKEND), str(BENCH)]

from village.security.passwords import hash_password, verify_password  # noqa: E402

import report  # noqa: E402
import seed  # noqa: E402
import wrk_runner  # noqa: E402

ADMIN_EMAIL = "bench.admin@bench.example"
RESIDENT_EMAIL = "bench.resident@bench.example"
# A three-letter Thai name fragment ("happiness", as in สุขใจ, สุขสวัสดิ์) in ~0.6 %
# of the seeded names: what office staff type to find a resident. Fragments under
# three characters cannot use the trigram indexes (see docs/performance.md).
SEARCH_FRAGMENT = "สุข"


@dataclass
class Scenario:
    name: str
    path: str
    method: str = "GET"
    body: dict[str, str] | None = None
    token: str | None = None  # "admin" or "resident"
    script: str = "request.lua"


SCENARIOS = [
    Scenario("health", "/health"),
    Scenario("auth_me", "/auth/me", token="resident"),
    Scenario("users_20", "/api/v1/users?per_page=20", token="admin"),
    Scenario("users_100", "/api/v1/users?per_page=100", token="admin"),
    Scenario(
        "users_search",
        "/api/v1/users?per_page=20&q=" + urllib.request.quote(SEARCH_FRAGMENT),
        token="admin",
    ),
    Scenario(
        "users_filter", "/api/v1/users?per_page=20&role=village_admin&status=active", token="admin"
    ),
    Scenario("houses_20", "/api/v1/houses?per_page=20", token="admin"),
    Scenario(
        "houses_search",
        "/api/v1/houses?per_page=20&q=" + urllib.request.quote(SEARCH_FRAGMENT),
        token="admin",
    ),
    Scenario("me_houses", "/api/v1/me/houses", token="resident"),
    Scenario(
        "login",
        "/auth/login",
        method="POST",
        body={"email": RESIDENT_EMAIL, "password": seed.PASSWORD},
    ),
    Scenario("refresh", "/auth/refresh", method="POST", script="refresh.lua"),
]


@dataclass
class Run:
    settings: dict[str, object]
    floor_rps: dict[int, float] = field(default_factory=dict)
    bcrypt_seconds: float = 0.0
    results: dict[tuple[str, int], wrk_runner.WrkResult] = field(default_factory=dict)
    rss_mb: list[list[float]] = field(default_factory=list)  # per pass, per worker
    login_alone: wrk_runner.WrkResult | None = None  # one connection: hash + everything else
    checklist_ab: dict[str, tuple[int, int]] = field(default_factory=dict)  # failed, total
    plans: dict[str, list[str]] = field(default_factory=dict)
    imports: dict[str, float] = field(default_factory=dict)  # label: seconds
    # Throughput of every pass at the first concurrency, per scenario: cost ratios are
    # judged pass by pass (neighbours in time share the machine's load) and the median taken.
    pass_rps: dict[str, list[float]] = field(default_factory=dict)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def http_json(method: str, url: str, body: dict[str, str] | None = None) -> dict[str, object]:
    data = json.dumps(body).encode() if body else None
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    request.add_header("X-Forwarded-Proto", "https")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())  # type: ignore[no-any-return]


def wait_for(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode}; see its log")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {seconds} s")


@contextmanager
def gunicorn(env: dict[str, str], args: list[str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        process = subprocess.Popen(
            args, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            yield process
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=30)


def worker_rss_mb(master_pid: int) -> list[float]:
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(round(int(line.split()[1]) / 1024, 1))
    return sorted(sizes)


def recreate_database(url: str) -> None:
    base = sa.engine.make_url(url)
    admin = sa.create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{base.database}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{base.database}"'))
    admin.dispose()


def bench_users(url: str, rounds: int) -> None:
    password_hash = hash_password(seed.PASSWORD, rounds)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        for email, role in ((ADMIN_EMAIL, "super_admin"), (RESIDENT_EMAIL, "resident")):
            conn.execute(
                sa.text(
                    "INSERT INTO users (email, email_key, full_name, role, status, password_hash, "
                    "password_changed_at, failed_login_count, created_at, updated_at) VALUES "
                    "(:email, :email, 'Bench User', :role, 'active', :hash, now(), 0, now(), now())"
                ),
                {"email": email, "role": role, "hash": password_hash},
            )
        # The resident lives at the first house, beside its seeded members.
        conn.execute(
            sa.text(
                "INSERT INTO house_members (house_id, user_id, relation, is_primary_contact, "
                "created_at, updated_at) SELECT h.id, u.id, 'family', false, now(), now() "
                "FROM houses h, users u WHERE h.house_number = :house AND u.email = :email"
            ),
            {"house": seed.house_number(0), "email": RESIDENT_EMAIL},
        )
    engine.dispose()


def explain_plans(url: str) -> dict[str, list[str]]:
    """EXPLAIN the list queries the API runs for the users' search and filter and the
    houses' search."""
    from village.houses import queries as houses
    from village.houses.models import House
    from village.users import queries as users
    from village.users.models import User
    from village.users.schemas import UserQuery

    engine = sa.create_engine(url)
    plans = {}
    statements: dict[str, tuple[Any, Any, Any]] = {
        name: (users._filtered(sa.select(User), query), User.id, User.created_at.desc())
        for name, query in {
            "search": UserQuery(q=SEARCH_FRAGMENT),
            "filter": UserQuery(role="village_admin", status="active"),
        }.items()
    }
    # The statement houses.list_page builds for an office account (no scope to narrow).
    statements["houses search"] = (
        sa.select(House).where(House.archived_at.is_(None), houses._matches(SEARCH_FRAGMENT)),
        House.id,
        House.house_number.asc(),
    )
    for name, (stmt, key, order) in statements.items():
        for kind, sql in {
            "count": stmt.with_only_columns(sa.func.count(key)),
            "page": stmt.order_by(order, key.desc()).limit(20),
        }.items():
            # Named paramstyle, so the LIKE pattern's % signs are not doubled.
            dialect = postgresql.psycopg.dialect(paramstyle="named")
            compiled = sql.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
            with engine.connect() as conn:
                # Straight to psycopg without parameters: no placeholder parsing of the % signs.
                raw = conn.connection.driver_connection
                rows = [row[0] for row in raw.execute(f"EXPLAIN {compiled}").fetchall()]
            plans[f"{name} ({kind})"] = rows
    engine.dispose()
    return plans


def register_csv(rows: int, first_block: int) -> bytes:
    """A village register as an office exports it from Excel: new house numbers from lot block
    `first_block` on, each with an owner (a Thai name and a phone, every other one an email)."""
    lines = [
        "house_number,zone,land_area_sq_wah,plot_type,occupancy,owner_name,owner_phone,owner_email"
    ]
    for i in range(rows):
        number = f"{first_block + i // 250}/{i % 250 + 1}"
        email = f"import.{first_block}.{i}@bench.example" if i % 2 else ""
        lines.append(
            f"{number},ซอย {first_block + i // 250},{50 + i % 70}.25,residential,occupied,"
            f"เจ้าของ บ้านที่ {i},09{first_block // 100}{i:07d},{email}"
        )
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode()


def timed_import(base: str, token: str, data: bytes, *, dry_run: bool) -> float:
    """Seconds for one POST /api/v1/houses/import of `data`; it must be accepted."""
    boundary = secrets.token_hex(8)
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="register.csv"\r\nContent-Type: text/csv\r\n\r\n'
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    request = urllib.request.Request(
        f"{base}/api/v1/houses/import?dry_run={'true' if dry_run else 'false'}",
        data=body,
        method="POST",
    )
    request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
    request.add_header("Authorization", f"Bearer {token}")
    request.add_header("X-Forwarded-Proto", "https")
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        report = json.loads(response.read())
    seconds = time.perf_counter() - started
    if report["errors"]:
        raise SystemExit(f"the bench's register was refused: {report['errors'][:3]}")
    print(
        f"   import of {report['created']:,} new houses, dry_run={dry_run}: {seconds:.1f} s",
        flush=True,
    )
    return seconds


def matches(url: str, fragment: str) -> int:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        count = conn.execute(
            sa.text("SELECT count(*) FROM users WHERE full_name ILIKE :p"), {"p": f"%{fragment}%"}
        ).scalar_one()
    engine.dispose()
    return int(count)


def bcrypt_verification_seconds(rounds: int) -> float:
    stored = hash_password(seed.PASSWORD, rounds)
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        verify_password(seed.PASSWORD, stored)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def scenario_env(scenario: Scenario, tokens: dict[str, str], refresh_file: Path) -> dict[str, str]:
    env = {"WRK_METHOD": scenario.method, "WRK_TOKENS": str(refresh_file)}
    if scenario.body:
        env["WRK_BODY"] = json.dumps(scenario.body)
    if scenario.token:
        env["WRK_TOKEN"] = tokens[scenario.token]
    return env


def checklist_ab(base: str, work: Path) -> dict[str, tuple[int, int]]:
    """The deployment checklist's own load tests, as written (ab), against this server."""
    login_data = work / "login_data.json"
    login_data.write_text(json.dumps({"email": RESIDENT_EMAIL, "password": seed.PASSWORD}))
    commands = {
        "ab -n 1000 -c 10 /health": ["-n", "1000", "-c", "10", f"{base}/health"],
        "ab -n 100 -c 5 -p login_data.json /auth/login": [
            "-n",
            "100",
            "-c",
            "5",
            "-p",
            str(login_data),
            "-T",
            "application/json",
            f"{base}/auth/login",
        ],
    }
    outcomes = {}
    for label, args in commands.items():
        output = subprocess.run(
            ["ab", "-q", "-H", "X-Forwarded-Proto: https", *args],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        failed = int(re.search(r"Failed requests:\s+(\d+)", output).group(1))  # type: ignore[union-attr]
        non_2xx = re.search(r"Non-2xx responses:\s+(\d+)", output)
        failed += int(non_2xx.group(1)) if non_2xx else 0
        total = int(re.search(r"Complete requests:\s+(\d+)", output).group(1))  # type: ignore[union-attr]
        outcomes[label] = (failed, total)
        print(f"   {label}: {failed} failed of {total}", flush=True)
    return outcomes


def server_environment(
    base_env: dict[str, str], work: Path, *, workers: int, rounds: int
) -> dict[str, str]:
    """The production server's settings for a bench run, checked by `settings_problems`
    before anything is seeded."""
    (work / "uploads").mkdir(mode=0o700, exist_ok=True)
    return {
        **base_env,
        "FLASK_ENV": "production",
        "JWT_SECRET_KEY": secrets.token_hex(32),
        "SECRET_KEY": secrets.token_hex(32),
        "CORS_ORIGINS": "https://admin.bench.example",
        "DASHBOARD_URL": "https://admin.bench.example",
        "PUBLIC_HOSTS": "127.0.0.1",
        "WEB_CONCURRENCY": str(workers),
        "BCRYPT_ROUNDS": str(rounds),
        "RATELIMIT_ENABLED": "false",
        "TRUSTED_PROXIES": "1",
        "LOG_LEVEL": "INFO",
        "DATABASE_POOL_SIZE": "5",
        "UPLOAD_DIR": str(work / "uploads"),  # production needs one; the bench uploads imports
    }


def settings_problems(python: str, env: dict[str, str]) -> str:
    """What production refuses in `env` (empty when it would start): a setting added
    to production stops the bench at once, not after the seeding and the floor."""
    check = (
        "from village.config import Settings\n"
        "print('\\n'.join(str(p) for p in Settings().production_problems()))"
    )
    done = subprocess.run(
        [python, "-c", check], cwd=BACKEND, env=env, capture_output=True, text=True, check=False
    )
    return (done.stdout + (done.stderr if done.returncode else "")).strip()


def main() -> int:
    seed_count = int(os.environ.get("SEED", "10000"))
    houses = int(os.environ.get("HOUSES", "5000"))
    members = int(os.environ.get("MEMBERS", "15000"))
    workers = int(os.environ.get("WORKERS", "2"))
    duration = int(os.environ.get("DURATION", "10"))
    concurrencies = [int(c) for c in os.environ.get("CONCURRENCY", "10,50").split(",")]
    memory_passes = int(os.environ.get("MEMORY_PASSES", "3"))
    url = os.environ.get(
        "BENCH_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/village_bench"
    )
    rounds = 12
    python = sys.executable
    work = Path(tempfile.mkdtemp(prefix="village-bench-"))

    print(
        f"== seeding {seed_count:,} users and {houses:,} houses with {members:,} members into"
        f" {sa.engine.make_url(url).database}",
        flush=True,
    )
    try:
        recreate_database(url)
    except sa.exc.OperationalError as error:
        print(
            f"make bench needs PostgreSQL: {sa.engine.make_url(url).render_as_string()} "
            f"did not answer ({error.orig}). Start it, or point BENCH_DATABASE_URL at one.",
            file=sys.stderr,
        )
        return 2
    base_env = {
        **os.environ,
        "DATABASE_URL": url,
        "VILLAGE_ENV_FILE": os.devnull,
        "FLASK_SKIP_DOTENV": "1",
    }
    subprocess.run(
        [python, "-m", "alembic", "upgrade", "head"],
        cwd=BACKEND,
        env=base_env,
        check=True,
        capture_output=True,
    )
    server_env = server_environment(base_env, work, workers=workers, rounds=rounds)
    if problems := settings_problems(python, server_env):
        print(f"The bench's production settings are refused:\n{problems}", file=sys.stderr)
        return 2
    seed.seed(url, seed_count, rounds, houses=houses, members=members)
    bench_users(url, rounds)
    run_plans = explain_plans(url)  # before the load, so a failure here costs nothing

    run = Run(
        settings={
            "users": seed_count,
            "houses": houses,
            "members": members,
            "workers": workers,
            "duration_s": duration,
            "gunicorn": os.environ.get("GUNICORN_CMD_ARGS", "sync workers (gunicorn.conf.py)"),
            "bcrypt_rounds": rounds,
            "cpus": os.cpu_count(),
        }
    )
    run.bcrypt_seconds = bcrypt_verification_seconds(rounds)
    print(
        f"== one bcrypt verification at cost {rounds}: {run.bcrypt_seconds * 1000:.0f} ms",
        flush=True,
    )

    hello_port, app_port = free_port(), free_port()
    hello_args = [
        python,
        "-m",
        "gunicorn",
        "-c",
        str(BACKEND / "gunicorn.conf.py"),
        "--chdir",
        str(BENCH),
        "hello_app:app",
    ]
    with gunicorn({**server_env, "PORT": str(hello_port)}, hello_args, work / "hello.log") as hello:
        wait_for(f"http://127.0.0.1:{hello_port}/", hello)
        for connections in concurrencies:
            result = wrk_runner.run(
                f"http://127.0.0.1:{hello_port}/", connections=connections, duration=duration
            )
            run.floor_rps[connections] = result.requests_per_second
            print(
                f"   floor (hello) c={connections}: {result.requests_per_second:,.0f} req/s",
                flush=True,
            )

    app_args = [python, str(BACKEND / "main.py")]
    with gunicorn({**server_env, "PORT": str(app_port)}, app_args, work / "app.log") as app:
        base = f"http://127.0.0.1:{app_port}"
        wait_for(f"{base}/health", app)
        tokens = {
            "admin": str(
                http_json(
                    "POST", f"{base}/auth/login", {"email": ADMIN_EMAIL, "password": seed.PASSWORD}
                )["access_token"]
            ),
            "resident": str(
                http_json(
                    "POST",
                    f"{base}/auth/login",
                    {"email": RESIDENT_EMAIL, "password": seed.PASSWORD},
                )["access_token"]
            ),
        }
        run.rss_mb.append(worker_rss_mb(app.pid))
        login = next(s for s in SCENARIOS if s.name == "login")
        run.login_alone = wrk_runner.run(
            base + login.path,
            connections=1,
            threads=1,
            duration=duration,
            env=scenario_env(login, tokens, work / "none"),
        )
        print(f"   login, one connection: p50 {run.login_alone.p50_ms:.1f} ms", flush=True)
        for number in range(memory_passes):
            levels = concurrencies if number == 0 else concurrencies[:1]
            for connections in levels:
                refresh_file = work / f"refresh-{number}-{connections}.txt"
                refresh_file.write_text(
                    "\n".join(
                        str(
                            http_json(
                                "POST",
                                f"{base}/auth/login",
                                {"email": RESIDENT_EMAIL, "password": seed.PASSWORD},
                            )["refresh_token"]
                        )
                        for _ in range(connections)
                    )
                )
                for scenario in SCENARIOS:
                    result = wrk_runner.run(
                        base + scenario.path,
                        connections=connections,
                        duration=duration,
                        script=scenario.script,
                        threads=connections if scenario.script == "refresh.lua" else None,
                        env=scenario_env(scenario, tokens, refresh_file),
                    )
                    if number == 0:
                        run.results[(scenario.name, connections)] = result
                    if connections == concurrencies[0]:
                        run.pass_rps.setdefault(scenario.name, []).append(
                            result.requests_per_second
                        )
                    print(
                        f"   pass {number + 1} c={connections} {scenario.name:<13} "
                        f"{result.requests_per_second:>9,.1f} req/s  p50 {result.p50_ms:6.2f} ms  "
                        f"p99 {result.p99_ms:7.2f} ms  errors {result.errors}",
                        flush=True,
                    )
            run.rss_mb.append(worker_rss_mb(app.pid))
            print(f"   worker RSS after pass {number + 1}: {run.rss_mb[-1]} MB", flush=True)
        run.checklist_ab = checklist_ab(base, work)
        # The largest register the import takes must finish inside the worker timeout.
        largest = register_csv(10_000, first_block=500)
        run.imports["10,000 rows, dry run"] = timed_import(
            base, tokens["admin"], largest, dry_run=True
        )
        village = register_csv(5_000, first_block=900)
        run.imports["5,000 rows, dry run"] = timed_import(
            base, tokens["admin"], village, dry_run=True
        )
        run.imports["5,000 rows"] = timed_import(base, tokens["admin"], village, dry_run=False)

    run.plans = run_plans
    run.settings["search"] = f"q={SEARCH_FRAGMENT} matches {matches(url, SEARCH_FRAGMENT):,} users"
    path = report.write(run, BENCH / "results")
    print()
    print(path.read_text())
    return 0 if report.budgets_met(run) else 1


if __name__ == "__main__":
    sys.exit(main())
