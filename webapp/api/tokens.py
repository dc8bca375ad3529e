"""Personal access tokens: made once and shown once, kept only as a hash, revoked for good.

A token is ``smp_`` and 43 random URL-safe characters (256 bits). Requests send it as
``Authorization: Bearer <token>``; it acts as its user and nothing else. Only its SHA-256
hash is stored: a token has enough entropy that a slow hash would add nothing but latency.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa

from webapp.extensions import db
from webapp.models import PersonalToken, User, utcnow

PREFIX = "smp_"
#: Characters of a token kept in clear, so its owner can tell tokens apart.
SHOWN_CHARACTERS = 8
#: A token's last use is written at most this often: every API call must not be a write.
LAST_USED_STEP = timedelta(minutes=1)
#: Tokens one user may hold at once (revoked ones do not count).
MAX_TOKENS_PER_USER = 20


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class TooManyTokens(Exception):
    """The user already holds MAX_TOKENS_PER_USER working tokens."""


def create_token(user: User, name: str) -> tuple[PersonalToken, str]:
    """Make a token named ``name`` for ``user``; returns it and its secret (shown once).

    Raises TooManyTokens when the user already holds MAX_TOKENS_PER_USER working tokens.
    """
    if working_token_count(user) >= MAX_TOKENS_PER_USER:
        raise TooManyTokens
    secret = PREFIX + secrets.token_urlsafe(32)
    token = PersonalToken(
        user_id=user.id,
        name=name.strip(),
        token_hash=_hash(secret),
        prefix=secret[: len(PREFIX) + SHOWN_CHARACTERS],
    )
    db.session.add(token)
    db.session.commit()
    return token, secret


def user_tokens(user: User) -> list[PersonalToken]:
    """The user's tokens that still work, newest first."""
    return list(
        db.session.scalars(
            sa.select(PersonalToken)
            .where(PersonalToken.user_id == user.id, PersonalToken.revoked_at.is_(None))
            .order_by(PersonalToken.created_at.desc(), PersonalToken.id.desc())
        )
    )


def working_token_count(user: User) -> int:
    """How many tokens of ``user`` still work."""
    return db.session.scalar(
        sa.select(sa.func.count())
        .select_from(PersonalToken)
        .where(PersonalToken.user_id == user.id, PersonalToken.revoked_at.is_(None))
    )


def find_token(user: User, token_id: int) -> PersonalToken | None:
    """One of ``user``'s tokens that still works; None when they have no such token."""
    token = db.session.get(PersonalToken, token_id)
    if token is None or token.user_id != user.id or token.revoked_at is not None:
        return None
    return token


def revoke_token(user: User, token_id: int) -> PersonalToken | None:
    """Revoke one of ``user``'s tokens for good; None when they have no such working token."""
    token = find_token(user, token_id)
    if token is None:
        return None
    token.revoked_at = utcnow()
    db.session.commit()
    return token


def user_for_token(secret: str) -> User | None:
    """The user a working token acts as, noting when it was last used; else None."""
    if not secret.startswith(PREFIX) or len(secret) > 200:
        return None
    token = db.session.scalar(
        sa.select(PersonalToken).where(
            PersonalToken.token_hash == _hash(secret), PersonalToken.revoked_at.is_(None)
        )
    )
    if token is None:
        return None
    now = utcnow()
    last = token.last_used_at
    if last is not None and last.tzinfo is None:  # SQLite gives naive datetimes back
        last = last.replace(tzinfo=now.tzinfo)
    if last is None or now - last >= LAST_USED_STEP:
        token.last_used_at = now
        db.session.commit()
    return token.user
