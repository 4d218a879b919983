"""Operator commands: `flask --app village <command>` (see `flask --app village --help`)."""

from __future__ import annotations

import sys

import click
from flask import Flask
from flask.cli import with_appcontext

from village import database
from village.audit import service as audit
from village.enums import Role
from village.errors import Conflict, ValidationFailed
from village.users import service as users


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        # Only the final line break is the terminal's; any other character is the password's.
        return sys.stdin.read().removesuffix("\n").removesuffix("\r")
    if not sys.stdin.isatty():
        raise click.UsageError("no terminal to ask for the password: pass --password-stdin")
    password: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password


def _ask(value: str | None, label: str, option: str) -> str:
    if value:
        return value
    if not sys.stdin.isatty():
        raise click.UsageError(f"{option} is required when not running in a terminal")
    answer: str = click.prompt(label)
    return answer


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
                email=email, password=password, full_name=full_name, role=Role(role)
            )
            audit.record(
                "user_created",
                target_type="user",
                target_id=user.id,
                details={"after": {"email": email, "role": role}, "via": "cli"},
            )
    except Conflict:
        raise click.ClickException(f"an account with the email {email} already exists") from None
    except ValidationFailed as exc:
        reasons = "; ".join(f"{e['field']}: {e['message']}" for e in exc.extra_data["errors"])
        raise click.ClickException(f"the account was not created: {reasons}") from None
    click.echo(f"Created {user.role} {user.email} (id {user.id}).")


def init_app(app: Flask) -> None:
    app.cli.add_command(create_admin_command)
