"""What is in the queues, and the dead letters an operator lists, requeues and purges.

Two backends answer the same questions: RabbitMQ (passive declares, plus the management
API for unacknowledged counts when ``RABBITMQ_MANAGEMENT_URL`` is set) and the in-process
broker of the embedded mode. Dramatiq names a queue's delay queue ``Q.DQ`` and its
dead-letter queue ``Q.XQ``; a message is dead-lettered when its retries run out, when it
fails for a reason no retry can fix, or when it waited longer than its max age.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote

import dramatiq
import httpx
import pika
from dramatiq.brokers.stub import StubBroker
from dramatiq.common import dq_name, q_name, xq_name
from flask import current_app

from webapp.extensions import db
from webapp.jobs.kinds import job_queues
from webapp.models import Job, JobStatus, utcnow

logger = logging.getLogger(__name__)

#: Options a requeued message starts without: its retry count, last traceback, and eta.
RETRY_STATE_OPTIONS = ("retries", "traceback", "requeue_timestamp", "eta")


class QueueUnavailable(Exception):
    """The broker could not be reached or asked."""


@dataclass(frozen=True)
class QueueCounts:
    name: str
    ready: int
    #: Delivered to a worker and not yet acknowledged; None when the broker cannot say.
    unacked: int | None
    #: Waiting in the delay queue for a retry; None when the broker cannot say (workers
    #: hold delayed messages unacknowledged until their time, so only the management API
    #: sees them).
    delayed: int | None
    dead: int
    consumers: int


@dataclass(frozen=True)
class DeadLetter:
    message: dramatiq.Message

    @property
    def message_id(self) -> str:
        return self.message.message_id

    @property
    def queue(self) -> str:
        return q_name(self.message.queue_name)

    @property
    def job_id(self) -> int | None:
        args = self.message.args
        return args[0] if args and isinstance(args[0], int) else None

    @property
    def retries(self) -> int:
        return self.message.options.get("retries", 0)

    @property
    def priority(self) -> int | None:
        return self.message.options.get("broker_priority")

    @property
    def traceback(self) -> str | None:
        return self.message.options.get("traceback")

    @property
    def enqueued_at(self) -> datetime:
        return datetime.fromtimestamp(self.message.message_timestamp / 1000, UTC)

    def matches(self, reference: str) -> bool:
        """Whether ``reference`` names this letter: its message id (or a prefix), or its job id."""
        reference = reference.strip()
        if reference.isdigit() and self.job_id == int(reference):
            return True
        return len(reference) >= 6 and self.message_id.startswith(reference)


def queue_names() -> list[str]:
    """The queues the app's actors consume, one per kind of work."""
    return job_queues()


def queues_for(app=None) -> RabbitmqQueues | EmbeddedQueues:
    """The queue backend of the app's broker."""
    app = app or current_app
    broker = app.extensions["dramatiq"]
    if isinstance(broker, StubBroker):
        return EmbeddedQueues(broker)
    return RabbitmqQueues(broker, app.config["BROKER_URL"], app.config["RABBITMQ_MANAGEMENT_URL"])


