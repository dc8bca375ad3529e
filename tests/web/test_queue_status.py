"""What a queued job's page says: place in the queue, estimated wait, and retries."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.conftest import job_id_from
from webapp.extensions import db
from webapp.models import Job, User, utcnow


@pytest.fixture
def queued_job(app, auth):
    """A job of Ada's, submitted while no worker runs (the in-process broker is not consumed)."""
    auth.register()
    job_id = job_id_from(auth.submit("A shop where customers must be able to pay by card."))
    with app.app_context():
        return db.session.get(Job, job_id).id


def add_jobs(app, *, count, status="queued", priority=8, duration_ms=None, step=None):
    with app.app_context():
        user_id = db.session.scalar(sa.select(User.id))
        for _ in range(count):
            db.session.add(
                Job(
                    user_id=user_id,
                    requirements="x" * 20,
                    status=status,
                    priority=priority,
                    duration_ms=duration_ms,
                    step=step,
                    enqueued_at=utcnow(),
                )
            )
        db.session.commit()


def status_text(client, job_id) -> str:
    return " ".join(client.get(f"/jobs/{job_id}/status").get_data(as_text=True).split())


def test_a_job_counts_higher_priority_jobs_as_ahead_even_when_they_came_later(
    app, client, queued_job
):
    # Given two older bulk jobs, then three urgent ones submitted after Ada's (priority 8)
    add_jobs(app, count=2, priority=2)
    add_jobs(app, count=3, priority=10)

    # Then only the urgent ones are ahead of hers
    assert "3 jobs ahead of yours" in status_text(client, queued_job)


def test_jobs_waiting_for_a_retry_are_not_ahead_in_the_queue(app, client, queued_job):
    add_jobs(app, count=4, priority=10, step="retrying")

    assert "Next in line" in status_text(client, queued_job)


def test_the_wait_is_estimated_from_recent_durations_and_the_workers(app, client, queued_job):
    # Given 2 embedded worker threads, 4 jobs ahead and recent jobs taking 30 s each
    app.config["EMBEDDED_WORKER_THREADS"] = 2
    add_jobs(app, count=4, priority=10)
    add_jobs(app, count=5, status="completed", duration_ms=30_000)

    # Then the wait is two rounds of 30 s
    assert "4 jobs ahead of yours; estimated wait about 1 min." in status_text(client, queued_job)


def test_without_finished_jobs_there_is_no_estimate_but_still_a_place(app, client, queued_job):
    add_jobs(app, count=1, priority=10)

    text = status_text(client, queued_job)

    assert "1 job ahead of yours." in text
    assert "estimated" not in text


def test_a_retrying_job_says_which_attempt_comes_next_and_when(app, client, queued_job):
    with app.app_context():
        job = db.session.get(Job, queued_job)
        job.attempts = 1
        job.step = "retrying"
        job.error = "Every AI provider failed: groq timed out"
        job.next_attempt_at = utcnow() + timedelta(seconds=30)
        db.session.commit()

    text = status_text(client, queued_job)

    assert "Attempt 1 of 4 failed: Every AI provider failed: groq timed out" in text
    assert "Attempt 2 of 4, next try in 30 s." in text or "next try in 29 s." in text
