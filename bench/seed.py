"""Seed a benchmark database with realistic users, fast (PostgreSQL COPY).

    python bench/seed.py DATABASE_URL COUNT

Names are Thai and English (Faker), emails derived from them, phones are Thai
mobile numbers, house numbers look like "12/345". Every user shares one
password hash made at the production cost, so seeding stays fast.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta

import psycopg
from faker import Faker
from village.security.passwords import hash_password

PASSWORD = "Bench-Passw0rd!"
ROLES = (
    ["resident"] * 960 + ["accounting_admin"] * 10 + ["village_admin"] * 25 + ["super_admin"] * 5
)
STATUSES = ["active"] * 90 + ["pending"] * 6 + ["inactive"] * 4
COLUMNS = (
    "email",
    "full_name",
    "phone",
    "role",
    "status",
    "house_number",
    "address",
    "password_hash",
    "password_changed_at",
    "failed_login_count",
    "created_at",
    "updated_at",
    "last_login_at",
)


def rows(count: int, password_hash: str, seed: int = 2026):
    random.seed(seed)
    thai, english = Faker("th_TH"), Faker("en_US")
    Faker.seed(seed)
    now = datetime.now(UTC)
    for i in range(count):
        faker = thai if i % 3 else english
        name = faker.name()
        created = now - timedelta(seconds=random.randint(0, 2 * 365 * 86_400))
        last_login = created + timedelta(
            seconds=random.randint(0, int((now - created).total_seconds()))
        )
        yield (
            f"{english.user_name()}.{i}@bench.example",
            name,
            f"0{random.choice('689')}{random.randint(0, 99_999_999):08d}",
            random.choice(ROLES),
            random.choice(STATUSES),
            f"{random.randint(1, 400)}/{random.randint(1, 999)}",
            f"{random.randint(1, 400)} หมู่ {random.randint(1, 12)} ต.บางพลีใหญ่ อ.บางพลี สมุทรปราการ",
            password_hash,
            created,
            0,
            created,
            created,
            last_login if random.random() < 0.7 else None,
        )


def seed(url: str, count: int, rounds: int = 12) -> None:
    password_hash = hash_password(PASSWORD, rounds)
    with (
        psycopg.connect(url.replace("+psycopg", "")) as conn,
        conn.cursor() as cur,
        cur.copy(f"COPY users ({', '.join(COLUMNS)}) FROM STDIN") as copy,
    ):
        for row in rows(count, password_hash):
            copy.write_row(row)
    # Fresh statistics and visibility map, as a database that has been running a while has.
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


if __name__ == "__main__":
    seed(sys.argv[1], int(sys.argv[2]))
