"""Operator commands: `flask --app village <command>` (see `flask --app village --help`)."""

from __future__ import annotations

import secrets
import sys
from datetime import timedelta

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from village import database
from village.admin import service as admin
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.config import current_settings
from village.database import utcnow
from village.enums import Role
from village.errors import Conflict, NotFound, ValidationFailed
from village.security.client import Client
from village.security.tokens import KeyRing, key_id
from village.users import service as users

PIPED_ANSWERS = "or pipe the answers, one per line: email, full name, password"


def _line(text: str) -> str:
    # Only the line break is the terminal's; any other character is the answer's.
    return text.removesuffix("\n").removesuffix("\r")


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return _line(sys.stdin.read())
    if sys.stdin.isatty():
        password: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        return password
    # Answers piped in as a terminal would take them: the password, maybe repeated.
    answer = sys.stdin.readline()
    if not answer:
        raise click.UsageError(f"no password given: pass --password-stdin ({PIPED_ANSWERS})")
    again = sys.stdin.readline()
    if again and _line(again) != _line(answer):
        raise click.ClickException("the two passwords differ")
    return _line(answer)


def _ask(value: str | None, label: str, option: str) -> str:
    if value:
        return value
    if sys.stdin.isatty():
        answer: str = click.prompt(label)
        return answer
    piped = _line(sys.stdin.readline()).strip()
    if not piped:
        raise click.UsageError(
            f"{option} is required when not running in a terminal ({PIPED_ANSWERS})"
        )
    return piped


@click.command("create-admin")
@click.option("--email", help="Email address of the new account.")
@click.option("--full-name", help="Full name of the new account.")
@click.option(
    "--role",
    type=click.Choice([role.value for role in Role]),
    default=Role.SUPER_ADMIN.value,
    show_default=True,
)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def create_admin_command(
    email: str | None, full_name: str | None, role: str, password_stdin: bool
) -> None:
    """Create an administrator account (interactive in a terminal)."""
    email = _ask(email, "Email", "--email")
    full_name = _ask(full_name, "Full name", "--full-name")
    password = _read_password(password_stdin)
    try:
        with database.transaction():
            user = users.insert(
                users.NewPerson(
                    email=email, password=password, full_name=full_name, role=Role(role)
                )
            )
            audit.record(
                AuditAction.USER_CREATED,
                target_type="user",
                target_id=user.id,
                target_name=user.full_name,
                details={"after": {"email": email, "role": role}, "via": "cli"},
            )
    except Conflict:
        raise click.ClickException(f"an account with the email {email} already exists") from None
    except ValidationFailed as exc:
        reasons = "; ".join(f"{e['field']}: {e['message']}" for e in exc.extra_data["errors"])
        raise click.ClickException(f"the account was not created: {reasons}") from None
    click.echo(f"Created {user.role} {user.email} (id {user.id}).")


ROTATION_STEPS = """\
New JWT signing key (kid {new_kid}):

{new_key}

Steps (the key signing tokens now has kid {current_kid}):
 1. In backend/.env, move the current key to the previous keys and put in the new one:
      JWT_PREVIOUS_SECRET_KEYS=<the current JWT_SECRET_KEY>{older}
      JWT_SECRET_KEY={new_key}
 2. Restart the API (e.g. sudo supervisorctl restart village-management).
    Signed-in users stay signed in: their tokens still verify with the previous key.
 3. After the refresh-token lifetime ({days} days, on or after {remove_after}), delete the
    old key from JWT_PREVIOUS_SECRET_KEYS and restart again.

If the old key leaked, do not keep it: set JWT_SECRET_KEY to the new key, leave
JWT_PREVIOUS_SECRET_KEYS empty and restart (every token signed with the old key
stops working at once), then run: flask --app village logout-all
"""


@click.command("rotate-jwt-key")
@with_appcontext
def rotate_jwt_key_command() -> None:
    """Print a new JWT signing key and the steps to rotate to it (audited)."""
    settings = current_settings()
    ring: KeyRing = current_app.extensions["village.keyring"]
    new_key = secrets.token_hex(32)
    lifetime = timedelta(seconds=settings.JWT_REFRESH_TOKEN_EXPIRES)
    previous = [key_id(key) for key in settings.JWT_PREVIOUS_SECRET_KEYS]
    click.echo(
        ROTATION_STEPS.format(
            new_kid=key_id(new_key),
            new_key=new_key,
            current_kid=ring.current_kid,
            older=",<the keys already there>" if previous else "",
            days=round(lifetime / timedelta(days=1)),
            remove_after=(utcnow() + lifetime).date().isoformat(),
        )
    )
    details = {
        "current_kid": ring.current_kid,
        "new_kid": key_id(new_key),
        "previous_kids": previous,
        "via": "cli",
    }
    try:
        with database.transaction():
            audit.record(
                AuditAction.JWT_KEY_ROTATION_STARTED, target_type="jwt_key", details=details
            )
    except Exception as exc:  # the operator still needs the key printed above in an incident
        raise click.ClickException(
            f"the new key above is valid, but the audit event could not be written: {exc}"
        ) from None


@click.command("logout-all")
@click.option("--user", "email", help="End only this account's sessions (its email).")
@with_appcontext
def logout_all_command(email: str | None) -> None:
    """End every session at once (or one user's); access tokens stop working too."""
    try:
        with database.transaction():
            ended = admin.force_logout(actor=None, client=Client(), via="cli", email=email)
    except NotFound:
        raise click.ClickException(f"no account has the email {email}") from None
    whose = f"of {email}" if email else "of every user"
    click.echo(f"Ended {ended} session(s) {whose}. New sign-ins work as usual.")


def init_app(app: Flask) -> None:
    app.cli.add_command(create_admin_command)
    app.cli.add_command(rotate_jwt_key_command)
    app.cli.add_command(logout_all_command)
