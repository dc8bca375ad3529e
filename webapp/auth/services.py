"""Accounts: creating users, checking their passwords, changing and deleting them."""

import functools
import secrets

import sqlalchemy as sa
from werkzeug.security import check_password_hash, generate_password_hash

from webapp.auth import sessions
from webapp.extensions import db, login_manager
from webapp.maps.structure import delete_map
from webapp.models import Job, MapChange, PersonalToken, Project, User, Wireframe


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == normalise_email(email)))


def register_user(email: str, password: str) -> User | None:
    """Create an account, or return None when the email is already taken."""
    if find_user(email) is not None:
        return None
    user = User(email=normalise_email(email))
    user.set_password(password)
    db.session.add(user)
    try:
        db.session.commit()
    except sa.exc.IntegrityError:
        # Two sign-ups with the same address raced; the other one won.
        db.session.rollback()
        return None
    return user


def authenticate(email: str, password: str) -> User | None:
    """Return the user whose email and password match, else None.

    An unknown email costs the same scrypt hash as a known one, so the time of the answer
    does not tell whether an account exists.
    """
    user = find_user(email)
    if user is None:
        check_password_hash(_stand_in_hash(), password)
        return None
    return user if user.check_password(password) else None


@functools.cache
def _stand_in_hash() -> str:
    # Made with the same method and cost as real hashes (User.set_password).
    return generate_password_hash(secrets.token_hex(16), method="scrypt")


def change_password(user: User, password: str) -> None:
    """Set a new password and end the user's other sessions; this one stays logged in."""
    user.set_password(password)
    sessions.end_sessions(user)
    db.session.commit()
    sessions.keep_this_session(user)


def delete_account(user: User) -> None:
    """Delete the user with their maps, jobs and wireframes.

    The foreign keys cascade on PostgreSQL, but SQLite does not enforce them here, so
    every row goes explicitly: each map as "Delete map" deletes it, then the jobs left
    (ones that made no map), their wireframes, the API tokens and the user. Changes the
    user made to maps are kept, without their name.
    """
    for project in db.session.scalars(sa.select(Project).where(Project.user_id == user.id)).all():
        delete_map(project)
    jobs = sa.select(Job.id).where(Job.user_id == user.id)
    for statement in (
        sa.delete(Wireframe).where(Wireframe.job_id.in_(jobs)),
        sa.delete(Job).where(Job.user_id == user.id),
        sa.update(MapChange).where(MapChange.user_id == user.id).values(user_id=None),
        sa.delete(PersonalToken).where(PersonalToken.user_id == user.id),
        sa.delete(User).where(User.id == user.id),
    ):
        db.session.execute(statement.execution_options(synchronize_session=False))
    db.session.commit()


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    """The session's user, unless the session was ended (logout, password change)."""
    user = db.session.get(User, int(user_id))
    if user is None or not sessions.is_current(user):
        return None
    return user