class RabbitmqQueues:
    """The queues on RabbitMQ; every call opens its own short-lived connection."""

    description = "RabbitMQ"

    def __init__(self, broker: dramatiq.Broker, url: str, management_url: str | None = None):
        self.broker = broker
        self.url = url
        self.management_url = management_url

    @contextmanager
    def _connection(self) -> Iterator[pika.BlockingConnection]:
        parameters = pika.URLParameters(self.url)
        # An operator's page or command must answer quickly when the broker is down.
        parameters.connection_attempts = 1
        parameters.socket_timeout = 3
        parameters.blocked_connection_timeout = 5
        try:
            connection = pika.BlockingConnection(parameters)
        except pika.exceptions.AMQPError as error:
            reason = type(error).__name__
            raise QueueUnavailable(f"RabbitMQ is not reachable ({reason}).") from error
        try:
            yield connection
        finally:
            if connection.is_open:
                # Closing returns every message fetched and not acknowledged to its queue.
                connection.close()

    def counts(self) -> list[QueueCounts]:
        """Ready, unacknowledged, delayed and dead messages and the consumers of each queue."""
        unacked = self._management_counts()
        rows = []
        with self._connection() as connection:
            for name in queue_names():
                ready, consumers = self._declare(connection, name)
                delayed, _ = self._declare(connection, dq_name(name))
                dead, _ = self._declare(connection, xq_name(name))
                if unacked is not None:
                    # Workers hold delayed messages unacknowledged until their eta.
                    delayed += unacked.get(dq_name(name), 0)
                elif delayed == 0:
                    delayed = None
                rows.append(
                    QueueCounts(
                        name=name,
                        ready=ready,
                        unacked=None if unacked is None else unacked.get(name, 0),
                        delayed=delayed,
                        dead=dead,
                        consumers=consumers,
                    )
                )
        return rows

    def consumers(self, queue: str) -> int:
        with self._connection() as connection:
            return self._declare(connection, queue)[1]

    @staticmethod
    def _declare(connection: pika.BlockingConnection, queue: str) -> tuple[int, int]:
        """Message and consumer counts of ``queue``; zeros when nothing declared it yet."""
        # A passive declare of a missing queue closes its channel, so each gets its own.
        channel = connection.channel()
        try:
            frame = channel.queue_declare(queue, passive=True)
        except pika.exceptions.ChannelClosedByBroker:
            return 0, 0
        channel.close()
        return frame.method.message_count, frame.method.consumer_count

    def _management_counts(self) -> dict[str, int] | None:
        if not self.management_url:
            return None
        try:
            vhost = quote(pika.URLParameters(self.url).virtual_host, safe="")
            response = httpx.get(
                f"{self.management_url.rstrip('/')}/api/queues/{vhost}",
                params={"columns": "name,messages_unacknowledged"},
                timeout=3,
            )
            response.raise_for_status()
        except httpx.HTTPError as error:
            logger.warning("RabbitMQ's management API did not answer: %s", error)
            return None
        return {queue["name"]: queue.get("messages_unacknowledged", 0) for queue in response.json()}

    def dead_letters(self, queue: str | None = None) -> list[DeadLetter]:
        """Every dead letter, oldest first, read without taking it off its queue."""
        letters = []
        with self._connection() as connection:
            channel = connection.channel()
            for name in self._queues(queue):
                for _tag, letter in self._fetch(connection, channel, name):
                    letters.append(letter)
        return letters

    def requeue(self, references: list[str] | None = None, queue: str | None = None) -> list:
        """Put dead letters back on their queue as fresh messages; None means all of them.

        Each keeps its id and priority and starts with no retries and a new timestamp (so
        the age limit does not reject it again). The job goes back to queued, then the
        copy is published with a confirm, and only then is the dead one acknowledged.
        Only the letters present at the start are looked at, so one that fails again
        and comes back while this runs is not requeued twice.
        """
        requeued = []
        with self._connection() as connection:
            channel = connection.channel()
            for name in self._queues(queue):
                for tag, letter in self._fetch(connection, channel, name):
                    if references is not None and not any(map(letter.matches, references)):
                        continue
                    _publish_again(self.broker, letter)
                    channel.basic_ack(tag)
                    requeued.append(letter)
                    if references is not None and len(requeued) == len(references):
                        return requeued
        return requeued

    def purge(self, queue: str | None = None) -> dict[str, int]:
        """Delete every dead letter; return how many each queue had."""
        purged = {}
        with self._connection() as connection:
            for name in self._queues(queue):
                channel = connection.channel()
                try:
                    frame = channel.queue_purge(xq_name(name))
                except pika.exceptions.ChannelClosedByBroker:
                    purged[name] = 0  # never declared, so nothing was dead-lettered
                else:
                    purged[name] = frame.method.message_count
                    channel.close()
        return purged

    def _queues(self, queue: str | None) -> list[str]:
        names = queue_names()
        if queue is not None and queue not in names:
            raise UnknownQueue(queue, names)
        return [queue] if queue else names

    def _fetch(self, connection, channel, queue: str) -> Iterator[tuple[int, DeadLetter]]:
        # The count is taken once: letters arriving while we read wait for the next run.
        count, _ = self._declare(connection, xq_name(queue))
        for _ in range(count):
            method, _properties, body = channel.basic_get(xq_name(queue), auto_ack=False)
            if method is None:
                return
            yield method.delivery_tag, DeadLetter(dramatiq.Message.decode(body))


