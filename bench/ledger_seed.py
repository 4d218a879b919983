"""Seed years of the common-fee ledger into a bench database, fast (PostgreSQL COPY).

    cd backend && venv/bin/python ../bench/ledger_seed.py DATABASE_URL [YEARS]

On a migrated, empty database: 5,000 houses in zones with 15,000 resident members
(bench/seed.py), two staff accounts, the fee schedules (the common fee per square wah
for homes, raised once by a general meeting, flat for shops; a flat garbage fee), and
YEARS × 12 months of monthly invoices (≈ 60,000 a year), one posted billing run per
month, with payments, allocations, receipts and receipt lines:

- most houses pay each invoice within a few weeks of its issue (some of them only
  after the current month ends: November's invoice still open on 30 November);
- ~10 % pay every three months in one transfer (one receipt for three invoices);
- ~1 % paid ahead: their last payment left credit;
- ~8 % stopped paying 1–12 months ago, a third of them with a partial payment on
  their oldest unpaid invoice;
- ~0.5 % never paid at all, billed six months before the others (at five years,
  debts older than five years: prescription risk).

Everything agrees with the ledger's invariants (village.md, "Invariants"), as the
app would have written it: invoice total = Σ lines, paid = Σ allocations, status from
the amounts, payments fill the oldest due invoice first and lines in order, one
receipt per payment with the months it paid and any credit, houses' kept
`outstanding_satang` and `credit_satang`, document numbers INV/RC gap-free per fiscal
year in date order with `document_sequences` at the last one. `check` verifies them
in SQL afterwards. The arithmetic, descriptions and numbers come from the app's own
functions, so a billing run afterwards sees these invoices as its own.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from zoneinfo import ZoneInfo

import psycopg
from village.billing import rules
from village.invoices.ledger import status_for
from village.numbering.enums import DocumentPrefix
from village.numbering.service import format_number
from village.payments.receipting import CREDIT_DESCRIPTION
from village.security.passwords import hash_password
from village.thai_dates import fiscal_year_be

import seed

HOUSES = 5000
MEMBERS = 15000
ZONE = ZoneInfo("Asia/Bangkok")
DUE_DAYS = 15
CLERK_EMAIL = "ledger.clerk@bench.example"  # records payments at the office
ACCOUNTANT_EMAIL = "ledger.accountant@bench.example"  # confirms, reviews slips
# Rates in satang per month: per square wah for homes (raised by the AGM of 2024),
# flat for shops; the garbage fee is flat for everyone.
COMMON_RATES = ((date(2000, 1, 1), date(2023, 12, 1), 1800), (date(2024, 1, 1), None, 2000))
SHOP_RATE = 250_000
GARBAGE_RATE = 5_000
EARLY_MONTHS = 6  # the never-paid houses were billed this much longer
METHODS = ["bank_transfer"] * 5 + ["promptpay"] * 4 + ["cash"]


@dataclass
class Invoice:
    id: int
    house: int  # index into the houses list
    month: date
    lines: list[tuple[int, str, int]]  # (fee item id, description, amount)
    number: str = ""
    paid: int = 0

    @property
    def total(self) -> int:
        return sum(amount for _, _, amount in self.lines)

    @property
    def issue_date(self) -> date:
        return self.month

    @property
    def due_date(self) -> date:
        return self.month + timedelta(days=DUE_DAYS)


@dataclass
class Payment:
    house: int
    paid_on: date
    amount: int
    invoices: list[tuple[Invoice, int]] = field(default_factory=list)  # (invoice, allocated)
    id: int = 0
    number: str = ""


@dataclass(frozen=True)
class HouseRow:
    id: int
    number: str
    plot_type: str
    area: int  # hundredths of a square wah
    owner_id: int
    owner_name: str


def months_back(last: date, count: int) -> list[date]:
    return [rules.add_months(last, -n) for n in range(count - 1, -1, -1)]


def _copy(cur: psycopg.Cursor, table: str, columns: tuple[str, ...], rows: Iterator[tuple]) -> int:
    count = 0
    with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, clock(hour), ZONE).astimezone(UTC)


def _staff(cur: psycopg.Cursor, password_hash: str) -> tuple[int, str, int, str]:
    ids = []
    for email, name, role in (
        (CLERK_EMAIL, "สมศรี ใจดี", "village_admin"),
        (ACCOUNTANT_EMAIL, "วันเพ็ญ บัญชีดี", "accounting_admin"),
    ):
        cur.execute(
            "INSERT INTO users (email, email_key, full_name, role, status, password_hash, "
            "password_changed_at, failed_login_count, created_at, updated_at) VALUES "
            "(%s, %s, %s, %s, 'active', %s, now(), 0, now(), now()) RETURNING id",
            (email, email, name, role, password_hash),
        )
        ids.append((cur.fetchone()[0], name))  # type: ignore[index]
    return ids[0][0], ids[0][1], ids[1][0], ids[1][1]


def _fees(cur: psycopg.Cursor, first: date) -> tuple[list[rules.Item], list[rules.Rate]]:
    """The fee items and schedules in force from `first` on, written and answered."""
    cur.execute(
        "INSERT INTO fee_items (code, name_th, name_en, counts_for_arrears, active, created_at, "
        "updated_at) VALUES ('GARBAGE', 'ค่าเก็บขยะ', 'Garbage collection', true, true, now(), "
        "now())"
    )
    cur.execute(
        "SELECT id, code, name_th, name_en FROM fee_items WHERE code IN ('COMMON', 'GARBAGE') "
        "ORDER BY id"
    )
    items = [rules.Item(*row) for row in cur.fetchall()]
    common, garbage = (
        next(i.id for i in items if i.code == code) for code in ("COMMON", "GARBAGE")
    )
    schedules = [
        (common, "per_sq_wah", rate, "residential", max(start, first), end)
        for start, end, rate in COMMON_RATES
        if end is None or end >= first
    ]
    schedules += [
        (common, "per_house", SHOP_RATE, "commercial", first, None),
        (garbage, "per_house", GARBAGE_RATE, None, first, None),
    ]
    rates = []
    for item_id, basis, rate, plot_type, start, end in schedules:
        cur.execute(
            "INSERT INTO fee_schedules (fee_item_id, basis, rate_satang, plot_type, "
            "effective_from, effective_to, meeting_reference, created_at, updated_at) VALUES "
            "(%s, %s, %s, %s, %s, %s, 'มติที่ประชุมใหญ่ / AGM', now(), now()) RETURNING id",
            (item_id, basis, rate, plot_type, start, end),
        )
        rate_id = cur.fetchone()[0]  # type: ignore[index]
        rates.append(rules.Rate(rate_id, item_id, basis, rate, plot_type, start, end))
    return items, rates


def _houses(cur: psycopg.Cursor) -> list[HouseRow]:
    cur.execute(
        "SELECT h.id, h.house_number, h.plot_type, h.land_area_hundredths, u.id, u.full_name "
        "FROM houses h JOIN house_members m ON m.house_id = h.id AND m.is_primary_contact "
        "JOIN users u ON u.id = m.user_id ORDER BY h.id"
    )
    return [HouseRow(*row) for row in cur.fetchall()]


def plan(
    houses: list[HouseRow],
    items: list[rules.Item],
    rates: list[rules.Rate],
    *,
    months: list[date],
    today: date,
    rng: random.Random,
) -> tuple[list[Invoice], list[Payment]]:
    """Every invoice and payment, numbered and with ids, in the app's orders."""
    early = months_back(rules.add_months(months[0], -1), EARLY_MONTHS)
    invoices: list[Invoice] = []
    payments: list[Payment] = []
    for index, house in enumerate(houses):
        draw = rng.random()
        kind = (
            "never" if draw < 0.005
            else "behind" if draw < 0.085
            else "quarterly" if draw < 0.185
            else "ahead" if draw < 0.195
            else "monthly"
        )  # fmt: skip
        billed = early + months if kind == "never" else months
        own = []
        for month in billed:
            lines = []
            for item in items:
                rate = rules.applicable(rates, item.id, house.plot_type, month)
                if rate is not None:
                    amount = rules.line_amount(rate, house.area)
                    if amount is None:  # every seeded house has a land area
                        raise ValueError(f"house {house.number} has no land area")
                    lines.append((item.id, rules.describe(item, month), amount))
            own.append(Invoice(0, index, month, lines))
        invoices += own
        payments += _pay(index, kind, own, today, rng)
    # Numbers and ids in date order, as a month's billing run issues them.
    invoices.sort(key=lambda inv: (inv.month, houses[inv.house].id))
    counters: dict[tuple[str, int], int] = {}
    for n, invoice in enumerate(invoices, start=1):
        invoice.id = n
        invoice.number = _number(DocumentPrefix.INVOICE, invoice.issue_date, counters)
    payments.sort(key=lambda p: (p.paid_on, houses[p.house].id))
    for n, payment in enumerate(payments, start=1):
        payment.id = n
        payment.number = _number(DocumentPrefix.RECEIPT, payment.paid_on, counters)
    return invoices, payments


