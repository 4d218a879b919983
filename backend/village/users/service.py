"""Business rules of user management: create, change, delete, unlock (reads: queries).

A person is one user, reached and signing in by an email or a Thai mobile
number or both (village.md, "People and members"). No administrator ever sets
or learns the password of an account that has one: passwords are never set
here (a set-password link is, see `password_links`), and the email or phone
of an account whose owner chose a password is that owner's to change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.config import current_settings
from village.database import utcnow
from village.enums import Language, Role, UserStatus
from village.errors import Conflict, NotFound, PermissionDenied, ValidationFailed, field_error
from village.identifiers import InvalidIdentifier, normalize_email, normalize_phone
from village.security import passwords, role_rules
from village.security.client import Client
from village.security.password_policy import PasswordPolicy
from village.sessions import service as sessions
from village.users import queries
from village.users.models import User
from village.users.queries import (
    get,
    get_by_email,
    get_by_identifier,
    get_by_phone,
    get_or_raise,
    list_page,
    prevailing_hash_cost,
    stats,
)
from village.users.schemas import UserCreate, UserReplace, UserUpdate
from village.validation import mask_national_id

__all__ = [  # the reads are the queries module's, offered here to other domains
    "NewPerson",
    "get",
    "get_by_email",
    "get_by_identifier",
    "get_by_phone",
    "get_or_raise",
    "list_page",
    "prevailing_hash_cost",
    "stats",
]
EMAIL_TAKEN = "An account with this email already exists."
PHONE_TAKEN = "An account with this phone number already exists."
NO_IDENTIFIER = "Give an email or a Thai mobile number (or both)."
# Fields an admin may not set to null: the record would be incomplete.
SIGN_IN_FIELDS = frozenset({"email", "phone"})


@dataclass(frozen=True)
class NewPerson:
    """Everything `insert` needs to add a person (typed, whoever calls it)."""

    full_name: str
    email: str | None = None
    phone: str | None = None
    password: str | None = None
    role: Role = Role.RESIDENT
    status: UserStatus = UserStatus.ACTIVE
    address: str | None = None
    national_id: str | None = None
    password_change_required: bool = False


def password_policy() -> PasswordPolicy:
    settings = current_settings()
    return PasswordPolicy(
        min_length=settings.PASSWORD_MIN_LENGTH,
        max_length=settings.PASSWORD_MAX_LENGTH,
        require_composition=settings.PASSWORD_REQUIRE_COMPOSITION,
        passphrase_length=settings.PASSWORD_PASSPHRASE_LENGTH,
    )


def check_password(password: str, *, email: str | None, field: str = "password") -> None:
    """Raise a 422 naming every policy rule the password breaks."""
    problems = password_policy().problems(password, email=email or "")
    if problems:
        raise ValidationFailed([field_error(field, message, code) for code, message in problems])


def hash_password(password: str) -> str:
    return passwords.hash_password(password, current_settings().BCRYPT_ROUNDS)


def set_password(user: User, password: str, *, field: str = "password") -> None:
    """Give the user `password` after the policy (the caller decides who may)."""
    check_password(password, email=user.email, field=field)
    user.password_hash = hash_password(password)
    user.password_changed_at = utcnow()
    user.password_change_required = False


def insert(person: NewPerson) -> User:
    """Add a person. Raises 422 for no or malformed identifiers or a weak password, 409 for an
    email or phone another account has."""
    return insert_many([person])[0]


def insert_many(people: Sequence[NewPerson]) -> list[User]:
    """Add several people with one flush (an import's owners), in order; the errors of
    `insert`, for the first person at fault."""
    added = []
    for person in people:
        email, phone = _identifiers(person.email, person.phone)
        user = User(
            email=email,
            phone=phone,
            full_name=person.full_name,
            role=person.role,
            status=person.status,
            address=person.address,
            national_id=person.national_id,
            password_change_required=person.password_change_required,
        )
        if person.password is not None:
            check_password(person.password, email=email)
            user.password_hash = hash_password(person.password)
        database.session().add(user)
        added.append(user)
    flush_or_conflict()
    return added


def _identifiers(email: str | None, phone: str | None) -> tuple[str | None, str | None]:
    """The stored forms of an email and a phone, at least one of them (422 otherwise)."""
    errors = []
    try:
        email = None if email is None else normalize_email(email)
    except InvalidIdentifier:
        errors.append(field_error("email", "Enter a valid email address.", "invalid_email"))
    try:
        phone = None if phone is None else normalize_phone(phone)
    except InvalidIdentifier as exc:
        errors.append(field_error("phone", str(exc), "invalid_phone"))
    if not errors and email is None and phone is None:
        errors = [field_error(name, NO_IDENTIFIER, "missing") for name in ("email", "phone")]
    if errors:
        raise ValidationFailed(errors)
    return email, phone


def create(*, actor: User, data: UserCreate, client: Client) -> User:
    """Create a user on behalf of an admin, within the role-assignment rules.

    An initial password must be changed at the first sign-in; without one, the
    person waits for a set-password link.
    """
    _enforce(role_rules.check_create(_account(actor), data.role))
    fields = data.model_dump()
    user = insert(NewPerson(**fields, password_change_required=data.password is not None))
    audit.record(
        AuditAction.USER_CREATED,
        actor=actor,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"after": _public(fields)},
    )
    return user


def update(*, actor: User, user_id: int, data: UserUpdate | UserReplace, client: Client) -> User:
    """Change fields of a user; role and status changes follow the rules, and the email or
    phone of someone who chose their own password is theirs alone to change (409)."""
    user = get_or_raise(user_id)
    changes = data.changes()
    _enforce(
        role_rules.check_update(
            _account(actor),
            _account(user),
            role=changes.get("role"),
            status=changes.get("status"),
            active_super_admins=queries.active_super_admins(lock=user.role is Role.SUPER_ADMIN),
        )
    )
    _guard_sign_in_identifiers(actor, user, changes)
    diff = apply_changes(user, changes)
    if not diff:
        return user
    if user.email is None and user.phone is None:
        raise ValidationFailed([field_error(f, NO_IDENTIFIER, "missing") for f in SIGN_IN_FIELDS])
    flush_or_conflict()
    if "status" in diff and user.status is not UserStatus.ACTIVE:
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


def _guard_sign_in_identifiers(actor: User, user: User, changes: dict[str, Any]) -> None:
    """Changing someone's email or phone and then resetting the password through it
    would be signing in as them: once they chose a password, both are theirs."""
    touched = {f for f in SIGN_IN_FIELDS & changes.keys() if changes[f] != getattr(user, f)}
    if touched and actor.id != user.id and owns_password(user):
        raise Conflict(
            f"{user.full_name} signs in with their own password: only they can change "
            f"their {' and '.join(sorted(touched))} (in their account).",
            code="has_password",
        )


def owns_password(user: User) -> bool:
    """True when the password is the person's own (not none, not an initial one from staff)."""
    return user.has_password and not user.password_change_required


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
    try:
        database.session().flush()
    except IntegrityError:  # a house membership, a service request, ... still names them
        raise Conflict(
            "This person has history (a house membership, a service request): their "
            "record stays; deactivate them, or erase their personal data instead.",
            code="has_memberships",
        ) from None
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
    enforce_manageable(actor, user)
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
    enforce_manageable(actor, user)
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
        before = getattr(user, field)
        if before != value:
            setattr(user, field, value)
            diff[field] = {"from": _audit_value(field, before), "to": _audit_value(field, value)}
    return diff


def _audit_value(field: str, value: Any) -> Any:
    if field == "national_id":
        return mask_national_id(value)
    return str(value) if isinstance(value, Role | UserStatus | Language) else value


def _public(data: dict[str, Any]) -> dict[str, Any]:
    public = {k: _audit_value(k, v) for k, v in data.items() if k != "password"}
    if data.get("password") is not None:
        public["password"] = "initial, to be changed"  # noqa: S105 - never the password itself
    return public


def flush_or_conflict() -> None:
    """Flush; a taken email or phone becomes a 409 naming which."""
    try:
        database.session().flush()
    except IntegrityError as exc:
        message = str(exc.orig).lower()
        if "email" in message:
            raise Conflict(EMAIL_TAKEN, code="email_taken") from None
        if "phone" in message:
            raise Conflict(PHONE_TAKEN, code="phone_taken") from None
        raise


def _account(user: User) -> role_rules.Account:
    return role_rules.Account(id=user.id, role=user.role, status=user.status)


def _enforce(denial: str | None) -> None:
    if denial is not None:
        raise PermissionDenied(denial)


def enforce_manageable(actor: User, target: User) -> None:
    """403 unless the actor's role may manage the target's (role_rules.MANAGEABLE_ROLES)."""
    if target.role not in role_rules.MANAGEABLE_ROLES[actor.role]:
        raise PermissionDenied(f"A {actor.role} may not manage a {target.role} account.")
