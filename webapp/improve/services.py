"""Story improvement jobs: recorded for a map, then run story by story by a worker.

Two kinds share the job kind and queue: the map's "Improve stories" button (no ``action``
in the options: every story, offline) and "AI on chosen stories" (``webapp.improve.actions``).
Each story's change is one MapChange; a story written or edited by hand is not changed: what
the job would do is kept in its results for the person to use or not.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import current_app

from generation.improve import improve_story
from generation.schemas import StoryDraft
from webapp.extensions import db
from webapp.improve.changes import by_hand, rewrite_story, story_words
from webapp.jobs.kinds import BULK_PRIORITY
from webapp.jobs.publishing import publish_job
from webapp.maps.editing import Conflict
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
    """The map's most recent whole-map improvement, if it ever had one."""
    return db.session.scalar(
        sa.select(Job)
        .where(
            Job.kind == JobKind.IMPROVE,
            Job.source_project_id == project.id,
            # An action on chosen stories is no improvement of the whole map.
            Job.options["action"].as_string().is_(None),
        )
        .order_by(Job.id.desc())
        .limit(1)
    )


def owned_story_count(project_id: int, user: User) -> int:
    """How many stories the user's map has; 0 when the map is not theirs."""
    return db.session.scalar(
        sa.select(sa.func.count(Story.id))
        .join(Task, Story.task_id == Task.id)
        .join(Activity, Task.activity_id == Activity.id)
        .join(Project, Activity.project_id == Project.id)
        .where(Project.id == project_id, Project.user_id == user.id)
    )


def too_many_to_improve(project: Project, user: User) -> str | None:
    """Why "Improve stories" refuses this map (more than IMPROVE_MAX_STORIES), or None.

    One job holds a worker for as long as its stories take: a map over the cap is refused
    whole, not improved in part, so the user knows nothing was left undone.
    """
    limit = current_app.config["IMPROVE_MAX_STORIES"]
    count = owned_story_count(project.id, user)
    if count <= limit:
        return None
    return (
        f"This map has {count:,} stories; “Improve stories” works on at most {limit:,} at "
        "a time. Tick the stories to work on and use “AI on chosen stories” instead."
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
    """One entry per story the job has looked at: its id, title, status and what changed.

    ``status`` is "changed", "unchanged", "kept" (written or edited by hand: the proposal
    waits for the person), "used" or "declined" (their answer), "skipped" (deleted
    meanwhile), "failed" or "checked" (INVEST). Jobs from before it was kept have none.
    """
    return list((job.options or {}).get("results", []))


def result_status(result: dict) -> str:
    """A result's status; an older result without one changed the story if it says so."""
    return result.get("status") or ("changed" if result.get("changes") else "unchanged")


def note_result(job: Job, outcome: dict) -> None:
    """Add one story's outcome to the job's results; the caller commits."""
    # A new dict, so that SQLAlchemy sees the JSON column change.
    job.options = {**(job.options or {}), "results": [*improvement_results(job), outcome]}


def replace_result(job: Job, outcome: dict) -> None:
    """Put ``outcome`` in the place of the result for the same story; the caller commits."""
    results = [
        outcome if result["story_id"] == outcome["story_id"] else result
        for result in improvement_results(job)
    ]
    job.options = {**(job.options or {}), "results": results}


def stories_done(job: Job) -> set[int]:
    """Ids of the stories the job has already looked at; a redelivered message skips them."""
    return {result["story_id"] for result in improvement_results(job)}


def improve_map_story(job: Job, stories: list[Story], index: int) -> None:
    """Improve ``stories[index]`` as one change and note the outcome on the job.

    The titles of the other stories, as they are now, decide whether its title repeats one.
    A story written or edited by hand keeps its words: the improvement waits on the job
    page for the person. The caller commits.
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
    outcome = {
        "story_id": story.id,
        "title": story.title,
        "status": "changed" if result.changes else "unchanged",
        "changes": result.changes,
        "unresolved": result.unresolved,
    }
    if result.changes:
        proposal = {
            "title": result.story.title,
            "description": result.story.description,
            "acceptance_criteria": list(result.story.acceptance_criteria),
        }
        if by_hand(story):
            outcome.update(kept_proposal(story, proposal))
        else:
            try:
                rewrite_story(
                    story, job.user, f"Improved “{story.title}”", proposal, version=story.version
                )
            except Conflict:  # a person saved it this very moment: theirs stays
                story = db.session.get(Story, outcome["story_id"])
                if story is None:
                    outcome.update(status="skipped", note=DELETED_MEANWHILE, changes=[])
                else:
                    outcome.update(kept_proposal(story, proposal))
            else:
                outcome["title"] = story.title
    note_result(job, outcome)


DELETED_MEANWHILE = "The story was deleted from the map while the job ran; it was skipped."


def kept_proposal(story: Story, proposal: dict) -> dict:
    """What a result keeps for a story changed by hand: its words, the proposal, its version."""
    return {
        "status": "kept",
        "mine": story_words(story),
        "proposal": proposal,
        "version": story.version,
    }


def improvement_note(job: Job) -> str:
    """Sum the job up: "Improved 7 of 12 stories; 5 already met the bar."."""
    results = improvement_results(job)
    statuses = [result_status(result) for result in results]
    improved = statuses.count("changed")
    kept = sum(status in ("kept", "used", "declined") for status in statuses)
    skipped = statuses.count("skipped")
    fine = sum(
        status == "unchanged" and not result["unresolved"]
        for status, result in zip(statuses, results, strict=True)
    )
    left = sum(
        bool(result.get("unresolved")) and status in ("changed", "unchanged")
        for status, result in zip(statuses, results, strict=True)
    )
    if improved == 0 and left == 0 and kept == 0:
        note = f"All {len(results) - skipped} stories already met the bar; nothing was changed."
    else:
        note = f"Improved {improved} of {len(results)} stories; {fine} already met the bar."
    if kept:
        noun = "story" if kept == 1 else "stories"
        note += (
            f" {kept} {noun} changed by hand kept {'its' if kept == 1 else 'their'} words: "
            "the improvement is on the job page, for you to use or not."
        )
    if left:
        needs = "needs" if left == 1 else "need"
        note += f" {left} still {needs} a person's touch: see the quality report on the map."
    if skipped:
        note += f" {skipped} deleted meanwhile {'was' if skipped == 1 else 'were'} skipped."
    return note


def improvement_groups(job: Job) -> dict[str, list[dict]]:
    """The job's results by what became of each story, for its page."""
    groups: dict[str, list[dict]] = {
        name: [] for name in ("changed", "unchanged", "kept", "checked", "failed", "skipped")
    }
    for result in improvement_results(job):
        status = result_status(result)
        if status in ("used", "declined"):
            status = "kept"
        groups.setdefault(status, []).append(result)
    groups["left"] = [
        result for result in groups["changed"] + groups["unchanged"] if result.get("unresolved")
    ]
    return groups
