"""Prometheus metrics: requests counted by URL rule, jobs and queues read at scrape time."""

import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from prometheus_client.parser import text_string_to_metric_families

from tests.web.test_health import closed_port
from webapp import create_app
from webapp.extensions import db
from webapp.metrics.collectors import DURATION_BUCKETS
from webapp.models import Job, User

ROOT = Path(__file__).resolve().parents[2]


def scrape(client) -> dict[tuple, float]:
    """Every sample of one scrape, keyed by name and labels; the text must parse."""
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.content_type.startswith("text/plain; version=0.0.4")
    return parse(response.get_data(as_text=True))


def parse(text: str) -> dict[tuple, float]:
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def sample(samples: dict, name: str, **labels) -> float | None:
    return samples.get((name, frozenset(labels.items())))


def names(samples: dict) -> set[str]:
    return {name for name, _labels in samples}


def add_jobs(app, *jobs: dict) -> None:
    """Insert job rows as the workers leave them, for one user."""
    with app.app_context():
        user = db.session.scalar(sa.select(User)) or User(email="ops@example.com")
        if user.id is None:
            user.set_password("correct horse")
            db.session.add(user)
            db.session.flush()
        db.session.add_all(Job(user_id=user.id, **fields) for fields in jobs)
        db.session.commit()


def test_requests_are_counted_and_timed_by_url_rule(client):
    before = scrape(client)
    requests = dict(method="GET", endpoint="/health/live", status="200")
    timed = dict(method="GET", endpoint="/health/live")

    client.get("/health/live")
    client.get("/health/live")
    after = scrape(client)

    assert sample(after, "storymapper_http_requests_total", **requests) == 2
    assert sample(after, "storymapper_http_request_duration_seconds_count", **timed) == 2
    assert sample(before, "storymapper_http_requests_total", **requests) is None


def test_a_job_page_is_one_series_whatever_the_job_id(client):
    client.get("/jobs/1")
    client.get("/jobs/2")

    samples = scrape(client)

    # Not logged in: both are redirected to the login page, under the rule, not the path.
    rule = dict(method="GET", endpoint="/jobs/<int:job_id>", status="302")
    assert sample(samples, "storymapper_http_requests_total", **rule) == 2


def test_a_path_without_a_rule_is_counted_as_unmatched(client):
    client.get("/no/such/page")

    samples = scrape(client)

    unmatched = dict(method="GET", endpoint="unmatched", status="404")
    assert sample(samples, "storymapper_http_requests_total", **unmatched) == 1


def test_scrapes_are_not_counted(client):
    scrape(client)
    samples = scrape(client)

    assert not any(
        dict(labels).get("endpoint") == "/metrics"
        for name, labels in samples
        if name.startswith("storymapper_http_")
    )


def test_jobs_by_queue_and_status_follow_the_rows(app, client):
    add_jobs(
        app,
        dict(kind="map", status="queued"),
        dict(kind="map", status="queued"),
        dict(kind="map", status="running"),
        dict(kind="map", status="completed", duration_ms=4000),
        dict(kind="wireframes", status="failed"),
        dict(kind="improve", status="queued"),
    )

    samples = scrape(client)

    assert sample(samples, "storymapper_jobs", queue="maps", status="queued") == 2
    assert sample(samples, "storymapper_jobs", queue="maps", status="running") == 1
    assert sample(samples, "storymapper_jobs", queue="maps", status="completed") == 1
    assert sample(samples, "storymapper_jobs", queue="maps", status="failed") == 0
    assert sample(samples, "storymapper_jobs", queue="wireframes", status="failed") == 1
    assert sample(samples, "storymapper_jobs", queue="wireframes", status="queued") == 0
    assert sample(samples, "storymapper_jobs", queue="improvements", status="queued") == 1
    assert sample(samples, "storymapper_database_up") == 1


