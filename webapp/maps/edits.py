"""What a person can do to a map by hand: edit, move, add, rename and delete its parts.

Each function checks its input (raising :class:`EditError` with a message for the person),
claims the version the edit was made on (raising :class:`Conflict` for a stale one), makes
the change through a :class:`Recorder` and returns the change recorded; the caller commits.
Rows are found through their map's owner: another user's id is a 404, never a change.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import abort
from sqlalchemy.orm import joinedload

from webapp.extensions import db
from webapp.maps.editing import Conflict, EditError, Recorder, claim, renumber
from webapp.models import (
    Activity,
    MapChange,
    Project,
    Release,
    Story,
    Task,
    User,
    release_tier,
)

__all__ = ["Conflict", "EditError"]

MAX_CRITERIA = 20
MAX_CRITERION_LENGTH = 1000
TITLE_LIMITS = {Story: 300, Task: 200, Activity: 200, Release: 50, Project: 200}
NAMES = {Story: "story", Task: "task", Activity: "activity", Release: "release", Project: "map"}


# Finding a user's rows ------------------------------------------------------------------


def owned_story_or_404(story_id: int, user: User) -> Story:
    return _owned(
        sa.select(Story)
        .join(Task, Story.task_id == Task.id)
        .join(Activity, Task.activity_id == Activity.id)
        .join(Project, Activity.project_id == Project.id)
        .where(Story.id == story_id, Project.user_id == user.id)
        .options(joinedload(Story.task).joinedload(Task.activity).joinedload(Activity.project))
    )


def owned_task_or_404(task_id: int, user: User) -> Task:
    return _owned(
        sa.select(Task)
        .join(Activity, Task.activity_id == Activity.id)
        .join(Project, Activity.project_id == Project.id)
        .where(Task.id == task_id, Project.user_id == user.id)
        .options(joinedload(Task.activity).joinedload(Activity.project))
    )


def owned_activity_or_404(activity_id: int, user: User) -> Activity:
    return _owned(
        sa.select(Activity)
        .join(Project, Activity.project_id == Project.id)
        .where(Activity.id == activity_id, Project.user_id == user.id)
        .options(joinedload(Activity.project))
    )


def owned_release_or_404(release_id: int, user: User) -> Release:
    return _owned(
        sa.select(Release)
        .join(Project, Release.project_id == Project.id)
        .where(Release.id == release_id, Project.user_id == user.id)
        .options(joinedload(Release.project))
    )


def _owned(statement):
    row = db.session.scalars(statement).unique().first()
    if row is None:
        abort(404)
    return row


def project_of(row) -> Project:
    """The map a row belongs to."""
    if isinstance(row, Project):
        return row
    if isinstance(row, Story):
        return row.task.activity.project
    if isinstance(row, Task):
        return row.activity.project
    return row.project


# Checking input -------------------------------------------------------------------------


def clean_title(model, value: str | None) -> str:
    """The title as it will be saved; an empty or overlong one is an :class:`EditError`."""
    title = " ".join((value or "").split())
    name = NAMES[model]
    if not title:
        raise EditError(f"The {name} needs a {'name' if model is Release else 'title'}.")
    limit = TITLE_LIMITS[model]
    if len(title) > limit:
        raise EditError(f"The {name}'s title is {len(title):,} characters; at most {limit} fit.")
    return title


def clean_criteria(value: str | list[str] | None) -> list[str]:
    """Acceptance criteria, one per line, blank lines dropped; at most 20 of 1,000 characters."""
    lines = value if isinstance(value, list) else (value or "").splitlines()
    criteria = [" ".join(line.split()) for line in lines]
    criteria = [line for line in criteria if line]
    if len(criteria) > MAX_CRITERIA:
        raise EditError(
            f"{len(criteria)} acceptance criteria were sent; a story takes at most {MAX_CRITERIA}."
        )
    for number, line in enumerate(criteria, start=1):
        if len(line) > MAX_CRITERION_LENGTH:
            raise EditError(
                f"Criterion {number} is {len(line):,} characters long; "
                f"at most {MAX_CRITERION_LENGTH:,} fit."
            )
    return criteria


def _release_in(project: Project, release_id) -> Release:
    release = _in(project.releases, release_id)
    if release is None:
        raise EditError("Choose one of this map's releases.")
    return release


def _task_in(project: Project, task_id) -> Task:
    task = _in([task for activity in project.activities for task in activity.tasks], task_id)
    if task is None:
        raise EditError("Choose one of this map's tasks.")
    return task


def _in(rows, row_id):
    try:
        wanted = int(row_id)
    except (TypeError, ValueError):
        return None
    return next((row for row in rows if row.id == wanted), None)


def _position(value, count: int) -> int:
    """A position among ``count`` places; missing or past the end means the end."""
    try:
        position = int(value)
    except (TypeError, ValueError):
        return count
    return max(0, min(position, count))


# Stories --------------------------------------------------------------------------------


def edit_story(
    story: Story,
    user: User,
    *,
    version,
    title: str | None,
    description: str | None = None,
    criteria: str | list[str] | None = None,
    release_id=None,
) -> MapChange | None:
    """Change a story's words (and release); the story is then "edited by hand"."""
    project = project_of(story)
    new_title = clean_title(Story, title)
    new_description = " ".join((description or "").split()) or new_title
    new_criteria = clean_criteria(criteria)
    release = _release_in(project, release_id) if release_id not in (None, "") else None
    claim(story, _version(version))
    recorder = Recorder(project, user, f'Edited story "{new_title}"')
    recorder.touch(story)
    words_changed = (story.title, story.description, list(story.acceptance_criteria or [])) != (
        new_title,
        new_description,
        new_criteria,
    )
    story.title = new_title
    story.description = new_description
    story.acceptance_criteria = new_criteria
    if words_changed and not story.written_by_hand:
        story.edited_by_hand = True
    if release is not None and release.id != story.release_id:
        _move_story_rows(story, story.task, release, None, recorder)
    return recorder.save()


