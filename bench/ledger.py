"""`make bench-ledger`: years of the common-fee ledger on the production server.

    python bench/ledger.py                 # 1, 2 and 5 years; the budgets judged at 5
    LEDGER_YEARS=5 python bench/ledger.py  # one size

For each size it drops and recreates the scratch database (BENCH_LEDGER_DATABASE_URL,
default postgresql+psycopg://postgres@127.0.0.1:5432/bench_ledger), migrates it, seeds
5,000 houses, 15,000 people and the years of invoices, payments, allocations and
receipts with COPY (bench/ledger_seed.py; timed, then its invariants checked), EXPLAINs
(ANALYZE) the queries the hot endpoints actually run (captured in-process from the
app's own engine), starts the production server as `make bench` does (bench/run.py)
and measures with real HTTP requests:

- the invoices list, 20 a page, filtered by house (200 houses in turn) and by status,
  under wrk at concurrency 10 (as the users list is judged), and one client alone;
- a house's statement (JSON), one client, 30 houses;
- the arrears report as JSON and XLSX, the collections report (skipped with a "not
  available" line while the server answers 404);
- receipt PDFs (20 receipts), slip acceptance (slips a resident submitted through
  the API with a small PNG, accepted by the accountant);
- a billing run of every house for the next month: preview, then post.

Then it prints each budget of issue 15 as met or missed and writes
bench/results/<date>-<host>-ledger.{json,md,png} (the chart: cost against years).
Environment: LEDGER_YEARS ("1,2,5"), WORKERS (2), DURATION (10 s of wrk per list),
KEEP_DATABASE (set: keep the scratch database afterwards; by default it is dropped).
"""

from __future__ import annotations

import io
import json
import os
import platform
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
BACKEND = ROOT / "backend"
sys.path[:0] = [str(BACKEND), str(BENCH)]

import ledger_seed  # noqa: E402
import run  # noqa: E402
import seed  # noqa: E402
import wrk_runner  # noqa: E402

URL = os.environ.get(
    "BENCH_LEDGER_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/bench_ledger"
)
RESIDENT_EMAIL = "ledger.resident@bench.example"
SLIPS = 30
LARGE_TABLE_ROWS = 50_000  # a sequential scan of a table this size on a hot path is a miss


@dataclass(frozen=True)
class Budget:
    key: str
    label: str
    limit_ms: float
    stat: str  # which figure of the measurement is judged: p50, p99, seconds


BUDGETS = [
    Budget("invoices_by_house", "invoices list by house (20, c=10) p99 ≤ 50 ms", 50, "p99"),
    Budget("invoices_by_status", "invoices list by status (20, c=10) p99 ≤ 50 ms", 50, "p99"),
    Budget("statement", "house statement (JSON) ≤ 100 ms (median of 30 houses)", 100, "p50"),
    Budget("arrears_json", "arrears report JSON ≤ 1 s", 1000, "p50"),
    Budget("arrears_xlsx", "arrears report XLSX ≤ 3 s", 3000, "p50"),
    Budget("billing_run", "billing run of 5,000 houses (preview + post) ≤ 10 s", 10_000, "p50"),
    Budget("receipt_pdf", "receipt PDF p50 ≤ 300 ms", 300, "p50"),
    Budget("slip_accept", "slip acceptance p50 ≤ 150 ms", 150, "p50"),
]


@dataclass
class Measure:
    p50: float | None = None  # milliseconds
    p99: float | None = None
    samples: int = 0
    note: str = ""  # e.g. "not available (404)"
    alone_p50: float | None = None  # one client, nothing queued
    alone_p99: float | None = None


@dataclass
class SizeRun:
    years: int
    counts: dict[str, float] = field(default_factory=dict)
    seed_seconds: float = 0.0
    broken: dict[str, int] = field(default_factory=dict)
    measures: dict[str, Measure] = field(default_factory=dict)
    plans: dict[str, list[str]] = field(default_factory=dict)
    seq_scans: list[str] = field(default_factory=list)  # "scenario: table"


