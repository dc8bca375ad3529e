"""Integration fixtures: this machine's PostgreSQL and RabbitMQ, and a real ``dramatiq`` worker.

The tests use a database and a vhost of their own (``tests/resources.py``), created at the
start of the session and dropped at its end. When the services are down these tests skip,
unless ``REQUIRE_SERVICES=1`` (set by CI) makes that a failure: CI must never pass without them.
"""

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import flask_migrate
import pika
import pytest
import redis
import sqlalchemy as sa

from tests.processes import start_and_wait, stop
from tests.resources import (
    add_vhost,
    create_database,
    database_url,
    delete_vhost,
    drop_database,
    vhost_url,
)
from webapp import create_app
from webapp.extensions import db

#: The PostgreSQL server and the RabbitMQ broker; the URLs' own database and vhost are not used.
DATABASE_SERVER_URL = os.environ.get(
    "TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
BROKER_SERVER_URL = os.environ.get("TEST_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/%2F")
#: This session's own database and vhost on them (``services`` creates and drops both).
DATABASE_URL = database_url(DATABASE_SERVER_URL)
BROKER_URL = vhost_url(BROKER_SERVER_URL)
QUEUES = tuple(
    f"{name}{suffix}"
    for name in ("maps", "wireframes", "improvements", "regenerations")
    for suffix in ("", ".DQ", ".XQ")
)
#: RabbitMQ's management API, enabled by .ci/run (rabbitmq-plugins enable rabbitmq_management).
MANAGEMENT_URL = os.environ.get(
    "TEST_RABBITMQ_MANAGEMENT_URL", "http://guest:guest@127.0.0.1:15672"
)
ROOT = Path(__file__).resolve().parents[2]
#: The tests' Redis database: each test that uses it deletes the app's keys there before and
#: after (``forget_app_keys``), and nothing else.
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
#: The keys the app writes to Redis: its own and Flask-Limiter's.
APP_KEYS = ("storymapper:*", "LIMITS:*")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/integration" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.integration)


def _unavailable(what: str, error: Exception):
    message = f"{what} is not reachable ({type(error).__name__}: {error})"
    if os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(message + "; REQUIRE_SERVICES=1 forbids skipping", pytrace=False)
    pytest.skip(message)


#: How an unreachable RabbitMQ (or a missing rabbitmqctl) shows.
RABBITMQ_ERRORS = (OSError, RuntimeError, subprocess.SubprocessError, pika.exceptions.AMQPError)


def rabbitmq_channel():
    parameters = pika.URLParameters(BROKER_URL)
    parameters.connection_attempts = 1
    parameters.socket_timeout = 3
    connection = pika.BlockingConnection(parameters)
    return connection, connection.channel()


#: Whether ``services`` made this session's database and vhost.
_services_made = False


@pytest.fixture(scope="session")
def services():
    """Create this session's database and vhost (checking PostgreSQL and RabbitMQ); drop both
    when the session ends. The schema comes from the migrations alone, the queues from the
    code's own declarations (x-max-priority, dead-letter queues)."""
    global _services_made
    if _services_made:  # the browser and fault tests import this fixture: a copy made them
        yield
        return
    try:
        create_database(DATABASE_URL)
    except sa.exc.OperationalError as error:
        _unavailable("PostgreSQL", error)
    try:
        add_vhost(BROKER_URL)
        connection, _ = rabbitmq_channel()
        connection.close()
    except RABBITMQ_ERRORS as error:
        with contextlib.suppress(*RABBITMQ_ERRORS):  # if it was made at all
            delete_vhost(BROKER_URL)
        drop_database(DATABASE_URL)
        _unavailable("RabbitMQ", error)
    _services_made = True
    yield
    try:
        delete_vhost(BROKER_URL)
    finally:
        drop_database(DATABASE_URL)


@pytest.fixture(scope="session")
def pg_app(services):
    """The web app as production runs it: PostgreSQL and RabbitMQ, schema from the migrations."""
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "integration-secret-of-32-bytes-or-more",
            "SQLALCHEMY_DATABASE_URI": DATABASE_URL,
            "BROKER_URL": BROKER_URL,
            "RABBITMQ_MANAGEMENT_URL": MANAGEMENT_URL,
            # Retries of transient failures wait tenths of seconds, not seconds.
            "JOB_MIN_BACKOFF_MS": 100,
            "JOB_MAX_BACKOFF_MS": 400,
            # One app for the session: every test registers its own person from one address.
            "RATE_LIMIT_REGISTER": "1000/hour",
        }
    )
    with app.app_context():
        flask_migrate.upgrade()
    yield app
    app.extensions["dramatiq"].close()
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def app(pg_app):
    """Each test starts with empty tables and empty queues."""
    with pg_app.app_context():
        tables = ", ".join(table.name for table in db.metadata.sorted_tables)
        db.session.execute(sa.text(f"TRUNCATE {tables} CASCADE"))
        db.session.commit()
    connection, _ = rabbitmq_channel()
    for queue in QUEUES:
        # Purging a queue nothing declared yet closes the channel, so each gets its own.
        channel = connection.channel()
        try:
            channel.queue_purge(queue)
        except pika.exceptions.ChannelClosedByBroker:
            continue
        channel.close()
    connection.close()
    pg_app.extensions.pop("worker_counts", None)
    return pg_app


