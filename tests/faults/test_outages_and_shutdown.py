"""Redis and PostgreSQL outages, a faulty AI provider, lost workers and clean shutdowns."""

import json
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid

import pytest
import sqlalchemy as sa

from tests.conftest import job_id_from
from tests.fake_llm import GOOD_MAP, FakeLLM, Reply
from tests.faults.conftest import FIGURES
from tests.faults.services import start_postgres, start_redis, stop_postgres, stop_redis
from tests.integration.conftest import BROKER_URL, DATABASE_URL, REDIS_URL, ROOT, start_worker
from tests.integration.queue_helpers import all_finished, job, jobs, submit, wait_for
from tests.processes import start_and_wait, stop
from webapp import create_app
from webapp.extensions import db
from webapp.models import Activity, Job, Project


def requirements() -> str:
    return f"Customers must be able to order food and pay by card. Ref {uuid.uuid4()}."


def llm_env(server, timeout: float = 5) -> dict:
    return {
        "LLM_BASE_URL": server.url,
        "LLM_MODEL": "fake-model",
        "AI_PROVIDER_PRIORITY": "custom",
        "AI_TIMEOUT_SECONDS": str(timeout),
    }


def test_without_redis_the_app_serves_pages_takes_jobs_and_says_degraded(app, pg_app, tmp_path):
    # Given the app and a worker configured with Redis, and Redis down
    app = create_app({**pg_app.config, "REDIS_URL": REDIS_URL})
    client = app.test_client()
    worker = start_worker(tmp_path / "worker.log", REDIS_URL=REDIS_URL)
    stop_redis()
    try:
        # Then /health says degraded (200), and the pages and the submission still work
        health = client.get("/health")
        assert health.status_code == 200
        assert health.get_json()["status"] == "degraded"
        assert health.get_json()["checks"]["redis"]["status"] == "down"
        email = f"{uuid.uuid4().hex[:8]}@example.com"
        page = client.get("/register").get_data(as_text=True)
        token = page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
        registered = client.post(
            "/register",
            data={
                "email": email,
                "password": "correct horse",
                "confirm": "correct horse",
                "csrf_token": token,
            },
        )
        assert registered.status_code in (302, 303)
        form = client.get("/maps/new").get_data(as_text=True)
        token = form.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
        response = client.post("/maps", data={"requirements": requirements(), "csrf_token": token})
        assert response.status_code == 303
        job_id = job_id_from(response)
        wait_for(lambda: all_finished(pg_app, [job_id]), "the job ends without Redis")
        assert job(pg_app, job_id).status == "completed"
        assert client.get(f"/jobs/{job_id}").status_code == 200
    finally:
        start_redis()
        stop(worker, "the dramatiq worker")
        with app.app_context():
            db.engine.dispose()
    FIGURES["Redis outages survived"] += 1


def test_a_job_caught_by_a_database_outage_retries_and_saves_one_whole_map(app, tmp_path):
    pg_app = app
    # Given an AI answer that takes 2 s, and retries 3 s apart
    with FakeLLM() as llm:
        llm.replies = [Reply(content=json.dumps(GOOD_MAP), delay=2)]
        saved = {name: pg_app.config[name] for name in ("JOB_MIN_BACKOFF_MS", "JOB_MAX_BACKOFF_MS")}
        pg_app.config.update(JOB_MIN_BACKOFF_MS=3000, JOB_MAX_BACKOFF_MS=6000)
        try:
            [job_id] = submit(pg_app, requirements())
        finally:
            pg_app.config.update(saved)
        worker = start_worker(tmp_path / "worker.log", **llm_env(llm))
        try:
            # When PostgreSQL goes down while the job waits for the AI, and comes back
            wait_for(lambda: job(pg_app, job_id).status == "running", "the job starts")
            stop_postgres()
            time.sleep(3)
            start_postgres()

            # Then the job retries and ends completed with exactly one whole map
            wait_for(lambda: all_finished(pg_app, [job_id]), "the job ends", timeout=90)
        finally:
            try:
                start_postgres()
            finally:
                stop(worker, "the dramatiq worker")
    done = job(pg_app, job_id)
    with pg_app.app_context():
        projects = db.session.scalars(sa.select(Project).where(Project.job_id == job_id)).all()
        activities = db.session.scalar(
            sa.select(sa.func.count())
            .select_from(Activity)
            .where(Activity.project_id.in_([project.id for project in projects]))
        )
    FIGURES["database outages survived"] += 1
    assert done.status == "completed", done.error
    assert done.attempts >= 2, "the outage did not hit the job"
    assert len(projects) == 1
    assert activities == len(GOOD_MAP["map"])


def faulty_replies(count: int, seed: int = 30) -> list:
    """Replies of which 30% fail: a timeout, a 429 with Retry-After, or a 500."""
    rng = random.Random(seed)
    replies = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.1:
            replies.append(Reply(content=json.dumps(GOOD_MAP), delay=3))  # past the 1 s timeout
        elif roll < 0.2:
            replies.append(Reply(429, body="{}", headers={"Retry-After": "0.2"}))
        elif roll < 0.3:
            replies.append(Reply(500, body='{"error": "overloaded"}'))
        else:
            replies.append(Reply(content=json.dumps(GOOD_MAP)))
    return replies