# --- HTTP ------------------------------------------------------------------------------


def request(
    base: str,
    method: str,
    path: str,
    token: str | None = None,
    body: Any = None,
    *,
    content_type: str = "application/json",
) -> tuple[int, bytes, float]:
    """(status, body, milliseconds) of one request over a new connection."""
    data = body if isinstance(body, bytes) else None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("X-Forwarded-Proto", "https")
    if data is not None:
        req.add_header("Content-Type", content_type)
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=120) as response:
            payload, status = response.read(), response.status
    except urllib.error.HTTPError as error:
        payload, status = error.read(), error.code
    return status, payload, (time.perf_counter() - started) * 1000


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(base: str, token: str, paths: list[str], *, warm: int = 2) -> Measure:
    """One client, each path in turn (after `warm` unmeasured requests): p50 and p99 ms;
    "not available" when the server answers 404 (an endpoint not merged yet)."""
    for path in paths[:warm]:
        status, payload, _ = request(base, "GET", path, token)
        if status == 404:
            return Measure(note="not available (404)")
        if status != 200:
            raise SystemExit(f"GET {path}: {status} {payload[:300]!r}")
    times = []
    for path in paths:
        status, payload, ms = request(base, "GET", path, token)
        if status != 200:
            raise SystemExit(f"GET {path}: {status} {payload[:300]!r}")
        times.append(ms)
    return Measure(percentile(times, 0.5), percentile(times, 0.99), len(times))


def under_load(base: str, token: str, paths: list[str], work: Path, duration: int) -> Measure:
    """wrk at concurrency 10 over `paths` in turn, then one client alone."""
    listing = work / f"paths-{secrets.token_hex(4)}.txt"
    listing.write_text("\n".join(paths) + "\n")
    result = wrk_runner.run(
        base + paths[0],
        connections=10,
        duration=duration,
        script="paths.lua",
        env={"WRK_PATHS": str(listing), "WRK_TOKEN": token},
    )
    if result.errors:
        raise SystemExit(f"{result.errors} failed requests under wrk for {paths[0]}")
    alone = timed(base, token, paths[:100])
    return Measure(result.p50_ms, result.p99_ms, result.requests, "", alone.p50, alone.p99)


def multipart(fields: dict[str, str], file: tuple[str, bytes, str]) -> tuple[bytes, str]:
    boundary = secrets.token_hex(12)
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    name, data, mime = file
    parts.append(
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            f"Content-Type: {mime}\r\n\r\n"
        ).encode()
        + data
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def slip_image(n: int) -> bytes:
    """A small phone-screenshot-like PNG, different for each slip (no duplicate flags)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (360, 640), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 40, 340, 120), fill=(20, 120 + n % 100, 60))
    draw.text((30, 160), f"Transfer {n:06d} THB", fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


# --- the data the scenarios use --------------------------------------------------------


def fixtures(url: str, rounds: int) -> dict[str, Any]:
    """The houses and receipts the scenarios visit, and a resident of the slip houses."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        houses = list(conn.scalars(sa.text("SELECT id FROM houses ORDER BY random() LIMIT 200")))
        arrears = list(
            conn.execute(
                sa.text(
                    "SELECT DISTINCT ON (i.house_id) i.house_id, i.id, "
                    "i.total_satang - i.paid_satang FROM invoices i "
                    "WHERE i.status IN ('issued', 'partially_paid') "
                    "ORDER BY i.house_id, i.due_date, i.id"
                )
            )
        )[:SLIPS]
        receipts = list(conn.scalars(sa.text("SELECT id FROM receipts ORDER BY random() LIMIT 24")))
        months = conn.execute(sa.text("SELECT min(month), max(month) FROM invoice_lines")).one()
        conn.execute(
            sa.text(
                "INSERT INTO users (email, email_key, full_name, role, status, password_hash, "
                "password_changed_at, failed_login_count, created_at, updated_at) VALUES "
                "(:email, :email, 'ผู้พักอาศัย ทดสอบ', 'resident', 'active', :hash, now(), 0, "
                "now(), now())"
            ),
            {"email": RESIDENT_EMAIL, "hash": run.hash_password(seed.PASSWORD, rounds)},
        )
        conn.execute(
            sa.text(
                "INSERT INTO house_members (house_id, user_id, relation, is_primary_contact, "
                "created_at, updated_at) SELECT h, u.id, 'family', false, now(), now() "
                "FROM unnest(CAST(:houses AS int[])) h, users u WHERE u.email = :email"
            ),
            {"houses": [row[0] for row in arrears], "email": RESIDENT_EMAIL},
        )
    engine.dispose()
    return {"houses": houses, "arrears": arrears, "receipts": receipts,
            "first_month": months[0], "last_month": months[1]}  # fmt: skip