def consumer_count(queue: str) -> int:
    connection, channel = rabbitmq_channel()
    try:
        return channel.queue_declare(queue, passive=True).method.consumer_count
    except pika.exceptions.ChannelClosedByBroker:
        return 0
    finally:
        if connection.is_open:
            connection.close()


def wait_until_idle(queue: str, timeout: float = 30.0) -> None:
    """Wait until ``queue`` has no ready and no unacknowledged (in-flight) messages."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        listing = subprocess.run(
            ["rabbitmqctl", "list_queues", "--quiet", "--no-table-headers"]
            + ["-p", pika.URLParameters(BROKER_URL).virtual_host]
            + ["name", "messages_ready", "messages_unacknowledged"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        counts = {line.split()[0]: line.split()[1:] for line in listing.splitlines() if line}
        if counts.get(queue) == ["0", "0"]:
            return
        time.sleep(0.2)
    pytest.fail(f"queue {queue} still had messages after {timeout} s")


def start_worker(log_path: Path, threads: int = 2, **env: str) -> subprocess.Popen:
    """Run ``bin/worker`` as the Procfile does (one process), against PostgreSQL and RabbitMQ."""
    environment = {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "BROKER_URL": BROKER_URL,
        "SECRET_KEY": "integration-secret-of-32-bytes-or-more",
        "PYTHON": sys.executable,
        "WORKER_PROCESSES": "1",
        "WORKER_THREADS": str(threads),
        **env,
    }
    return start_and_wait(
        [str(ROOT / "bin" / "worker")],
        log_path,
        lambda: consumer_count("maps") > 0,
        "the dramatiq worker",
        cwd=ROOT,
        env=environment,
        # Its own process group, so a fault test can kill the main process and its children.
        start_new_session=True,
    )


@pytest.fixture(scope="module")
def worker_process(pg_app, tmp_path_factory):
    """A worker shared by a module's tests."""
    process = start_worker(tmp_path_factory.mktemp("worker") / "dramatiq.log")
    yield process
    stop(process, "the dramatiq worker")


def forget_app_keys(url: str) -> None:
    """Delete the keys the app writes (``APP_KEYS``), and only those, from Redis at ``url``."""
    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        for pattern in APP_KEYS:
            for key in client.scan_iter(match=pattern, count=1000):
                client.delete(key)
    finally:
        client.close()


@pytest.fixture
def redis_url():
    """This machine's Redis (database 15), without the app's keys before and after the test."""
    try:
        forget_app_keys(REDIS_URL)
    except redis.RedisError as error:
        _unavailable("Redis", error)
    yield REDIS_URL
    forget_app_keys(REDIS_URL)
