"""The PostgreSQL databases and RabbitMQ vhosts the tests make for themselves, and drop.

Each test session names its own (``storymapper_test_<8 hex digits>``, with a suffix per
use), creates it when a test first needs it and drops it when the session ends. Nothing else
on the servers is dropped, emptied or deleted, and two sessions can run side by side.
"""

import secrets
import subprocess
import urllib.parse

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

#: The name of what this session creates (a use may add a suffix).
SESSION_NAME = f"storymapper_test_{secrets.token_hex(4)}"

#: Databases connected to for creating and dropping one (every server has them).
MAINTENANCE_DATABASES = ("postgres", "template1")


def database_url(server_url: str, suffix: str = "") -> str:
    """``server_url`` with its database swapped for this session's ``SESSION_NAME + suffix``."""
    url = sa.engine.make_url(server_url).set(database=SESSION_NAME + suffix)
    return url.render_as_string(hide_password=False)


def _database_name(url: str) -> str:
    name = sa.engine.make_url(url).database
    assert name and name.startswith(SESSION_NAME), f"{name} is not this session's database"
    return name


def _maintenance_connection(url: str) -> sa.Connection:
    """An autocommit connection to another database of the server ``url`` is on."""
    error = None
    for name in MAINTENANCE_DATABASES:
        engine = sa.create_engine(
            sa.engine.make_url(url).set(database=name),
            isolation_level="AUTOCOMMIT",
            poolclass=NullPool,
            connect_args={"connect_timeout": 3},
        )
        try:
            return engine.connect()
        except sa.exc.OperationalError as failed:
            error = failed
    raise error


def create_database(url: str) -> None:
    """Create the database ``url`` names: this session's own, made by ``database_url``."""
    name = _database_name(url)
    with _maintenance_connection(url) as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))


def drop_database(url: str) -> None:
    """Drop this session's database ``url``, closing the connections still open to it."""
    name = _database_name(url)
    with _maintenance_connection(url) as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def vhost_url(server_url: str, suffix: str = "") -> str:
    """``server_url`` (amqp://) with its vhost swapped for ``SESSION_NAME + suffix``."""
    parts = urllib.parse.urlsplit(server_url)
    return parts._replace(path="/" + urllib.parse.quote(SESSION_NAME + suffix, safe="")).geturl()


def _vhost(url: str) -> str:
    name = urllib.parse.unquote(urllib.parse.urlsplit(url).path[1:])
    assert name.startswith(SESSION_NAME), f"{name} is not this session's vhost"
    return name


def rabbitmqctl(*arguments: str) -> str:
    """Run ``rabbitmqctl`` on this machine's RabbitMQ; its error output says why it failed."""
    try:
        done = subprocess.run(
            ["rabbitmqctl", "--quiet", *arguments],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
    except subprocess.CalledProcessError as error:
        raise RuntimeError(f"rabbitmqctl {arguments[0]}: {error.stderr.strip()[-500:]}") from error
    return done.stdout


def add_vhost(url: str) -> None:
    """Create this session's vhost ``url`` with every right for its user (``rabbitmqctl``, so
    on this machine's RabbitMQ, as ``wait_until_idle`` and ``bench/`` use it)."""
    name = _vhost(url)
    rabbitmqctl("add_vhost", name)
    user = urllib.parse.unquote(urllib.parse.urlsplit(url).username or "guest")
    rabbitmqctl("set_permissions", "-p", name, user, ".*", ".*", ".*")


def delete_vhost(url: str) -> None:
    """Delete this session's vhost ``url``, with its queues and their messages."""
    rabbitmqctl("delete_vhost", _vhost(url))
