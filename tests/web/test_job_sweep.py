"""The worker's sweep on the in-process broker: the outbox and the reaper."""

from datetime import timedelta

import dramatiq
import pytest
import sqlalchemy as sa

from tests.conftest import job_id_from
from webapp.extensions import db
from webapp.jobs.lifecycle import requeue_abandoned_jobs
from webapp.jobs.publishing import publish_stranded_jobs
from webapp.models import Job, utcnow


def refuse(message, *, delay=None):
    """A broker that is down."""
    raise dramatiq.errors.ConnectionClosed(OSError("broker down"))


@pytest.fixture
def stranded_job(app, auth, broker, monkeypatch):
    """A job submitted while the broker refused messages: recorded, never published."""
    auth.register()
    monkeypatch.setattr(broker, "enqueue", refuse)
    job_id = job_id_from(auth.submit())
    monkeypatch.undo()
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert job.enqueued_at is None
        return job_id


def age(app, job_id, seconds, column="created_at"):
    with app.app_context():
        # A core UPDATE naming the column, so the row's onupdate does not overwrite it.
        db.session.execute(
            sa.update(Job)
            .where(Job.id == job_id)
            .values({column: utcnow() - timedelta(seconds=seconds)})
        )
        db.session.commit()


def test_the_sweep_publishes_a_stranded_job_once(app, broker, stranded_job):
    age(app, stranded_job, 60)

    with app.app_context():
        first = publish_stranded_jobs(min_age_seconds=5)
        second = publish_stranded_jobs(min_age_seconds=5)
        job = db.session.get(Job, stranded_job)

    assert (first, second) == (1, 0)
    assert job.enqueued_at is not None
    assert broker.queues["maps"].qsize() == 1


def test_the_sweep_leaves_a_job_its_request_may_still_be_publishing(app, broker, stranded_job):
    with app.app_context():
        assert publish_stranded_jobs(min_age_seconds=5) == 0
    assert broker.queues["maps"].qsize() == 0


def test_while_the_broker_is_still_down_the_job_waits_for_the_next_sweep(
    app, broker, stranded_job, monkeypatch
):
    age(app, stranded_job, 60)
    monkeypatch.setattr(broker, "enqueue", refuse)

    with app.app_context():
        assert publish_stranded_jobs(min_age_seconds=5) == 0
        job = db.session.get(Job, stranded_job)
        assert (job.status, job.enqueued_at) == ("queued", None)


def test_the_sweep_message_runs_the_job(app, client, broker, stub_worker, stranded_job):
    age(app, stranded_job, 60)
    with app.app_context():
        publish_stranded_jobs(min_age_seconds=5)

    broker.join("maps", fail_fast=True)
    stub_worker.join()

    with app.app_context():
        assert db.session.get(Job, stranded_job).status == "completed"


def test_a_running_job_that_stopped_changing_is_sent_again(app, auth, broker):
    auth.register()
    job_id = job_id_from(auth.submit())
    broker.flush_all()
    with app.app_context():
        job = db.session.get(Job, job_id)
        job.status, job.attempts = "running", 1
        db.session.commit()
    age(app, job_id, 3600, column="updated_at")

    with app.app_context():
        assert requeue_abandoned_jobs(stuck_after_seconds=660) == 1
        job = db.session.get(Job, job_id)
        assert job.status == "queued" and job.enqueued_at is not None
    assert broker.queues["maps"].qsize() == 1


def test_a_running_job_still_changing_is_left_alone(app, auth, broker):
    auth.register()
    job_id = job_id_from(auth.submit())
    with app.app_context():
        db.session.get(Job, job_id).status = "running"
        db.session.commit()
        assert requeue_abandoned_jobs(stuck_after_seconds=660) == 0


def test_a_job_that_keeps_losing_its_worker_fails_with_a_clear_message(app, auth, broker):
    auth.register()
    job_id = job_id_from(auth.submit())
    with app.app_context():
        job = db.session.get(Job, job_id)
        job.status, job.attempts = "running", 4
        db.session.commit()
    age(app, job_id, 3600, column="updated_at")

    with app.app_context():
        requeue_abandoned_jobs(stuck_after_seconds=660)
        job = db.session.get(Job, job_id)
        assert job.status == "failed"
        assert "stopped without finishing 4 times" in job.error
