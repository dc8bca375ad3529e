"""Jobs: recorded before their message is published, then moved along by the workers."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import dramatiq
import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from webapp.extensions import db
from webapp.models import Job, JobKind, JobStatus, User, Wireframe, utcnow

logger = logging.getLogger(__name__)

#: broker_priority (0-10, higher first) of a job a person is waiting for ...
INTERACTIVE_PRIORITY = 8
#: ... of regenerating a part of a map: a person waits, but other people's new maps go first ...
REGENERATE_PRIORITY = 5
#: ... of bulk work, which any interactive job overtakes ...
BULK_PRIORITY = 2
#: ... and of a job an admin moved to the front.
URGENT_PRIORITY = 10

STEP_LABELS = {
    "enhancing": "Enhancing the requirements",
    "generating": "Generating the story map",
    "saving": "Saving the story map",
    "regenerating": "Rewriting the stories from their requirements",
    "covering": "Asking for stories of the sentences no story covers",
    "reviewing": "Revising the stories the quality report flags",
}


def step_label(step: str | None) -> str | None:
    """What the job page says a step is doing ("Mapping part 3 of 7 of the document")."""
    if step and step.startswith("part "):
        return f"Mapping {step} of the document"
    return STEP_LABELS.get(step or "", step)


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
    message = _job_message(job, job.message_id)
    db.session.commit()
    return _send(job, message)


def _job_message(job: Job, message_id: str | None = None) -> dramatiq.Message:
    from tasks import ACTOR_FOR_KIND

    config = current_app.config
    message = ACTOR_FOR_KIND[job.kind].message_with_options(
        args=(job.id,),
        broker_priority=job.priority,
        max_retries=config["JOB_MAX_RETRIES"],
        min_backoff=config["JOB_MIN_BACKOFF_MS"],
        max_backoff=config["JOB_MAX_BACKOFF_MS"],
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
        message = _job_message(job, job.message_id)
        job.message_id = message.message_id
        if not _send(job, message):
            break
        published += 1
    return published


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


def start_job(job_id: int, total: Callable[[Job], int]) -> Job | None:
    """Mark the job running with ``total(job)`` steps, or return None when it needs no work."""
    job = db.session.get(Job, job_id)
    if job is None:
        logger.warning("Job %s does not exist; dropping its message.", job_id)
        return None
    if job.is_finished:
        logger.info("Job %s is already %s; nothing to do.", job_id, job.status)
        return None
    job.status = JobStatus.RUNNING
    job.attempts += 1
    job.started_at = job.started_at or utcnow()
    job.progress_total = total(job)
    job.step = None
    db.session.commit()
    return job


def record_step(job: Job, step: str, number: int, total: int | None = None) -> None:
    """Show the user which step the job is on ("step 2 of 3: generating")."""
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
    if job is None or job.status == JobStatus.COMPLETED:
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


@dataclass(frozen=True)
class QueueEstimate:
    """Where a queued job stands: jobs ahead of it, workers on its queue, expected wait."""

    ahead: int
    workers: int
    #: None when there is no finished job of this kind to learn a duration from.
    wait_seconds: float | None


#: How many recent jobs the average duration is taken over.
RECENT_JOBS_FOR_ESTIMATE = 20


def queue_estimate(job: Job) -> QueueEstimate:
    """Count the ready jobs ahead of ``job`` and estimate its wait.

    Ahead means a higher priority, or the same priority and submitted earlier.

    The wait is the number of full rounds of work ahead of it (running jobs plus those
    ahead, over the worker threads) times the recent average duration of its kind.
    """
    same_queue = (Job.kind == job.kind, Job.status == JobStatus.QUEUED)
    ready = sa.or_(Job.step.is_(None), Job.step != "retrying")
    ahead = db.session.scalar(
        sa.select(sa.func.count())
        .select_from(Job)
        .where(
            *same_queue,
            ready,
            sa.or_(
                Job.priority > job.priority,
                sa.and_(Job.priority == job.priority, Job.id < job.id),
            ),
        )
    )
    workers = worker_threads(job.kind)
    durations = db.session.scalars(
        sa.select(Job.duration_ms)
        .where(
            Job.kind == job.kind, Job.status == JobStatus.COMPLETED, Job.duration_ms.is_not(None)
        )
        .order_by(Job.id.desc())
        .limit(RECENT_JOBS_FOR_ESTIMATE)
    ).all()
    if not durations or workers == 0:
        return QueueEstimate(ahead, workers, None)
    running = db.session.scalar(
        sa.select(sa.func.count())
        .select_from(Job)
        .where(Job.kind == job.kind, Job.status == JobStatus.RUNNING)
    )
    rounds = (running + ahead) // workers
    return QueueEstimate(ahead, workers, rounds * sum(durations) / len(durations) / 1000)


#: Seconds a worker count read from RabbitMQ is reused: every queued page polls each second.
WORKER_COUNT_TTL = 10.0


def worker_threads(kind: str) -> int:
    """How many jobs of ``kind`` can run at once: consumers on its queue times their threads."""
    from tasks import ACTOR_FOR_KIND
    from webapp.admin.queues import EmbeddedQueues, QueueUnavailable, queues_for

    queue = ACTOR_FOR_KIND[kind].queue_name
    cache = current_app.extensions.setdefault("worker_counts", {})
    cached = cache.get(queue)
    if cached is not None and time.monotonic() - cached[0] < WORKER_COUNT_TTL:
        return cached[1]
    queues = queues_for()
    if isinstance(queues, EmbeddedQueues):
        threads = current_app.config["EMBEDDED_WORKER_THREADS"]
    else:
        try:
            threads = queues.consumers(queue) * current_app.config["WORKER_THREADS"]
        except QueueUnavailable:
            threads = 0
    cache[queue] = (time.monotonic(), threads)
    return threads


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
    return db.session.scalars(
        sa.select(Job).where(Job.user_id == user.id).order_by(Job.id.desc()).limit(limit)
    ).all()