def move_story(
    story: Story, user: User, *, version, task_id=None, release_id=None, position=None
) -> MapChange | None:
    """Put the story in another cell (task and release) or at another place in its own."""
    project = project_of(story)
    task = _task_in(project, task_id) if task_id not in (None, "") else story.task
    release = _release_in(project, release_id) if release_id not in (None, "") else story.release
    claim(story, _version(version))
    recorder = Recorder(project, user, f'Moved story "{story.title}"')
    _move_story_rows(story, task, release, position, recorder)
    return recorder.save()


def _move_story_rows(story: Story, task: Task, release: Release, position, recorder) -> None:
    """Move the story to (task, release) at ``position`` among that cell's stories.

    Positions are kept per task: a cell's order is its stories' order within the task.
    """
    with db.session.no_autoflush:
        _place_story(story, task, release, position, recorder)


def _place_story(story: Story, task: Task, release: Release, position, recorder) -> None:
    recorder.touch(story)
    old_task = story.task
    cell = [s for s in task.stories if s.release_id == release.id and s is not story]
    place = _position(position, len(cell))
    if old_task is not task:
        old_task.stories.remove(story)
        renumber(old_task.stories, recorder)
    others = [s for s in task.stories if s is not story]
    # Insert before the cell's story now at ``place``, or after the cell's last one.
    if place < len(cell):
        index = others.index(cell[place])
    elif cell:
        index = others.index(cell[-1]) + 1
    else:
        index = len(others)
    ordered = others[:index] + [story] + others[index:]
    if story not in task.stories:
        task.stories.append(story)
    story.task = task
    story.release = release
    story.priority = release_tier(release.position)
    renumber(ordered, recorder)
    task.stories.sort(key=lambda s: s.position)


def add_story(
    task: Task,
    user: User,
    *,
    title: str | None,
    description: str | None = None,
    criteria: str | list[str] | None = None,
    release_id=None,
) -> tuple[Story, MapChange | None]:
    """Write a new story at the end of a cell; it has no source: a person wrote it."""
    project = project_of(task)
    new_title = clean_title(Story, title)
    release = _release_in(project, release_id)
    story = Story(
        title=new_title,
        description=" ".join((description or "").split()) or new_title,
        acceptance_criteria=clean_criteria(criteria),
        priority=release_tier(release.position),
        sources=[],
        written_by_hand=True,
        position=len(task.stories),
        release=release,
    )
    task.stories.append(story)
    recorder = Recorder(project, user, f'Added story "{new_title}"')
    recorder.created(story)
    return story, recorder.save()


# Tasks, activities, releases and the map ------------------------------------------------


def rename(row, user: User, *, version, title: str | None) -> MapChange | None:
    """Rename a task, activity, release (``name``) or the map (``product_name``)."""
    new_title = clean_title(type(row), title)
    claim(row, _version(version))
    recorder = Recorder(project_of(row), user, f'Renamed {NAMES[type(row)]} to "{new_title}"')
    recorder.touch(row)
    if isinstance(row, Release):
        row.name = new_title
    elif isinstance(row, Project):
        row.product_name = new_title
    else:
        row.title = new_title
    return recorder.save()


def add_task(activity: Activity, user: User, *, title: str | None) -> tuple[Task, MapChange]:
    task = Task(title=clean_title(Task, title), position=len(activity.tasks))
    activity.tasks.append(task)
    recorder = Recorder(activity.project, user, f'Added task "{task.title}"')
    recorder.created(task)
    return task, recorder.save()


