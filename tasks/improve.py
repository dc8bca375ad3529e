"""Story improvement: one message per job, each story's change saved with its note on the job.

The map's "Improve stories" (no action in the job's options) brings every story up to the
bar offline; "AI on chosen stories" does one action to each chosen story, by an LLM when one
is configured. Either way a redelivered message skips the stories done.
"""

import logging

import dramatiq

from generation import GenerationError, TransientGenerationError
from generation.story_actions import ACTIONS
from tasks.broker import job_actor
from tasks.maps import MAX_RETRY_AFTER_MS
from webapp.extensions import db
from webapp.improve.actions import (
    action_note,
    action_of,
    apply_result,
    map_story,
    note_failure,
    propose,
    provider_chain,
    story_findings_on_map,
    story_input,
)
from webapp.improve.services import (
    DELETED_MEANWHILE,
    improve_map_story,
    improvement_note,
    improvement_results,
    map_stories,
    note_result,
    result_status,
    stories_done,
)
from webapp.jobs.cancel import stop_if_cancelled, stops_when_cancelled
from webapp.jobs.lifecycle import finish_job, start_job
from webapp.models import Project

logger = logging.getLogger(__name__)


def _story_count(job) -> int:
    """How many stories the job goes through: the chosen ones, or all the map's."""
    if action_of(job):
        return len(job.options["story_ids"])
    return len(map_stories(job.source_project_id))


@job_actor(queue_name="improvements")
@stops_when_cancelled
def improve_stories(job_id: int) -> None:
    """Improve the job's stories one by one; a redelivery skips the stories done.

    A cancel stops it before the next story; the stories changed so far keep their changes.
    """
    job = start_job(job_id, total=_story_count)
    if job is None:
        return
    if job.source_project_id is None:
        raise GenerationError("This story map was deleted, so there are no stories to improve.")
    if action_of(job):
        _act_on_chosen_stories(job)
    else:
        _improve_the_map(job)


def _improve_the_map(job) -> None:
    """Bring each story of the map up to the bar, one change per story improved."""
    story_ids = [story.id for story in map_stories(job.source_project_id)]
    done = stories_done(job)
    for index, story_id in enumerate(story_ids):
        stop_if_cancelled(job)
        job.progress_current = len(done)
        job.step = f"story {index + 1}"
        db.session.commit()
        if story_id in done:
            continue
        # Read afresh: a person may have edited, moved or deleted stories meanwhile.
        stories = map_stories(job.source_project_id)
        now = next((i for i, story in enumerate(stories) if story.id == story_id), None)
        if now is None:
            note_result(job, _skipped(story_id))
        else:
            improve_map_story(job, stories, now)
        done.add(story_id)
        # The story and its note on the job in one commit: a redelivery never improves it twice.
        db.session.commit()

    stop_if_cancelled(job, lock=True)  # held until the commit: a cancel now waits for it
    job.note = improvement_note(job)
    finish_job(job)
    db.session.commit()


def _act_on_chosen_stories(job) -> None:
    """Do the job's action to each chosen story: one request (or offline check) each."""
    action = ACTIONS.get(action_of(job))
    if action is None:
        raise GenerationError(f'"{action_of(job)}" is not an action on stories.')
    chain = provider_chain()
    if chain is None and not action.offline:
        raise GenerationError(
            f"{action.label} needs an AI provider, and none is configured for the workers."
        )
    findings = None
    if chain is None and action.key == "check-invest":
        # The quality report on the whole map, once: INVEST changes nothing.
        findings = story_findings_on_map(db.session.get(Project, job.source_project_id))
    story_ids = job.options["story_ids"]
    done = stories_done(job)
    for index, story_id in enumerate(story_ids):
        stop_if_cancelled(job)
        job.progress_current = len(done)
        job.step = f"story {index + 1}"
        db.session.commit()
        if story_id in done:
            continue
        story = map_story(job, story_id)
        if story is None:
            note_result(job, _skipped(story_id))
        else:
            asked = story_input(story, (findings or {}).get(story_id, []))
            db.session.commit()  # no transaction held open while a provider thinks
            try:
                result = propose(job, asked, chain)
            except TransientGenerationError as error:
                # Every provider is down for now: retry later; the stories done stay done.
                if error.retry_after is None or error.retry_after * 1000 > MAX_RETRY_AFTER_MS:
                    raise
                raise dramatiq.Retry(str(error), delay=int(error.retry_after * 1000)) from error
            except GenerationError as error:
                # One story's bad answer must not stop the others.
                logger.warning("Story %s of job %s failed: %s", story_id, job.id, error)
                db.session.rollback()
                note_failure(job, story_id, error)
            else:
                apply_result(job, story_id, result)
        done.add(story_id)
        # The story's change and its note on the job in one commit.
        db.session.commit()

    stop_if_cancelled(job, lock=True)  # held until the commit: a cancel now waits for it
    results = improvement_results(job)
    failed = [result for result in results if result_status(result) == "failed"]
    if failed and len(failed) == len(results):
        raise GenerationError(f"No story could be done: {failed[0]['error']}")
    job.note = action_note(job)
    finish_job(job)
    db.session.commit()


def _skipped(story_id: int) -> dict:
    return {
        "story_id": story_id,
        "title": "",
        "status": "skipped",
        "note": DELETED_MEANWHILE,
        "changes": [],
        "unresolved": [],
    }
