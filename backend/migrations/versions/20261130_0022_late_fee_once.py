"""The surcharge is levied at most once per source invoice and month: a partial unique
index on invoice lines (source_invoice_id, month) over non-void surcharge lines
(village.md, "Surcharge (late fee)"). Voiding the invoice that carries the line frees it.

Revision ID: 20261130_0022
Revises: 20261130_0020
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261130_0022"
down_revision: str | None = "20261130_0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHERE = "NOT void AND source_invoice_id IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.create_index(
            "uq_invoice_lines_late_fee_once",
            ["source_invoice_id", "month"],
            unique=True,
            sqlite_where=sa.text(WHERE),
            postgresql_where=sa.text(WHERE),
        )


def downgrade() -> None:
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_invoice_lines_late_fee_once",
            sqlite_where=sa.text(WHERE),
            postgresql_where=sa.text(WHERE),
        )
