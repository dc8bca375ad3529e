"""Map generation: load the job, generate, then save the map and finish the job in one commit."""

import logging

import dramatiq
from flask import current_app
from sqlalchemy.exc import IntegrityError

from generation import TransientGenerationError
from generation import generate_map as generate_story_map
from tasks.broker import job_actor
from webapp.extensions import db
from webapp.jobs.cancel import stop_if_cancelled, stops_when_cancelled
from webapp.jobs.lifecycle import finish_job, record_step, start_job
from webapp.maps.services import save_story_map

logger = logging.getLogger(__name__)


def map_steps(job) -> list[str]:
    """The steps the job page counts through ("step 2 of 3") until the document is read.

    An LLM map of a long document has more: a step per part, covering, reviewing; the
    generator tells them as it starts each.
    """
    return ["enhancing", "generating", "saving"] if job.enhance else ["generating", "saving"]


#: A provider's Retry-After longer than this is not waited out; the backoff applies.
MAX_RETRY_AFTER_MS = 10 * 60 * 1000


@job_actor(queue_name="maps")
@stops_when_cancelled
def generate_map(job_id: int) -> None:
    """Generate the map for job ``job_id``; a second delivery of a finished job does nothing.

    A cancel stops it at its next step, or before the map is saved.
    """
    job = start_job(job_id, total=lambda job: len(map_steps(job)))
    if job is None:
        return

    try:
        result = generate_story_map(
            job.requirements,
            enhance=job.enhance,
            on_step=lambda step, number, total: record_step(job, step, number, total),
            providers=current_app.config["LLM_PROVIDERS"],
            cache=current_app.extensions["generation_cache"],
        )
    except TransientGenerationError as error:
        if error.retry_after is None or error.retry_after * 1000 > MAX_RETRY_AFTER_MS:
            raise
        # The provider said when to come back (Retry-After): retry then, not on the backoff.
        raise dramatiq.Retry(str(error), delay=int(error.retry_after * 1000)) from error

    record_step(job, "saving", job.progress_total)
    stop_if_cancelled(job, lock=True)  # held until the commit: a cancel now waits for it
    save_story_map(job, result)
    finish_job(job)
    try:
        db.session.commit()
    except IntegrityError:
        # Another delivery of this message saved the map first; keep that one.
        db.session.rollback()
        logger.info("Job %s was already saved by another delivery.", job_id)