# --- EXPLAIN what the endpoints run ----------------------------------------------------


def explain(url: str, data: dict[str, Any], next_period: str) -> dict[str, list[str]]:
    """Run each hot request once in-process, capture the SELECTs it sends, and EXPLAIN
    (ANALYZE) each with its parameters."""
    from village import create_app
    from village.config import Settings

    app = create_app(
        Settings(
            _env_file=None,
            APP_ENV="test",
            DATABASE_URL=url,
            JWT_SECRET_KEY="bench-jwt-key-" + "a1b2c3d4" * 6,
            SECRET_KEY="bench-flask-key-" + "e5f6a7b8" * 6,
            LOG_LEVEL="WARNING",
        )
    )
    engine = app.extensions["village.db"].engine
    client = app.test_client()
    login = client.post(
        "/auth/login", json={"email": ledger_seed.ACCOUNTANT_EMAIL, "password": seed.PASSWORD}
    )
    headers = {"Authorization": f"Bearer {login.json['access_token']}"}
    house = data["arrears"][0][0]
    first, last = data["first_month"], data["last_month"]
    scenarios = {
        "invoices by house": ("GET", f"/api/v1/invoices?house_id={house}&per_page=20"),
        "invoices by status": ("GET", "/api/v1/invoices?status=issued&per_page=20"),
        "statement": ("GET", f"/api/v1/houses/{house}/statement"),
        "arrears report": ("GET", "/api/v1/reports/arrears"),
        "collections report": (
            "GET", f"/api/v1/reports/collections?from={first:%Y-%m}&to={last:%Y-%m}"
        ),
        "billing run preview": ("POST", "/api/v1/billing-runs"),
    }  # fmt: skip
    captured: list[tuple[str, Any]] = []

    @sa.event.listens_for(engine, "before_cursor_execute")
    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]  # noqa: PLR0917
        if statement.lstrip().upper().startswith(("SELECT", "WITH")) and not executemany:
            captured.append((statement, parameters))

    plans: dict[str, list[str]] = {}
    for name, (method, path) in scenarios.items():
        captured.clear()
        if method == "GET":
            answer = client.get(path, headers=headers)
        else:
            answer = client.post(path, json={"period": next_period, "months": 1}, headers=headers)
        if answer.status_code == 404:
            plans[name] = ["not available (404)"]
            continue
        if answer.status_code >= 300:
            raise SystemExit(f"{method} {path}: {answer.status_code} {answer.json}")
        statements = list(captured)
        if name == "billing run preview":
            client.delete(f"/api/v1/billing-runs/{answer.json['id']}", headers=headers)
        for number, (statement, parameters) in enumerate(statements, start=1):
            if "FROM users" in statement and "auth_sessions" in statement:
                continue  # the per-request identity query: measured by `make bench`
            with engine.connect() as conn:
                rows = conn.exec_driver_sql(
                    "EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters
                ).fetchall()
            plans[f"{name} #{number}"] = [f"-- {' '.join(statement.split())[:600]}"] + [
                row[0] for row in rows
            ]
    sa.event.remove(engine, "before_cursor_execute", capture)
    engine.dispose()
    return plans


