"""user_counts follows every change to users, whoever makes it (database triggers)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from village import database
from village.enums import Role, UserStatus
from village.users.models import User, UserCount


def counts_agree(app) -> dict[tuple[str, str], int]:
    with app.app_context():
        db = database.session()
        kept = {
            (str(r), str(s)): n
            for r, s, n in db.execute(sa.select(UserCount.role, UserCount.status, UserCount.users))
            if n
        }
        real = {
            (str(r), str(s)): n
            for r, s, n in db.execute(
                sa.select(User.role, User.status, sa.func.count()).group_by(User.role, User.status)
            )
        }
    assert kept == real
    return kept


def test_inserts_updates_and_deletes_keep_the_counts_exact(app, make_user):
    users = [make_user(role=Role.RESIDENT) for _ in range(3)] + [make_user(role=Role.VILLAGE_ADMIN)]
    assert counts_agree(app)[("resident", "active")] == 3
    with app.app_context():
        db = database.session()
        db.execute(sa.update(User).where(User.id == users[0].id).values(status=UserStatus.INACTIVE))
        db.execute(sa.update(User).where(User.id == users[1].id).values(role=Role.ACCOUNTING_ADMIN))
        db.execute(
            sa.update(User).where(User.id == users[2].id).values(full_name="no count change")
        )
        db.execute(sa.delete(User).where(User.id == users[3].id))
        db.commit()
    assert counts_agree(app) == {
        ("resident", "active"): 1,
        ("resident", "inactive"): 1,
        ("accounting_admin", "active"): 1,
    }


@pytest.mark.parametrize(
    "params",
    [{}, {"role": "resident"}, {"status": "pending"}, {"role": "resident", "status": "active"}],
)
def test_list_totals_from_the_counts_match_real_counts(client, login_as, make_user, params):
    admin = login_as("super_admin")
    for role, status in [(Role.RESIDENT, UserStatus.ACTIVE)] * 3 + [
        (Role.RESIDENT, UserStatus.PENDING)
    ] * 2:
        make_user(role=role, status=status)
    response = client.get(
        "/api/v1/users", query_string={**params, "per_page": 100}, headers=admin.headers
    )
    assert response.json["total"] == len(response.json["items"])


def test_api_changes_move_the_counts(app, client, login_as, make_user):
    admin = login_as("super_admin")
    target = make_user()
    client.patch(
        f"/api/v1/users/{target.id}", json={"role": "village_admin"}, headers=admin.headers
    )
    client.post(
        "/auth/register",
        json={"email": "n@example.com", "password": "New-user-42", "full_name": "N"},
    )
    counts_agree(app)
    stats = client.get("/api/v1/users/stats", headers=admin.headers).json
    assert stats["by_role"]["village_admin"] == 1
    assert stats["total"] == 3
