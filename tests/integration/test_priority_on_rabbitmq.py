"""Message priority on the real RabbitMQ: an interactive job overtakes a bulk backlog."""

from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.integration.conftest import start_worker
from tests.integration.queue_helpers import job, submit, wait_for
from tests.processes import stop
from webapp.extensions import db
from webapp.jobs.kinds import BULK_PRIORITY, INTERACTIVE_PRIORITY
from webapp.models import Job, JobStatus, utcnow

THREADS = 2
BACKLOG = 200


#: A long document, so that each bulk job takes a while and the backlog lasts.
BULK_TEXT = (Path(__file__).parents[1] / "data" / "long_spec.md").read_text()


@pytest.fixture
def start(tmp_path):
    processes = []
    yield lambda: processes.append(start_worker(tmp_path / "dramatiq.log", threads=THREADS))
    for process in processes:
        stop(process, "the dramatiq worker")


def started(app) -> int:
    with app.app_context():
        return db.session.scalar(
            sa.select(sa.func.count()).select_from(Job).where(Job.started_at.is_not(None))
        )


def test_an_interactive_job_starts_within_the_first_threads_jobs_after_a_bulk_backlog(app, start):
    # Given a worker busy with a backlog of 200 bulk jobs
    submit(app, BULK_TEXT, priority=BULK_PRIORITY, count=BACKLOG)
    start()
    wait_for(lambda: started(app) >= 2 * THREADS, "the worker is busy with the backlog")

    # When a person submits a job
    submitted_at = utcnow()
    [urgent_id] = submit(app, "Couriers must be able to accept a delivery.")
    wait_for(lambda: job(app, urgent_id).is_finished, "the interactive job ends", timeout=120)

    # Then at most `threads` bulk jobs started between its submission and its own start
    urgent = job(app, urgent_id)
    assert urgent.status == JobStatus.COMPLETED
    assert urgent.priority == INTERACTIVE_PRIORITY
    with app.app_context():
        overtaken_by = db.session.scalar(
            sa.select(sa.func.count())
            .select_from(Job)
            .where(
                Job.priority == BULK_PRIORITY,
                Job.started_at > submitted_at,
                Job.started_at < urgent.started_at,
            )
        )
        waiting = db.session.scalar(
            sa.select(sa.func.count()).select_from(Job).where(Job.status == JobStatus.QUEUED)
        )
    assert overtaken_by + 1 <= THREADS, f"{overtaken_by} bulk jobs started before it"
    # and most of the backlog was still waiting, so it really overtook it
    assert waiting > BACKLOG // 2
