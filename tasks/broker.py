"""Builds the Dramatiq broker from the app's settings and binds the actors to it.

The app calls ``setup_broker`` when it is created. The worker runs ``dramatiq worker
tasks``: the root ``worker.py`` creates the app (and so its broker) before Dramatiq
imports the actors.
"""

from __future__ import annotations

import atexit
import functools
import logging
from collections.abc import Callable

import dramatiq
import sqlalchemy as sa
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import AgeLimit, CurrentMessage, Retries, TimeLimitExceeded
from flask import Flask

from generation import GenerationError, TransientGenerationError
from tasks.middleware import AppContextMiddleware, JobOutcomeMiddleware
from tasks.sweeper import JobSweeper

logger = logging.getLogger(__name__)

#: RabbitMQ queues are declared with this x-max-priority; it cannot be added later.
MAX_PRIORITY = 10

#: What every job actor shares. The retry count and backoff come with each message (see
#: ``publish_job``); these are the defaults. The time limit stays below RabbitMQ's
#: 30-minute consumer timeout; a job not started within an hour is given up (AgeLimit) and
#: dead-lettered, as docs/operations.md says.
JOB_ACTOR_OPTIONS = {
    "max_retries": 3,
    "min_backoff": 5_000,
    "max_backoff": 120_000,
    "time_limit": 10 * 60 * 1000,
    "max_age": 60 * 60 * 1000,
}

#: Failures that may pass by themselves, so the message is retried with backoff: every
#: provider down or rate limited, the database unreachable for a moment.
TRANSIENT_ERRORS = (
    TransientGenerationError,
    dramatiq.Retry,
    sa.exc.OperationalError,
    sa.exc.InterfaceError,
)


class UnexpectedJobError(Exception):
    """A job failed for a reason no retry can fix (a bug); its message is dead-lettered at once.

    The operator reads the traceback on the admin page, fixes the cause and requeues it.
    """


def job_actor(*, queue_name: str) -> Callable:
    """Declare an actor that runs one job, given its id, with the job-wide failure rules.

    - A ``GenerationError`` (bad input, a rejected key) fails the job at once with its
      message; the message is acknowledged, not retried and not dead-lettered.
    - ``TRANSIENT_ERRORS`` are retried with exponential backoff and jitter; when the
      retries run out, the message goes to the dead-letter queue.
    - Anything else, and the time limit, dead-letters the message at once.
    - A message that is no longer the job's current one (the job was published again
      with a higher priority) does nothing.
    """

    def decorate(run: Callable[[int], None]) -> dramatiq.Actor:
        @functools.wraps(run)
        def perform(job_id: int) -> None:
            from webapp.jobs.lifecycle import is_current_message, record_job_failure

            message = CurrentMessage.get_current_message()
            if message is not None and not is_current_message(job_id, message.message_id):
                logger.info("Job %s has a newer message than %s.", job_id, message.message_id)
                return
            try:
                run(job_id)
            except GenerationError as error:
                record_job_failure(job_id, str(error))
            except TRANSIENT_ERRORS:
                raise
            except Exception as error:
                if job_was_deleted(job_id):
                    # Its map was deleted while it ran (the job goes with it): nothing to do.
                    logger.info("Job %s was deleted while it ran; dropping it.", job_id)
                    return
                raise UnexpectedJobError(f"{type(error).__name__}: {error}") from error

        return dramatiq.actor(
            perform,
            queue_name=queue_name,
            throws=(UnexpectedJobError, TimeLimitExceeded),
            **JOB_ACTOR_OPTIONS,
        )

    return decorate


def job_was_deleted(job_id: int) -> bool:
    """Whether the job's row is gone, after the failed attempt's transaction is rolled back."""
    from webapp.extensions import db
    from webapp.models import Job

    db.session.rollback()
    return db.session.get(Job, job_id) is None


def build_broker(broker_url: str | None) -> dramatiq.Broker:
    """Return RabbitMQ for an ``amqp://`` URL, or the in-process broker when there is none."""
    if broker_url:
        return RabbitmqBroker(url=broker_url, confirm_delivery=True, max_priority=MAX_PRIORITY)
    return StubBroker()


def setup_broker(app: Flask) -> dramatiq.Broker:
    """Make ``app``'s broker the global one and declare every actor on it."""
    broker = build_broker(app.config["BROKER_URL"])
    broker.add_middleware(CurrentMessage())
    # First in the chain, so every other middleware and the actor run inside the context.
    broker.add_middleware(AppContextMiddleware(app), before=AgeLimit)
    # Before Retries in the chain, so its after-hook sees whether retries are exhausted.
    broker.add_middleware(JobOutcomeMiddleware(), before=Retries)
    broker.add_middleware(JobSweeper(app))
    dramatiq.set_broker(broker)
    _declare_actors(broker)
    app.extensions["dramatiq"] = broker
    return broker


def _declare_actors(broker: dramatiq.Broker) -> None:
    # Actors bind to the global broker when first imported; an app created later
    # (another test, another configuration) moves them to its own broker.
    from tasks import ACTORS
    from webapp.jobs.kinds import JOB_KINDS

    for actor in ACTORS:
        if actor.broker is not broker:
            actor.broker = broker
            broker.declare_actor(actor)
    # The web side publishes by the names in the table of job kinds: each must be an actor.
    queues = {actor.actor_name: actor.queue_name for actor in ACTORS}
    for kind, work in JOB_KINDS.items():
        if queues.get(work.actor) != work.queue:
            raise RuntimeError(
                f"Job kind {kind!r} names actor {work.actor!r} on queue {work.queue!r}, "
                "which tasks/ does not declare."
            )


def start_embedded_worker(app: Flask) -> dramatiq.Worker:
    """Run a Dramatiq worker inside this process (the no-services default) and resume old jobs."""
    from webapp.jobs.publishing import resume_unfinished_jobs

    broker = app.extensions["dramatiq"]
    # The dramatiq command says "process_boot" once a worker process has loaded its actors;
    # TimeLimit starts the timer that stops jobs over their time limit only then.
    broker.emit_after("process_boot")
    worker = dramatiq.Worker(broker, worker_threads=app.config["EMBEDDED_WORKER_THREADS"])
    worker.start()
    app.extensions["embedded_worker"] = worker
    atexit.register(worker.stop)
    with app.app_context():
        resumed = resume_unfinished_jobs()
    if resumed:
        logger.info("Re-enqueued %d unfinished job(s) left from the last run.", resumed)
    return worker
