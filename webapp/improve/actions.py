"""AI on chosen stories: the job that runs an action story by story, and a person's answer
to what it proposed for a story they changed by hand.

The job's options hold ``action``, ``story_ids`` and ``results`` (one per story done, see
``improvement_results``). Each story is read fresh, asked about (``run_story_action``: one
LLM request, or offline), then changed as one MapChange, and its result noted in the same
commit, so a redelivered message goes on from the next story.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import current_app

from generation import GenerationError
from generation.llm import ProviderChain
from generation.story_actions import ACTIONS, OFFLINE, ActionResult, StoryInput, run_story_action
from webapp.extensions import db
from webapp.improve.changes import (
    add_stories_after,
    by_hand,
    rewrite_story,
    split_story,
    story_words,
)
from webapp.improve.services import (
    DELETED_MEANWHILE,
    improvement_results,
    kept_proposal,
    note_result,
    replace_result,
    result_status,
)
from webapp.jobs.kinds import BULK_PRIORITY
from webapp.jobs.publishing import publish_job
from webapp.maps.editing import Conflict, EditError
from webapp.maps.exports import project_to_draft
from webapp.models import Activity, Job, JobKind, JobStatus, Project, Story, Task, User

#: At most this many stories in one job: each may be a request of up to a minute.
MAX_CHOSEN = 30


def action_of(job: Job) -> str | None:
    """The job's action on chosen stories; None for the map's "Improve stories"."""
    return (job.options or {}).get("action")


def enqueue_story_action_job(user: User, project: Project, action: str, story_ids: list[int]):
    """Record a job doing ``action`` to the chosen stories, commit it, then publish its id.

    The same request while its job still waits (a double click) is answered with that job.
    """
    waiting = db.session.scalars(
        sa.select(Job).where(
            Job.kind == JobKind.IMPROVE,
            Job.source_project_id == project.id,
            Job.status.in_([JobStatus.QUEUED, JobStatus.RUNNING]),
        )
    ).all()
    for job in waiting:
        options = job.options or {}
        if options.get("action") == action and options.get("story_ids") == story_ids:
            return job
    job = Job(
        user_id=user.id,
        kind=JobKind.IMPROVE,
        source_project_id=project.id,
        options={"action": action, "story_ids": story_ids, "results": []},
        priority=BULK_PRIORITY,
    )
    db.session.add(job)
    publish_job(job)
    return job


def job_title(job: Job) -> str:
    """What a story improvement job does: "Rewrite acceptance criteria of 3 stories"."""
    action = ACTIONS.get(action_of(job) or "")
    if action is None:
        return "Improve the stories"
    return action.job_title(len(job.options.get("story_ids", [])))


def provider_chain() -> ProviderChain | None:
    """The configured providers in their order, or None when there are none (offline)."""
    providers = current_app.config["LLM_PROVIDERS"]
    if not providers:
        return None
    return ProviderChain(list(providers), current_app.extensions["generation_cache"])


# The work, story by story ------------------------------------------------------------------


def story_input(story: Story, findings: list[tuple[str, str]] | None = None) -> StoryInput:
    """What an action needs to know about a story and where it sits."""
    task = story.task
    project = task.activity.project
    return StoryInput(
        product_name=project.product_name,
        activity=task.activity.title,
        task=task.title,
        title=story.title,
        description=story.description,
        acceptance_criteria=list(story.acceptance_criteria or []),
        sources=list(story.sources or []),
        requirements=project.requirements or "",
        findings=findings,
    )


def map_story(job: Job, story_id: int) -> Story | None:
    """The story, read afresh, if it is still on the job's map."""
    return db.session.scalar(
        sa.select(Story)
        .join(Task, Story.task_id == Task.id)
        .join(Activity, Task.activity_id == Activity.id)
        .where(Story.id == story_id, Activity.project_id == job.source_project_id)
        .execution_options(populate_existing=True)
    )


