"""Dramatiq middleware that connects messages to the Flask app and to job rows."""

from __future__ import annotations

import logging
import traceback
from datetime import timedelta

import dramatiq
from dramatiq.middleware import Middleware
from flask import Flask

from webapp.models import utcnow

logger = logging.getLogger(__name__)


class AppContextMiddleware(Middleware):
    """Give each message its own app context, pushed before and popped after it runs."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self._contexts = {}

    def before_process_message(self, broker, message):
        context = self.app.app_context()
        context.push()
        self._contexts[message.message_id] = context

    def after_process_message(self, broker, message, *, result=None, exception=None):
        self._pop(message)

    def after_skip_message(self, broker, message):
        self._pop(message)

    def _pop(self, message):
        from webapp.extensions import db

        context = self._contexts.pop(message.message_id, None)
        if context is not None:
            db.session.remove()
            context.pop()


class JobOutcomeMiddleware(Middleware):
    """Record on the job row what happened to its message: retry scheduled, or gave up.

    It sits before ``Retries`` in the chain, so its after-hooks run after that
    middleware's: the message is already marked failed (on its way to the dead-letter
    queue, which RabbitMQ does only once the worker rejects it) or re-enqueued with a
    delay, which ``after_enqueue`` sees first.
    """

    def __init__(self) -> None:
        self._retry_delays = {}

    def after_enqueue(self, broker, message, delay):
        if delay and message.options.get("retries"):
            self._retry_delays[message.message_id] = delay

    def after_process_message(self, broker, message, *, result=None, exception=None):
        delay = self._retry_delays.pop(message.message_id, None)
        # Every actor in tasks/ takes the job id as its only argument.
        if exception is None or not message.args:
            return
        from webapp.jobs.lifecycle import record_job_failure, record_job_retry

        job_id = message.args[0]
        try:
            if message.failed:
                record_job_failure(
                    job_id,
                    _describe(exception),
                    traceback="".join(traceback.format_exception(exception, limit=30)),
                    dead_lettered=True,
                )
            else:
                next_attempt_at = utcnow() + timedelta(milliseconds=delay or 0)
                record_job_retry(job_id, _describe(exception), next_attempt_at=next_attempt_at)
        except Exception:
            # The database may be the thing that failed; the message outcome stands regardless.
            logger.exception("Could not record the outcome of job %s.", job_id)

    def after_skip_message(self, broker, message):
        # AgeLimit skips (and dead-letters) a message that waited longer than max_age.
        if not message.failed or not message.args:
            return
        from webapp.jobs.lifecycle import record_job_failure

        try:
            record_job_failure(
                message.args[0],
                "The job waited in the queue for over an hour and was not started.",
                dead_lettered=True,
            )
        except Exception:
            logger.exception("Could not record the expiry of job %s.", message.args[0])


def _describe(exception: BaseException) -> str:
    from tasks.broker import UnexpectedJobError

    if isinstance(exception, UnexpectedJobError):
        # The traceback is kept for the admin page; the user gets a plain sentence.
        return "The job stopped because of an internal error. The team has its details."
    if isinstance(exception, dramatiq.middleware.TimeLimitExceeded):
        return "The generation took too long and was stopped."
    if isinstance(exception, dramatiq.Retry) and exception.__cause__ is not None:
        return str(exception.__cause__)
    return str(exception) or type(exception).__name__
