"""The embedded default: no services, a worker inside the app process, nothing lost on restart."""

import json
import time

import pytest
import sqlalchemy as sa

from generation.providers import Provider
from tasks.broker import start_embedded_worker
from tasks.maps import generate_map
from tests.conftest import FOOD_DELIVERY, job_id_from
from tests.fake_llm import GOOD_MAP, FakeLLM, Reply
from webapp.extensions import db
from webapp.models import Job, JobStatus, Project, User


def wait_for_job(app, job_id, timeout=15.0) -> Job:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with app.app_context():
            job = db.session.get(Job, job_id)
            if job.is_finished:
                return job
        time.sleep(0.05)
    pytest.fail(f"job {job_id} did not finish in {timeout} s")


@pytest.fixture
def embedded_worker(app):
    worker = start_embedded_worker(app)
    yield worker
    worker.stop()


def test_a_map_is_made_end_to_end_by_the_in_process_worker(app, client, auth, embedded_worker):
    auth.register()

    job_id = job_id_from(auth.submit(FOOD_DELIVERY))
    job = wait_for_job(app, job_id)

    assert job.status == JobStatus.COMPLETED
    response = client.get(f"/jobs/{job_id}/status", headers={"HX-Request": "true"})
    assert client.get(response.headers["HX-Redirect"]).status_code == 200


def test_jobs_left_queued_or_running_by_a_stopped_app_are_resumed_on_start(app):
    # Given the app stopped with one job queued and one mid-run
    with app.app_context():
        user = User(email="ada@example.com", password_hash="x")
        db.session.add(user)
        db.session.flush()
        queued = Job(user_id=user.id, requirements=FOOD_DELIVERY, status=JobStatus.QUEUED)
        running = Job(
            user_id=user.id, requirements=FOOD_DELIVERY, status=JobStatus.RUNNING, step="saving"
        )
        db.session.add_all([queued, running])
        db.session.commit()
        ids = [queued.id, running.id]

    # When the app starts again
    worker = start_embedded_worker(app)
    try:
        jobs = [wait_for_job(app, job_id) for job_id in ids]
    finally:
        worker.stop()

    # Then both jobs finish, each with exactly one map
    assert [job.status for job in jobs] == ["completed", "completed"]
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Project)) == 2


def test_the_in_process_worker_stops_a_job_over_its_time_limit(app, client, auth, monkeypatch):
    # Given a model that takes 3 s to answer, and a map job limited to 1 s
    with FakeLLM() as fake:
        fake.replies = [Reply(content=json.dumps(GOOD_MAP), delay=3)]
        app.config["LLM_PROVIDERS"] = [Provider("custom", fake.url, "slow-model", None, 30)]
        monkeypatch.setitem(generate_map.options, "time_limit", 1000)
        worker = start_embedded_worker(app)
        try:
            auth.register()

            # When the in-process worker runs it
            job = wait_for_job(app, job_id_from(auth.submit(FOOD_DELIVERY)))
        finally:
            worker.stop()

    # Then it was stopped for its time, not left to run on
    assert job.status == JobStatus.FAILED
    assert job.error == "The generation took too long and was stopped."
