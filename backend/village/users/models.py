"""The user record of the product contract."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, validates

from village.database import Base, str_enum, utcnow
from village.enums import Language, Role, UserStatus
from village.identifiers import email_key


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        # Filters by role and status, newest first (the list's default order).
        Index("ix_users_role_status_created", "role", "status", "created_at"),
        Index("ix_users_created_at", "created_at"),
        Index("ix_users_house_number", "house_number"),
        Index("uq_users_email_key", "email_key", unique=True),
        Index("uq_users_phone", "phone", unique=True),
        # A person is reachable and can sign in by at least one of them (village.md).
        CheckConstraint("email_key IS NOT NULL OR phone IS NOT NULL", name="identifier"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str | None] = mapped_column(String(254))
    # The comparison form of `email` (village.identifiers.email_key), kept in step
    # by `_key_email` whoever sets the email; unique, so one account per address
    # however it is spelled, on every database.
    email_key: Mapped[str | None] = mapped_column(String(254))
    full_name: Mapped[str] = mapped_column(String(200))
    # A Thai mobile number in E.164 (+66…), unique: a person signs in with it.
    phone: Mapped[str | None] = mapped_column(String(16))
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"), default=Role.RESIDENT)
    status: Mapped[UserStatus] = mapped_column(
        str_enum(UserStatus, "status"), default=UserStatus.ACTIVE
    )
    house_number: Mapped[str | None] = mapped_column(Text)  # current houses, "12/3, 12/4"
    address: Mapped[str | None] = mapped_column(String(500))
    national_id: Mapped[str | None] = mapped_column(String(13))
    # None until the person sets one (an owner the office registered, a set-password link).
    password_hash: Mapped[str | None] = mapped_column(String(100))
    # An administrator gave the first password: the person must choose their own.
    password_change_required: Mapped[bool] = mapped_column(default=False, server_default=false())
    password_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    failed_login_count: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    last_login_at: Mapped[datetime | None]
    # The language of the mail they get (and, later, of the pages they see).
    # Checked by the model only (as files.kind): a third language needs no migration.
    language: Mapped[Language] = mapped_column(
        Enum(
            Language,
            native_enum=False,
            create_constraint=False,
            length=5,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
        default=Language.TH,
        server_default=Language.TH.value,
    )
    # No mail but the essential (password reset, account mails) when true.
    email_opt_out: Mapped[bool] = mapped_column(default=False, server_default=false())

    def __repr__(self) -> str:  # never the hash, never the national id
        return f"<User id={self.id} role={self.role}>"

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now

    @property
    def has_password(self) -> bool:
        return self.password_hash is not None

    @validates("email")
    def _key_email(self, _field: str, value: str | None) -> str | None:
        self.email_key = None if value is None else email_key(value)
        return value


# PostgreSQL only: trigram indexes let the list's `q` search (LIKE '%fragment%')
# use an index instead of scanning every row. The extension is created by the
# migration that adds them.
for _column in (User.full_name, User.email_key, User.phone, User.house_number):
    Index(
        f"ix_users_{_column.key}_trgm",
        _column,
        postgresql_using="gin",
        postgresql_ops={_column.key: "gin_trgm_ops"},
    ).ddl_if(dialect="postgresql")


class UserCount(Base):
    """How many users hold each (role, status), kept exact by database triggers.

    Counting 100,000 rows costs ~20 ms on every page of the users list; these
    at most twelve rows give the same total (and the stats) at once. The
    triggers of migration 20261128_0003 update them in the same transaction as
    every insert, delete and role or status change, whoever makes it.
    """

    __tablename__ = "user_counts"

    role: Mapped[Role] = mapped_column(str_enum(Role, "role"), primary_key=True)
    status: Mapped[UserStatus] = mapped_column(str_enum(UserStatus, "status"), primary_key=True)
    users: Mapped[int] = mapped_column(default=0)


class PasswordTokenPurpose(StrEnum):
    SET_PASSWORD = "set_password"  # noqa: S105 - a link the office hands over (letter, QR)
    RESET = "reset"  # a link sent by email on request


class PasswordToken(Base):
    """A one-time token that lets its holder set a user's password; only its hash is kept."""

    __tablename__ = "password_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256, hex
    purpose: Mapped[PasswordTokenPurpose] = mapped_column(
        Enum(
            PasswordTokenPurpose,
            name="token_purpose",
            native_enum=False,
            create_constraint=True,
            length=20,
            values_callable=lambda members: [m.value for m in members],
        )
    )
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