def large_tables(url: str) -> set[str]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        names = conn.scalars(
            sa.text(
                "SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples >= :rows "
                "AND relnamespace = 'public'::regnamespace"
            ),
            {"rows": LARGE_TABLE_ROWS},
        )
        found = set(names)
    engine.dispose()
    return found


def seq_scans(plans: dict[str, list[str]], large: set[str]) -> list[str]:
    found = []
    for name, lines in plans.items():
        for line in lines:
            if "Seq Scan on " in line:
                table = line.split("Seq Scan on ", 1)[1].split()[0]
                if table in large:
                    found.append(f"{name}: {table}")
    return found


# --- one size --------------------------------------------------------------------------


def prepare(years: int, base_env: dict[str, str], rounds: int) -> SizeRun:
    size = SizeRun(years)
    run.recreate_database(URL)
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=BACKEND,
        env=base_env,
        check=True,
        capture_output=True,
    )
    counts = ledger_seed.seed_ledger(URL, years, rounds=rounds)
    size.seed_seconds = counts.pop("seconds")
    size.counts = counts
    size.broken = {name: n for name, n in ledger_seed.check(URL).items() if n}
    print(
        f"   seeded in {size.seed_seconds:.1f} s: "
        + ", ".join(f"{name} {int(n):,}" for name, n in counts.items())
        + f"; invariants: {'all hold' if not size.broken else size.broken}",
        flush=True,
    )
    if size.broken:
        raise SystemExit("The seeded ledger breaks the invariants above: nothing measured.")
    return size


def measure(size: SizeRun, server_env: dict[str, str], work: Path, duration: int) -> None:
    data = fixtures(URL, 12)
    next_month = (data["last_month"] + timedelta(days=32)).replace(day=1)
    next_period = f"{next_month:%Y-%m}"
    size.plans = explain(URL, data, next_period)
    size.seq_scans = seq_scans(size.plans, large_tables(URL))
    print(f"   EXPLAIN: {len(size.plans)} statements; sequential scans of large tables: "
          f"{size.seq_scans or 'none'}", flush=True)  # fmt: skip
    port = run.free_port()
    app_args = [sys.executable, str(BACKEND / "main.py")]
    with run.gunicorn({**server_env, "PORT": str(port)}, app_args, work / "app.log") as app:
        base = f"http://127.0.0.1:{port}"
        run.wait_for(f"{base}/health", app)
        staff = login(base, ledger_seed.ACCOUNTANT_EMAIL)
        resident = login(base, RESIDENT_EMAIL)
        m = size.measures
        houses = data["houses"]
        m["invoices_by_house"] = under_load(
            base, staff, [f"/api/v1/invoices?house_id={h}&per_page=20" for h in houses], work,
            duration,
        )  # fmt: skip
        statuses = [f"status={s}" for s in ("issued", "partially_paid", "paid")]
        m["invoices_by_status"] = under_load(
            base, staff,
            [f"/api/v1/invoices?{s}&per_page=20&page={p}" for p in range(1, 6) for s in statuses],
            work, duration,
        )  # fmt: skip
        m["statement"] = timed(base, staff, [f"/api/v1/houses/{h}/statement" for h in houses[:32]])
        m["arrears_json"] = timed(base, staff, ["/api/v1/reports/arrears"] * 6, warm=1)
        m["arrears_xlsx"] = timed(base, staff, ["/api/v1/reports/arrears?format=xlsx"] * 4, warm=1)
        span = f"from={data['first_month']:%Y-%m}&to={data['last_month']:%Y-%m}"
        m["collections"] = timed(base, staff, [f"/api/v1/reports/collections?{span}"] * 6, warm=1)
        m["receipt_pdf"] = timed(
            base, staff, [f"/api/v1/receipts/{r}/pdf" for r in data["receipts"]], warm=4
        )
        m["slip_accept"] = slips(base, resident, staff, data["arrears"])
        m["billing_run"] = billing_run(base, staff, next_period)
        for key, value in m.items():
            shown = value.note or (
                f"p50 {value.p50:,.1f} ms  p99 {value.p99:,.1f} ms  ({value.samples} requests)"
            )
            if value.alone_p50 is not None:
                shown += f"; alone p50 {value.alone_p50:.1f} ms p99 {value.alone_p99:.1f} ms"
            print(f"   {key:<20} {shown}", flush=True)


