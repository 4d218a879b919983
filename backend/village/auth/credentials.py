"""Checking a password, the one way for sign-in and re-authentication alike.

Every path that verifies a password (sign-in, changing the password, changing
the email) is a sign-in as far as guessing is concerned: the same lockout
(honoured, never extended by attempts made while it lasts), the same failure
counter, the same per-account rate limit (village.security.ratelimit), the
same metrics. And every answer costs what a real verification costs: an
unknown account verifies against a dummy hash made at the cost most stored
hashes have (not merely the configured one: after BCRYPT_ROUNDS changes,
accounts keep their old cost until their next sign-in), and a locked account
verifies against its own hash and ignores the result.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from sqlalchemy import update
from sqlalchemy.orm.attributes import set_committed_value

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.config import current_settings
from village.database import utcnow
from village.observability import metrics
from village.security import passwords
from village.security.client import Client
from village.users import service as users
from village.users.models import User

log = logging.getLogger("village.auth")


class Outcome(StrEnum):
    OK = "success"
    UNKNOWN = "unknown_email"
    LOCKED = "locked"
    BAD_PASSWORD = "bad_password"  # noqa: S105 - an outcome, not a password


@dataclass(frozen=True)
class Check:
    outcome: Outcome
    # True when this failure is the one that locked the account.
    locked_now: bool = False


def check(user: User | None, password: str, client: Client) -> Check:
    """Verify `password` for `user` (None: no such account) at a real verification's cost."""
    if user is None or user.password_hash is None:
        passwords.burn_verification(password, users.prevailing_hash_cost())
        return Check(Outcome.UNKNOWN)
    if user.is_locked(utcnow()):
        passwords.verify_password(password, user.password_hash)  # the same cost; result unused
        return Check(Outcome.LOCKED)
    if not passwords.verify_password(password, user.password_hash):
        return Check(Outcome.BAD_PASSWORD, locked_now=_record_failure(user, client))
    _upgrade_hash(user, password)
    user.failed_login_count = 0
    user.locked_until = None
    return Check(Outcome.OK)


def count(result: Outcome | str, *, via: str) -> None:
    """Count an attempt in village_login_attempts_total (`via`: login or reauthentication)."""
    metrics.LOGIN_ATTEMPTS.labels(str(result), via).inc()


def lock_seconds_left(user: User) -> int:
    """Whole seconds until the user's lockout ends (at least 1 while locked)."""
    if user.locked_until is None:
        return 0
    return max(1, int((user.locked_until - utcnow()).total_seconds() + 0.999))


def _upgrade_hash(user: User, password: str) -> None:
    if passwords.needs_rehash(user.password_hash or "", current_settings().BCRYPT_ROUNDS):
        user.password_hash = users.hash_password(password)


def _record_failure(user: User, client: Client) -> bool:
    """Count a wrong password atomically; lock for 1, 2, 4 ... up to 15 minutes.

    Returns True when this failure locked the account.
    """
    settings = current_settings()
    failures = (
        database.session().scalar(
            update(User)
            .where(User.id == user.id)
            .values(failed_login_count=User.failed_login_count + 1)
            .returning(User.failed_login_count)
            .execution_options(synchronize_session=False)
        )
        or 0
    )
    set_committed_value(user, "failed_login_count", failures)  # what the UPDATE wrote
    over = failures - settings.LOGIN_MAX_FAILED_ATTEMPTS
    if over < 0:
        return False
    seconds = min(
        settings.LOGIN_LOCKOUT_SECONDS * 2 ** min(over, 20), settings.LOGIN_LOCKOUT_MAX_SECONDS
    )
    locked_until = utcnow() + timedelta(seconds=seconds)
    database.session().execute(
        update(User)
        .where(User.id == user.id)
        .values(locked_until=locked_until)
        .execution_options(synchronize_session=False)
    )
    set_committed_value(user, "locked_until", locked_until)
    audit.record(
        AuditAction.ACCOUNT_LOCKED,
        actor=user,
        target_type="user",
        target_id=user.id,
        target_name=user.full_name,
        client=client,
        details={"failures": failures, "seconds": seconds},
    )
    metrics.LOCKOUTS.inc()
    return True
