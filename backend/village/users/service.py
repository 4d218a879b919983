"""Business rules of user management: create, change, delete, unlock (reads: queries)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.config import current_settings
from village.database import utcnow
from village.enums import Role, UserStatus
from village.errors import Conflict, NotFound, PermissionDenied, ValidationFailed, field_error
from village.identifiers import InvalidIdentifier, normalize_email
from village.security import passwords, role_rules
from village.security.client import Client
from village.security.password_policy import PasswordPolicy
from village.sessions import service as sessions
from village.users import queries
from village.users.models import User
from village.users.queries import (
    get,
    get_by_email,
    get_or_raise,
    list_page,
    prevailing_hash_cost,
    stats,
)
from village.validation import mask_national_id

__all__ = [  # the reads are the queries module's, offered here to other domains
    "get",
    "get_by_email",
    "get_or_raise",
    "list_page",
    "prevailing_hash_cost",
    "stats",
]
EMAIL_TAKEN = "An account with this email already exists."
# Fields an admin may not set to null: the record would be incomplete.
REQUIRED_FIELDS = frozenset({"email", "full_name", "role", "status", "password"})
SECRET_FIELDS = frozenset({"password"})


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
            active_super_admins=queries.active_super_admins(lock=user.role is Role.SUPER_ADMIN),
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
            active_super_admins=queries.active_super_admins(lock=user.role is Role.SUPER_ADMIN),
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
