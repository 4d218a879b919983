"""People: a user has an email or a Thai mobile number (or both), maybe no password yet.

- email, email_key and password_hash become optional (an owner the office
  registers by phone, who has not set a password yet);
- phones are stored in E.164 (+66…) and unique: existing Thai mobile numbers are
  converted; a number that is not a Thai mobile, or the second account holding
  one, loses it, and the change is written to the audit trail with the old value;
- password_change_required marks an initial password given by an administrator;
- a check keeps at least one of email and phone.

On SQLite the users table is rebuilt (ALTER cannot drop NOT NULL); its
user_counts triggers go with the old table and are made again here.

Revision ID: 20261130_0007
Revises: 20261130_0006
Create Date: 2026-11-30
"""

import json
from collections.abc import Sequence
from datetime import UTC, datetime

import phonenumbers
import sqlalchemy as sa
from alembic import context, op

revision: str = "20261130_0007"
down_revision: str | None = "20261130_0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES = ("super_admin", "village_admin", "accounting_admin", "resident")
STATUSES = ("active", "inactive", "pending")
REASON = "migration 20261130_0007: not a Thai mobile number, or another account has it"

users = sa.table("users", sa.column("id", sa.Integer), sa.column("phone", sa.String))
audit = sa.table(
    "audit_events",
    sa.column("occurred_at", sa.DateTime),
    sa.column("action", sa.String),
    sa.column("target_type", sa.String),
    sa.column("target_id", sa.String),
    sa.column("details", sa.JSON),
)


def _users_table(timestamp: sa.types.TypeEngine, *, people: bool) -> sa.Table:
    """The users table as it is before (people=False) and after this revision, for SQLite's copy
    (batch mode with `copy_from` reflects nothing: the indexes are listed here too)."""
    return sa.Table(
        "users",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(254), nullable=people),
        sa.Column("email_key", sa.String(254), nullable=people),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(32), nullable=True),
        sa.Column(
            "role",
            sa.Enum(*ROLES, name="role", native_enum=False, create_constraint=True, length=20),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(*STATUSES, name="status", native_enum=False, create_constraint=True, length=20),
            nullable=False,
        ),
        sa.Column("house_number", sa.String(32), nullable=True),
        sa.Column("address", sa.String(500), nullable=True),
        sa.Column("national_id", sa.String(13), nullable=True),
        sa.Column("password_hash", sa.String(100), nullable=people),
        sa.Column("password_changed_at", timestamp, nullable=False),
        sa.Column("failed_login_count", sa.Integer(), nullable=False),
        sa.Column("locked_until", timestamp, nullable=True),
        sa.Column("created_at", timestamp, nullable=False),
        sa.Column("updated_at", timestamp, nullable=False),
        sa.Column("last_login_at", timestamp, nullable=True),
        sa.Index("ix_users_created_at", "created_at"),
        sa.Index("ix_users_house_number", "house_number"),
        sa.Index("ix_users_role_status_created", "role", "status", "created_at"),
        sa.Index("uq_users_email_key", "email_key", unique=True),
    )


def _e164(phone: str) -> str | None:
    try:
        number = phonenumbers.parse(phone, "TH")
    except phonenumbers.NumberParseException:
        return None
    mobile = phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
    if not (mobile and phonenumbers.is_valid_number(number) and number.country_code == 66):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _convert_phones(bind: sa.engine.Connection) -> None:
    rows = bind.execute(
        sa.select(users.c.id, users.c.phone).where(users.c.phone.is_not(None)).order_by(users.c.id)
    ).all()
    taken: set[str] = set()
    now = datetime.now(UTC).replace(tzinfo=None)
    for user_id, phone in rows:
        converted = _e164(phone)
        if converted is not None and converted in taken:
            converted = None
        if converted is not None:
            taken.add(converted)
        if converted == phone:
            continue
        bind.execute(users.update().where(users.c.id == user_id).values(phone=converted))
        if converted is None:
            changes = {"phone": {"from": phone, "to": None}}
            bind.execute(
                audit.insert().values(
                    occurred_at=now,
                    action="user_updated",
                    target_type="user",
                    target_id=str(user_id),
                    details=json.loads(json.dumps({"changes": changes, "via": REASON})),
                )
            )


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    _convert_phones(bind)
    timestamp = sa.DateTime(timezone=True)
    with op.batch_alter_table(
        "users",
        recreate="always" if sqlite else "never",
        copy_from=_users_table(timestamp, people=False) if sqlite else None,
    ) as batch:
        for column in ("email", "email_key", "password_hash"):
            batch.alter_column(column, existing_type=sa.String(), nullable=True)
        batch.alter_column("phone", existing_type=sa.String(32), type_=sa.String(16))
        batch.add_column(
            sa.Column(
                "password_change_required", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch.create_check_constraint(
            "identifier", sa.text("email_key IS NOT NULL OR phone IS NOT NULL")
        )
    op.create_index("uq_users_phone", "users", ["phone"], unique=True)
    if sqlite:
        for statement in context.script.get_revision("20261128_0003").module.SQLITE:
            op.execute(statement)


def downgrade() -> None:
    op.drop_index("uq_users_phone", table_name="users")
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("users", recreate="always" if sqlite else "never") as batch:
        batch.drop_constraint(op.f("ck_users_identifier"), type_="check")
        batch.drop_column("password_change_required")
        batch.alter_column("phone", existing_type=sa.String(16), type_=sa.String(32))
        for column in ("email", "email_key", "password_hash"):
            batch.alter_column(column, existing_type=sa.String(), nullable=False)
    if sqlite:
        for statement in context.script.get_revision("20261128_0003").module.SQLITE:
            op.execute(statement)
