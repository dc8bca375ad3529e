"""How long a queued job will wait: the jobs ahead of it, the threads that take them,
and how long recent jobs of its kind took."""

from __future__ import annotations

import time
from dataclasses import dataclass

import sqlalchemy as sa
from flask import current_app

from webapp.extensions import db
from webapp.jobs.kinds import queue_for_kind
from webapp.jobs.lifecycle import WAITING_FOR_OTHER_JOBS
from webapp.models import Job, JobStatus


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
    # A job retrying later, or waiting for its user's other jobs, is ahead of nobody.
    ready = sa.or_(Job.step.is_(None), Job.step.not_in(["retrying", WAITING_FOR_OTHER_JOBS]))
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
    from webapp.admin.queues import EmbeddedQueues, QueueUnavailable, queues_for

    queue = queue_for_kind(kind)
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
