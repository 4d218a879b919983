"""Business rules of user management: create, read, change, delete, unlock."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as time_of_day
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.exc import IntegrityError

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.config import app_state, current_settings
from village.database import utcnow
from village.enums import Role, UserStatus
from village.errors import Conflict, NotFound, PermissionDenied, ValidationFailed, field_error
from village.identifiers import InvalidIdentifier, email_key, normalize_email, normalize_phone
from village.security import passwords, role_rules
from village.security.client import Client
from village.security.password_policy import PasswordPolicy
from village.sessions import service as sessions
from village.users.models import User, UserCount
from village.users.schemas import UserQuery
from village.validation import mask_national_id

EMAIL_TAKEN = "An account with this email already exists."
# Fields an admin may not set to null: the record would be incomplete.
REQUIRED_FIELDS = frozenset({"email", "full_name", "role", "status", "password"})
SECRET_FIELDS = frozenset({"password"})


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


def password_policy() -> PasswordPolicy:
    settings = current_settings()
    return PasswordPolicy(
        min_length=settings.PASSWORD_MIN_LENGTH,
        max_length=settings.PASSWORD_MAX_LENGTH,
        require_composition=settings.PASSWORD_REQUIRE_COMPOSITION,
        passphrase_length=settings.PASSWORD_PASSPHRASE_LENGTH,
    )


def check_password(password: str, *, email: str, field: str = "password") -> None:
    """Raise a 422 naming every policy rule the password breaks."""
    problems = password_policy().problems(password, email=email)
    if problems:
        raise ValidationFailed([field_error(field, message, code) for code, message in problems])


def hash_password(password: str) -> str:
    return passwords.hash_password(password, current_settings().BCRYPT_ROUNDS)


def insert(
    *,
    email: str,
    password: str,
    full_name: str,
    role: Role = Role.RESIDENT,
    status: UserStatus = UserStatus.ACTIVE,
    **profile: Any,
) -> User:
    """Add a user after the password policy; a taken email is a 409, a malformed one a 422."""
    try:
        email = normalize_email(email)
    except InvalidIdentifier:
        raise ValidationFailed(
            [field_error("email", "Enter a valid email address.", "invalid_email")]
        ) from None
    check_password(password, email=email)
    user = User(
        email=email,
        full_name=full_name,
        role=role,
        status=status,
        password_hash=hash_password(password),
        **profile,
    )
    database.session().add(user)
    flush_or_conflict()
    return user


def create(*, actor: User, data: dict[str, Any], client: Client) -> User:
    """Create a user on behalf of an admin, within the role-assignment rules."""
    _enforce(role_rules.check_create(_account(actor), data.get("role", Role.RESIDENT)))
    user = insert(**data)
    audit.record(
        AuditAction.USER_CREATED,
        actor=actor,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"after": _public(data)},
    )
    return user


def update(*, actor: User, user_id: int, changes: dict[str, Any], client: Client) -> User:
    """Change fields of a user; role and status changes follow the rules."""
    user = get_or_raise(user_id)
    nulled = sorted(REQUIRED_FIELDS & {k for k, v in changes.items() if v is None})
    if nulled:
        raise ValidationFailed(
            [field_error(f, "This field cannot be empty.", "null") for f in nulled]
        )
    _enforce(
        role_rules.check_update(
            _account(actor),
            _account(user),
            role=changes.get("role"),
            status=changes.get("status"),
            active_super_admins=_active_super_admins(lock=user.role is Role.SUPER_ADMIN),
        )
    )
    diff = apply_changes(user, changes)
    if not diff:
        return user
    flush_or_conflict()
    if "password" in diff:
        sessions.revoke_for_user(user.id, "password_reset")
    elif "status" in diff and user.status is not UserStatus.ACTIVE:
        sessions.revoke_for_user(user.id, "deactivated")
    audit.record(
        AuditAction.USER_UPDATED,
        actor=actor,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"changes": diff},
    )
    if "role" in diff:
        audit.record(
            AuditAction.ROLE_CHANGED,
            actor=actor,
            target_type="user",
            target_id=user.id,
            target_name=user.full_name,
            client=client,
            details=diff["role"],
        )
    return user


def delete(*, actor: User, user_id: int, client: Client) -> None:
    user = get_or_raise(user_id)
    _enforce(
        role_rules.check_delete(
            _account(actor),
            _account(user),
            active_super_admins=_active_super_admins(lock=user.role is Role.SUPER_ADMIN),
        )
    )
    snapshot = {"email": user.email, "full_name": user.full_name, "role": str(user.role)}
    database.session().delete(user)
    database.session().flush()
    audit.record(
        AuditAction.USER_DELETED,
        actor=actor,
        target_type="user",
        target_id=user_id,
        target_name=snapshot["full_name"],
        client=client,
        details={"before": snapshot},
    )


def unlock(*, actor: User, user_id: int, client: Client) -> User:
    """Clear a lockout after failed logins."""
    user = get_or_raise(user_id)
    _enforce_manageable(actor, user)
    was_locked_until = user.locked_until
    user.failed_login_count = 0
    user.locked_until = None
    audit.record(
        AuditAction.USER_UNLOCKED,
        actor=actor,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"locked_until": was_locked_until.isoformat() if was_locked_until else None},
    )
    return user


def reveal_national_id(*, actor: User, user_id: int, client: Client) -> str:
    """The user's full national ID, for an admin who may manage that account (audited).

    Raises NotFound when there is none on record, PermissionDenied for an account the
    actor may not manage.
    """
    user = get_or_raise(user_id)
    _enforce_manageable(actor, user)
    if user.national_id is None:
        raise NotFound("No national ID number is on record for this user.")
    audit.record(
        AuditAction.NATIONAL_ID_REVEALED,
        actor=actor,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
    )
    return user.national_id


def revoke_sessions(*, actor: User, user_id: int, client: Client) -> int:
    """End every session of a user; their tokens stop working at once."""
    user = get_or_raise(user_id)
    ended = sessions.revoke_for_user(user.id, "revoked_by_admin")
    audit.record(
        AuditAction.SESSIONS_REVOKED,
        actor=actor,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"sessions": ended},
    )
    return ended


def list_page(query: UserQuery) -> tuple[list[User], int]:
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
    page = (
        stmt.order_by(order, tie_break)
        .offset((query.page - 1) * query.per_page)
        .limit(query.per_page)
    )
    return list(database.session().scalars(page)), total


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


def _filtered(stmt: Select[tuple[User]], query: UserQuery) -> Select[tuple[User]]:
    if query.q:
        matches = [
            User.full_name.icontains(query.q, autoescape=True),
            User.email_key.contains(email_key(query.q), autoescape=True),
            User.house_number.icontains(query.q, autoescape=True),
        ]
        phone = normalize_phone(query.q)
        if phone:
            matches.append(User.phone.icontains(phone, autoescape=True))
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


def _active_super_admins(*, lock: bool) -> int:
    """Count active super admins; lock their rows when one of them may change."""
    stmt = select(User.id).where(User.role == Role.SUPER_ADMIN, User.status == UserStatus.ACTIVE)
    if lock:
        stmt = stmt.with_for_update()
    return len(database.session().scalars(stmt).all())


def apply_changes(user: User, changes: dict[str, Any]) -> dict[str, Any]:
    """Set the changed fields; return a before/after diff for the audit, without secrets."""
    diff: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "password":
            check_password(value, email=changes.get("email") or user.email)
            user.password_hash = hash_password(value)
            user.password_changed_at = utcnow()
            diff["password"] = {"changed": True}
            continue
        before = getattr(user, field)
        if before != value:
            setattr(user, field, value)
            diff[field] = {"from": _audit_value(field, before), "to": _audit_value(field, value)}
    return diff


def _audit_value(field: str, value: Any) -> Any:
    if field == "national_id":
        return mask_national_id(value)
    return str(value) if isinstance(value, Role | UserStatus) else value


def _public(data: dict[str, Any]) -> dict[str, Any]:
    return {k: _audit_value(k, v) for k, v in data.items() if k not in SECRET_FIELDS}


def flush_or_conflict() -> None:
    try:
        database.session().flush()
    except IntegrityError as exc:
        if "email" in str(exc.orig).lower():
            raise Conflict(EMAIL_TAKEN) from None
        raise


def _account(user: User) -> role_rules.Account:
    return role_rules.Account(id=user.id, role=user.role, status=user.status)


def _enforce(denial: str | None) -> None:
    if denial is not None:
        raise PermissionDenied(denial)


def _enforce_manageable(actor: User, target: User) -> None:
    if target.role not in role_rules.MANAGEABLE_ROLES[actor.role]:
        raise PermissionDenied(f"A {actor.role} may not manage a {target.role} account.")


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
