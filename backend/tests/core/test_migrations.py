"""Migrations: one head, an empty database upgrades to exactly the models."""

from __future__ import annotations

import warnings

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from tests.conftest import alembic_config
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
        # SQLite cannot reflect the lower(email) expression index; checked below instead.
        warnings.filterwarnings("ignore", message=".*expression-based index")
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_object": include_object_for(connection.dialect.name),
            },
        )
        diff = compare_metadata(context, load_models())
    assert diff == []


INSERT_USER = sa.text(
    "INSERT INTO users (email, full_name, role, status, password_hash, password_changed_at,"
    " failed_login_count, created_at, updated_at) VALUES (:email, 'X', :role, 'active', 'h',"
    " CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
)


def test_email_uniqueness_is_case_insensitive_in_the_database(engine):
    with engine.connect() as connection, connection.begin() as transaction:
        connection.execute(INSERT_USER, {"email": "dup@example.com", "role": "resident"})
        with pytest.raises(sa.exc.IntegrityError, match=r"(?i)email"):
            connection.execute(INSERT_USER, {"email": "DUP@example.com", "role": "resident"})
        transaction.rollback()


def test_roles_are_checked_by_the_database(engine):
    with engine.connect() as connection, connection.begin() as transaction:
        with pytest.raises(sa.exc.IntegrityError):
            connection.execute(INSERT_USER, {"email": "r@example.com", "role": "emperor"})
        transaction.rollback()


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
