"""Regenerating a part of a map: a story, a task or an activity, rewritten from its sources.

A job is recorded for the part (``enqueue_regenerate_job``); the worker reads the part's
stories that came from the requirements and nobody changed by hand (``plan_regeneration``),
generates stories again from their source sentences, and ``replace_stories`` swaps them in
through one :class:`Recorder`, so the whole result is one change that "Undo" reverts.
Stories written or edited by hand, and suggestions (no sentence to rewrite them from), stay
where they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from generation import GeneratedMap, GenerationError
from generation.schemas import StoryDraft
from webapp.extensions import db
from webapp.jobs.kinds import REGENERATE_PRIORITY
from webapp.jobs.publishing import publish_job
from webapp.maps.editing import Recorder, renumber
from webapp.models import (
    Activity,
    Job,
    JobKind,
    JobStatus,
    MapChange,
    Project,
    Release,
    Story,
    Task,
    User,
    release_tier,
)

PARTS = {"story": Story, "task": Task, "activity": Activity}
NOTHING_BY_HAND = "Nothing to regenerate from: these stories were written or changed by hand."
NOTHING_STATED = (
    "Nothing to regenerate from: none of these stories came from a sentence of the requirements."
)


def enqueue_regenerate_job(user: User, project: Project, part) -> Job:
    """Record a job regenerating ``part`` (a story, task or activity) of ``project``, publish it.

    While one is still waiting or running for the same part, that job is the answer: a
    double click makes one job, not two rewriting the same stories.
    """
    kind = _name(part)
    waiting = db.session.scalars(
        sa.select(Job).where(
            Job.kind == JobKind.REGENERATE,
            Job.source_project_id == project.id,
            Job.status.in_([JobStatus.QUEUED, JobStatus.RUNNING]),
        )
    ).all()
    for job in waiting:
        if (job.options or {}).get("part") == kind and job.options.get("id") == part.id:
            return job
    job = Job(
        user_id=user.id,
        kind=JobKind.REGENERATE,
        source_project_id=project.id,
        options={"part": kind, "id": part.id, "title": part.title},
        priority=REGENERATE_PRIORITY,
    )
    db.session.add(job)
    publish_job(job)
    return job


def owned_story_count(part: str, part_id: int, user: User) -> int:
    """How many stories the user's task or activity (``part``) has; 0 when it is not theirs."""
    query = (
        sa.select(sa.func.count(Story.id))
        .join(Task, Story.task_id == Task.id)
        .join(Activity, Task.activity_id == Activity.id)
        .join(Project, Activity.project_id == Project.id)
        .where(Project.user_id == user.id)
    )
    if part == "task":
        return db.session.scalar(query.where(Task.id == part_id))
    return db.session.scalar(query.where(Activity.id == part_id))


def regenerated_part(job: Job) -> Story | Task | Activity:
    """The story, task or activity the job rewrites; a GenerationError if it is gone."""
    options = job.options or {}
    model = PARTS.get(options.get("part"))
    part = db.session.get(model, options.get("id")) if model is not None else None
    if part is None or _project_id(part) != job.source_project_id:
        name = options.get("part", "part")
        raise GenerationError(
            f"This {name} was deleted from the map: there is nothing to regenerate."
        )
    return part


@dataclass
class TaskPlan:
    """One task's share of a regeneration: the stories to rewrite and the text they came from."""

    task_id: int
    story_ids: list[int]
    text: str
    #: For a single story: the release the new stories go to (its own), not their priority's.
    release_id: int | None = None


@dataclass
class Plan:
    tasks: list[TaskPlan]
    kept_by_hand: int = 0
    kept_written: int = 0
    kept_suggested: int = 0
    generated: dict[int, list[StoryDraft]] = field(default_factory=dict)


def plan_regeneration(part: Story | Task | Activity) -> Plan:
    """Which stories of ``part`` are rewritten, from which sentences; raises if none can be."""
    if isinstance(part, Story):
        groups = [(part.task, [part])]
    elif isinstance(part, Task):
        groups = [(part, list(part.stories))]
    else:
        groups = [(task, list(task.stories)) for task in part.tasks]
    plan = Plan(tasks=[])
    for task, stories in groups:
        chosen = [story for story in stories if _regenerable(story)]
        plan.kept_by_hand += sum(
            story.edited_by_hand and not story.written_by_hand for story in stories
        )
        plan.kept_written += sum(story.written_by_hand for story in stories)
        plan.kept_suggested += sum(not story.sources and not _by_hand(story) for story in stories)
        if chosen:
            plan.tasks.append(
                TaskPlan(
                    task_id=task.id,
                    story_ids=[story.id for story in chosen],
                    text=source_text(chosen),
                    release_id=part.release_id if isinstance(part, Story) else None,
                )
            )
    if not plan.tasks:
        stories = [story for _, group in groups for story in group]
        if not stories:
            raise GenerationError(f"Nothing to regenerate: this {_name(part)} has no stories.")
        if all(_by_hand(story) for story in stories):
            raise GenerationError(NOTHING_BY_HAND)
        raise GenerationError(NOTHING_STATED)
    return plan


