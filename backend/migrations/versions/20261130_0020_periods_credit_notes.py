"""Credit notes (maker–checker); accounting periods: closed months and their append-only snapshots; the books' dates
of voids and reversals (`invoices.voided_on`, `payments.reversed_on`,
`allocations.reversed_on`), so balances can be computed as of any date in SQL.

Existing voids and reversals get the village-local date of their instant (Asia/Bangkok
on PostgreSQL; the UTC date on SQLite, a development database).

Revision ID: 20261130_0020
Revises: 20261130_0019
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261130_0020"
down_revision: str | None = "20261130_0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "credit_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=True),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("house_id", sa.Integer(), nullable=False),
        sa.Column("amount_satang", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending_approval",
                "issued",
                "rejected",
                name="credit_note_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reject_reason", sa.String(length=500), nullable=True),
        sa.CheckConstraint("amount_satang > 0", name=op.f("ck_credit_notes_amount_positive")),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_credit_notes_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["users.id"],
            name=op.f("fk_credit_notes_decided_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["house_id"],
            ["houses.id"],
            name=op.f("fk_credit_notes_house_id_houses"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_credit_notes_invoice_id_invoices"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_notes")),
        sa.UniqueConstraint("number", name=op.f("uq_credit_notes_number")),
    )
    with op.batch_alter_table("credit_notes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_credit_notes_house_issue", ["house_id", "issue_date"], unique=False
        )
        batch_op.create_index("ix_credit_notes_invoice", ["invoice_id"], unique=False)
        batch_op.create_index(
            "ix_credit_notes_status_created", ["status", "created_at"], unique=False
        )

    op.create_table(
        "accounting_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "closed",
                name="period_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("reopened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reopened_by_id", sa.Integer(), nullable=True),
        sa.Column("reopen_reason", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by_id"],
            ["users.id"],
            name=op.f("fk_accounting_periods_closed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reopened_by_id"],
            ["users.id"],
            name=op.f("fk_accounting_periods_reopened_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounting_periods")),
        sa.UniqueConstraint("period", name=op.f("uq_accounting_periods_period")),
    )
    op.create_table(
        "period_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("taken_by_id", sa.Integer(), nullable=True),
        sa.Column("billed_satang", sa.BigInteger(), nullable=False),
        sa.Column("collected_satang", sa.BigInteger(), nullable=False),
        sa.Column("credited_satang", sa.BigInteger(), nullable=False),
        sa.Column("outstanding_satang", sa.BigInteger(), nullable=False),
        sa.Column("credit_satang", sa.BigInteger(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["taken_by_id"],
            ["users.id"],
            name=op.f("fk_period_snapshots_taken_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_snapshots")),
    )
    with op.batch_alter_table("period_snapshots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_period_snapshots_period"), ["period"], unique=False)

    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reversed_on", sa.Date(), nullable=True))

    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("voided_on", sa.Date(), nullable=True))

    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reversed_on", sa.Date(), nullable=True))

    local_day = (
        "({column} AT TIME ZONE 'Asia/Bangkok')::date"
        if op.get_bind().dialect.name == "postgresql"
        else "date({column})"
    )
    for table, day, instant in (
        ("invoices", "voided_on", "voided_at"),
        ("payments", "reversed_on", "reversed_at"),
        ("allocations", "reversed_on", "reversed_at"),
    ):
        # The names come from the tuple above, never from input.
        statement = f"UPDATE {table} SET {day} = {local_day.format(column=instant)} "  # noqa: S608
        op.execute(statement + f"WHERE {instant} IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("credit_notes", schema=None) as batch_op:
        batch_op.drop_index("ix_credit_notes_status_created")
        batch_op.drop_index("ix_credit_notes_invoice")
        batch_op.drop_index("ix_credit_notes_house_issue")
    op.drop_table("credit_notes")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_column("reversed_on")

    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_column("voided_on")

    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.drop_column("reversed_on")

    with op.batch_alter_table("period_snapshots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_period_snapshots_period"))

    op.drop_table("period_snapshots")
    op.drop_table("accounting_periods")