def _number(prefix: DocumentPrefix, day: date, counters: dict[tuple[str, int], int]) -> str:
    year = fiscal_year_be(day, 1)
    key = (prefix.value, year)
    counters[key] = counters.get(key, 0) + 1
    return format_number(prefix, year, counters[key])


def _pay(
    house: int, kind: str, own: list[Invoice], today: date, rng: random.Random
) -> list[Payment]:
    """The house's payments: each fills the oldest open invoices first (paid_on never
    goes backwards, so the oldest-due-first rule holds as the app would apply it)."""
    if kind == "never":
        return []
    payments: list[Payment] = []
    last_paid = date.min
    if kind == "behind":
        stop = len(own) - rng.randint(1, min(12, len(own)))
        payable, unpaid = own[:stop], own[stop:]
    else:
        payable, unpaid = own, []
    step = 3 if kind == "quarterly" else 1
    for start in range(0, len(payable), step):
        block = payable[start : start + step]
        day = max(block[-1].issue_date + timedelta(days=int(rng.triangular(0, 40, 8))), last_paid)
        if day > today:
            break  # not paid yet: everything after stays open too
        last_paid = day
        payment = Payment(house, day, sum(inv.total for inv in block))
        payment.invoices = [(inv, inv.total) for inv in block]
        for inv in block:
            inv.paid = inv.total
        payments.append(payment)
    if kind == "ahead" and payments and all(inv.paid for inv in own):
        # The last transfer rounded up to a few months ahead: credit for later bills.
        payments[-1].amount += own[-1].total * rng.randint(1, 3)
    if kind == "behind" and unpaid and rng.random() < 1 / 3:
        oldest = unpaid[0]
        day = max(oldest.due_date + timedelta(days=rng.randint(0, 20)), last_paid)
        part = max(100, oldest.total * rng.randint(20, 80) // 100)
        if day <= today and part < oldest.total:
            oldest.paid = part
            payments.append(Payment(house, day, part, [(oldest, part)]))
    return payments


def write(
    cur: psycopg.Cursor,
    houses: list[HouseRow],
    invoices: list[Invoice],
    payments: list[Payment],
    *,
    staff: tuple[int, str, int, str],
    rng: random.Random,
) -> dict[str, int]:
    clerk_id, _, accountant_id, accountant_name = staff
    counts: dict[str, int] = {}
    months = sorted({inv.month for inv in invoices})
    run_ids = {month: n for n, month in enumerate(months, start=1)}
    totals: dict[date, list[int]] = {month: [0, 0] for month in months}
    for inv in invoices:
        totals[inv.month][0] += 1
        totals[inv.month][1] += inv.total
    counts["billing_runs"] = _copy(
        cur,
        "billing_runs",
        ("id", "period", "months", "issue_date", "due_date", "status", "preview", "skipped",
         "invoice_count", "total_satang", "created_by_id", "created_at", "posted_by_id",
         "posted_at"),
        (
            (run_ids[m], m, 1, m, m + timedelta(days=DUE_DAYS), "posted", "[]", "[]",
             totals[m][0], totals[m][1], accountant_id, _at(m, 9), accountant_id, _at(m))
            for m in months
        ),
    )  # fmt: skip
    counts["invoices"] = _copy(
        cur,
        "invoices",
        ("id", "number", "house_id", "bill_to_name", "bill_to_user_id", "billed_to_developer",
         "issue_date", "due_date", "total_satang", "paid_satang", "credited_satang", "status",
         "billing_run_id", "created_by_id", "created_at"),
        (
            (inv.id, inv.number, houses[inv.house].id, houses[inv.house].owner_name,
             houses[inv.house].owner_id, False, inv.issue_date, inv.due_date, inv.total,
             inv.paid, 0, rules_status(inv), run_ids[inv.month], accountant_id,
             _at(inv.issue_date))
            for inv in invoices
        ),
    )  # fmt: skip
    counts["invoice_lines"] = _copy(
        cur,
        "invoice_lines",
        ("invoice_id", "position", "house_id", "fee_item_id", "month", "description",
         "quantity", "unit_satang", "amount_satang", "void"),
        (
            (inv.id, position, houses[inv.house].id, item_id, inv.month, text, 1, amount,
             amount, False)
            for inv in invoices
            for position, (item_id, text, amount) in enumerate(inv.lines)
        ),
    )  # fmt: skip
    methods = [rng.choice(METHODS) for _ in payments]
    counts["payments"] = _copy(
        cur,
        "payments",
        ("id", "house_id", "amount_satang", "method", "paid_on", "posting_date", "reference",
         "payer_name", "status", "recorded_by_id", "confirmed_by_id", "confirmed_at",
         "created_at"),
        (
            (p.id, houses[p.house].id, p.amount, method, p.paid_on, p.paid_on,
             None if method == "cash" else f"TRF{p.id:09d}", houses[p.house].owner_name,
             "confirmed", clerk_id, accountant_id, _at(p.paid_on, 15), _at(p.paid_on, 11))
            for p, method in zip(payments, methods, strict=True)
        ),
    )  # fmt: skip
    counts["allocations"] = _copy(
        cur,
        "allocations",
        ("payment_id", "invoice_id", "house_id", "amount_satang", "allocated_on", "created_at"),
        (
            (p.id, inv.id, houses[p.house].id, amount, p.paid_on, _at(p.paid_on, 15))
            for p in payments
            for inv, amount in p.invoices
        ),
    )
    counts["receipts"] = _copy(
        cur,
        "receipts",
        ("id", "number", "payment_id", "house_id", "payer_name", "amount_satang", "issue_date",
         "method", "reference", "collector_name", "print_count", "void", "created_at"),
        (
            (p.id, p.number, p.id, houses[p.house].id, houses[p.house].owner_name, p.amount,
             p.paid_on, method, None if method == "cash" else f"TRF{p.id:09d}",
             accountant_name, 0, False, _at(p.paid_on, 15))
            for p, method in zip(payments, methods, strict=True)
        ),
    )  # fmt: skip
    counts["receipt_lines"] = _copy(
        cur,
        "receipt_lines",
        ("receipt_id", "position", "invoice_id", "invoice_number", "month", "description",
         "amount_satang"),
        (row for p in payments for row in _receipt_lines(p)),
    )  # fmt: skip
    return counts


def rules_status(invoice: Invoice) -> str:
    return str(status_for(invoice.total, invoice.paid, 0))


def _receipt_lines(payment: Payment) -> Iterator[tuple]:
    """What the receipt lists: each invoice line the payment settled (lines fill in order;
    a payment is the first to touch each of its invoices), then any credit."""
    position = 0
    for invoice, amount in payment.invoices:
        left = amount
        for _, text, line_amount in invoice.lines:
            part = min(left, line_amount)
            if part <= 0:
                break
            yield (payment.id, position, invoice.id, invoice.number, invoice.month, text, part)
            position += 1
            left -= part
    credit = payment.amount - sum(amount for _, amount in payment.invoices)
    if credit > 0:
        yield (payment.id, position, None, None, None, CREDIT_DESCRIPTION, credit)


def finish(cur: psycopg.Cursor) -> None:
    """Sequences past the explicit ids, the document counters, the houses' kept amounts."""
    for table in ("billing_runs", "invoices", "invoice_lines", "payments", "allocations",
                  "receipts", "receipt_lines"):  # fmt: skip
        cur.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
        )
    for prefix, table in (("INV", "invoices"), ("RC", "receipts")):
        cur.execute(
            "INSERT INTO document_sequences (prefix, fiscal_year, last_number) "
            f"SELECT %s, substr(number, {len(prefix) + 1}, 4)::int, "
            f"max(substr(number, {len(prefix) + 6})::int) FROM {table} GROUP BY 2 "
            "ON CONFLICT (prefix, fiscal_year) DO UPDATE SET last_number = excluded.last_number",
            (prefix,),
        )
    cur.execute(
        "UPDATE houses h SET outstanding_satang = coalesce(o.owed, 0), "
        "credit_satang = coalesce(p.paid, 0) - coalesce(a.used, 0) FROM houses x "
        "LEFT JOIN (SELECT house_id, sum(total_satang - paid_satang - credited_satang) AS owed "
        "  FROM invoices WHERE status <> 'void' GROUP BY house_id) o ON o.house_id = x.id "
        "LEFT JOIN (SELECT house_id, sum(amount_satang) AS paid FROM payments "
        "  WHERE status = 'confirmed' GROUP BY house_id) p ON p.house_id = x.id "
        "LEFT JOIN (SELECT house_id, sum(amount_satang) AS used FROM allocations "
        "  WHERE reversed_at IS NULL GROUP BY house_id) a ON a.house_id = x.id "
        "WHERE h.id = x.id"
    )


