"""Builds the Dramatiq broker from the app's settings and binds the actors to it.

The worker runs ``dramatiq tasks.broker:setup_broker tasks``: Dramatiq calls
``setup_broker`` first, which creates the Flask app from the environment, and only
then imports the actors.
"""

from __future__ import annotations

import atexit
import logging

import dramatiq
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import AgeLimit, Retries
from flask import Flask

from tasks.middleware import AppContextMiddleware, JobOutcomeMiddleware

logger = logging.getLogger(__name__)

#: RabbitMQ queues are declared with this x-max-priority; it cannot be added later.
MAX_PRIORITY = 10

#: What every job actor shares: retries with backoff for transient errors only (a
#: GenerationError fails at once), a time limit below RabbitMQ's 30-minute consumer
#: timeout, and SPEC.md's one-hour age limit.
JOB_ACTOR_OPTIONS = {
    "max_retries": 3,
    "min_backoff": 5_000,
    "max_backoff": 120_000,
    "time_limit": 10 * 60 * 1000,
    "max_age": 60 * 60 * 1000,
}


def build_broker(broker_url: str | None) -> dramatiq.Broker:
    """Return RabbitMQ for an ``amqp://`` URL, or the in-process broker when there is none."""
    if broker_url:
        return RabbitmqBroker(url=broker_url, confirm_delivery=True, max_priority=MAX_PRIORITY)
    return StubBroker()


def setup_broker(app: Flask | None = None) -> dramatiq.Broker:
    """Make ``app``'s broker the global one and declare every actor on it.

    Called without an app (by the ``dramatiq`` command), it creates the app from
    the environment, which sets the broker up in turn.
    """
    if app is None:
        from webapp import create_app

        return create_app().extensions["dramatiq"]

    broker = build_broker(app.config["BROKER_URL"])
    # First in the chain, so every other middleware and the actor run inside the context.
    broker.add_middleware(AppContextMiddleware(app), before=AgeLimit)
    # Before Retries in the chain, so its after-hook sees whether retries are exhausted.
    broker.add_middleware(JobOutcomeMiddleware(), before=Retries)
    dramatiq.set_broker(broker)
    _declare_actors(broker)
    app.extensions["dramatiq"] = broker
    return broker


def _declare_actors(broker: dramatiq.Broker) -> None:
    # Actors bind to the global broker when first imported; an app created later
    # (another test, another configuration) moves them to its own broker.
    from tasks import ACTORS

    for actor in ACTORS:
        if actor.broker is not broker:
            actor.broker = broker
            broker.declare_actor(actor)


def start_embedded_worker(app: Flask) -> dramatiq.Worker:
    """Run a Dramatiq worker inside this process (the no-services default) and resume old jobs."""
    from webapp.jobs.services import resume_unfinished_jobs

    broker = app.extensions["dramatiq"]
    worker = dramatiq.Worker(broker, worker_threads=app.config["EMBEDDED_WORKER_THREADS"])
    worker.start()
    atexit.register(worker.stop)
    with app.app_context():
        resumed = resume_unfinished_jobs()
    if resumed:
        logger.info("Re-enqueued %d unfinished job(s) left from the last run.", resumed)
    return worker