def login(base: str, email: str) -> str:
    status, payload, _ = request(
        base, "POST", "/auth/login", body={"email": email, "password": seed.PASSWORD}
    )
    if status != 200:
        raise SystemExit(f"login of {email}: {status} {payload[:300]!r}")
    return str(json.loads(payload)["access_token"])


def slips(base: str, resident: str, staff: str, arrears: list[Any]) -> Measure:
    """The resident submits one slip per house (its oldest open invoice's outstanding);
    the accountant accepts each: the time of each acceptance."""
    when = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
    ids = []
    for n, (house_id, invoice_id, outstanding) in enumerate(arrears):
        body, content_type = multipart(
            {"house_id": str(house_id), "amount_satang": str(outstanding),
             "transferred_at": when, "invoice_ids": str(invoice_id)},
            (f"slip-{n}.png", slip_image(n), "image/png"),
        )  # fmt: skip
        status, payload, _ = request(
            base, "POST", "/api/v1/payment-slips", resident, body, content_type=content_type
        )
        if status != 201:
            raise SystemExit(f"slip for house {house_id}: {status} {payload[:300]!r}")
        ids.append(json.loads(payload)["id"])
    times = []
    for slip_id in ids:
        status, payload, ms = request(
            base, "POST", f"/api/v1/payment-slips/{slip_id}/accept", staff, {}
        )
        if status != 200:
            raise SystemExit(f"accepting slip {slip_id}: {status} {payload[:300]!r}")
        times.append(ms)
    measured = times[2:]  # the first two warm the workers
    return Measure(percentile(measured, 0.5), percentile(measured, 0.99), len(measured))


def billing_run(base: str, staff: str, period: str) -> Measure:
    """Preview then post a run of every house for `period`: p50 = their sum (ms), with
    each part in the note."""
    status, payload, preview_ms = request(
        base, "POST", "/api/v1/billing-runs", staff, {"period": period, "months": 1}
    )
    if status != 201:
        raise SystemExit(f"billing run preview: {status} {payload[:300]!r}")
    run_id = json.loads(payload)["id"]
    status, payload, post_ms = request(base, "POST", f"/api/v1/billing-runs/{run_id}/post", staff)
    if status != 200:
        raise SystemExit(f"billing run post: {status} {payload[:300]!r}")
    posted = json.loads(payload)
    total = preview_ms + post_ms
    return Measure(
        total,
        total,
        1,
        f"preview {preview_ms / 1000:.2f} s + post {post_ms / 1000:.2f} s "
        f"({posted['invoice_count']:,} invoices)",
    )


# --- the report ------------------------------------------------------------------------


