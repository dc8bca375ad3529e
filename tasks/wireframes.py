"""Wireframe generation: one message per request, progress saved after every story."""

import logging

import sqlalchemy as sa
from flask import current_app

from generation import (
    GenerationError,
    TransientGenerationError,
    render_wireframe,
)
from tasks.broker import job_actor
from webapp.extensions import db
from webapp.jobs.cancel import stop_if_cancelled, stops_when_cancelled
from webapp.jobs.lifecycle import finish_job, start_job
from webapp.models import Story, Wireframe, WireframeStatus
from webapp.wireframes.services import story_context

logger = logging.getLogger(__name__)


@job_actor(queue_name="wireframes")
@stops_when_cancelled
def generate_wireframes(job_id: int) -> None:
    """Draw each chosen story's screen; a redelivered message skips the stories already done.

    A cancel stops it before the next story; the drawings saved so far stay.
    """
    job = start_job(job_id, total=lambda job: len(job.options["story_ids"]))
    if job is None:
        return
    style, platform = job.options["style"], job.options["platform"]
    stories = {
        story.id: story
        for story in db.session.scalars(
            sa.select(Story).where(Story.id.in_(job.options["story_ids"]))
        )
    }
    finished = {wireframe.story_id for wireframe in job.wireframes}
    for position, story_id in enumerate(job.options["story_ids"]):
        stop_if_cancelled(job)
        job.progress_current = len(finished)
        job.step = f"story {position + 1}"
        db.session.commit()
        if story_id in finished:
            continue
        wireframe = Wireframe(
            job_id=job.id, story_id=story_id, position=position, style=style, platform=platform
        )
        story = stories.get(story_id)
        try:
            if story is None:
                raise GenerationError("This story was deleted from the map.")
            result = render_wireframe(
                story_context(story),
                style=style,
                platform=platform,
                providers=current_app.config["LLM_PROVIDERS"],
                cache=current_app.extensions["generation_cache"],
            )
        except TransientGenerationError:
            # Every provider is down for now: retry the job later; finished stories stay saved.
            raise
        except Exception as error:  # one story's failure must not fail the others
            logger.exception("Wireframe for story %s of job %s failed.", story_id, job_id)
            wireframe.status = WireframeStatus.FAILED
            wireframe.error = (
                str(error)
                if isinstance(error, GenerationError)
                else ("The wireframe could not be drawn because of an internal error.")
            )
        else:
            wireframe.status = WireframeStatus.DONE
            wireframe.generator = result.generator
            wireframe.notes = "\n\n".join([result.wireframe.notes, *result.notes]).strip()
            for field in ("ascii", "layout", "ui_elements", "navigation"):
                setattr(wireframe, field, getattr(result.wireframe, field))
        db.session.add(wireframe)
        finished.add(story_id)
        # In the same commit, so the job row (whose updated_at the status poll's ETag
        # follows) changes with every drawing saved.
        job.progress_current = len(finished)
        db.session.commit()

    stop_if_cancelled(job, lock=True)  # held until the commit: a cancel now waits for it
    done = sum(w.status == WireframeStatus.DONE for w in job.wireframes)
    job.note = f"{done} of {len(job.options['story_ids'])} succeeded."
    finish_job(job)
    db.session.commit()
