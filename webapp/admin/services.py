"""What the admin page shows and does besides the queues: failed and waiting jobs."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from webapp.extensions import db
from webapp.jobs.kinds import URGENT_PRIORITY
from webapp.jobs.publishing import publish_job
from webapp.models import Job, JobStatus

RECENT_FAILURES = 20
WAITING_JOBS = 50


def recent_failures(limit: int = RECENT_FAILURES) -> list[Job]:
    """The latest failed jobs, newest first, with their users."""
    return db.session.scalars(
        sa.select(Job)
        .where(Job.status == JobStatus.FAILED)
        .order_by(Job.finished_at.desc(), Job.id.desc())
        .options(selectinload(Job.user))
        .limit(limit)
    ).all()


def jobs_by_status() -> dict[str, int]:
    """How many jobs there are in each status, every status listed (zeros included)."""
    counts = dict(
        db.session.execute(sa.select(Job.status, sa.func.count()).group_by(Job.status)).all()
    )
    return {status.value: counts.get(status, 0) for status in JobStatus}


def waiting_jobs(limit: int = WAITING_JOBS) -> list[Job]:
    """Queued jobs in the order the queues will run them: priority first, then age."""
    return db.session.scalars(
        sa.select(Job)
        .where(Job.status == JobStatus.QUEUED)
        .order_by(Job.priority.desc(), Job.id)
        .options(selectinload(Job.user))
        .limit(limit)
    ).all()


def jobs_for(letters) -> dict[int, Job]:
    """The jobs of some dead letters, by id (a letter's job may have been deleted since)."""
    ids = [letter.job_id for letter in letters if letter.job_id is not None]
    if not ids:
        return {}
    return {job.id: job for job in db.session.scalars(sa.select(Job).where(Job.id.in_(ids)))}


def move_to_front(job_id: int) -> Job | None:
    """Publish a queued job again at the highest priority; its older message then does nothing.

    Returns None when the job is no longer queued (it started or ended meanwhile).
    """
    job = db.session.get(Job, job_id)
    if job is None or job.status != JobStatus.QUEUED:
        return None
    job.priority = URGENT_PRIORITY
    job.step = None
    job.next_attempt_at = None
    publish_job(job)
    return job
