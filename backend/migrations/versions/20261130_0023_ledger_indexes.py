"""Invoice lines by billed month: a billing run's "what is billed already" lookup.

`billing.queries.billed` asks for every non-void line of the run's months across all
houses; the only index on those columns (`uq_invoice_lines_billed_month`) leads with
the house, so PostgreSQL read every line ever billed (a sequential scan of ~600,000
lines at five years of a 5,000-house village, bench/ledger.py). This index leads
with the month.

Revision ID: 20261130_0023
Revises: 20261130_0022
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261130_0023"
down_revision: str | None = "20261130_0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.create_index(
            "ix_invoice_lines_month", ["month", "house_id", "fee_item_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_invoice_lines_month")
