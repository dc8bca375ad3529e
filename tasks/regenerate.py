"""Regenerating a part of a map: generate its stories again, then swap them in with one commit."""

import dramatiq
from flask import current_app

from generation import TransientGenerationError
from generation import generate_map as generate_story_map
from tasks.broker import job_actor
from tasks.maps import MAX_RETRY_AFTER_MS
from webapp.extensions import db
from webapp.jobs.cancel import stop_if_cancelled, stops_when_cancelled
from webapp.jobs.lifecycle import finish_job, record_step, start_job
from webapp.maps.regenerate import (
    plan_regeneration,
    regenerated_part,
    regeneration_note,
    replace_stories,
    stated_stories,
)


@job_actor(queue_name="regenerations")
@stops_when_cancelled
def regenerate_part(job_id: int) -> None:
    """Rewrite the job's story, task or activity from its sources; hand-made stories stay.

    Nothing is written before the last commit, which saves the new stories and finishes the
    job together: a redelivered message starts over, a finished job does nothing; a
    cancelled one stops at its next step, before anything is written.
    """
    job = start_job(job_id, total=lambda job: 1)
    if job is None:
        return
    plan = plan_regeneration(regenerated_part(job))
    job.progress_total = len(plan.tasks) + 1
    for number, task_plan in enumerate(plan.tasks, start=1):
        record_step(job, "regenerating", number)
        try:
            generated = generate_story_map(
                task_plan.text,
                providers=current_app.config["LLM_PROVIDERS"],
                cache=current_app.extensions["generation_cache"],
            )
        except TransientGenerationError as error:
            if error.retry_after is None or error.retry_after * 1000 > MAX_RETRY_AFTER_MS:
                raise
            raise dramatiq.Retry(str(error), delay=int(error.retry_after * 1000)) from error
        plan.generated[task_plan.task_id] = stated_stories(generated)

    record_step(job, "saving", len(plan.tasks) + 1)
    stop_if_cancelled(job, lock=True)  # held until the commit: a cancel now waits for it
    # Read again after the generation's commits: a story edited by hand meanwhile is kept.
    replace_stories(job, regenerated_part(job), plan)
    job.note = regeneration_note(plan)
    finish_job(job)
    db.session.commit()