# Each query answers rows that break an invariant (village.md, "Invariants"); none is right.
CHECKS = {
    "invoice total = Σ lines": (
        "SELECT i.id FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id "
        "GROUP BY i.id HAVING i.total_satang <> sum(l.amount_satang)"
    ),
    "invoice paid = Σ active allocations": (
        "SELECT i.id FROM invoices i LEFT JOIN allocations a ON a.invoice_id = i.id "
        "AND a.reversed_at IS NULL GROUP BY i.id "
        "HAVING i.paid_satang <> coalesce(sum(a.amount_satang), 0)"
    ),
    "status agrees with the amounts": (
        "SELECT id FROM invoices WHERE status <> CASE "
        "WHEN paid_satang + credited_satang >= total_satang THEN "
        "  CASE WHEN paid_satang = 0 AND credited_satang > 0 THEN 'credited' ELSE 'paid' END "
        "WHEN paid_satang + credited_satang > 0 THEN 'partially_paid' ELSE 'issued' END"
    ),
    "Σ allocations of a payment ≤ its amount, same house": (
        "SELECT p.id FROM payments p JOIN allocations a ON a.payment_id = p.id "
        "JOIN invoices i ON i.id = a.invoice_id GROUP BY p.id "
        "HAVING sum(a.amount_satang) > p.amount_satang "
        "OR bool_or(a.house_id <> p.house_id OR i.house_id <> p.house_id)"
    ),
    "one receipt per confirmed payment, same amount, lines add up": (
        "SELECT p.id FROM payments p LEFT JOIN receipts r ON r.payment_id = p.id "
        "LEFT JOIN (SELECT receipt_id, sum(amount_satang) s FROM receipt_lines "
        "GROUP BY receipt_id) l ON l.receipt_id = r.id "
        "WHERE p.status = 'confirmed' AND (r.id IS NULL OR r.amount_satang <> p.amount_satang "
        "OR l.s IS DISTINCT FROM p.amount_satang)"
    ),
    "houses' kept outstanding and credit": (
        "SELECT h.id FROM houses h WHERE h.outstanding_satang <> coalesce((SELECT "
        "sum(total_satang - paid_satang - credited_satang) FROM invoices "
        "WHERE house_id = h.id AND status <> 'void'), 0) OR h.credit_satang <> "
        "coalesce((SELECT sum(amount_satang) FROM payments WHERE house_id = h.id "
        "AND status = 'confirmed'), 0) - coalesce((SELECT sum(a.amount_satang) FROM "
        "allocations a JOIN payments p ON p.id = a.payment_id WHERE a.house_id = h.id "
        "AND a.reversed_at IS NULL AND p.status = 'confirmed'), 0)"
    ),
    "credit only where nothing is open": (
        "SELECT id FROM houses WHERE credit_satang > 0 AND outstanding_satang > 0"
    ),
    "a (house, fee item, month) billed at most once": (
        "SELECT house_id FROM invoice_lines WHERE NOT void AND source_invoice_id IS NULL "
        "GROUP BY house_id, fee_item_id, month HAVING count(*) > 1"
    ),
    "numbers gap-free per prefix and fiscal year, counters at the last": (
        "SELECT d.prefix FROM (SELECT prefix, substr(number, length(prefix) + 1, 4)::int fy, "
        "substr(number, length(prefix) + 6)::int n, number FROM (SELECT 'INV' prefix, number "
        "FROM invoices UNION ALL SELECT 'RC', number FROM receipts) x) d "
        "LEFT JOIN document_sequences s ON s.prefix = d.prefix AND s.fiscal_year = d.fy "
        "GROUP BY d.prefix, d.fy, s.last_number HAVING count(*) <> max(d.n) "
        "OR count(DISTINCT d.number) <> count(*) OR s.last_number IS DISTINCT FROM max(d.n)"
    ),
    "oldest due first: nothing paid on an invoice while an older one is open": (
        "SELECT i.id FROM invoices i JOIN invoices o ON o.house_id = i.house_id "
        "AND o.due_date < i.due_date AND o.status IN ('issued', 'partially_paid') "
        "WHERE i.paid_satang > 0"
    ),
}


