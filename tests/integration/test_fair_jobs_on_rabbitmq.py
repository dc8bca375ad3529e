"""Fair workers on the real RabbitMQ: one user's slow jobs do not starve another's quick one.

The worker has two threads and lets one job per user run (JOBS_RUNNING_PER_USER=1). Its
LLM is scripted: a request for Ada's jobs takes seconds, one for Bob's is answered at once.
"""

import json
import uuid

import pytest
import sqlalchemy as sa

from tests.fake_llm import GOOD_MAP, FakeLLM, Reply
from tests.integration.conftest import start_worker
from tests.integration.queue_helpers import all_finished, jobs, wait_for
from tests.processes import stop
from webapp.extensions import db
from webapp.jobs.lifecycle import WAITING_FOR_OTHER_JOBS
from webapp.jobs.publishing import publish_job
from webapp.models import Job, JobStatus, User

#: Seconds each LLM request of a slow job takes.
SLOW_SECONDS = 8.0
SLOW = "SLOW-JOB"


def reply(request: dict) -> Reply:
    """The good map, late when the request is for a slow job."""
    slow = SLOW in json.dumps(request)
    return Reply(content=json.dumps(GOOD_MAP), delay=SLOW_SECONDS if slow else 0.0)


@pytest.fixture
def worker(app, tmp_path):
    with FakeLLM() as llm:
        llm.replies = [reply]
        process = start_worker(
            tmp_path / "dramatiq.log",
            threads=2,
            JOBS_RUNNING_PER_USER="1",
            LLM_BASE_URL=llm.url,
            LLM_MODEL="fake-model",
            AI_PROVIDER_PRIORITY="custom",
            AI_TIMEOUT_SECONDS="30",
        )
        yield process
        stop(process, "the dramatiq worker")


def user(app, email: str) -> int:
    with app.app_context():
        person = User(email=email)
        person.set_password("correct horse")
        db.session.add(person)
        db.session.commit()
        return person.id


def submit(app, user_id: int, *, slow: bool) -> int:
    """Record a map job of the user's and publish it, as the map form does."""
    # Unique text: the worker caches answers to identical requests.
    marker = SLOW if slow else "QUICK"
    text = f"Customers must be able to order food and pay. Reference {marker} {uuid.uuid4()}."
    with app.app_context():
        job = Job(user_id=user_id, kind="map", requirements=text)
        db.session.add(job)
        db.session.commit()
        assert publish_job(job), "RabbitMQ refused the message"
        return job.id


def test_a_users_quick_job_finishes_while_another_users_second_slow_job_waits(app, worker):
    # Given Ada's two slow jobs, submitted first, on a worker with two threads
    ada, bob = user(app, "ada@example.com"), user(app, "bob@example.com")
    adas = [submit(app, ada, slow=True), submit(app, ada, slow=True)]

    # When Bob submits a quick job
    bobs = submit(app, bob, slow=False)
    wait_for(lambda: all_finished(app, [bobs]), "Bob's job ends", timeout=SLOW_SECONDS * 4)

    # Then it is done while one of Ada's jobs runs and the other still waits, unstarted
    [done] = jobs(app, [bobs])
    assert done.status == JobStatus.COMPLETED
    running, waiting = sorted(jobs(app, adas), key=lambda job: job.started_at is None)
    assert running.status == JobStatus.RUNNING
    assert (waiting.status, waiting.started_at, waiting.attempts) == (JobStatus.QUEUED, None, 0)
    assert waiting.step == WAITING_FOR_OTHER_JOBS

    # And Ada's second job runs once her first ends, on its first attempt
    wait_for(lambda: all_finished(app, adas), "Ada's jobs end", timeout=SLOW_SECONDS * 8)
    for finished in jobs(app, adas):
        assert (finished.status, finished.attempts) == (JobStatus.COMPLETED, 1)
    with app.app_context():
        waited = db.session.get(Job, waiting.id)
        first = db.session.get(Job, running.id)
        assert waited.started_at >= first.finished_at
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Job)) == 3
