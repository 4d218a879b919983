"""A commit that fails at the request's end still answers problem+json, never a 500.

The request boundary commits after the view has answered; a failure there used
to escape every error handler (issue 10: a 500 on SQLite under load). Here the
database really refuses the commit: a deferred foreign key on SQLite (409), a
connection killed under the request on PostgreSQL (503). Nothing is saved.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from village import database
from village.audit.models import AuditEvent

pytestmark = pytest.mark.committed


def audit_rows(app) -> int:
    with app.app_context():
        return database.session().scalar(sa.select(sa.func.count(AuditEvent.id))) or 0


def sqlite_refuses_at_commit(_database_url):
    """A foreign key checked only at COMMIT, pointing nowhere."""
    db = database.session()
    db.execute(sa.text("PRAGMA defer_foreign_keys = ON"))
    db.add(AuditEvent(action="login_failed", actor_id=2_000_000_000, details={}))
    db.flush()


def postgres_loses_the_connection(database_url):
    """The server ends this request's connection after its work, before the commit."""
    db = database.session()
    db.add(AuditEvent(action="login_failed", details={}))
    db.flush()
    pid = db.scalar(sa.text("SELECT pg_backend_pid()"))
    killer = sa.create_engine(database_url, poolclass=sa.pool.NullPool)
    with killer.connect() as other:
        other.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    killer.dispose()


FAILURES = {
    "sqlite": (sqlite_refuses_at_commit, 409, "nothing was saved"),
    "postgres": (postgres_loses_the_connection, 503, "database is unavailable"),
}


def test_a_commit_the_database_refuses_answers_a_problem(committed_app, db_kind, database_url):
    break_it, status, detail = FAILURES[db_kind]

    def view():
        break_it(database_url)
        return {"saved": True}

    committed_app.add_url_rule("/api/v1/test-commit", "test_commit", view, methods=["POST"])
    answer = committed_app.test_client().post("/api/v1/test-commit")
    assert answer.status_code == status
    assert answer.mimetype == "application/problem+json"
    assert detail in answer.json["detail"]
    assert audit_rows(committed_app) == 0


def too_long_in_the_view(_database_url):
    """A value validation let through that the column cannot hold, flushed in the view."""
    database.session().add(AuditEvent(action="login_failed", target_type="x" * 33, details={}))
    database.session().flush()


def too_long_at_commit(_database_url):
    """The same, left for the commit at the request's end (a derived column set last)."""
    database.session().add(AuditEvent(action="login_failed", target_type="x" * 33, details={}))


@pytest.mark.parametrize("break_it", [too_long_in_the_view, too_long_at_commit])
def test_a_value_the_column_cannot_hold_is_a_422_not_a_500_or_503(
    committed_app, db_kind, database_url, break_it
):
    if db_kind != "postgres":
        pytest.skip("SQLite stores any length: there is nothing to refuse")
    committed_app.add_url_rule(
        "/api/v1/test-too-long",
        "test_too_long",
        lambda: break_it(database_url) or {},
        methods=["POST"],
    )
    answer = committed_app.test_client().post("/api/v1/test-too-long")
    assert answer.status_code == 422
    assert answer.mimetype == "application/problem+json"
    assert "too long or out of range" in answer.json["detail"]
    assert audit_rows(committed_app) == 0
