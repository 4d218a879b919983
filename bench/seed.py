"""Seed a benchmark database with realistic users, fast (PostgreSQL COPY).

    python bench/seed.py DATABASE_URL COUNT [HOUSES MEMBERS]

Names are Thai and English (Faker), emails derived from them (stored with their
lookup key), phones are unique Thai mobile numbers in E.164. Every user shares
one password hash made at the production cost, so seeding stays fast.

`seed_houses` adds the village: houses numbered like "12/345" in zones, each
with an owner (the primary contact) and family or tenants, every member a
resident account of their own; a third of them never set a password (owners
who only get a letter).
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta

import psycopg
from faker import Faker
from village.identifiers import email_key
from village.security.passwords import hash_password

PASSWORD = "Bench-Passw0rd!"
ROLES = (
    ["resident"] * 960 + ["accounting_admin"] * 10 + ["village_admin"] * 25 + ["super_admin"] * 5
)
STATUSES = ["active"] * 90 + ["pending"] * 6 + ["inactive"] * 4
COLUMNS = (
    "email",
    "email_key",
    "full_name",
    "phone",
    "role",
    "status",
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
        email = f"{english.user_name()}.{i}@bench.example"
        yield (
            email,
            email_key(email),
            name,
            phone(i),
            random.choice(ROLES),
            random.choice(STATUSES),
            f"{random.randint(1, 400)} หมู่ {random.randint(1, 12)} ต.บางพลีใหญ่ อ.บางพลี สมุทรปราการ",
            password_hash,
            created,
            0,
            created,
            created,
            last_login if random.random() < 0.7 else None,
        )


def phone(number: int) -> str:
    """A unique Thai mobile number in E.164 for each seeded person: +66 8x xxx xxxx."""
    return f"+668{number:08d}"


HOUSE_COLUMNS = (
    "house_number",
    "plot_number",
    "zone",
    "land_area_hundredths",
    "plot_type",
    "occupancy",
    "developer_owned",
    "created_at",
    "updated_at",
)
MEMBER_USER_COLUMNS = (
    "email",
    "email_key",
    "full_name",
    "phone",
    "role",
    "status",
    "house_number",
    "password_hash",
    "password_change_required",
    "password_changed_at",
    "failed_login_count",
    "created_at",
    "updated_at",
)
RELATIONS = ["family"] * 3 + ["tenant", "co_owner"]


def house_number(index: int) -> str:
    """House numbers as estates give them: a lot block and a house, "12/345"."""
    return f"{index // 250 + 1}/{index % 250 + 1}"


def seed_houses(
    url: str, houses: int, members: int, password_hash: str, *, first_phone: int, seed: int = 7
) -> None:
    """`houses` houses and `members` resident accounts living in them (one owner each, the
    rest spread as family, tenants and co-owners); phones continue from `first_phone`."""
    random.seed(seed)
    thai = Faker("th_TH")
    Faker.seed(seed)
    now = datetime.now(UTC)
    plain = url.replace("+psycopg", "")
    with psycopg.connect(plain) as conn, conn.cursor() as cur:
        with cur.copy(f"COPY houses ({', '.join(HOUSE_COLUMNS)}) FROM STDIN") as copy:
            for i in range(houses):
                copy.write_row(
                    (
                        house_number(i),
                        f"{1000 + i}",
                        f"ซอย {i // 250 + 1}",
                        random.randint(5_000, 12_000),  # 50.00 to 120.00 square wah
                        "residential" if i % 50 else "commercial",
                        "occupied" if i % 20 else "vacant",
                        False,
                        now,
                        now,
                    )
                )
        # Every house gets its owner first, then the rest of the members at random houses.
        homes = list(range(houses)) + [random.randrange(houses) for _ in range(members - houses)]
        with cur.copy(f"COPY users ({', '.join(MEMBER_USER_COLUMNS)}) FROM STDIN") as copy:
            for n, home in enumerate(homes):
                has_password = n % 3 != 0
                email = f"member.{n}@bench.example" if n % 2 else None
                copy.write_row(
                    (
                        email,
                        email_key(email) if email else None,
                        thai.name(),
                        phone(first_phone + n),
                        "resident",
                        "active",
                        house_number(home),
                        password_hash if has_password else None,
                        False,
                        now,
                        0,
                        now,
                        now,
                    )
                )
        cur.execute("CREATE TEMP TABLE homes (n int, home int, user_id int, house_id int)")
        with cur.copy("COPY homes (n, home) FROM STDIN") as copy:
            for n, home in enumerate(homes):
                copy.write_row((n, home))
        cur.execute(
            "UPDATE homes SET user_id = u.id FROM users u "
            "WHERE u.phone = '+668' || lpad((%s + homes.n)::text, 8, '0')",
            (first_phone,),
        )
        cur.execute(
            "UPDATE homes SET house_id = h.id FROM houses h "
            "WHERE h.house_number = ((homes.home / 250 + 1) || '/' || (homes.home % 250 + 1))"
        )
        relations = ["owner" if n < houses else random.choice(RELATIONS) for n in range(len(homes))]
        cur.execute("CREATE TEMP TABLE relations (n int, relation text)")
        with cur.copy("COPY relations (n, relation) FROM STDIN") as copy:
            for n, relation in enumerate(relations):
                copy.write_row((n, relation))
        cur.execute(
            "INSERT INTO house_members (house_id, user_id, relation, is_primary_contact, "
            "moved_in_on, created_at, updated_at) "
            "SELECT homes.house_id, homes.user_id, r.relation, homes.n < %s, "
            "current_date - (homes.n %% 3000), now(), now() "
            "FROM homes JOIN relations r USING (n)",
            (houses,),
        )


def seed(
    url: str,
    count: int,
    rounds: int = 12,
    *,
    houses: int = 0,
    members: int = 0,
    analyze: bool = True,
) -> None:
    """`count` users of every role, then `houses` houses with `members` residents in them
    (`analyze`: then VACUUM ANALYZE; a caller seeding more afterwards does it at its end)."""
    password_hash = hash_password(PASSWORD, rounds)
    with (
        psycopg.connect(url.replace("+psycopg", "")) as conn,
        conn.cursor() as cur,
        cur.copy(f"COPY users ({', '.join(COLUMNS)}) FROM STDIN") as copy,
    ):
        for row in rows(count, password_hash):
            copy.write_row(row)
    if houses:
        seed_houses(url, houses, max(members, houses), password_hash, first_phone=count)
    # Fresh statistics and visibility map, as a database that has been running a while has.
    if analyze:
        with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")


if __name__ == "__main__":
    url, count, *village = sys.argv[1:]
    houses, members = (int(village[0]), int(village[1])) if village else (0, 0)
    seed(url, int(count), houses=houses, members=members)
