"""Migrations: one head, an empty database upgrades to exactly the models."""

from __future__ import annotations

import uuid
import warnings
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from tests.conftest import alembic_config
from village.identifiers import email_key
from village.metadata import include_object_for, load_models


def test_exactly_one_head():
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1


def test_migration_files_are_date_prefixed():
    script = ScriptDirectory.from_config(alembic_config())
    for revision in script.walk_revisions():
        name = revision.path.rsplit("/", 1)[-1]
        assert name[:8].isdigit() and name[8] == "_", name


def test_upgraded_database_matches_the_models(engine):
    with engine.connect() as connection, warnings.catch_warnings():
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_object": include_object_for(connection.dialect.name),
            },
        )
        diff = compare_metadata(context, load_models())
    assert diff == []


INSERT_OLD_USER = (
    "INSERT INTO users (email, full_name, role, status, password_hash, password_changed_at,"
    " failed_login_count, created_at, updated_at) VALUES (:email, 'X', :role, 'active', 'h',"
    " CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
)
INSERT_USER = sa.text(
    INSERT_OLD_USER.replace("(email,", "(email, email_key,").replace("(:email,", "(:email, :key,")
)


def test_email_uniqueness_is_on_the_key_in_the_database(engine):
    with engine.connect() as connection, connection.begin() as transaction:
        row = {
            "email": "Ölaf@example.com",
            "key": email_key("Ölaf@example.com"),
            "role": "resident",
        }
        connection.execute(INSERT_USER, row)
        with pytest.raises(sa.exc.IntegrityError, match=r"(?i)email"):
            connection.execute(INSERT_USER, {**row, "email": "ölaf@example.com"})
        transaction.rollback()


def test_roles_are_checked_by_the_database(engine):
    with engine.connect() as connection, connection.begin() as transaction:
        with pytest.raises(sa.exc.IntegrityError):
            connection.execute(
                INSERT_USER, {"email": "r@example.com", "key": "r@example.com", "role": "emperor"}
            )
        transaction.rollback()


BEFORE_EMAIL_KEY = "20261128_0004"
NOW = datetime.now(UTC).replace(tzinfo=None)
AUDIT = sa.table(
    "audit_events",
    *(sa.column(c) for c in ("action", "actor_id", "target_type", "target_id", "occurred_at")),
    sa.column("details", sa.JSON),
)


def test_existing_emails_are_normalised_and_keyed(scratch_database_url):
    engine = sa.create_engine(scratch_database_url)
    typed = [" Admin@EXAMPLE.com ", "jose\u0301@example.com", "Ölaf@bücher.example", "legacy"]
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), BEFORE_EMAIL_KEY)
        for email in typed:
            connection.execute(sa.text(INSERT_OLD_USER), {"email": email, "role": "resident"})
        command.upgrade(alembic_config(connection), "head")
        rows = connection.execute(sa.text("SELECT email, email_key FROM users ORDER BY id")).all()
    engine.dispose()
    assert [tuple(r) for r in rows] == [
        ("Admin@example.com", "admin@example.com"),
        ("jos\u00e9@example.com", "jos\u00e9@example.com"),
        ("Ölaf@bücher.example", "ölaf@bücher.example"),
        ("legacy", "legacy"),  # not an address: kept as stored, keyed as typed
    ]


def test_two_accounts_with_one_address_stop_the_upgrade_naming_them(scratch_database_url):
    engine = sa.create_engine(scratch_database_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), BEFORE_EMAIL_KEY)
        # NFC and NFD spellings: the old lower(email) index let both in on every database.
        for email in ("jos\u00e9@example.com", "jose\u0301@example.com"):
            connection.execute(sa.text(INSERT_OLD_USER), {"email": email, "role": "resident"})
    with engine.connect() as connection, pytest.raises(RuntimeError, match=r"users \[1, 2\] share"):
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()


