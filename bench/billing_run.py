"""Time a billing run of a 5,000-house village on PostgreSQL: preview, then post.

    cd backend && venv/bin/python ../bench/billing_run.py [HOUSES] [MEMBERS] [MONTHS]

Environment: BENCH_DATABASE_URL (a scratch database it drops and recreates; default
postgresql+psycopg://postgres@127.0.0.1:5432/village_bench_billing). It seeds the houses
and their resident members (bench/seed.py), the COMMON fee at 20 THB per square wah,
one accounting admin, and a confirmed payment with credit on every tenth house; then it
previews and posts one run through the API (the app's test client: the same request
handling, serialisation and transaction as the server, without a socket) and prints the
seconds each took. The budget: post in under 10 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import sqlalchemy as sa

BACKEND = Path(__file__).resolve().parent.parent / "backend"
sys.path.insert(0, str(BACKEND))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from village import create_app  # noqa: E402
from village.config import Settings  # noqa: E402
from village.security.passwords import hash_password  # noqa: E402

import seed  # noqa: E402

URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/village_bench_billing"
)
EMAIL = "accountant@bench.example"
BUDGET_SECONDS = 10.0


def recreate(url: str) -> None:
    base = sa.engine.make_url(url)
    admin = sa.create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{base.database}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{base.database}"'))
    admin.dispose()


def prepare(url: str, houses: int, members: int) -> None:
    env = {**os.environ, "DATABASE_URL": url, "VILLAGE_ENV_FILE": os.devnull,
           "FLASK_SKIP_DOTENV": "1"}  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=BACKEND,
        env=env,
        check=True,
        capture_output=True,
    )
    seed.seed(url, 10, 4, houses=houses, members=members)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO users (email, email_key, full_name, role, status, password_hash, "
                "password_changed_at, failed_login_count, created_at, updated_at) VALUES "
                "(:email, :email, 'Bench Accountant', 'accounting_admin', 'active', :hash, "
                "now(), 0, now(), now())"
            ),
            {"email": EMAIL, "hash": hash_password(seed.PASSWORD, 4)},
        )
        item = conn.scalar(sa.text("SELECT id FROM fee_items WHERE code = 'COMMON'"))
        conn.execute(
            sa.text(
                "INSERT INTO fee_schedules (fee_item_id, basis, rate_satang, plot_type, "
                "effective_from, meeting_reference, created_at, updated_at) VALUES "
                "(:item, 'per_sq_wah', 2000, NULL, '2026-01-01', 'AGM 1/2569', now(), now())"
            ),
            {"item": item},
        )
        # Credit on every tenth house: a confirmed payment with nothing allocated.
        conn.execute(
            sa.text(
                "INSERT INTO payments (house_id, amount_satang, method, paid_on, posting_date, "
                "payer_name, status, created_at) SELECT id, 50000, 'cash', '2026-11-20', "
                "'2026-11-20', 'Bench', 'confirmed', now() FROM houses WHERE id % 10 = 0"
            )
        )
        conn.execute(sa.text("UPDATE houses SET credit_satang = 50000 WHERE id % 10 = 0"))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("VACUUM ANALYZE"))
    engine.dispose()


def main() -> int:
    houses = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    members = int(sys.argv[2]) if len(sys.argv) > 2 else 3 * houses
    months = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    recreate(URL)
    started = time.perf_counter()
    prepare(URL, houses, members)
    print(f"seeded {houses} houses, {members} members in {time.perf_counter() - started:.1f} s")
    # The INVOICE_ISSUED mail templates come with the payment-slips work; until they are
    # in place, count the mail as queued anyway so the outbox insert is measured too.
    from village.mail import rendering

    rendering.exists = lambda template: True  # type: ignore[assignment]
    app = create_app(
        Settings(
            _env_file=None,
            APP_ENV="test",
            DATABASE_URL=URL,
            JWT_SECRET_KEY="bench-jwt-key-" + "a1b2c3d4" * 6,
            SECRET_KEY="bench-flask-key-" + "e5f6a7b8" * 6,
            BCRYPT_ROUNDS=4,
            LOG_LEVEL="WARNING",
        )
    )
    client = app.test_client()
    login = client.post("/auth/login", json={"email": EMAIL, "password": seed.PASSWORD})
    if login.status_code != 200:
        raise SystemExit(f"login failed: {login.json}")
    headers = {"Authorization": f"Bearer {login.json['access_token']}"}

    started = time.perf_counter()
    run = client.post(
        "/api/v1/billing-runs",
        json={"period": "2026-12", "months": months, "issue_date": date(2026, 12, 1).isoformat()},
        headers=headers,
    )
    preview_seconds = time.perf_counter() - started
    if run.status_code != 201:
        raise SystemExit(f"preview failed: {run.json}")
    profiler = None
    if os.environ.get("PROFILE"):
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    posted = client.post(f"/api/v1/billing-runs/{run.json['id']}/post", headers=headers)
    post_seconds = time.perf_counter() - started
    if profiler is not None:
        profiler.disable()
        import pstats

        pstats.Stats(profiler).sort_stats(os.environ.get("PROFILE_SORT", "cumulative")).print_stats(
            45
        )
    if posted.status_code != 200:
        raise SystemExit(f"post failed: {posted.json}")
    body = posted.json
    print(
        f"months={months} invoices={body['invoice_count']} total_satang={body['total_satang']} "
        f"skipped={body['skipped_count']}"
    )
    verdict = "ok" if post_seconds < BUDGET_SECONDS else "OVER"
    print(
        f"preview {preview_seconds:.2f} s, post {post_seconds:.2f} s "
        f"(budget {BUDGET_SECONDS:.0f} s: {verdict})"
    )
    app.extensions["village.db"].engine.dispose()
    return 0 if post_seconds < BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