class EmbeddedQueues:
    """The in-process broker of the embedded mode (no BROKER_URL)."""

    description = "the in-process broker"

    def __init__(self, broker: StubBroker):
        self.broker = broker

    def counts(self) -> list[QueueCounts]:
        return [
            QueueCounts(
                name=name,
                ready=self._size(name),
                unacked=None,
                # The in-process worker takes delayed messages off their queue at once and
                # keeps them until their time: only the job rows know about them.
                delayed=None,
                dead=len(self.broker.dead_letters_by_queue[name]),
                consumers=self.consumers(name),
            )
            for name in queue_names()
        ]

    def consumers(self, queue: str) -> int:
        """One when the embedded worker runs in this process (``make run``), else none."""
        return 1 if "embedded_worker" in current_app.extensions else 0

    def _size(self, queue: str) -> int:
        found = self.broker.queues.get(queue)
        return found.qsize() if found is not None else 0

    def dead_letters(self, queue: str | None = None) -> list[DeadLetter]:
        return [
            DeadLetter(proxy._message)
            for name in self._queues(queue)
            for proxy in list(self.broker.dead_letters_by_queue[name])
        ]

    def requeue(self, references: list[str] | None = None, queue: str | None = None) -> list:
        requeued = []
        for name in self._queues(queue):
            dead = self.broker.dead_letters_by_queue[name]
            for proxy in list(dead):
                letter = DeadLetter(proxy._message)
                if references is not None and not any(map(letter.matches, references)):
                    continue
                _publish_again(self.broker, letter)
                dead.remove(proxy)
                requeued.append(letter)
        return requeued

    def purge(self, queue: str | None = None) -> dict[str, int]:
        purged = {}
        for name in self._queues(queue):
            purged[name] = len(self.broker.dead_letters_by_queue[name])
            self.broker.dead_letters_by_queue[name].clear()
        return purged

    def _queues(self, queue: str | None) -> list[str]:
        names = queue_names()
        if queue is not None and queue not in names:
            raise UnknownQueue(queue, names)
        return [queue] if queue else names


class UnknownQueue(ValueError):
    def __init__(self, queue: str, known: list[str]):
        super().__init__(f"There is no queue {queue!r}; the queues are {', '.join(known)}.")


def _publish_again(broker: dramatiq.Broker, letter: DeadLetter) -> None:
    """Send a dead letter's job again: job row back to queued first, then the message."""
    job = db.session.get(Job, letter.job_id) if letter.job_id is not None else None
    if job is not None and job.status == JobStatus.CANCELLED:
        # Its owner cancelled it: the message goes back, and the worker drops it unrun.
        job = None
    saved = _reset_job(job) if job is not None else None
    options = {k: v for k, v in letter.message.options.items() if k not in RETRY_STATE_OPTIONS}
    message = dataclasses.replace(
        letter.message,
        queue_name=letter.queue,
        options=options,
        message_timestamp=int(time.time() * 1000),
    )
    try:
        broker.enqueue(message)
    except dramatiq.errors.DramatiqError:
        if saved is not None:
            # The dead letter stays where it is, so the job stays failed as well.
            for name, value in saved.items():
                setattr(job, name, value)
            db.session.commit()
        raise
    if job is not None:
        job.enqueued_at = utcnow()
        db.session.commit()


#: The job columns a requeue resets, and restores if the publish fails.
_RESET_COLUMNS = {
    "status": JobStatus.QUEUED,
    "step": None,
    "error": None,
    "error_traceback": None,
    "dead_lettered_at": None,
    "next_attempt_at": None,
    "finished_at": None,
    "duration_ms": None,
    "attempts": 0,
}


def _reset_job(job: Job) -> dict:
    saved = {name: getattr(job, name) for name in _RESET_COLUMNS}
    for name, value in _RESET_COLUMNS.items():
        setattr(job, name, value)
    # The requeued message keeps its id, so it is still the one that may run the job.
    db.session.commit()
    return saved
