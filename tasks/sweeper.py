"""The worker's sweep: the outbox for jobs never published, and the reaper for lost jobs."""

from __future__ import annotations

import logging
import threading

from dramatiq.middleware import Middleware
from flask import Flask

logger = logging.getLogger(__name__)


class JobSweeper(Middleware):
    """Every ``JOB_SWEEP_SECONDS``, in each worker process, publish and requeue what needs it.

    A submission made while RabbitMQ was down is recorded with no message; this sends it
    within seconds of the broker's return. A running job whose worker vanished without
    RabbitMQ noticing is sent again. Several workers sweep at once without sending a job
    twice: each job is locked while it is handled (``SKIP LOCKED`` on PostgreSQL).
    """

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.interval = app.config["JOB_SWEEP_SECONDS"]
        self._stop = threading.Event()
        self._thread = None

    def after_worker_boot(self, broker, worker):
        if self.interval <= 0:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="job-sweeper", daemon=True)
        self._thread.start()

    def before_worker_shutdown(self, broker, worker):
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sweep()

    def sweep(self) -> None:
        """Run one sweep; a failure (the database or broker down) waits for the next one."""
        from webapp.extensions import db
        from webapp.jobs.lifecycle import requeue_abandoned_jobs
        from webapp.jobs.publishing import publish_stranded_jobs

        config = self.app.config
        with self.app.app_context():
            try:
                published = publish_stranded_jobs(config["JOB_PUBLISH_GRACE_SECONDS"])
                requeued = requeue_abandoned_jobs(config["JOB_STUCK_AFTER_SECONDS"])
            except Exception:
                logger.exception("The job sweep failed; trying again in %s s.", self.interval)
                db.session.rollback()
            else:
                if published or requeued:
                    logger.info("Sweep: published %d stranded, requeued %d.", published, requeued)
            finally:
                db.session.remove()