def test_downgrade_and_upgrade_again(scratch_database_url):
    engine = sa.create_engine(scratch_database_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        command.downgrade(alembic_config(connection), "base")
        assert set(sa.inspect(connection).get_table_names()) <= {"alembic_version"}
        command.upgrade(alembic_config(connection), "head")
        assert {"users", "auth_sessions", "audit_events"} <= set(
            sa.inspect(connection).get_table_names()
        )
    engine.dispose()


def test_existing_audit_events_get_names_and_lose_token_refreshes(scratch_database_url):
    engine = sa.create_engine(scratch_database_url)
    session_id = uuid.uuid4()
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "20261130_0005")
        connection.execute(
            INSERT_USER.bindparams(email="a@example.com", key="a@example.com", role="resident")
        )
        user_id = connection.scalar(sa.text("SELECT id FROM users"))
        connection.execute(
            sa.insert(sa.table(
                "auth_sessions", sa.column("id", sa.Uuid), *(sa.column(c) for c in (
                    "user_id", "refresh_jti", "created_at", "last_used_at", "expires_at")),
            )).values(id=session_id, user_id=user_id, refresh_jti="j", created_at=NOW,
                      last_used_at=NOW, expires_at=NOW)
        )  # fmt: skip
        rows = [
            ("login_succeeded", user_id, "session", str(session_id), {}),
            ("user_updated", user_id, "user", str(user_id), {}),
            ("user_deleted", None, "user", "999", {"before": {"full_name": "Gone Person"}}),
            ("token_refreshed", user_id, "session", str(session_id), {}),
        ]
        for action, actor, target_type, target_id, details in rows:
            connection.execute(
                sa.insert(AUDIT).values(
                    action=action, actor_id=actor, target_type=target_type,
                    target_id=target_id, details=details, occurred_at=NOW,
                )
            )  # fmt: skip
        command.upgrade(alembic_config(connection), "head")
        found = connection.execute(
            sa.text("SELECT action, actor_name, target_name FROM audit_events ORDER BY id")
        ).all()
    engine.dispose()
    assert [tuple(r) for r in found] == [
        ("login_succeeded", "X", "X"),
        ("user_updated", "X", "X"),
        ("user_deleted", None, "Gone Person"),
    ]


def test_existing_house_numbers_and_phones_become_the_registry(scratch_database_url):
    """Issue 11: users.house_number values become houses and memberships; phones become E.164
    (one that is not a Thai mobile, or a second holder's, is dropped and audited)."""
    engine = sa.create_engine(scratch_database_url)
    people = [
        ("a@example.com", "99/1", "081-234-5678"),
        ("b@example.com", " ๙๙ / ๑ ", "+66 81 234 5678"),  # same house, same phone
        ("c@example.com", "12/3", "02-123-4567"),  # a landline
        ("d@example.com", "  ", None),
        ("e@example.com", None, "not a phone"),
    ]
    insert = sa.text(
        INSERT_OLD_USER.replace("(email,", "(email, email_key, house_number, phone,").replace(
            "(:email,", "(:email, :email, :house, :phone,"
        )
    )
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "20261130_0006")
        for email, house, phone in people:
            connection.execute(
                insert, {"email": email, "house": house, "phone": phone, "role": "resident"}
            )
        command.upgrade(alembic_config(connection), "head")
        users = connection.execute(
            sa.text("SELECT email, phone, house_number FROM users ORDER BY id")
        ).all()
        houses = connection.execute(sa.text("SELECT house_number FROM houses ORDER BY id")).all()
        members = connection.execute(
            sa.text(
                "SELECT h.house_number, u.email, m.relation, m.is_primary_contact "
                "FROM house_members m JOIN houses h ON h.id = m.house_id "
                "JOIN users u ON u.id = m.user_id ORDER BY m.id"
            )
        ).all()
        dropped = connection.execute(
            sa.text("SELECT target_id FROM audit_events WHERE action = 'user_updated' ORDER BY id")
        ).all()
        village = connection.execute(sa.text("SELECT name_en FROM village_profile")).scalar()
    engine.dispose()
    assert [tuple(u) for u in users] == [
        ("a@example.com", "+66812345678", "99/1"),
        ("b@example.com", None, "99/1"),
        ("c@example.com", None, "12/3"),
        ("d@example.com", None, None),
        ("e@example.com", None, None),
    ]
    assert [h[0] for h in houses] == ["99/1", "12/3"]
    assert [tuple(m) for m in members] == [
        ("99/1", "a@example.com", "owner", True),
        ("99/1", "b@example.com", "family", False),
        ("12/3", "c@example.com", "owner", True),
    ]
    assert len(dropped) == 3  # b's (a second holder), c's landline, e's junk
    assert village == "Village"
