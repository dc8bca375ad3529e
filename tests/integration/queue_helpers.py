"""Jobs and queue counts for the queue-operation tests on the real RabbitMQ and PostgreSQL."""

import time
from collections.abc import Callable

import pika
import pytest
import sqlalchemy as sa

from tests.integration.conftest import rabbitmq_channel
from webapp.extensions import db
from webapp.jobs.publishing import publish_job
from webapp.models import Job, User


def owner(app) -> int:
    """The id of the user who owns the test jobs, created on first use."""
    with app.app_context():
        user_id = db.session.scalar(sa.select(User.id).where(User.email == "ops@example.com"))
        if user_id is None:
            user = User(email="ops@example.com")
            user.set_password("correct horse")
            db.session.add(user)
            db.session.commit()
            user_id = user.id
        return user_id


def submit(
    app, requirements: str, *, priority: int = 8, count: int = 1, publish: bool = True
) -> list[int]:
    """Record ``count`` map jobs and publish their messages, as the map form does."""
    user_id = owner(app)
    ids = []
    with app.app_context():
        for _ in range(count):
            job = Job(user_id=user_id, kind="map", requirements=requirements, priority=priority)
            db.session.add(job)
            db.session.commit()
            if publish:
                assert publish_job(job), "RabbitMQ refused the message"
            ids.append(job.id)
    return ids


def job(app, job_id: int) -> Job:
    with app.app_context():
        found = db.session.get(Job, job_id)
        db.session.expunge(found)
        return found


def jobs(app, job_ids) -> list[Job]:
    return [job(app, job_id) for job_id in job_ids]


def messages(queue: str) -> int:
    """Messages ready on ``queue`` (0 when nothing declared it yet)."""
    connection, channel = rabbitmq_channel()
    try:
        return channel.queue_declare(queue, passive=True).method.message_count
    except pika.exceptions.ChannelClosedByBroker:
        return 0
    finally:
        if connection.is_open:
            connection.close()


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting until {what}")
        time.sleep(0.1)


def all_finished(app, job_ids) -> bool:
    return all(found.is_finished for found in jobs(app, job_ids))
