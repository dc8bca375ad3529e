"""No-op actors for bench/queue.py: one with a map job's full bookkeeping, one bare.

Both bind to the global broker when this module is imported, so import it only after the
app has set that broker up. The worker does so by itself: ``dramatiq worker
bench.queue_actors`` imports the root ``worker.py`` (which creates the app and makes its
RabbitMQ broker, with the app-context and job-outcome middleware, the global one) before
it imports the modules it is given. The app rebinds only ``tasks.ACTORS`` to a broker it
makes later, which is why the import must come second.
"""

import dramatiq

from tasks.broker import job_actor
from webapp.extensions import db
from webapp.jobs.lifecycle import finish_job, record_step, start_job


@job_actor(queue_name="bench-jobs")
def noop_job(job_id: int) -> None:
    """Do what a map job does around its generation: start, record a step, finish, commit."""
    job = start_job(job_id, total=lambda job: 1)
    if job is None:
        return
    record_step(job, "generating", 1)
    finish_job(job)
    db.session.commit()


@dramatiq.actor(queue_name="bench-raw")
def noop(n: int) -> None:
    """Do nothing: the cost of a message through Dramatiq and RabbitMQ alone."""