def check(url: str) -> dict[str, int]:
    """How many rows break each invariant (all zero on a good ledger)."""
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        return {
            # count(*), not LIMIT: a LIMIT invites nested loops that re-aggregate per row.
            name: int(conn.execute(f"SELECT count(*) FROM ({sql}) broken").fetchone()[0])  # type: ignore[index]
            for name, sql in CHECKS.items()
        }


def seed_ledger(
    url: str,
    years: int,
    *,
    houses: int = HOUSES,
    members: int = MEMBERS,
    today: date | None = None,
    rounds: int = 12,
    random_seed: int = 2569,
) -> dict[str, float]:
    """Seed the village and `years` of its ledger into the migrated database at `url`;
    answers the row counts and the seconds it took (`seconds`)."""
    started = time.perf_counter()
    today = today or datetime.now(ZONE).date()
    months = months_back(today.replace(day=1), 12 * years)
    rng = random.Random(random_seed)
    password_hash = hash_password(seed.PASSWORD, rounds)
    seed.seed(url, 0, rounds, houses=houses, members=members, analyze=False)
    plain = url.replace("+psycopg", "")
    with psycopg.connect(plain) as conn, conn.cursor() as cur:
        staff = _staff(cur, password_hash)
        first = rules.add_months(months[0], -EARLY_MONTHS)
        items, rates = _fees(cur, first)
        rows = _houses(cur)
        invoices, payments = plan(rows, items, rates, months=months, today=today, rng=rng)
        # The rows are checked afterwards (`check`); foreign keys' triggers are skipped
        # while loading, as pg_restore does.
        cur.execute("SET session_replication_role = replica")
        counts: dict[str, float] = dict(write(cur, rows, invoices, payments, staff=staff, rng=rng))
        cur.execute("SET session_replication_role = DEFAULT")
        finish(cur)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    counts["seconds"] = round(time.perf_counter() - started, 1)
    return counts


def main() -> int:
    url = sys.argv[1]
    years = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    counts = seed_ledger(url, years, rounds=4)
    print(", ".join(f"{name} {value:,}" for name, value in counts.items()))
    broken = {name: n for name, n in check(url).items() if n}
    print("invariants:", broken or "all hold")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