def test_the_duration_histogram_counts_completed_jobs_in_cumulative_buckets(app, client):
    add_jobs(
        app,
        dict(kind="map", status="completed", duration_ms=500),
        dict(kind="map", status="completed", duration_ms=1500),
        dict(kind="map", status="completed", duration_ms=7000),
        dict(kind="map", status="completed", duration_ms=700_000),
        # Neither a failed job nor a job still running has a completion time to count.
        dict(kind="map", status="failed", duration_ms=3000),
        dict(kind="map", status="running"),
        dict(kind="wireframes", status="completed", duration_ms=25_000),
    )

    samples = scrape(client)

    def bucket(bound: str, queue: str = "maps") -> float:
        return sample(samples, "storymapper_job_duration_seconds_bucket", queue=queue, le=bound)

    bounds = [f"{float(bound)}" for bound in DURATION_BUCKETS] + ["+Inf"]
    counts = [bucket(bound) for bound in bounds]
    assert counts == sorted(counts), "buckets must be cumulative"
    assert (bucket("1.0"), bucket("2.0"), bucket("5.0"), bucket("10.0")) == (1, 2, 2, 3)
    assert bucket("600.0") == 3
    assert bucket("+Inf") == 4
    assert sample(samples, "storymapper_job_duration_seconds_count", queue="maps") == 4
    assert sample(samples, "storymapper_job_duration_seconds_sum", queue="maps") == 709.0
    assert bucket("20.0", "wireframes") == 0 and bucket("30.0", "wireframes") == 1
    assert sample(samples, "storymapper_job_duration_seconds_count", queue="wireframes") == 1


def test_a_queue_without_completed_jobs_has_an_empty_histogram(client):
    samples = scrape(client)

    assert sample(samples, "storymapper_job_duration_seconds_count", queue="maps") == 0
    assert sample(samples, "storymapper_job_duration_seconds_bucket", queue="maps", le="+Inf") == 0


def test_retries_and_dead_letters_are_summed_per_queue(app, client):
    dead_at = datetime(2025, 1, 1, tzinfo=UTC)
    add_jobs(
        app,
        dict(kind="map", status="completed", attempts=1, duration_ms=1000),
        dict(kind="map", status="completed", attempts=3, duration_ms=9000),
        dict(kind="map", status="failed", attempts=4, dead_lettered_at=dead_at),
        dict(kind="map", status="queued", attempts=0),
        dict(kind="wireframes", status="failed", attempts=1, dead_lettered_at=dead_at),
    )

    samples = scrape(client)

    assert sample(samples, "storymapper_job_retries", queue="maps") == 5
    assert sample(samples, "storymapper_job_retries", queue="wireframes") == 0
    assert sample(samples, "storymapper_jobs_dead_lettered", queue="maps") == 1
    assert sample(samples, "storymapper_jobs_dead_lettered", queue="wireframes") == 1


def test_queue_depth_comes_from_the_in_process_broker(client):
    from tasks.maps import generate_map

    # No worker runs: the messages wait in the queue.
    generate_map.send(123456)
    generate_map.send(123457)

    samples = scrape(client)

    assert sample(samples, "storymapper_broker_up") == 1
    assert sample(samples, "storymapper_queue_messages", queue="maps", state="ready") == 2
    assert sample(samples, "storymapper_queue_messages", queue="maps", state="dead") == 0
    assert sample(samples, "storymapper_queue_messages", queue="wireframes", state="ready") == 0
    # The in-process broker cannot tell what is unacknowledged or delayed (its worker holds
    # both), so there are no such series.
    assert sample(samples, "storymapper_queue_messages", queue="maps", state="unacked") is None
    assert sample(samples, "storymapper_queue_messages", queue="maps", state="delayed") is None


@pytest.fixture
def broker_down_app(app):
    from tasks.broker import setup_broker

    app.config["BROKER_URL"] = f"amqp://guest:guest@127.0.0.1:{closed_port()}/%2F"
    setup_broker(app)
    yield app
    app.extensions["dramatiq"].close()


