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
import sqlalchemy as sa

from tests.processes import start_and_wait, stop
from webapp import create_app
from webapp.extensions import db

DATABASE_URL = os.environ.get(
    "TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BROKER_URL = os.environ.get("TEST_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/%2F")
QUEUES = ("maps", "maps.DQ", "maps.XQ", "wireframes", "wireframes.DQ", "wireframes.XQ")
ROOT = Path(__file__).resolve().parents[2]


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
    connection, channel = rabbitmq_channel()
    for queue in QUEUES:
        channel.queue_purge(queue) if _exists(channel, queue) else None
    connection.close()
    return pg_app


def _exists(channel, queue) -> bool:
    try:
        channel.queue_declare(queue, passive=True)
    except pika.exceptions.ChannelClosedByBroker:
        return False
    return True


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


@pytest.fixture(scope="module")
def worker_process(pg_app, tmp_path_factory):
    """Run the worker exactly as the Procfile does, against PostgreSQL and RabbitMQ."""
    env = {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "BROKER_URL": BROKER_URL,
        "SECRET_KEY": "integration-secret",
    }
    command = [sys.executable, "-m", "dramatiq", "tasks.broker:setup_broker", "tasks"]
    process = start_and_wait(
        [*command, "--processes", "1", "--threads", "2"],
        tmp_path_factory.mktemp("worker") / "dramatiq.log",
        lambda: consumer_count("maps") > 0,
        "the dramatiq worker",
        cwd=ROOT,
        env=env,
    )
    yield process
    stop(process, "the dramatiq worker")
