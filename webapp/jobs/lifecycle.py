"""A job's life on a worker: started (or put back to wait), its steps, then finished,
retried or failed."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import dramatiq
import sqlalchemy as sa
from dramatiq.middleware import CurrentMessage
from flask import current_app

from webapp.extensions import db
from webapp.jobs.cancel import stop_if_cancelled
from webapp.jobs.publishing import job_message, publish_job
from webapp.models import Job, JobStatus, User, utcnow

logger = logging.getLogger(__name__)


STEP_LABELS = {
    "enhancing": "Enhancing the requirements",
    "generating": "Generating the story map",
    "saving": "Saving the story map",
    "regenerating": "Rewriting the stories from their requirements",
    "covering": "Asking for stories of the sentences no story covers",
    "reviewing": "Revising the stories the quality report flags",
    "waiting for your other jobs": "Waiting for your other jobs to finish",
}


#: The step of a queued job whose user already has JOBS_RUNNING_PER_USER jobs running.
WAITING_FOR_OTHER_JOBS = "waiting for your other jobs"


#: How long (ms, at random between the two) such a job's message waits before a worker
#: looks at it again; at random, so that one user's waiting jobs do not come back together.
WAITING_RECHECK_MS = (2_000, 4_000)


def step_label(step: str | None) -> str | None:
    """What the job page says a step is doing ("Mapping part 3 of 7 of the document")."""
    if step and step.startswith("part "):
        return f"Mapping {step} of the document"
    return STEP_LABELS.get(step or "", step)


def requeue_abandoned_jobs(stuck_after_seconds: float, limit: int = 100) -> int:
    """Send again the running jobs whose worker vanished; fail those that keep losing it.

    A running job's row changes at every step and story; one unchanged for longer than
    the actor's time limit has no worker left (RabbitMQ redelivers the message of a
    worker that dies, so this catches what that cannot: a lost message, an embedded
    worker that stopped). Returns how many were requeued or failed.
    """
    cutoff = utcnow() - timedelta(seconds=stuck_after_seconds)
    handled = 0
    jobs = db.session.scalars(
        sa.select(Job)
        .where(Job.status == JobStatus.RUNNING, Job.updated_at < cutoff)
        .order_by(Job.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    for job in jobs:
        handled += 1
        if job.attempts >= max_attempts():
            logger.warning("Job %s lost its worker %d times; failing it.", job.id, job.attempts)
            job.status = JobStatus.FAILED
            job.step = None
            job.error = (
                f"The job stopped without finishing {job.attempts} times "
                "(its worker was lost); the team has been told."
            )
            job.finished_at = utcnow()
            job.duration_ms = _duration_ms(job)
            db.session.commit()
            continue
        logger.warning("Job %s lost its worker; sending it again.", job.id)
        job.status = JobStatus.QUEUED
        job.step = None
        job.enqueued_at = None  # published below; if that fails, the outbox sweep does it
        publish_job(job)
    db.session.commit()
    return handled


def is_current_message(job_id: int, message_id: str) -> bool:
    """Whether ``message_id`` may run the job (jobs published before ids were kept: any)."""
    job = db.session.get(Job, job_id)
    return job is None or job.message_id is None or job.message_id == message_id


def max_attempts() -> int:
    return current_app.config["JOB_MAX_RETRIES"] + 1


def start_job(job_id: int, total: Callable[[Job], int]) -> Job | None:
    """Mark the job running with ``total(job)`` steps, or return None when it does not run now.

    A missing or finished job needs no work. A job whose user already has
    JOBS_RUNNING_PER_USER other jobs running waits (``wait_for_other_jobs``): the worker
    thread goes to someone else's job meanwhile, and the wait is no failed attempt.
    """
    job = db.session.get(Job, job_id)
    if job is None:
        logger.warning("Job %s does not exist; dropping its message.", job_id)
        return None
    if job.is_finished:
        logger.info("Job %s is already %s; nothing to do.", job_id, job.status)
        return None
    if not claim_running_place(job):
        wait_for_other_jobs(job)
        return None
    job.attempts += 1
    job.started_at = job.started_at or utcnow()
    job.progress_total = total(job)
    job.step = None
    db.session.commit()
    return job


def claim_running_place(job: Job) -> bool:
    """Mark ``job`` running unless its user has JOBS_RUNNING_PER_USER others running.

    The count is taken in the transaction that marks it, after a lock that makes two
    workers starting the same user's jobs take turns: the user's row on PostgreSQL, the
    database's write lock (taken by the job's own update) on SQLite. The caller commits.
    """
    db.session.execute(sa.select(User.id).where(User.id == job.user_id).with_for_update())
    job.status = JobStatus.RUNNING
    db.session.flush()
    running = db.session.scalar(
        sa.select(sa.func.count())
        .select_from(Job)
        .where(Job.user_id == job.user_id, Job.status == JobStatus.RUNNING, Job.id != job.id)
    )
    return running < current_app.config["JOBS_RUNNING_PER_USER"]


def wait_for_other_jobs(job: Job) -> None:
    """Leave the job queued, saying so, and send its message again in a few seconds.

    The message is the one being processed (its retry count kept), or else one made from
    the job; either way it keeps the job's message id, so the worker accepts it. Its time
    is now: the job is not stuck but waiting by design, so the hour after which a message
    nobody started is given up (AgeLimit) counts from this check. Should the broker refuse
    it, the job is marked unpublished for the outbox sweep to send again.
    """
    job.status = JobStatus.QUEUED
    job.step = WAITING_FOR_OTHER_JOBS
    db.session.commit()
    current = CurrentMessage.get_current_message()
    if current is not None and current.message_id == job.message_id:
        message = current.copy(message_timestamp=int(time.time() * 1000))
    else:
        message = job_message(job, job.message_id)
    delay = random.randint(*WAITING_RECHECK_MS)
    try:
        current_app.extensions["dramatiq"].enqueue(message, delay=delay)
    except dramatiq.errors.DramatiqError:
        logger.exception("Could not send waiting job %s again; the sweep will.", job.id)
        db.session.execute(sa.update(Job).where(Job.id == job.id).values(enqueued_at=None))
        db.session.commit()
        return
    logger.info("Job %s waits for its user's other jobs; back in %d ms.", job.id, delay)


def record_step(job: Job, step: str, number: int, total: int | None = None) -> None:
    """Show the user which step the job is on ("step 2 of 3: generating").

    Raises ``JobCancelled`` instead when the job's owner cancelled it meanwhile.
    """
    stop_if_cancelled(job)
    job.step = step
    job.progress_current = number
    if total is not None:
        job.progress_total = total
    db.session.commit()


def finish_job(job: Job) -> None:
    """Mark the job completed; the caller commits it together with the job's results."""
    job.status = JobStatus.COMPLETED
    job.step = None
    job.error = None
    job.progress_current = job.progress_total
    job.next_attempt_at = None
    job.finished_at = utcnow()
    job.duration_ms = _duration_ms(job)