def story_findings_on_map(project: Project) -> dict[int, list[tuple[str, str]]]:
    """The quality report's (rule, message) findings for each story of the map, by id."""
    from generation.quality import lint_story_map

    report = lint_story_map(project_to_draft(project), project.requirements)
    paths = {
        (a, t, s): story.id
        for a, activity in enumerate(project.activities)
        for t, task in enumerate(activity.tasks)
        for s, story in enumerate(task.stories)
    }
    findings: dict[int, list[tuple[str, str]]] = {}
    for finding in report.findings:
        if finding.story is not None:
            findings.setdefault(paths[finding.story], []).append((finding.rule, finding.message))
    return findings


def propose(job: Job, story: StoryInput, chain: ProviderChain | None) -> ActionResult:
    """Ask for the job's action on ``story`` (offline when ``chain`` is None).

    Raises GenerationError (noted by the caller as the story's failure) and
    TransientGenerationError (the job is retried).
    """
    return run_story_action(action_of(job), story, chain)


def apply_result(job: Job, story_id: int, result: ActionResult) -> None:
    """Make the proposed change to the story, read afresh, and note the outcome; the caller
    commits both together. A story deleted meanwhile is skipped; one changed by hand keeps
    its words, the proposal waiting on the job page."""
    story = map_story(job, story_id)
    outcome = {
        "story_id": story_id,
        "title": story.title if story else "",
        "by": result.generator,
        "changes": list(result.changes),
        "notes": list(result.notes),
    }
    if story is None:
        outcome.update(status="skipped", note=DELETED_MEANWHILE, changes=[])
    elif result.invest:
        outcome.update(status="checked", invest=[check.as_dict() for check in result.invest])
    elif result.unchanged:
        outcome.update(status="unchanged", note=result.unchanged)
    else:
        outcome.update(_changed(job, story, result))
    note_result(job, outcome)


def _changed(job: Job, story: Story, result: ActionResult) -> dict:
    """Change the story as ``result`` proposes (one MapChange); what the outcome says."""
    action = action_of(job)
    drafts = [each.as_dict() for each in result.stories]
    if action == "edge-cases":
        # The story itself stays as it is, even one changed by hand: the new ones go after it.
        count = len(drafts)
        summary = f"Added {count} edge-case {_stories(count)} after “{story.title}”"
        added, _ = add_stories_after(story, job.user, summary, drafts)
        return {"status": "changed", "added": [_added(row) for row in added]}
    proposal = {"stories": drafts} if action == "split" else result.update.as_dict()
    if by_hand(story):
        return kept_proposal(story, proposal)
    try:
        added = _apply_proposal(action, story, job.user, proposal, version=story.version)
    except Conflict:  # a person saved it this very moment: theirs stays, the proposal waits
        story = map_story(job, story.id)
        if story is None:
            return {"status": "skipped", "note": DELETED_MEANWHILE, "changes": []}
        return kept_proposal(story, proposal)
    return {"status": "changed", "added": [_added(row) for row in added]}


def _apply_proposal(action: str, story: Story, user, proposal: dict, *, version) -> list[Story]:
    """Make a proposal's change as one MapChange: the new stories it added (a split's)."""
    title = story.title
    if action == "split":
        count = len(proposal["stories"])
        summary = f"Split “{title}” into {count} stories"
        added, _ = split_story(story, user, summary, proposal["stories"], version=version)
        return added
    summaries = {
        "add-detail": f"Added detail to “{title}”",
        "rewrite-criteria": f"Rewrote the acceptance criteria of “{title}”",
    }
    summary = summaries.get(action or "", f"Improved “{title}”")
    words = {key: proposal[key] for key in ("title", "description", "acceptance_criteria")}
    rewrite_story(story, user, summary, words, version=version)
    return []


def _added(story: Story) -> dict:
    return {"id": story.id, "title": story.title}


def note_failure(job: Job, story_id: int, error: GenerationError) -> None:
    """Note that the story could not be done (an answer invalid even after a repair)."""
    story = map_story(job, story_id)
    note_result(
        job,
        {
            "story_id": story_id,
            "title": story.title if story else "",
            "status": "failed",
            "error": str(error),
            "changes": [],
        },
    )


