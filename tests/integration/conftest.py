"""Integration fixtures: this machine's PostgreSQL and RabbitMQ, and a real ``dramatiq`` worker.

When the services are down these tests skip, unless ``REQUIRE_SERVICES=1`` (set by
CI) makes that a failure: CI must never pass without them.
"""

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
from webapp import create_app
from webapp.extensions import db

DATABASE_URL = os.environ.get(
    "TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BROKER_URL = os.environ.get("TEST_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/%2F")
QUEUES = tuple(
    f"{name}{suffix}"
    for name in ("maps", "wireframes", "improvements")
    for suffix in ("", ".DQ", ".XQ")
)
#: RabbitMQ's management API, enabled by .ci/run (rabbitmq-plugins enable rabbitmq_management).
MANAGEMENT_URL = os.environ.get(
    "TEST_RABBITMQ_MANAGEMENT_URL", "http://guest:guest@127.0.0.1:15672"
)
ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/integration" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.integration)


def _unavailable(what: str, error: Exception):
    message = f"{what} is not reachable ({type(error).__name__}: {error})"
    if os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(message + "; REQUIRE_SERVICES=1 forbids skipping", pytrace=False)
    pytest.skip(message)


def rabbitmq_channel():
    parameters = pika.URLParameters(BROKER_URL)
    parameters.connection_attempts = 1
    parameters.socket_timeout = 3
    connection = pika.BlockingConnection(parameters)
    return connection, connection.channel()


@pytest.fixture(scope="session")
def services():
    """Check PostgreSQL and RabbitMQ once, and start from empty queues and an empty schema."""
    try:
        engine = sa.create_engine(DATABASE_URL, connect_args={"connect_timeout": 3})
        with engine.begin() as connection:
            # The schema must come from the migrations alone: start from nothing.
            connection.execute(sa.text("DROP SCHEMA public CASCADE"))
            connection.execute(sa.text("CREATE SCHEMA public"))
        engine.dispose()
    except sa.exc.OperationalError as error:
        _unavailable("PostgreSQL", error)
    try:
        connection, channel = rabbitmq_channel()
    except pika.exceptions.AMQPError as error:
        _unavailable("RabbitMQ", error)
    # Queues are declared afresh by this code, with its x-max-priority and dead-letter settings.
    for queue in QUEUES:
        channel.queue_delete(queue)
    connection.close()


@pytest.fixture(scope="session")
def pg_app(services):
    """The web app as production runs it: PostgreSQL and RabbitMQ, schema from the migrations."""
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "integration-secret",
            "SQLALCHEMY_DATABASE_URI": DATABASE_URL,
            "BROKER_URL": BROKER_URL,
            "RABBITMQ_MANAGEMENT_URL": MANAGEMENT_URL,
            # Retries of transient failures wait tenths of seconds, not seconds.
            "JOB_MIN_BACKOFF_MS": 100,
            "JOB_MAX_BACKOFF_MS": 400,
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
        "SECRET_KEY": "integration-secret",
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


@pytest.fixture
def redis_url():
    """This machine's Redis (database 15, emptied before and after the test)."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.flushdb()
    except redis.RedisError as error:
        _unavailable("Redis", error)
    yield REDIS_URL
    client.flushdb()
    client.close()