def record_job_retry(job_id: int, error: str, *, next_attempt_at: datetime) -> None:
    """Note a failed attempt that Dramatiq will retry at ``next_attempt_at``."""
    db.session.rollback()
    job = db.session.get(Job, job_id)
    if job is None or job.is_finished:
        return
    job.status = JobStatus.QUEUED
    job.step = "retrying"
    job.error = error
    job.next_attempt_at = next_attempt_at
    db.session.commit()


def record_job_failure(
    job_id: int, error: str, *, traceback: str | None = None, dead_lettered: bool = False
) -> None:
    """Mark the job failed for good, keeping the error the user will read.

    ``dead_lettered``: its message is on its way to the dead-letter queue, from where an
    operator can requeue it; ``traceback`` is kept for them.
    """
    db.session.rollback()
    job = db.session.get(Job, job_id)
    # A cancelled job stays cancelled, whatever its last attempt ran into after the cancel.
    if job is None or job.status in (JobStatus.COMPLETED, JobStatus.CANCELLED):
        return
    job.status = JobStatus.FAILED
    job.step = None
    job.error = error
    job.error_traceback = traceback
    job.next_attempt_at = None
    job.finished_at = utcnow()
    job.duration_ms = _duration_ms(job)
    if dead_lettered:
        job.dead_lettered_at = job.finished_at
    db.session.commit()


def _duration_ms(job: Job) -> int | None:
    if job.started_at is None:
        return None
    started_at = job.started_at
    if started_at.tzinfo is None:  # SQLite gives timestamps back without their zone
        started_at = started_at.replace(tzinfo=UTC)
    return int((job.finished_at - started_at).total_seconds() * 1000)
