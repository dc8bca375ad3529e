"""Accounts: creating users and checking their passwords."""

import sqlalchemy as sa

from webapp.extensions import db, login_manager
from webapp.models import User


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
    """Return the user whose email and password match, else None."""
    user = find_user(email)
    if user is None or not user.check_password(password):
        return None
    return user


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    return db.session.get(User, int(user_id))
