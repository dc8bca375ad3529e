"""``flask`` commands for operators."""

import click
from flask.cli import AppGroup

from webapp.auth.services import find_user, register_user
from webapp.extensions import db

users_cli = AppGroup("users", help="Manage user accounts.")


@users_cli.command("create")
@click.argument("email")
@click.password_option()
def create_user(email: str, password: str) -> None:
    """Create an account."""
    if register_user(email, password) is None:
        raise click.ClickException(f"An account for {email} already exists.")
    click.echo(f"Created {email}.")


@users_cli.command("make-admin")
@click.argument("email")
def make_admin(email: str) -> None:
    """Give an existing account the admin flag."""
    user = find_user(email)
    if user is None:
        raise click.ClickException(f"No account for {email}.")
    user.is_admin = True
    db.session.commit()
    click.echo(f"{email} is now an admin.")
