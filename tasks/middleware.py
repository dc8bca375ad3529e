"""Dramatiq middleware that connects messages to the Flask app and to job rows."""

from __future__ import annotations

import logging

import dramatiq
from dramatiq.middleware import Middleware
from flask import Flask

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
    """Record on the job row what happened to its message: retry scheduled or gave up."""

    def after_process_message(self, broker, message, *, result=None, exception=None):
        # Every actor in tasks/ takes the job id as its only argument.
        if exception is None or not message.args:
            return
        from webapp.jobs.services import record_job_failure, record_job_retry

        job_id = message.args[0]
        try:
            if message.failed:
                record_job_failure(job_id, _describe(exception))
            else:
                record_job_retry(job_id, _describe(exception))
        except Exception:
            # The database may be the thing that failed; the message outcome stands regardless.
            logger.exception("Could not record the outcome of job %s.", job_id)


def _describe(exception: BaseException) -> str:
    if isinstance(exception, dramatiq.middleware.TimeLimitExceeded):
        return "The generation took too long and was stopped."
    return str(exception) or type(exception).__name__
