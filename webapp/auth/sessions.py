"""Sessions that end: at logout, at a password change, after hours of use or of idleness.

The session cookie is signed, not stored: copied before logout it would stay valid. So each
user has a ``session_version``, copied into the session at login. Logging out and changing
the password move it on, and ``load_user`` (services.py) turns away a session whose version
is older. The session also keeps when it logged in and when it was last used; one older than
SESSION_ABSOLUTE_SECONDS, or unused for SESSION_IDLE_SECONDS, is logged out on its next
request (``end_expired_session``), which needs no database.

A job's status poll may be answered from Redis without loading the user
(webapp/jobs/versions.py). So that a replayed cookie gets nothing from there either, each
user's current version is kept in Redis too, and that path answers only a session whose
version matches it (``session_is_current``); anything else goes to the database.
"""

from __future__ import annotations

import logging
import time

import redis
from flask import current_app, flash, g, session
from flask_login import login_user, logout_user

from webapp.models import User

logger = logging.getLogger(__name__)

VERSION = "_session_version"
LOGGED_IN_AT = "_logged_in_at"
SEEN_AT = "_seen_at"
KEY = "storymapper:session-version:{}"
ENDED = "Your session has ended; please log in again."
#: Last use is written back at most once a minute: a page polling every second must not
#: send a new cookie with every answer.
SEEN_AT_STEP_SECONDS = 60

#: The clock sessions are timed by (seconds since the epoch); tests move it on.
clock = time.time


def start_session(user: User) -> None:
    """Log ``user`` in with a new CSRF token, their session version and the times."""
    # A token seen before login is no use after it (Flask-WTF also caches it in g).
    session.pop("csrf_token", None)
    g.pop("csrf_token", None)
    login_user(user)
    now = int(clock())
    session[VERSION] = user.session_version
    session[LOGGED_IN_AT] = now
    session[SEEN_AT] = now
    _publish(user)


def end_sessions(user: User) -> None:
    """Make every session of ``user`` out of date; the caller commits."""
    user.session_version += 1
    _publish(user)


def keep_this_session(user: User) -> None:
    """Keep the current session logged in after ``end_sessions`` moved the version on."""
    session[VERSION] = user.session_version


def end_session() -> None:
    """Log this browser out and forget what its session kept."""
    logout_user()
    for key in (VERSION, LOGGED_IN_AT, SEEN_AT, "csrf_token"):
        session.pop(key, None)


def is_current(user: User) -> bool:
    """Whether the session carries ``user``'s current session version."""
    return session.get(VERSION) == user.session_version


def end_expired_session() -> None:
    """Log out a session past its absolute or idle limit; else note that it was used."""
    if "_user_id" not in session:
        return
    now = int(clock())
    config = current_app.config
    logged_in_at = session.get(LOGGED_IN_AT, 0)
    seen_at = session.get(SEEN_AT, 0)
    too_old = now - logged_in_at > config["SESSION_ABSOLUTE_SECONDS"]
    too_idle = now - seen_at > config["SESSION_IDLE_SECONDS"]
    if too_old or too_idle:
        end_session()
        flash(ENDED, "info")
        return
    if now - seen_at >= min(SEEN_AT_STEP_SECONDS, config["SESSION_IDLE_SECONDS"] / 4):
        session[SEEN_AT] = now


def session_is_current() -> bool:
    """Whether Redis says this session's version is its user's current one.

    False whenever it cannot tell (no Redis, no entry, Redis down): the caller then loads
    the user from the database.
    """
    versions = _redis()
    user_id = session.get("_user_id")
    if versions is None or not user_id or VERSION not in session:
        return False
    try:
        published = versions.get(KEY.format(user_id))
    except redis.RedisError:
        return False
    return published is not None and int(published) == session[VERSION]


def _publish(user: User) -> None:
    versions = _redis()
    if versions is None:
        return
    key = KEY.format(user.id)
    try:
        versions.set(key, user.session_version, ex=current_app.config["SESSION_ABSOLUTE_SECONDS"])
    except redis.RedisError:
        logger.warning("Could not record user %s's session version in Redis.", user.id)


def _redis() -> redis.Redis | None:
    url = current_app.config["REDIS_URL"]
    if not url:
        return None
    if "session_versions" not in current_app.extensions:
        current_app.extensions["session_versions"] = redis.Redis.from_url(
            url, socket_timeout=1, socket_connect_timeout=1
        )
    return current_app.extensions["session_versions"]
