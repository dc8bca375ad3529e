"""Story improvement jobs: recorded for a map, then run story by story by a worker."""

from __future__ import annotations

import sqlalchemy as sa

from generation.improve import improve_story
from generation.schemas import StoryDraft
from webapp.extensions import db
from webapp.jobs.services import BULK_PRIORITY, publish_job
from webapp.models import Activity, Job, JobKind, Project, Story, Task, User


def enqueue_improve_job(user: User, project: Project) -> Job:
    """Record a job improving every story of ``project``, commit it, then publish its id.

    While one is still queued or running for the map, that job is the answer: two jobs
    editing the same stories at once would only get in each other's way.
    """
    waiting = latest_improve_job(project)
    if waiting is not None and not waiting.is_finished:
        return waiting
    job = Job(
        user_id=user.id,
        kind=JobKind.IMPROVE,
        source_project_id=project.id,
        options={"results": []},
        priority=BULK_PRIORITY,
    )
    db.session.add(job)
    publish_job(job)
    return job


def latest_improve_job(project: Project) -> Job | None:
    """The map's most recent story improvement, if it ever had one."""
    return db.session.scalar(
        sa.select(Job)
        .where(Job.kind == JobKind.IMPROVE, Job.source_project_id == project.id)
        .order_by(Job.id.desc())
        .limit(1)
    )


def map_stories(project_id: int) -> list[Story]:
    """The map's stories in reading order: activity by activity, task by task."""
    return list(
        db.session.scalars(
            sa.select(Story)
            .join(Task, Story.task_id == Task.id)
            .join(Activity, Task.activity_id == Activity.id)
            .where(Activity.project_id == project_id)
            .order_by(Activity.position, Task.position, Story.position, Story.id)
        )
    )


def improvement_results(job: Job) -> list[dict]:
    """One entry per story the job has looked at: its id, title, changes and what is left."""
    return list((job.options or {}).get("results", []))


def stories_done(job: Job) -> set[int]:
    """Ids of the stories the job has already looked at; a redelivered message skips them."""
    return {result["story_id"] for result in improvement_results(job)}


def improve_map_story(job: Job, stories: list[Story], index: int) -> None:
    """Improve ``stories[index]`` in place and note the outcome on the job; the caller commits.

    The titles of the other stories, as they are now, decide whether its title repeats one.
    """
    story = stories[index]
    result = improve_story(
        StoryDraft.model_construct(
            title=story.title,
            description=story.description,
            priority=story.priority,
            acceptance_criteria=list(story.acceptance_criteria or []),
            sources=list(story.sources or []),
        ),
        titles_before=[other.title for other in stories[:index]],
        titles_after=[other.title for other in stories[index + 1 :]],
    )
    if result.changes:
        story.title = result.story.title
        story.description = result.story.description
        story.acceptance_criteria = list(result.story.acceptance_criteria)
    outcome = {
        "story_id": story.id,
        "title": story.title,
        "changes": result.changes,
        "unresolved": result.unresolved,
    }
    # A new dict, so that SQLAlchemy sees the JSON column change.
    job.options = {**(job.options or {}), "results": [*improvement_results(job), outcome]}


def improvement_note(job: Job) -> str:
    """Sum the job up: "Improved 7 of 12 stories; 5 already met the bar."."""
    results = improvement_results(job)
    improved = sum(bool(result["changes"]) for result in results)
    fine = sum(not result["changes"] and not result["unresolved"] for result in results)
    left = sum(bool(result["unresolved"]) for result in results)
    if improved == 0 and left == 0:
        return f"All {len(results)} stories already met the bar; nothing was changed."
    note = f"Improved {improved} of {len(results)} stories; {fine} already met the bar."
    if left:
        needs = "needs" if left == 1 else "need"
        note += f" {left} still {needs} a person's touch: see the quality report on the map."
    return note
