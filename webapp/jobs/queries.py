"""Jobs as their owner reads them: one job (404 for anyone else), the recent ones, the
active count."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from webapp.extensions import db
from webapp.models import Job, JobStatus, User, Wireframe


def user_job_or_404(job_id: int, user: User) -> Job:
    """Return the user's job; another user's job is as good as missing.

    Its wireframes and their stories come in the same round trip: the job page shows them.
    """
    return db.first_or_404(
        sa.select(Job)
        .where(Job.id == job_id, Job.user_id == user.id)
        .options(selectinload(Job.wireframes).selectinload(Wireframe.story))
    )


def polled_job_or_404(job_id: int, user: User) -> Job:
    """The user's job for one poll of its status: the job row alone, in one statement.

    A wireframe job's drawings are loaded only when the fragment is rendered (most polls
    are answered 304 from the job row), and only the ones the page does not have yet.
    """
    return db.first_or_404(sa.select(Job).where(Job.id == job_id, Job.user_id == user.id))


def load_wireframes(job: Job) -> None:
    """Load a wireframe job's drawings with their stories in one statement, to render them."""
    wireframes = db.session.scalars(
        sa.select(Wireframe)
        .where(Wireframe.job_id == job.id)
        .order_by(Wireframe.position)
        .options(joinedload(Wireframe.story))
    ).all()
    set_committed_value(job, "wireframes", wireframes)


def recent_jobs(user: User, limit: int = 20) -> list[Job]:
    """The user's ``limit`` latest jobs, newest first, with the maps they were made from."""
    return db.session.scalars(
        sa.select(Job)
        .where(Job.user_id == user.id)
        .order_by(Job.id.desc())
        .limit(limit)
        .options(selectinload(Job.source_project))
    ).all()


def active_job_count(user: User) -> int:
    """How many of the user's jobs are queued or running (the header's "N running")."""
    return db.session.scalar(
        sa.select(sa.func.count())
        .select_from(Job)
        .where(Job.user_id == user.id, Job.status.in_([JobStatus.QUEUED, JobStatus.RUNNING]))
    )
