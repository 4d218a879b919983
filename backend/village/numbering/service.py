"""Issuing document numbers, gap-free and unique under concurrency.

`next_number` must run in the transaction that issues the document: the counter's
row is locked from the increment until that transaction commits or rolls back, so
twenty parallel issues get twenty consecutive numbers and a rolled-back issue
consumes none (village.md, "Document numbers"). On PostgreSQL the row lock queues
the issuers; on SQLite every writing transaction already holds the database's
write lock from `BEGIN IMMEDIATE` (village/database.py).
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite

from village import database
from village.numbering.enums import DocumentPrefix
from village.numbering.models import DocumentSequence

DIGITS = 6


def format_number(prefix: DocumentPrefix, fiscal_year: int, number: int) -> str:
    """`INV2569-000123`: the prefix, the fiscal year (B.E.), the number in six digits
    (more once a year passes 999,999 documents)."""
    return f"{prefix.value}{fiscal_year}-{number:0{DIGITS}d}"


def next_number(prefix: DocumentPrefix, *, fiscal_year: int) -> str:
    """Issue the next number of `prefix` in `fiscal_year` (B.E.), in this transaction."""
    return next_numbers(prefix, 1, fiscal_year=fiscal_year)[0]


def next_numbers(prefix: DocumentPrefix, count: int, *, fiscal_year: int) -> list[str]:
    """Issue the next `count` consecutive numbers of `prefix` in `fiscal_year` (B.E.) with
    one increment (a billing run numbers thousands of invoices in one statement)."""
    if count <= 0:
        return []
    session = database.session()
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(DocumentSequence)
        .values(prefix=prefix.value, fiscal_year=fiscal_year, last_number=0)
        .on_conflict_do_nothing()
    )
    number = session.execute(
        update(DocumentSequence)
        .where(DocumentSequence.prefix == prefix.value)
        .where(DocumentSequence.fiscal_year == fiscal_year)
        .values(last_number=DocumentSequence.last_number + count)
        .returning(DocumentSequence.last_number)
    ).scalar_one()
    return [format_number(prefix, fiscal_year, n) for n in range(number - count + 1, number + 1)]