def action_note(job: Job) -> str:
    """Sum an action job up for its page: what was done, kept, skipped, failed, and by whom."""
    action = ACTIONS[action_of(job)]
    results = improvement_results(job)
    statuses = [result_status(result) for result in results]
    total = len(results)
    parts = []
    if action.key == "check-invest":
        checked = [r for r in results if result_status(r) == "checked"]
        clean = sum(all(c["verdict"] == "pass" for c in r["invest"]) for r in checked)
        doubtful = len(checked) - clean
        parts.append(
            f"Checked {len(checked)} of {total} {_stories(total)} against INVEST: {clean} "
            f"{'passes' if clean == 1 else 'pass'} on every letter, {doubtful} "
            f"{'has' if doubtful == 1 else 'have'} doubts."
        )
    else:
        changed = statuses.count("changed")
        if changed:
            chosen = f" of the {total} chosen" if changed != total else ""
            parts.append(f"{action.done} {changed} {_stories(changed)}{chosen}.")
        else:
            parts.append(f"No story was changed ({total} chosen).")
    kept = sum(status in ("kept", "used", "declined") for status in statuses)
    if kept:
        parts.append(
            f"{kept} changed by hand kept {'its' if kept == 1 else 'their'} words; "
            "the proposal is below, for you to use or not."
        )
    if unchanged := statuses.count("unchanged"):
        parts.append(f"{unchanged} needed no change.")
    if skipped := statuses.count("skipped"):
        parts.append(f"{skipped} deleted meanwhile {'was' if skipped == 1 else 'were'} skipped.")
    if failed := statuses.count("failed"):
        parts.append(f"{failed} failed: see below.")
    makers = {result.get("by") for result in results if result.get("by")}
    if makers == {OFFLINE}:
        parts.append("Done offline: no AI provider is configured.")
    elif makers:
        parts.append(f"Answered by {', '.join(sorted(makers - {OFFLINE}))}.")
    return " ".join(parts)


def _stories(count: int) -> str:
    return "story" if count == 1 else "stories"


# A person's answer to a proposal ----------------------------------------------------------


class ProposalGone(EditError):
    """The proposal can no longer be used: already answered, or its story was deleted."""


def waiting_result(job: Job, story_id: int) -> dict | None:
    """The job's result for the story if it kept a proposal (answered or not), else None."""
    for result in improvement_results(job):
        if result["story_id"] == story_id and "proposal" in result:
            return result
    return None


def use_proposal(job: Job, story_id: int, user: User, version) -> dict:
    """Apply the kept proposal to the story as one change; the caller commits.

    ``version`` is the story's version the proposal was shown against: a story changed
    since is a :class:`Conflict` (the result is brought up to date with its words first,
    and committed, so the page can show them and a second press applies over them).
    """
    result = waiting_result(job, story_id)
    if result is None:
        raise ProposalGone("This story has no proposal waiting.")
    if result_status(result) != "kept":
        raise ProposalGone(_answered(result))
    story = map_story(job, story_id)
    if story is None:
        _gone(job, result)
    try:
        shown = int(version)
    except (TypeError, ValueError):
        shown = None
    try:
        added = _apply_proposal(action_of(job), story, user, result["proposal"], version=shown)
    except Conflict:
        # claim() rolled back; what the person sees next is the story as it is now.
        story = map_story(job, story_id)
        if story is None:
            _gone(job, result)
        replace_result(job, {**result, "mine": story_words(story), "version": story.version})
        db.session.commit()
        raise
    outcome = {**result, "status": "used", "added": [_added(row) for row in added]}
    replace_result(job, outcome)
    return outcome


def _gone(job: Job, result: dict):
    replace_result(job, {**result, "status": "skipped", "note": DELETED_MEANWHILE})
    db.session.commit()
    raise ProposalGone("The story was deleted from the map: there is nothing to change.")


def keep_mine(job: Job, story_id: int) -> dict:
    """Leave the story as the person wrote it; the proposal is marked declined."""
    result = waiting_result(job, story_id)
    if result is None:
        raise ProposalGone("This story has no proposal waiting.")
    if result_status(result) != "kept":
        raise ProposalGone(_answered(result))
    outcome = {**result, "status": "declined"}
    replace_result(job, outcome)
    return outcome


def _answered(result: dict) -> str:
    status = result_status(result)
    if status == "used":
        return "The proposal was used already."
    if status == "declined":
        return "You kept your words already."
    return "The story was deleted from the map: there is nothing to change."
