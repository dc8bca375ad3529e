"""Health probes answer without logging in, say what is wrong, and fail only for the database."""

import socket

import pika
import pytest

from webapp import create_app
from webapp.extensions import db


def closed_port() -> int:
    """A local port nothing listens on: connections to it are refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def database_down_app(tmp_path):
    """An app whose database is a PostgreSQL server that is not there."""
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": (
                f"postgresql+psycopg://postgres:s3cret@127.0.0.1:{closed_port()}/x"
            ),
            "BROKER_URL": None,
        }
    )
    yield app
    with app.app_context():
        db.engine.dispose()


def test_live_answers_ok(client):
    response = client.get("/health/live")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}


@pytest.mark.parametrize("path", ["/health", "/health/ready"])
def test_everything_is_ok_on_the_embedded_default(client, path):
    response = client.get(path)

    assert response.status_code == 200
    assert response.json["status"] == "ok"
    checks = response.json["checks"]
    assert checks["database"]["status"] == "ok"
    assert checks["redis"] == {"status": "ok", "detail": "not configured: in-memory cache"}
    assert checks["rabbitmq"] == {"status": "ok", "detail": "embedded: in-process broker"}


@pytest.mark.parametrize("path", ["/health", "/health/ready"])
def test_the_app_is_down_without_its_database(database_down_app, path):
    response = database_down_app.test_client().get(path)

    assert response.status_code == 503
    assert response.json["status"] == "down"
    database = response.json["checks"]["database"]
    assert database["status"] == "down"
    assert database["detail"] == "unreachable (OperationalError)"
    assert "s3cret" not in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/health", "/health/ready"])
def test_the_app_is_degraded_but_ready_without_redis(app, client, path):
    app.config["REDIS_URL"] = f"redis://:s3cret@127.0.0.1:{closed_port()}/0"

    response = client.get(path)

    assert response.status_code == 200
    assert response.json["status"] == "degraded"
    checks = response.json["checks"]
    assert checks["redis"] == {"status": "down", "detail": "unreachable (ConnectionError)"}
    assert checks["database"]["status"] == "ok"
    assert checks["rabbitmq"]["status"] == "ok"
    assert "s3cret" not in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/health", "/health/ready"])
def test_the_app_is_degraded_but_ready_without_rabbitmq(app, client, path):
    # Submissions are recorded as queued and published when the broker returns.
    app.config["BROKER_URL"] = f"amqp://guest:s3cret@127.0.0.1:{closed_port()}/%2F"

    response = client.get(path)

    assert response.status_code == 200
    assert response.json["status"] == "degraded"
    checks = response.json["checks"]
    assert checks["rabbitmq"]["status"] == "down"
    assert checks["rabbitmq"]["detail"].startswith("unreachable (")
    assert checks["database"]["status"] == "ok"
    assert "s3cret" not in response.get_data(as_text=True)


def test_the_broker_is_asked_at_most_once_every_few_seconds(app, client, monkeypatch):
    # Given a broker that is away, and a count of the connections /health opens to it
    app.config["BROKER_URL"] = f"amqp://guest:guest@127.0.0.1:{closed_port()}/%2F"
    opened = []
    connect = pika.BlockingConnection

    def counted(parameters):
        opened.append(parameters.port)
        return connect(parameters)

    monkeypatch.setattr(pika, "BlockingConnection", counted)

    # When a load balancer asks three times in a row
    answers = [client.get("/health").json["checks"]["rabbitmq"] for _ in range(3)]

    # Then one connection was tried, and the later answers say how old the finding is
    assert len(opened) == 1
    assert [answer["status"] for answer in answers] == ["down"] * 3
    assert answers[2]["detail"].endswith(" s ago)")

    # And with the interval at 0 every request asks again
    app.config["HEALTH_BROKER_CHECK_SECONDS"] = 0
    client.get("/health")
    assert len(opened) == 2