def verdicts(size: SizeRun) -> list[tuple[str, str, bool | None]]:
    """(budget, measured, met) for each budget; met None when not measurable yet."""
    out: list[tuple[str, str, bool | None]] = []
    for budget in BUDGETS:
        value = size.measures.get(budget.key)
        figure = None if value is None else getattr(value, budget.stat)
        if value is None or figure is None:
            out.append((budget.label, value.note if value else "not measured", None))
            continue
        shown = f"{figure / 1000:.2f} s" if budget.limit_ms >= 1000 else f"{figure:.1f} ms"
        if value.note and budget.key == "billing_run":
            shown += f": {value.note}"
        if value.alone_p50 is not None:
            shown += f" (one client alone: p50 {value.alone_p50:.1f}, p99 {value.alone_p99:.1f} ms)"
        out.append((budget.label, shown, figure <= budget.limit_ms))
    out.append(
        (
            "no sequential scan of a large table on a hot path (EXPLAIN)",
            ", ".join(size.seq_scans) or "none",
            not size.seq_scans,
        )
    )
    out.append(
        ("the seeded ledger keeps every invariant", str(size.broken or "all hold"), not size.broken)
    )
    return out


def write_results(sizes: list[SizeRun], settings: dict[str, Any]) -> Path:
    stamp = f"{date.today().isoformat()}-{platform.node() or 'host'}-ledger"
    out = BENCH / "results"
    out.mkdir(exist_ok=True)
    largest = max(sizes, key=lambda size: size.years)
    # The plans of the largest size only (the markdown has them too): the smaller are alike.
    kept = [{**asdict(s), "plans": s.plans if s is largest else {}} for s in sizes]
    (out / f"{stamp}.json").write_text(
        json.dumps(
            {"settings": settings, "sizes": kept},
            indent=1,
            ensure_ascii=False,
            default=str,
        )
    )
    chart(sizes, out / f"{stamp}.png")
    lines = [
        f"# Five years of ledger — {date.today().isoformat()}",
        "",
        "Settings: " + ", ".join(f"{k} {v}" for k, v in settings.items()),
        "",
        "Lists are judged under wrk at concurrency 10 (as the users list is): with two sync "
        "workers a request waits for the others, so p99 is a few service times; one client "
        "alone shows the service time. The load average is the machine's (other work on it "
        "makes every figure noisy).",
        "",
        "## Cost against data size",
        "",
        "| | " + " | ".join(f"{s.years} year{'s' if s.years > 1 else ''}" for s in sizes) + " |",
        "|---|" + "--:|" * len(sizes),
        "| invoices | " + " | ".join(f"{int(s.counts['invoices']):,}" for s in sizes) + " |",
        "| seed (COPY) | " + " | ".join(f"{s.seed_seconds:.1f} s" for s in sizes) + " |",
    ]
    for key in sizes[0].measures:
        cells = []
        for size in sizes:
            value = size.measures[key]
            if value.p50 is None:
                cells.append(value.note)
            elif key == "billing_run":
                cells.append(f"{value.p50 / 1000:.2f} s ({value.note})")
            else:
                cells.append(f"{value.p50:,.1f} / {value.p99:,.1f}")
        unit = "s" if key == "billing_run" else "p50 / p99 ms"
        load = " under wrk, c=10" if sizes[0].measures[key].alone_p50 is not None else ""
        lines.append(f"| {key}{load} ({unit}) | " + " | ".join(cells) + " |")
        if load:
            alone = [
                f"{size.measures[key].alone_p50:,.1f} / {size.measures[key].alone_p99:,.1f}"
                for size in sizes
            ]
            lines.append(f"| {key}, one client alone (p50 / p99 ms) | " + " | ".join(alone) + " |")
    lines += [
        "",
        f"![cost against years]({stamp}.png)",
        "",
        f"## Budgets (issue 15) at {largest.years} years",
        "",
        "| | budget | measured |",
        "|---|---|---|",
    ]
    for label, shown, met in verdicts(largest):
        mark = {True: "✔", False: "✘", None: "–"}[met]
        lines.append(f"| {mark} | {label} | {shown} |")
    lines += ["", f"## EXPLAIN (ANALYZE) at {largest.years} years", ""]
    for name, plan in largest.plans.items():
        lines += [f"### {name}", "", "```", *plan, "```", ""]
    path = out / f"{stamp}.md"
    path.write_text("\n".join(lines) + "\n")
    return path