def add_activity(
    project: Project, user: User, *, title: str | None, task_title: str | None = None
) -> tuple[Activity, MapChange]:
    """Add an activity at the end of the backbone, with its first task (named after it)."""
    activity = Activity(title=clean_title(Activity, title), position=len(project.activities))
    activity.tasks.append(Task(title=clean_title(Task, task_title or activity.title), position=0))
    project.activities.append(activity)
    recorder = Recorder(project, user, f'Added activity "{activity.title}"')
    recorder.created(activity)
    recorder.created(activity.tasks[0])
    return activity, recorder.save()


def add_release(project: Project, user: User, *, name: str | None) -> tuple[Release, MapChange]:
    """Add a release below the others ("Beta", "Q3")."""
    release = Release(name=clean_title(Release, name), position=len(project.releases))
    project.releases.append(release)
    recorder = Recorder(project, user, f'Added release "{release.name}"')
    recorder.created(release)
    return release, recorder.save()


def move_task(task: Task, user: User, *, version, activity_id=None, position=None):
    """Put a task at ``position`` under its activity, or under another activity."""
    project = project_of(task)
    target = task.activity
    if activity_id not in (None, ""):
        target = _in(project.activities, activity_id)
        if target is None:
            raise EditError("Choose one of this map's activities.")
    claim(task, _version(version))
    recorder = Recorder(project, user, f'Moved task "{task.title}"')
    recorder.touch(task)
    source = task.activity
    # No flush halfway: a task out of its old activity and not yet in the new one would be
    # taken for an orphan and deleted.
    with db.session.no_autoflush:
        siblings = [t for t in target.tasks if t is not task]
        if source is not target:
            source.tasks.remove(task)
            renumber(source.tasks, recorder)
        siblings.insert(_position(position, len(siblings)), task)
        if task not in target.tasks:
            target.tasks.append(task)
        renumber(siblings, recorder)
        target.tasks.sort(key=lambda t: t.position)
    return recorder.save()


def move_activity(activity: Activity, user: User, *, version, position=None):
    return _reorder(activity, activity.project.activities, user, version, position)


def move_release(release: Release, user: User, *, version, position=None):
    """Reorder releases; the first is the MVP slice, so stories' priorities follow."""
    change_recorder = _reorder(release, release.project.releases, user, version, position)
    return change_recorder


def _reorder(row, rows: list, user: User, version, position) -> MapChange | None:
    claim(row, _version(version))
    project = project_of(row)
    recorder = Recorder(project, user, f'Moved {NAMES[type(row)]} "{_label(row)}"')
    recorder.touch(row)
    siblings = [other for other in rows if other is not row]
    siblings.insert(_position(position, len(siblings)), row)
    renumber(siblings, recorder)
    rows.sort(key=lambda other: other.position)
    if isinstance(row, Release):
        _follow_release_tiers(project, recorder)
    return recorder.save()


def _follow_release_tiers(project: Project, recorder: Recorder) -> None:
    for release in project.releases:
        tier = release_tier(release.position)
        for story in release.stories:
            if story.priority != tier:
                recorder.touch(story)
                story.priority = tier


def delete(row, user: User, *, version=None) -> MapChange | None:
    """Delete a story, task, activity or release with what is under it (a release's stories).

    A map keeps at least one release. ``version`` is checked when given: deleting what
    someone changed meanwhile is a conflict too.
    """
    project = project_of(row)
    if isinstance(row, Release) and len(project.releases) <= 1:
        raise EditError("A map needs at least one release; add another before deleting this one.")
    if version not in (None, ""):
        claim(row, _version(version))
    recorder = Recorder(project, user, f'Deleted {NAMES[type(row)]} "{_label(row)}"')
    siblings = _siblings(row)
    recorder.deleted(row)
    siblings.remove(row)
    renumber(siblings, recorder)
    if isinstance(row, Release):
        _follow_release_tiers(project, recorder)
    return recorder.save()


def _siblings(row) -> list:
    if isinstance(row, Story):
        return row.task.stories
    if isinstance(row, Task):
        return row.activity.tasks
    if isinstance(row, Activity):
        return row.project.activities
    return row.project.releases


def what_goes_with(row) -> str:
    """What deleting the row takes with it, for its confirmation ("2 tasks and 7 stories")."""
    if isinstance(row, Task):
        return _count(len(row.stories), "story", "stories")
    if isinstance(row, Activity):
        stories = sum(len(task.stories) for task in row.tasks)
        return (
            f"{_count(len(row.tasks), 'task', 'tasks')} and {_count(stories, 'story', 'stories')}"
        )
    if isinstance(row, Release):
        return _count(len(row.stories), "story", "stories")
    if isinstance(row, Story):
        return _count(len(row.wireframes), "wireframe", "wireframes")
    return ""


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _label(row) -> str:
    if isinstance(row, Release):
        return row.name
    if isinstance(row, Project):
        return row.product_name
    return row.title


def _version(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
