"""The common fee: finance settings, fee items and schedules, billing runs, invoices and
their lines, payments, allocations, receipts, payment slips; houses' kept balances. Money columns are
64-bit integers of satang (a large village's totals pass 2^31).

The partial unique index `uq_invoice_lines_billed_month` is invariant 5 of village.md:
a (house, fee item, month) is on at most one non-void line. Seeds the fee items
every village has: the common fee (counts for arrears) and the surcharge.

Revision ID: 20261130_0019
Revises: 20261130_0017
Create Date: 2026-11-30
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "20261130_0019"
down_revision: str | None = "20261130_0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fee_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name_th", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("counts_for_arrears", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_items")),
        sa.UniqueConstraint("code", name=op.f("uq_fee_items_code")),
    )
    op.create_table(
        "finance_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "promptpay_mode",
            sa.Enum(
                "none",
                "credit_transfer",
                "bill_payment",
                name="promptpay_mode",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("promptpay_id", sa.String(length=13), nullable=True),
        sa.Column("biller_id", sa.String(length=15), nullable=True),
        sa.Column("bank_name", sa.String(length=100), nullable=True),
        sa.Column("bank_account_name", sa.String(length=200), nullable=True),
        sa.Column("bank_account_number", sa.String(length=30), nullable=True),
        sa.Column("due_days", sa.Integer(), server_default="15", nullable=False),
        sa.Column("receipt_signatory", sa.String(length=200), nullable=True),
        sa.Column(
            "require_payment_confirmation", sa.Boolean(), server_default=sa.true(), nullable=False
        ),
        sa.Column(
            "surcharge_method",
            sa.Enum(
                "none",
                "percent_per_month",
                "fixed_per_month",
                name="surcharge_method",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("surcharge_rate_basis_points", sa.Integer(), server_default="0", nullable=False),
        sa.Column("surcharge_fixed_satang", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("surcharge_grace_days", sa.Integer(), server_default="0", nullable=False),
        sa.Column("surcharge_legal_reference", sa.String(length=300), nullable=True),
        sa.Column("arrears_suspension_months", sa.Integer(), server_default="3", nullable=False),
        sa.Column("arrears_land_office_months", sa.Integer(), server_default="6", nullable=False),
        sa.Column("certificate_valid_days", sa.Integer(), server_default="30", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "due_days BETWEEN 0 AND 365", name=op.f("ck_finance_settings_due_days_range")
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_finance_settings_single_row")),
        sa.CheckConstraint(
            "surcharge_fixed_satang >= 0", name=op.f("ck_finance_settings_surcharge_fixed_positive")
        ),
        sa.CheckConstraint(
            "surcharge_rate_basis_points BETWEEN 0 AND 1000",
            name=op.f("ck_finance_settings_surcharge_rate_cap"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finance_settings")),
    )
    op.create_table(
        "billing_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("house_ids", sa.JSON(), nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "preview",
                "posted",
                "discarded",
                name="billing_run_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("preview", sa.JSON(), nullable=False),
        sa.Column("skipped", sa.JSON(), nullable=False),
        sa.Column("invoice_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("total_satang", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("posted_by_id", sa.Integer(), nullable=True),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("discarded_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("months IN (1, 3, 6, 12)", name=op.f("ck_billing_runs_months_allowed")),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_billing_runs_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["posted_by_id"],
            ["users.id"],
            name=op.f("fk_billing_runs_posted_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_runs")),
    )
    with op.batch_alter_table("billing_runs", schema=None) as batch_op:
        batch_op.create_index("ix_billing_runs_period", ["period"], unique=False)

    op.create_table(
        "fee_schedules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fee_item_id", sa.Integer(), nullable=False),
        sa.Column(
            "basis",
            sa.Enum(
                "per_sq_wah",
                "per_house",
                name="fee_basis",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("rate_satang", sa.BigInteger(), nullable=False),
        sa.Column(
            "plot_type",
            sa.Enum(
                "residential",
                "commercial",
                "vacant_land",
                name="plot_type",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("meeting_reference", sa.String(length=300), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "effective_to IS NULL OR effective_to >= effective_from",
            name=op.f("ck_fee_schedules_months_in_order"),
        ),
        sa.CheckConstraint("rate_satang >= 0", name=op.f("ck_fee_schedules_rate_positive")),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_fee_schedules_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["fee_item_id"],
            ["fee_items.id"],
            name=op.f("fk_fee_schedules_fee_item_id_fee_items"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_schedules")),
    )
    with op.batch_alter_table("fee_schedules", schema=None) as batch_op:
        batch_op.create_index(
            "ix_fee_schedules_item_from", ["fee_item_id", "effective_from"], unique=False
        )

    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("house_id", sa.Integer(), nullable=False),
        sa.Column("amount_satang", sa.BigInteger(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "cash",
                "bank_transfer",
                "promptpay",
                "cheque",
                name="payment_method",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("posting_date", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("payer_name", sa.String(length=300), nullable=False),
        sa.Column("requested_allocations", sa.JSON(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "confirmed",
                "reversed",
                "cancelled",
                name="payment_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("confirmed_by_id", sa.Integer(), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reversed_by_id", sa.Integer(), nullable=True),
        sa.Column("reversed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reverse_reason", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount_satang > 0", name=op.f("ck_payments_amount_positive")),
        sa.ForeignKeyConstraint(
            ["confirmed_by_id"],
            ["users.id"],
            name=op.f("fk_payments_confirmed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["house_id"],
            ["houses.id"],
            name=op.f("fk_payments_house_id_houses"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_payments_recorded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reversed_by_id"],
            ["users.id"],
            name=op.f("fk_payments_reversed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index("ix_payments_house_paid_on", ["house_id", "paid_on"], unique=False)
        batch_op.create_index("ix_payments_status_created", ["status", "created_at"], unique=False)

    op.create_table(
        "invoices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("house_id", sa.Integer(), nullable=False),
        sa.Column("bill_to_name", sa.String(length=300), nullable=False),
        sa.Column("bill_to_user_id", sa.Integer(), nullable=True),
        sa.Column("billed_to_developer", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("total_satang", sa.BigInteger(), nullable=False),
        sa.Column("paid_satang", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("credited_satang", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "issued",
                "partially_paid",
                "paid",
                "credited",
                "void",
                name="invoice_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("billing_run_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=500), nullable=True),
        sa.CheckConstraint(
            "paid_satang + credited_satang <= total_satang", name=op.f("ck_invoices_not_overpaid")
        ),
        sa.CheckConstraint(
            "paid_satang >= 0 AND credited_satang >= 0", name=op.f("ck_invoices_settled_positive")
        ),
        sa.CheckConstraint("total_satang >= 0", name=op.f("ck_invoices_total_positive")),
        sa.ForeignKeyConstraint(
            ["bill_to_user_id"],
            ["users.id"],
            name=op.f("fk_invoices_bill_to_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["billing_run_id"],
            ["billing_runs.id"],
            name=op.f("fk_invoices_billing_run_id_billing_runs"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_invoices_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["house_id"],
            ["houses.id"],
            name=op.f("fk_invoices_house_id_houses"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["voided_by_id"],
            ["users.id"],
            name=op.f("fk_invoices_voided_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoices")),
        sa.UniqueConstraint("number", name=op.f("uq_invoices_number")),
    )
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invoices_billing_run_id"), ["billing_run_id"], unique=False
        )
        batch_op.create_index("ix_invoices_house_issue", ["house_id", "issue_date"], unique=False)
        batch_op.create_index("ix_invoices_issue_date", ["issue_date"], unique=False)
        batch_op.create_index("ix_invoices_status_due", ["status", "due_date"], unique=False)

    op.create_table(
        "payment_slips",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("house_id", sa.Integer(), nullable=False),
        sa.Column("submitted_by_id", sa.Integer(), nullable=False),
        sa.Column("amount_satang", sa.BigInteger(), nullable=False),
        sa.Column("transferred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("invoice_ids", sa.JSON(), nullable=True),
        sa.Column("file_id", sa.Uuid(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "submitted",
                "accepted",
                "needs_fix",
                "rejected",
                "withdrawn",
                name="slip_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "reason_code",
            sa.Enum(
                "wrong_amount",
                "wrong_date",
                "unreadable",
                "duplicate",
                "wrong_account",
                "other",
                name="slip_reason",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("review_note", sa.String(length=500), nullable=True),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount_satang > 0", name=op.f("ck_payment_slips_amount_positive")),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["files.id"],
            name=op.f("fk_payment_slips_file_id_files"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["house_id"],
            ["houses.id"],
            name=op.f("fk_payment_slips_house_id_houses"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payments.id"],
            name=op.f("fk_payment_slips_payment_id_payments"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"],
            ["users.id"],
            name=op.f("fk_payment_slips_reviewed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["submitted_by_id"],
            ["users.id"],
            name=op.f("fk_payment_slips_submitted_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_slips")),
    )
    with op.batch_alter_table("payment_slips", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_slips_file_sha256"), ["file_sha256"], unique=False
        )
        batch_op.create_index("ix_payment_slips_house", ["house_id"], unique=False)
        batch_op.create_index(
            "ix_payment_slips_status_created", ["status", "created_at"], unique=False
        )

    op.create_table(
        "receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("house_id", sa.Integer(), nullable=False),
        sa.Column("payer_name", sa.String(length=300), nullable=False),
        sa.Column("amount_satang", sa.BigInteger(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "cash",
                "bank_transfer",
                "promptpay",
                "cheque",
                name="payment_method",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("collector_name", sa.String(length=300), nullable=True),
        sa.Column("print_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("void", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("void_reason", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["house_id"],
            ["houses.id"],
            name=op.f("fk_receipts_house_id_houses"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payments.id"],
            name=op.f("fk_receipts_payment_id_payments"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipts")),
        sa.UniqueConstraint("number", name=op.f("uq_receipts_number")),
        sa.UniqueConstraint("payment_id", name=op.f("uq_receipts_payment_id")),
    )
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.create_index("ix_receipts_house_issue", ["house_id", "issue_date"], unique=False)

    op.create_table(
        "allocations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("house_id", sa.Integer(), nullable=False),
        sa.Column("amount_satang", sa.BigInteger(), nullable=False),
        sa.Column("allocated_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reversed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("amount_satang > 0", name=op.f("ck_allocations_amount_positive")),
        sa.ForeignKeyConstraint(
            ["house_id"],
            ["houses.id"],
            name=op.f("fk_allocations_house_id_houses"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_allocations_invoice_id_invoices"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payments.id"],
            name=op.f("fk_allocations_payment_id_payments"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allocations")),
    )
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.create_index("ix_allocations_house", ["house_id"], unique=False)
        batch_op.create_index("ix_allocations_invoice", ["invoice_id"], unique=False)
        batch_op.create_index("ix_allocations_payment", ["payment_id"], unique=False)

    op.create_table(
        "invoice_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("house_id", sa.Integer(), nullable=False),
        sa.Column("fee_item_id", sa.Integer(), nullable=True),
        sa.Column("month", sa.Date(), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_satang", sa.BigInteger(), nullable=False),
        sa.Column("amount_satang", sa.BigInteger(), nullable=False),
        sa.Column("source_invoice_id", sa.Integer(), nullable=True),
        sa.Column("void", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.CheckConstraint("amount_satang >= 0", name=op.f("ck_invoice_lines_amount_positive")),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_invoice_lines_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["fee_item_id"],
            ["fee_items.id"],
            name=op.f("fk_invoice_lines_fee_item_id_fee_items"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["house_id"],
            ["houses.id"],
            name=op.f("fk_invoice_lines_house_id_houses"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_invoice_lines_invoice_id_invoices"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_invoice_id"],
            ["invoices.id"],
            name=op.f("fk_invoice_lines_source_invoice_id_invoices"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_lines")),
    )
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invoice_lines_invoice_id"), ["invoice_id"], unique=False
        )
        batch_op.create_index(
            "uq_invoice_lines_billed_month",
            ["house_id", "fee_item_id", "month"],
            unique=True,
            sqlite_where=sa.text("NOT void AND month IS NOT NULL AND source_invoice_id IS NULL"),
            postgresql_where=sa.text(
                "NOT void AND month IS NOT NULL AND source_invoice_id IS NULL"
            ),
        )

    op.create_table(
        "receipt_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("invoice_number", sa.String(length=20), nullable=True),
        sa.Column("month", sa.Date(), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("amount_satang", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_receipt_lines_invoice_id_invoices"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["receipts.id"],
            name=op.f("fk_receipt_lines_receipt_id_receipts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_lines")),
    )
    with op.batch_alter_table("receipt_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_receipt_lines_receipt_id"), ["receipt_id"], unique=False
        )

    with op.batch_alter_table("houses", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("outstanding_satang", sa.BigInteger(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("credit_satang", sa.BigInteger(), server_default="0", nullable=False)
        )

    fee_items = sa.table(
        "fee_items",
        sa.column("code", sa.String),
        sa.column("name_th", sa.String),
        sa.column("name_en", sa.String),
        sa.column("counts_for_arrears", sa.Boolean),
        sa.column("active", sa.Boolean),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    now = datetime.now(UTC)
    op.bulk_insert(
        fee_items,
        [
            {"code": "COMMON", "name_th": "ค่าส่วนกลาง", "name_en": "Common fee",
             "counts_for_arrears": True, "active": True, "created_at": now, "updated_at": now},
            {"code": "LATE_FEE", "name_th": "เงินเพิ่ม (ชำระล่าช้า)", "name_en": "Late payment surcharge",
             "counts_for_arrears": False, "active": True, "created_at": now, "updated_at": now},
        ],
    )  # fmt: skip


def downgrade() -> None:
    with op.batch_alter_table("houses", schema=None) as batch_op:
        batch_op.drop_column("credit_satang")
        batch_op.drop_column("outstanding_satang")

    with op.batch_alter_table("receipt_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipt_lines_receipt_id"))

    op.drop_table("receipt_lines")
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_invoice_lines_billed_month",
            sqlite_where=sa.text("NOT void AND month IS NOT NULL AND source_invoice_id IS NULL"),
            postgresql_where=sa.text(
                "NOT void AND month IS NOT NULL AND source_invoice_id IS NULL"
            ),
        )
        batch_op.drop_index(batch_op.f("ix_invoice_lines_invoice_id"))

    op.drop_table("invoice_lines")
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.drop_index("ix_allocations_payment")
        batch_op.drop_index("ix_allocations_invoice")
        batch_op.drop_index("ix_allocations_house")

    op.drop_table("allocations")
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.drop_index("ix_receipts_house_issue")

    op.drop_table("receipts")
    with op.batch_alter_table("payment_slips", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_slips_status_created")
        batch_op.drop_index("ix_payment_slips_house")
        batch_op.drop_index(batch_op.f("ix_payment_slips_file_sha256"))

    op.drop_table("payment_slips")
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index("ix_invoices_status_due")
        batch_op.drop_index("ix_invoices_issue_date")
        batch_op.drop_index("ix_invoices_house_issue")
        batch_op.drop_index(batch_op.f("ix_invoices_billing_run_id"))

    op.drop_table("invoices")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index("ix_payments_status_created")
        batch_op.drop_index("ix_payments_house_paid_on")

    op.drop_table("payments")
    with op.batch_alter_table("fee_schedules", schema=None) as batch_op:
        batch_op.drop_index("ix_fee_schedules_item_from")

    op.drop_table("fee_schedules")
    with op.batch_alter_table("billing_runs", schema=None) as batch_op:
        batch_op.drop_index("ix_billing_runs_period")

    op.drop_table("billing_runs")
    op.drop_table("finance_settings")
    op.drop_table("fee_items")
