"""Cancelling a job: its row says so at once, and its worker stops at the next step.

A queued job's message finds a finished job and does nothing (``start_job``). A running
job's worker reads the row's status at each step and each story (``stop_if_cancelled``)
and stops with ``JobCancelled``, which its actor swallows (``stops_when_cancelled``): what
it saved before stays, nothing is retried, no failure is recorded. Before the last commit
the worker locks the row and reads it once more, so a cancel that comes between the last
step and that commit is never overwritten by "completed".
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

import sqlalchemy as sa

from webapp.extensions import db
from webapp.models import Job, JobStatus, utcnow

logger = logging.getLogger(__name__)

#: The note a cancelled job's page shows.
CANCELLED_NOTE = "Cancelled by you."


class JobCancelled(Exception):
    """The job's owner cancelled it while a worker ran it: the worker stops here."""


def cancel_job(job: Job) -> bool:
    """Mark a queued or running job cancelled; False when it had already finished.

    The row is locked and read afresh: a worker finishing the job at the same moment
    either commits first (then the job stays as it ended) or finds it cancelled.
    """
    locked = db.session.scalars(
        sa.select(Job)
        .where(Job.id == job.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    if locked.is_finished:
        db.session.rollback()
        return False
    locked.status = JobStatus.CANCELLED
    locked.step = None
    locked.error = None
    locked.next_attempt_at = None
    locked.note = CANCELLED_NOTE
    locked.finished_at = utcnow()
    db.session.commit()
    return True


def stop_if_cancelled(job: Job, *, lock: bool = False) -> None:
    """Raise ``JobCancelled`` when the job's row, read from the database, says cancelled.

    ``lock``: keep the row locked until the next commit, for the check before the commit
    that finishes the job.
    """
    query = sa.select(Job.status).where(Job.id == job.id)
    if lock:
        query = query.with_for_update()
    if db.session.scalar(query) == JobStatus.CANCELLED:
        raise JobCancelled(f"Job {job.id} was cancelled.")


def stops_when_cancelled(run: Callable[[int], None]) -> Callable[[int], None]:
    """Let an actor end quietly when its job is cancelled: no retry, no failure recorded."""

    @functools.wraps(run)
    def run_until_cancelled(job_id: int) -> None:
        try:
            run(job_id)
        except JobCancelled:
            # Whatever the step had not committed yet is dropped with it.
            db.session.rollback()
            logger.info("Job %s was cancelled; its worker stopped.", job_id)

    return run_until_cancelled