def source_text(stories: list[Story]) -> str:
    """The stories' source sentences, in order, one per line, each once."""
    sentences = [sentence for story in stories for sentence in story.sources or []]
    return "\n".join(dict.fromkeys(sentence.strip() for sentence in sentences if sentence.strip()))


def stated_stories(generated: GeneratedMap) -> list[StoryDraft]:
    """The generated stories that restate the text; suggestions from common journeys are dropped."""
    stories = [
        story
        for activity in generated.draft.activities
        for task in activity.tasks
        for story in task.stories
        if not story.suggested
    ]
    if not stories:
        raise GenerationError(
            "The generator made no story from these requirement sentences; the map is unchanged."
        )
    return stories


def replace_stories(job: Job, part: Story | Task | Activity, plan: Plan) -> MapChange | None:
    """Swap the planned stories for the generated ones, as one change; the caller commits.

    The stories are read again: one edited by hand while the job ran is kept too.
    """
    project = db.session.get(Project, job.source_project_id)
    label = f'Regenerated {_name(part)} "{part.title}"'
    recorder = Recorder(project, job.user, label, kind="regenerate")
    for task_plan in plan.tasks:
        task = db.session.get(Task, task_plan.task_id)
        if task is None:
            continue
        wanted = set(task_plan.story_ids)
        old = [story for story in task.stories if story.id in wanted and _regenerable(story)]
        if not old:
            continue
        place = task.stories.index(old[0])
        release = db.session.get(Release, task_plan.release_id) if task_plan.release_id else None
        for story in old:
            recorder.deleted(story)
            task.stories.remove(story)
        kept = list(task.stories)
        place = min(place, len(kept))
        new = []
        for draft in plan.generated[task.id]:
            # Into the task (and so the session) at once: a flush must not find it only
            # in its release's list.
            story = _story_from(draft, release or _release_for(project, draft.priority))
            story.position = len(task.stories)
            task.stories.append(story)
            recorder.created(story)
            new.append(story)
        renumber(kept[:place] + new + kept[place:], recorder)
        task.stories.sort(key=lambda story: story.position)
    return recorder.save()


def regeneration_note(plan: Plan) -> str:
    """What the job did, for its page: how many stories came back and how many were kept."""
    written = sum(len(drafts) for drafts in plan.generated.values())
    replaced = sum(len(task_plan.story_ids) for task_plan in plan.tasks)
    lines = [
        f"Replaced {_count(replaced, 'story', 'stories')} with {written} written again "
        "from their requirement sentences."
    ]
    if plan.kept_by_hand and plan.kept_written:
        kept = plan.kept_by_hand + plan.kept_written
        lines.append(f"Kept {_count(kept, 'story', 'stories')} written or edited by hand.")
    elif plan.kept_by_hand:
        lines.append(f"Kept {_count(plan.kept_by_hand, 'story', 'stories')} edited by hand.")
    elif plan.kept_written:
        lines.append(f"Kept {_count(plan.kept_written, 'story', 'stories')} written by hand.")
    if plan.kept_suggested:
        lines.append(
            f"Kept {_count(plan.kept_suggested, 'suggested story', 'suggested stories')}: "
            "no requirement sentence to rewrite them from."
        )
    return " ".join(lines)


def _by_hand(story: Story) -> bool:
    return story.written_by_hand or story.edited_by_hand


def _regenerable(story: Story) -> bool:
    return not _by_hand(story) and bool(story.sources)


def _story_from(draft: StoryDraft, release: Release) -> Story:
    return Story(
        title=draft.title[:300],
        description=draft.description,
        acceptance_criteria=list(draft.acceptance_criteria),
        priority=release_tier(release.position),
        sources=list(draft.sources),
        suggested=False,
        written_by_hand=False,
        edited_by_hand=False,
        release=release,
    )


def _release_for(project: Project, priority: str) -> Release:
    """The map's release for a story's priority: first MVP, second Release 1, else the third."""
    releases = project.releases
    for release in releases:
        if release_tier(release.position) == priority:
            return release
    return releases[-1]


def _project_id(part) -> int:
    if isinstance(part, Story):
        return part.task.activity.project_id
    if isinstance(part, Task):
        return part.activity.project_id
    return part.project_id


def _name(part) -> str:
    return next(name for name, model in PARTS.items() if isinstance(part, model))


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"
