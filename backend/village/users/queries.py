"""Reading users: by id or email, the list with its search and totals, the stats."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as time_of_day
from typing import Any

from sqlalchemy import Select, func, or_, select

from village import database
from village.config import app_state, current_settings
from village.database import utcnow
from village.enums import Role, UserStatus
from village.errors import NotFound
from village.identifiers import InvalidIdentifier, email_key, normalize_phone, phone_fragment
from village.pagination import PageOf, paginate
from village.users.models import User, UserCount
from village.users.schemas import UserQuery


def get(user_id: int) -> User | None:
    return database.session().get(User, user_id)


def get_or_raise(user_id: int) -> User:
    user = get(user_id)
    if user is None:
        raise NotFound(f"No user with id {user_id}.")
    return user


def get_by_email(email: str) -> User | None:
    """The account with this email however it is spelled (case, Unicode form, IDNA)."""
    return database.session().scalar(select(User).where(User.email_key == email_key(email)))


def get_by_phone(phone: str) -> User | None:
    """The account with this Thai mobile number however it is typed (None for a non-number)."""
    try:
        stored = normalize_phone(phone)
    except InvalidIdentifier:
        return None
    return database.session().scalar(select(User).where(User.phone == stored))


def account_id_for(*, email: str | None = None, phone: str | None = None) -> int | None:
    """The id of the account a sign-in with this email or phone reaches (rate limits)."""
    user = get_by_identifier(email=email, phone=phone)
    return user.id if user is not None else None


def get_by_identifier(*, email: str | None = None, phone: str | None = None) -> User | None:
    """The account signing in with this email or phone (exactly one is given)."""
    if email is not None:
        return get_by_email(email)
    return get_by_phone(phone) if phone is not None else None


def list_page(query: UserQuery) -> PageOf[User]:
    """One page of users matching the query, and how many match in all."""
    stmt = _filtered(select(User), query)
    if query.q is None and query.locked is None:
        total = _counted(role=query.role, status=query.status)
    else:
        total = database.session().scalar(stmt.with_only_columns(func.count(User.id))) or 0
    column = getattr(User, query.sort.lstrip("-"))
    key = column
    if query.q:
        # Sort the matches the trigram indexes found rather than walk the whole
        # sort index testing every row (17 ms -> 6 ms at 100,000 users): an
        # expression of the column is something no index is ordered by.
        key = func.coalesce(column, column)
    order = key.desc() if query.sort.startswith("-") else key.asc()
    if column.nullable:
        order = order.nulls_last()
    tie_break = User.id.desc() if query.sort.startswith("-") else User.id.asc()
    return paginate(stmt, query, order_by=(order, tie_break), total=total)


def stats(*, days: int) -> dict[str, Any]:
    """Counts by role and status, daily registrations, recent activity, lockouts."""
    db = database.session()
    now = utcnow()
    by_role = dict.fromkeys(Role, 0) | dict(_grouped(UserCount.role))
    by_status = dict.fromkeys(UserStatus, 0) | dict(_grouped(UserCount.status))
    first_day = now.date() - timedelta(days=days - 1)
    day = func.date(User.created_at)
    rows = db.execute(
        select(day, func.count())
        .where(User.created_at >= datetime.combine(first_day, time_of_day.min, UTC))
        .group_by(day)
    ).all()
    per_day = {date.fromisoformat(str(d)[:10]): n for d, n in rows}
    registrations = [
        {
            "date": first_day + timedelta(days=i),
            "count": per_day.get(first_day + timedelta(days=i), 0),
        }
        for i in range(days)
    ]
    return {
        "total": sum(by_status.values()),
        "by_role": by_role,
        "by_status": by_status,
        "registrations": registrations,
        "active_last_30_days": _count(User.last_login_at >= now - timedelta(days=30)),
        "locked": _count(User.locked_until > now),
    }


def _counted(*, role: Role | None = None, status: UserStatus | None = None) -> int:
    """How many users have this role and status, from the trigger-kept user_counts."""
    stmt = select(func.coalesce(func.sum(UserCount.users), 0))
    if role is not None:
        stmt = stmt.where(UserCount.role == role)
    if status is not None:
        stmt = stmt.where(UserCount.status == status)
    return int(database.session().scalar(stmt) or 0)


def _grouped(column: Any) -> list[tuple[Any, int]]:
    stmt = select(column, func.sum(UserCount.users)).group_by(column)
    return [(key, int(count)) for key, count in database.session().execute(stmt)]


def _count(condition: Any) -> int:
    return database.session().scalar(select(func.count(User.id)).where(condition)) or 0


def _filtered(stmt: Select[User], query: UserQuery) -> Select[User]:
    if query.q:
        matches = [
            User.full_name.icontains(query.q, autoescape=True),
            User.email_key.contains(email_key(query.q), autoescape=True),
            User.house_number.icontains(query.q, autoescape=True),
        ]
        digits = phone_fragment(query.q)
        if digits:
            matches.append(User.phone.contains(digits, autoescape=True))
        stmt = stmt.where(or_(*matches))
    if query.role is not None:
        stmt = stmt.where(User.role == query.role)
    if query.status is not None:
        stmt = stmt.where(User.status == query.status)
    if query.locked is not None:
        now = utcnow()
        locked = User.locked_until > now
        stmt = stmt.where(locked if query.locked else or_(User.locked_until.is_(None), ~locked))
    return stmt


def active_super_admins(*, lock: bool) -> int:
    """Count active super admins; lock their rows when one of them may change."""
    stmt = select(User.id).where(User.role == Role.SUPER_ADMIN, User.status == UserStatus.ACTIVE)
    if lock:
        stmt = stmt.with_for_update()
    return len(database.session().scalars(stmt).all())


_HASH_COST_TTL = 600.0  # seconds a process trusts its prevailing-cost reading


def prevailing_hash_cost() -> int:
    """The bcrypt cost most stored password hashes have (re-read every 10 minutes).

    What an unknown account's dummy verification must cost to look like a real
    one. The configured BCRYPT_ROUNDS is not enough: after it changes, accounts
    keep their old cost until their next sign-in.
    """
    state = app_state()
    now = time.monotonic()
    read_at, cost_now = state.get("prevailing_hash_cost", (None, 0))
    if read_at is None or now - read_at > _HASH_COST_TTL:
        cost = func.substr(User.password_hash, 5, 2)
        row = (
            database.session()
            .execute(
                select(cost, func.count())
                .where(User.password_hash.like("$2_$__$%"))
                .group_by(cost)
                .order_by(func.count().desc(), cost.desc())
                .limit(1)
            )
            .first()
        )
        configured = current_settings().BCRYPT_ROUNDS
        cost_now = int(row[0]) if row and str(row[0]).isdigit() else configured
        state["prevailing_hash_cost"] = (now, cost_now)
    return int(cost_now)
