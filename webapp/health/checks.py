"""Probes of the services the app depends on, each answering within a couple of seconds.

The database is essential: without it nothing can be recorded, so the app is "down".
Redis and RabbitMQ are not: the cache falls back to memory, and submissions are kept as
queued and published when the broker returns, so losing either makes the app "degraded".
A detail says what was found; it never carries a URL, which may hold a password.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass

import pika
import redis
import sqlalchemy as sa
from flask import Flask
from redis.backoff import NoBackoff
from redis.retry import Retry

from webapp.extensions import db

OK = "ok"
DEGRADED = "degraded"
DOWN = "down"

#: Seconds a probe waits for a connection; one attempt, no retries.
PROBE_TIMEOUT = 2


@dataclass(frozen=True)
class Check:
    status: str
    detail: str


@dataclass(frozen=True)
class HealthReport:
    status: str
    checks: dict[str, Check]

    @property
    def http_status(self) -> int:
        """503 when the app cannot serve (the database is down), 200 otherwise."""
        return 503 if self.status == DOWN else 200

    def as_dict(self) -> dict:
        return {
            "status": self.status,
            "checks": {name: asdict(check) for name, check in self.checks.items()},
        }


def health_report(app: Flask) -> HealthReport:
    """Probe the database, Redis and RabbitMQ and sum them up as ok, degraded or down."""
    checks = {
        "database": check_database(),
        "redis": check_redis(app.config["REDIS_URL"]),
        "rabbitmq": _remembered_rabbitmq_check(app),
    }
    return HealthReport(status=overall_status(checks), checks=checks)


def overall_status(checks: dict[str, Check]) -> str:
    """Down without the database, degraded without any other service, else ok."""
    if checks["database"].status == DOWN:
        return DOWN
    if any(check.status != OK for check in checks.values()):
        return DEGRADED
    return OK


def check_database() -> Check:
    """Run ``SELECT 1`` on the app's database."""
    started = time.perf_counter()
    try:
        db.session.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError as error:
        # The failed connection must not poison the session for the rest of the request.
        db.session.rollback()
        return _down(error)
    return _up(started)


def check_redis(url: str | None) -> Check:
    """Ping Redis, when one is configured."""
    if not url:
        return Check(OK, "not configured: in-memory cache")
    started = time.perf_counter()
    # redis-py retries refused connections with backoff by default; a probe tries once.
    client = redis.Redis.from_url(
        url,
        socket_connect_timeout=PROBE_TIMEOUT,
        socket_timeout=PROBE_TIMEOUT,
        retry=Retry(NoBackoff(), 0),
    )
    try:
        client.ping()
    except redis.RedisError as error:
        return _down(error)
    finally:
        client.close()
    return _up(started)


def _remembered_rabbitmq_check(app: Flask) -> Check:
    """The broker's check, made at most once every HEALTH_BROKER_CHECK_SECONDS per process.

    Opening an AMQP connection costs RabbitMQ a handshake and a process; a load balancer
    asking every second from each web worker should not cost that much.
    """
    seconds = app.config.get("HEALTH_BROKER_CHECK_SECONDS", 5)
    remembered = app.extensions.setdefault("health_broker_check", {})
    url = app.config["BROKER_URL"]
    now = time.monotonic()
    checked = remembered.get(url)
    if checked is not None and now - checked[0] < seconds:
        age = now - checked[0]
        return Check(checked[1].status, f"{checked[1].detail} ({age:.0f} s ago)")
    check = check_rabbitmq(url)
    remembered[url] = (now, check)
    return check


def check_rabbitmq(url: str | None) -> Check:
    """Open and close a connection to RabbitMQ, when a broker is configured."""
    if not url:
        return Check(OK, "embedded: in-process broker")
    started = time.perf_counter()
    parameters = pika.URLParameters(url)
    # Not pika's default of retries and a 15-second handshake.
    parameters.connection_attempts = 1
    parameters.socket_timeout = PROBE_TIMEOUT
    parameters.stack_timeout = PROBE_TIMEOUT
    try:
        connection = pika.BlockingConnection(parameters)
    except (pika.exceptions.AMQPError, OSError) as error:
        return _down(error)
    connection.close()
    return _up(started)


def _up(started: float) -> Check:
    return Check(OK, f"answered in {(time.perf_counter() - started) * 1000:.0f} ms")


def _down(error: Exception) -> Check:
    # The exception's type only: messages can quote the connection string.
    return Check(DOWN, f"unreachable ({type(error).__name__})")
