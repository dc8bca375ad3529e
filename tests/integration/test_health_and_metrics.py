"""Health and metrics against this machine's PostgreSQL, RabbitMQ and Redis."""

import os
import time

import pytest
import redis
import sqlalchemy as sa

from tests.conftest import counted_statements
from tests.integration.conftest import _unavailable, rabbitmq_channel
from tests.web.test_metrics import add_jobs, names, sample, scrape

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
MANAGEMENT_URL = os.environ.get(
    "TEST_RABBITMQ_MANAGEMENT_URL", "http://guest:guest@127.0.0.1:15672"
)


@pytest.fixture
def with_redis(app, monkeypatch):
    """The PostgreSQL/RabbitMQ app with this machine's Redis as its cache."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        _unavailable("Redis", error)
    finally:
        client.close()
    monkeypatch.setitem(app.config, "REDIS_URL", REDIS_URL)
    return app


@pytest.fixture
def published_map_message(app):
    """A message on the maps queue that no worker takes; purged afterwards."""
    from tasks.maps import generate_map

    generate_map.send_with_options(args=(123456,), broker_priority=1)
    yield
    connection, channel = rabbitmq_channel()
    channel.queue_purge("maps")
    connection.close()


def test_health_is_ok_with_every_real_service(with_redis, client):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json["status"] == "ok"
    for name in ("database", "redis", "rabbitmq"):
        check = response.json["checks"][name]
        assert check["status"] == "ok", (name, check)
        assert check["detail"].startswith("answered in ")
    assert client.get("/health/ready").status_code == 200


def test_queue_depth_counts_a_message_no_worker_took(app, client, published_map_message):
    samples = scrape(client)

    assert sample(samples, "storymapper_broker_up") == 1
    assert sample(samples, "storymapper_queue_messages", queue="maps", state="ready") == 1
    for state in ("delayed", "dead"):
        assert sample(samples, "storymapper_queue_messages", queue="maps", state=state) == 0
    for state in ("ready", "delayed", "dead"):
        assert sample(samples, "storymapper_queue_messages", queue="wireframes", state=state) == 0


def unacked_once_settled(client, expected: float, timeout: float = 20.0) -> float | None:
    """The maps queue's unacknowledged count in /metrics, once it reads ``expected``.

    RabbitMQ's management API refreshes its figures every 5 s (collect_statistics_interval),
    so a count can still show what an earlier test's worker held; wait for it to catch up.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = sample(scrape(client), "storymapper_queue_messages", queue="maps", state="unacked")
        if value is None or value == expected or time.monotonic() > deadline:
            return value
        time.sleep(0.5)


def test_unacknowledged_counts_come_from_the_management_api(app, client, published_map_message):
    if unacked_once_settled(client, 0) is None:
        pytest.skip("RabbitMQ's management API is not enabled on this machine")

    # A consumer that takes the message and does not acknowledge it yet, as a busy worker does
    connection, channel = rabbitmq_channel()
    try:
        method, _, _ = channel.basic_get("maps", auto_ack=False)
        assert method is not None
        assert unacked_once_settled(client, 1) == 1
        channel.basic_nack(method.delivery_tag, requeue=True)
    finally:
        connection.close()

    assert unacked_once_settled(client, 0) == 0


def test_an_unreachable_broker_leaves_the_job_metrics(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "BROKER_URL", "amqp://guest:guest@127.0.0.1:1/%2F")
    monkeypatch.setitem(app.config, "RABBITMQ_MANAGEMENT_URL", None)
    add_jobs(app, dict(kind="map", status="queued"))

    samples = scrape(client)

    assert sample(samples, "storymapper_broker_up") == 0
    assert "storymapper_queue_messages" not in names(samples)
    assert sample(samples, "storymapper_jobs", queue="maps", status="queued") == 1


def test_job_metrics_on_postgresql_cost_two_queries(app, client):
    add_jobs(
        app,
        *[dict(kind="map", status="completed", attempts=2, duration_ms=1500)] * 30,
        dict(kind="wireframes", status="failed", attempts=4, dead_lettered_at=sa.func.now()),
    )
    with counted_statements(app) as statements:
        samples = scrape(client)

    assert len(statements) == 2
    assert sample(samples, "storymapper_jobs", queue="maps", status="completed") == 30
    assert sample(samples, "storymapper_job_duration_seconds_count", queue="maps") == 30
    assert sample(samples, "storymapper_job_duration_seconds_sum", queue="maps") == 45.0
    assert sample(samples, "storymapper_job_duration_seconds_bucket", queue="maps", le="1.0") == 0
    assert sample(samples, "storymapper_job_duration_seconds_bucket", queue="maps", le="2.0") == 30
    assert sample(samples, "storymapper_job_retries", queue="maps") == 30
    assert sample(samples, "storymapper_job_retries", queue="wireframes") == 3
    assert sample(samples, "storymapper_jobs_dead_lettered", queue="wireframes") == 1
