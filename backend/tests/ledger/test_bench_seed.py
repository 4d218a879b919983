"""The bench's ledger seeder (bench/ledger_seed.py) writes what the app would have written.

`make bench-ledger` judges the budgets of issue 15 on years of invoices, payments and
receipts loaded with COPY, past the app; if a migration changes the ledger's tables
or rules, the seeder must follow, or the bench measures a database the app could not
have produced. At a tiny size on a scratch PostgreSQL database: every invariant the
seeder checks holds, and the app's own statement agrees with the houses' kept balances.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import make_url

from tests.conftest import DEFAULT_PG, alembic_config, make_settings
from village import create_app

BENCH = Path(__file__).resolve().parents[3] / "bench"
pytestmark = pytest.mark.postgres_only


@pytest.fixture
def scratch_url(worker_id: str) -> Iterator[str]:
    base = make_url(os.environ.get("TEST_DATABASE_URL", DEFAULT_PG))
    checkout = hashlib.sha256(str(BENCH).encode()).hexdigest()[:8]
    name = f"village_bench_seed_{checkout}_{worker_id}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = base.set(database=name).render_as_string(hide_password=False)
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_seeded_ledger_keeps_the_invariants_and_the_app_agrees(scratch_url: str) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import ledger_seed
        import seed
    finally:
        sys.path.remove(str(BENCH))

    counts = ledger_seed.seed_ledger(scratch_url, 1, houses=300, members=600, rounds=4)

    assert counts["invoices"] >= 300 * 12
    assert counts["payments"] > 0
    assert ledger_seed.check(scratch_url) == dict.fromkeys(ledger_seed.CHECKS, 0)
    app = create_app(make_settings(scratch_url))
    client = app.test_client()
    signed = client.post(
        "/auth/login", json={"email": ledger_seed.ACCOUNTANT_EMAIL, "password": seed.PASSWORD}
    )
    headers = {"Authorization": f"Bearer {signed.json['access_token']}"}
    engine = sa.create_engine(scratch_url)
    with engine.connect() as conn:
        owing, ahead = (
            conn.scalar(sa.text(f"SELECT min(id) FROM houses WHERE {where}"))
            for where in ("outstanding_satang > 0", "credit_satang > 0")
        )
        balances = dict(
            conn.execute(
                sa.text(
                    "SELECT id, outstanding_satang - credit_satang FROM houses "
                    "WHERE id IN (:a, :b, 1)"
                ),
                {"a": owing, "b": ahead or 1},
            ).all()
        )
    engine.dispose()
    for house_id, balance in balances.items():
        statement = client.get(f"/api/v1/houses/{house_id}/statement", headers=headers)
        assert statement.status_code == 200, statement.json
        assert statement.json["closing_balance_satang"] == balance
    listed = client.get(f"/api/v1/invoices?house_id={owing}&status=issued", headers=headers)
    assert listed.status_code == 200 and listed.json["total"] > 0
    app.extensions["village.db"].engine.dispose()
