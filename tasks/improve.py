"""Story improvement: one message per map, each story saved as soon as it is improved."""

from generation import GenerationError
from tasks.broker import job_actor
from webapp.extensions import db
from webapp.improve.services import (
    improve_map_story,
    improvement_note,
    map_stories,
    stories_done,
)
from webapp.jobs.services import finish_job, start_job


@job_actor(queue_name="improvements")
def improve_stories(job_id: int) -> None:
    """Bring each story of the job's map up to the bar; a redelivery skips the stories done."""
    job = start_job(job_id, total=lambda job: len(map_stories(job.source_project_id)))
    if job is None:
        return
    if job.source_project_id is None:
        raise GenerationError("This story map was deleted, so there are no stories to improve.")
    stories = map_stories(job.source_project_id)
    done = stories_done(job)
    for index, story in enumerate(stories):
        job.progress_current = len(done)
        job.step = f"story {index + 1}"
        db.session.commit()
        if story.id in done:
            continue
        improve_map_story(job, stories, index)
        done.add(story.id)
        # The story and its note on the job in one commit: a redelivery never improves it twice.
        db.session.commit()

    job.note = improvement_note(job)
    finish_job(job)
    db.session.commit()