def chart(sizes: list[SizeRun], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    years = [size.years for size in sizes]
    figure, (requests, batch) = plt.subplots(1, 2, figsize=(12, 5))
    for key in sizes[0].measures:
        if key == "billing_run":
            continue
        # Lists: one client's median (the service time); wrk's is queueing for the workers.
        alone = sizes[0].measures[key].alone_p50 is not None
        values = [
            size.measures[key].alone_p50 if alone else size.measures[key].p50 for size in sizes
        ]
        if all(v is not None for v in values):
            label = f"{key} p50" + (" (one client)" if alone else "")
            requests.plot(years, values, marker="o", label=label)
    requests.set_xlabel("years of ledger")
    requests.set_ylabel("ms")
    requests.set_yscale("log")
    requests.set_title("Requests (median)")
    requests.legend(fontsize=8)
    requests.set_xticks(years)
    batch.plot(years, [size.seed_seconds for size in sizes], marker="o", label="seed (COPY)")
    batch.plot(
        years,
        [(size.measures["billing_run"].p50 or 0) / 1000 for size in sizes],
        marker="o",
        label="billing run, 5,000 houses (preview + post)",
    )
    batch.axhline(10, color="grey", linestyle=":", label="billing run budget (10 s)")
    batch.set_xlabel("years of ledger")
    batch.set_ylabel("s")
    batch.set_title("Batch work")
    batch.legend(fontsize=8)
    batch.set_xticks(years)
    figure.tight_layout()
    figure.savefig(path, dpi=90)


def drop_database(url: str) -> None:
    """Drop the scratch database (KEEP_DATABASE=1 keeps the largest size to look at)."""
    base = sa.engine.make_url(url)
    admin = sa.create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{base.database}" WITH (FORCE)'))
    admin.dispose()


def main() -> int:
    sizes_wanted = [int(y) for y in os.environ.get("LEDGER_YEARS", "1,2,5").split(",")]
    workers = int(os.environ.get("WORKERS", "2"))
    duration = int(os.environ.get("DURATION", "10"))
    rounds = 12
    work = Path(tempfile.mkdtemp(prefix="village-bench-ledger-"))
    base_env = {**os.environ, "DATABASE_URL": URL, "VILLAGE_ENV_FILE": os.devnull,
                "FLASK_SKIP_DOTENV": "1"}  # fmt: skip
    server_env = run.server_environment(base_env, work, workers=workers, rounds=rounds)
    if problems := run.settings_problems(sys.executable, server_env):
        print(f"The bench's production settings are refused:\n{problems}", file=sys.stderr)
        return 2
    load_before = " ".join(f"{x:.1f}" for x in os.getloadavg())
    sizes = []
    for years in sizes_wanted:
        print(f"== {years} year(s) of ledger into {sa.engine.make_url(URL).database}", flush=True)
        try:
            size = prepare(years, base_env, rounds)
        except sa.exc.OperationalError as error:
            print(f"bench-ledger needs PostgreSQL at {URL} ({error.orig})", file=sys.stderr)
            return 2
        measure(size, server_env, work, duration)
        sizes.append(size)
    settings = {"workers": workers, "wrk_duration_s": duration, "cpus": os.cpu_count(),
                "load_average_before": load_before,
                "load_average_after": " ".join(f"{x:.1f}" for x in os.getloadavg())}  # fmt: skip
    path = write_results(sizes, settings)
    if not os.environ.get("KEEP_DATABASE"):
        drop_database(URL)
    largest = max(sizes, key=lambda size: size.years)
    print(f"\n== budgets at {largest.years} years (results: {path.relative_to(ROOT)})")
    for label, shown, met in verdicts(largest):
        word = {True: "met   ", False: "MISSED", None: "n/a   "}[met]
        print(f"   {word} {label}: {shown}")
    return 0 if all(met is not False for _, _, met in verdicts(largest)) else 1


if __name__ == "__main__":
    sys.exit(main())
