"""Publishing jobs: the row is committed first, then its message goes to its queue.

Messages are addressed by queue and actor name (``webapp/jobs/kinds.py``); a job whose
message never reached the broker is published again by the sweep.
"""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta

import dramatiq
import sqlalchemy as sa
from flask import current_app

from webapp.extensions import db
from webapp.jobs.kinds import INTERACTIVE_PRIORITY, JOB_KINDS
from webapp.models import Job, JobKind, JobStatus, User, utcnow

logger = logging.getLogger(__name__)


def enqueue_map_job(user: User, requirements: str, *, enhance: bool) -> Job:
    """Record a map job, commit it, then publish a message carrying only its id."""
    job = Job(
        user_id=user.id,
        kind=JobKind.MAP,
        requirements=requirements,
        enhance=enhance,
        priority=INTERACTIVE_PRIORITY,
    )
    db.session.add(job)
    publish_job(job)
    return job


def publish_job(job: Job) -> bool:
    """Put the job's message on its queue; on failure the job stays queued and recorded.

    The message carries the job id, its priority and the retry policy from the settings.
    Its id is stored on the job, and committed before the message is sent: only that
    message may run it.
    """
    job.message_id = str(uuid.uuid4())  # as Dramatiq makes them; in the job's INSERT
    db.session.flush()  # a new job gets its id here, for the message's arguments
    message = job_message(job, job.message_id)
    db.session.commit()
    return _send(job, message)


def job_message(job: Job, message_id: str | None = None) -> dramatiq.Message:
    # Addressed by queue and actor name (webapp/jobs/kinds.py): the web side never imports
    # the actors. The actor's own options (time and age limits) apply when it runs.
    config = current_app.config
    kind = JOB_KINDS[job.kind]
    message = dramatiq.Message(
        queue_name=kind.queue,
        actor_name=kind.actor,
        args=(job.id,),
        kwargs={},
        options={
            "broker_priority": job.priority,
            "max_retries": config["JOB_MAX_RETRIES"],
            "min_backoff": config["JOB_MIN_BACKOFF_MS"],
            "max_backoff": config["JOB_MAX_BACKOFF_MS"],
        },
    )
    return message.copy(message_id=message_id) if message_id else message


def _send(job: Job, message: dramatiq.Message) -> bool:
    (job_id,) = message.args  # the job row may be expired by a commit: no need to reload it
    try:
        current_app.extensions["dramatiq"].enqueue(message)
    except dramatiq.errors.DramatiqError:
        logger.exception("Could not publish job %s; it stays queued.", job_id)
        db.session.rollback()
        return False
    db.session.execute(sa.update(Job).where(Job.id == job_id).values(enqueued_at=utcnow()))
    db.session.commit()
    return True


def publish_stranded_jobs(min_age_seconds: float, limit: int = 100) -> int:
    """Publish the queued jobs whose message never reached the broker (the outbox sweep).

    A job is stranded when its publish failed (the broker was down) or its process died
    between the commit and the publish. Each is locked while it is published (other
    sweepers skip it) and keeps the message id it was given, so the worker accepts the
    message even before this commit lands; once ``enqueued_at`` is set, no sweep sends it
    again. Returns how many were published; stops at the first failure (broker still down).
    """
    cutoff = utcnow() - timedelta(seconds=min_age_seconds)
    stranded = sa.select(Job.id).where(
        Job.status == JobStatus.QUEUED, Job.enqueued_at.is_(None), Job.created_at < cutoff
    )
    published = 0
    for job_id in db.session.scalars(stranded.order_by(Job.id).limit(limit)).all():
        job = db.session.scalars(
            sa.select(Job)
            .where(Job.id == job_id, Job.enqueued_at.is_(None), Job.status == JobStatus.QUEUED)
            .with_for_update(skip_locked=True)
        ).first()
        if job is None:  # another sweeper has it, or it was published meanwhile
            db.session.rollback()
            continue
        message = job_message(job, job.message_id)
        job.message_id = message.message_id
        if not _send(job, message):
            break
        published += 1
    return published


def resume_unfinished_jobs() -> int:
    """Publish again every job left queued or running (after a restart of the embedded worker)."""
    jobs = db.session.scalars(
        sa.select(Job).where(Job.status.in_([JobStatus.QUEUED, JobStatus.RUNNING])).order_by(Job.id)
    ).all()
    for job in jobs:
        job.status = JobStatus.QUEUED
        job.step = None
        db.session.commit()
        publish_job(job)
    return len(jobs)