def test_with_a_provider_failing_30_percent_of_calls_every_job_ends_clearly(app, tmp_path):
    pg_app = app
    with FakeLLM() as llm:
        llm.replies = faulty_replies(400)
        worker = start_worker(tmp_path / "worker.log", **llm_env(llm, timeout=1))
        try:
            job_ids = [submit(pg_app, requirements())[0] for _ in range(30)]
            wait_for(lambda: all_finished(pg_app, job_ids), "every job ends", timeout=180)
        finally:
            stop(worker, "the dramatiq worker")
    finished = jobs(pg_app, job_ids)
    completed = [found for found in finished if found.status == "completed"]
    dead = [found for found in finished if found.dead_lettered_at is not None]
    FIGURES["provider-fault jobs completed"] += len(completed)
    FIGURES["provider-fault jobs dead-lettered"] += len(dead)
    assert len(completed) + len(dead) == len(job_ids)
    assert all(found.error and "AI provider" in found.error for found in dead)
    assert len(completed) >= len(job_ids) * 0.8


def test_a_running_job_whose_worker_vanished_is_requeued_by_the_reaper(app, tmp_path):
    pg_app = app
    # Given a job left running with no message anywhere (its worker and message are gone)
    [job_id] = submit(pg_app, requirements(), publish=False)
    with pg_app.app_context():
        db.session.execute(
            sa.update(Job)
            .where(Job.id == job_id)
            .values(
                status="running",
                attempts=1,
                enqueued_at=sa.func.now(),
                updated_at=sa.func.now() - sa.text("interval '1 hour'"),
            )
        )
        db.session.commit()

    # When a worker sweeps with a short stuck threshold
    worker = start_worker(
        tmp_path / "worker.log", JOB_SWEEP_SECONDS="1", JOB_STUCK_AFTER_SECONDS="30"
    )
    try:
        wait_for(lambda: all_finished(pg_app, [job_id]), "the job ends", timeout=60)
    finally:
        stop(worker, "the dramatiq worker")

    # Then it was sent again and completed
    done = job(pg_app, job_id)
    assert (done.status, done.attempts) == ("completed", 2)
    FIGURES["vanished jobs reaped"] += 1


def test_sigterm_lets_the_running_job_finish_and_the_next_worker_takes_the_rest(pg_app, tmp_path):
    with FakeLLM() as llm:
        llm.replies = [Reply(content=json.dumps(GOOD_MAP), delay=3)]
        worker = start_worker(tmp_path / "first.log", threads=1, **llm_env(llm))
        job_ids = [submit(pg_app, requirements())[0] for _ in range(3)]
        wait_for(lambda: job(pg_app, job_ids[0]).status == "running", "the first job starts")

        # When the worker is told to stop mid-job
        worker.send_signal(signal.SIGTERM)
        exit_code = worker.wait(timeout=60)
        stopped_at = time.monotonic()

        # Then it finished that job first and exited cleanly; the others wait for a worker
        first = job(pg_app, job_ids[0])
        assert exit_code == 0
        assert first.status == "completed"
        assert [found.status for found in jobs(pg_app, job_ids[1:])] == ["queued", "queued"]

        worker = start_worker(tmp_path / "second.log", threads=2, **llm_env(llm))
        try:
            wait_for(lambda: all_finished(pg_app, job_ids), "the rest end", timeout=60)
        finally:
            stop(worker, "the dramatiq worker")
    assert {found.status for found in jobs(pg_app, job_ids)} == {"completed"}
    assert time.monotonic() > stopped_at
    FIGURES["graceful worker stops"] += 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gunicorn_stops_cleanly_on_sigterm(app, tmp_path):
    port = free_port()
    env = {
        "DATABASE_URL": DATABASE_URL,
        "BROKER_URL": BROKER_URL,
        "SECRET_KEY": "integration-secret-of-32-bytes-or-more",
        "APP_ENV": "production",
        # Two processes would each count rate limits alone without Redis: production refuses.
        "RATE_LIMIT_ENABLED": "0",
        "PATH": "/usr/bin:/bin",
    }

    def answers() -> bool:
        try:
            return (
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health/live", timeout=1).status
                == 200
            )
        except OSError:
            return False

    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--workers",
        "2",
        "--bind",
        f"127.0.0.1:{port}",
        "--graceful-timeout",
        "20",
        "wsgi:app",
    ]
    process = start_and_wait(
        command, tmp_path / "gunicorn.log", answers, "gunicorn", cwd=ROOT, env=env
    )

    process.send_signal(signal.SIGTERM)
    try:
        exit_code = process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("gunicorn did not stop within 30 s of SIGTERM")
    assert exit_code == 0, (tmp_path / "gunicorn.log").read_text()[-2000:]
    FIGURES["graceful gunicorn stops"] += 1