def test_an_unreachable_broker_is_reported_without_queue_series(broker_down_app, client):
    add_jobs(broker_down_app, dict(kind="map", status="queued"))

    samples = scrape(client)

    assert sample(samples, "storymapper_broker_up") == 0
    assert "storymapper_queue_messages" not in names(samples)
    # The job rows are still there to read.
    assert sample(samples, "storymapper_jobs", queue="maps", status="queued") == 1


def test_an_unreachable_database_leaves_the_rest_of_the_scrape(tmp_path):
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/x",
            "BROKER_URL": None,
        }
    )
    client = app.test_client()
    client.get("/health/live")

    samples = scrape(client)

    assert sample(samples, "storymapper_database_up") == 0
    assert "storymapper_jobs" not in names(samples)
    assert sample(samples, "storymapper_broker_up") == 1
    live = dict(method="GET", endpoint="/health/live", status="200")
    assert sample(samples, "storymapper_http_requests_total", **live) == 1
    with app.app_context():
        db.engine.dispose()


def test_a_scrape_costs_the_same_queries_for_one_job_or_fifty(app, client):
    def queries_for(count: int) -> int:
        with app.app_context():
            db.session.execute(sa.delete(Job))
            db.session.commit()
            engine = db.engine
        add_jobs(app, *[dict(kind="map", status="completed", duration_ms=1000)] * count)
        statements = []
        listen = lambda *args: statements.append(args[2])  # noqa: E731
        sa.event.listen(engine, "before_cursor_execute", listen)
        try:
            samples = scrape(client)
        finally:
            sa.event.remove(engine, "before_cursor_execute", listen)
        assert sample(samples, "storymapper_jobs", queue="maps", status="completed") == count
        return len(statements)

    assert queries_for(1) == queries_for(50) == 2


SCRAPE_IN_A_WORKER_PROCESS = textwrap.dedent(
    """
    import sys

    import flask_migrate

    from webapp import create_app

    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": "sqlite:///" + sys.argv[1],
            "BROKER_URL": None,
        }
    )
    with app.app_context():
        flask_migrate.upgrade()
    client = app.test_client()
    client.get("/health/live")
    print(client.get("/metrics").get_data(as_text=True))
    """
)


def test_gunicorn_workers_add_up_their_requests_in_multiprocess_mode(tmp_path):
    metrics_dir = tmp_path / "prometheus"
    metrics_dir.mkdir()
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)}

    def run_worker_process() -> dict:
        command = [sys.executable, "-c", SCRAPE_IN_A_WORKER_PROCESS, str(tmp_path / "db.sqlite3")]
        result = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, result.stderr
        return parse(result.stdout)

    run_worker_process()
    samples = run_worker_process()

    # Each process answered one request; the second scrape reads both from the files.
    live = dict(method="GET", endpoint="/health/live", status="200")
    assert sample(samples, "storymapper_http_requests_total", **live) == 2
    assert sample(samples, "storymapper_jobs", queue="maps", status="queued") == 0
    assert any(metrics_dir.iterdir())


FAR_AWAY = {"REMOTE_ADDR": "203.0.113.5"}


def test_metrics_are_not_served_to_another_host_without_the_token(app, client):
    # A scraper on this host is served; a client elsewhere is not, even without nginx
    assert client.get("/metrics").status_code == 200
    assert client.get("/metrics", environ_base=FAR_AWAY).status_code == 404
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "::1"}).status_code == 200


def test_a_scraper_elsewhere_is_served_with_the_metrics_token(app, client):
    app.config["METRICS_TOKEN"] = "scrape-me-0123456789"

    served = client.get(
        "/metrics", environ_base=FAR_AWAY, headers={"Authorization": "Bearer scrape-me-0123456789"}
    )
    wrong = client.get("/metrics", environ_base=FAR_AWAY, headers={"Authorization": "Bearer no"})

    assert served.status_code == 200 and "storymapper_" in served.get_data(as_text=True)
    assert wrong.status_code == 404
