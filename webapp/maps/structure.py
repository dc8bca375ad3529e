"""The shape of a map: where its activities, tasks and releases can move, what deleting one
takes with it, and deleting a whole map with its jobs and wireframes.

The edits themselves (rename, add, move, delete) are in :mod:`webapp.maps.edits`; this module
adds what the header menus show and the one change edits.py does not make: a whole map gone.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from webapp.extensions import db
from webapp.maps.editing import EditError
from webapp.models import Activity, Job, MapChange, Project, Release, Story, Task, Wireframe


@dataclass(frozen=True)
class Move:
    """One step a header's menu offers: ``direction`` ("left", "up"...) and the form's values."""

    direction: str
    position: int
    activity_id: int | None = None
    #: Said after "Move task X left" when the step crosses into another activity.
    into: str = ""


def task_moves(task: Task) -> list[Move]:
    """One step left and right; past its activity's end, to the neighbour activity's end.

    An activity keeps at least one task, so its only task stays where it is.
    """
    activity = task.activity
    activities = activity.project.activities
    tasks = activity.tasks
    index = tasks.index(task)
    a_index = activities.index(activity)
    moves = []
    if index > 0:
        moves.append(Move("left", index - 1, activity.id))
    elif a_index > 0 and len(tasks) > 1:
        before = activities[a_index - 1]
        moves.append(Move("left", len(before.tasks), before.id, into=before.title))
    if index < len(tasks) - 1:
        moves.append(Move("right", index + 1, activity.id))
    elif a_index < len(activities) - 1 and len(tasks) > 1:
        after = activities[a_index + 1]
        moves.append(Move("right", 0, after.id, into=after.title))
    return moves


def activity_moves(activity: Activity) -> list[Move]:
    return _steps(activity, activity.project.activities, ("left", "right"))


def release_moves(release: Release) -> list[Move]:
    return _steps(release, release.project.releases, ("up", "down"))


def _steps(row, rows: list, directions: tuple[str, str]) -> list[Move]:
    index = rows.index(row)
    moves = []
    if index > 0:
        moves.append(Move(directions[0], index - 1))
    if index < len(rows) - 1:
        moves.append(Move(directions[1], index + 1))
    return moves


def name_of(row) -> str:
    """What the person calls the row: a release's name, the map's product name, a title."""
    if isinstance(row, Release):
        return row.name
    if isinstance(row, Project):
        return row.product_name
    return row.title


def keep_a_task(task: Task, *, leaving: bool = True) -> None:
    """Refuse to take its only task from an activity: an activity heads at least one column."""
    if leaving and len(task.activity.tasks) <= 1:
        raise EditError(
            f'"{task.title}" is the only task of "{task.activity.title}", and an activity keeps '
            "at least one: add another task first, or delete the activity."
        )


def release_story_count(release: Release, view=None) -> int:
    """How many stories the release holds: from the page's ``view`` when there is one (no
    query while the board renders), else counted in the database."""
    if view is not None:
        return sum(len(view.stories_in(task, release)) for _, task in view.columns)
    return db.session.scalar(
        sa.select(sa.func.count(Story.id)).where(Story.release_id == release.id)
    )


def delete_question(row, view=None) -> str:
    """The confirmation a delete button asks, saying what goes with the row."""
    if isinstance(row, Release):
        count = release_story_count(row, view)
        stories = f"{count} {'story' if count == 1 else 'stories'}"
        if len(row.project.releases) <= 1:
            return f'"{row.name}" is the map\'s only release, and a map keeps at least one.'
        if count == 0:
            return f'Delete release "{row.name}"? It holds no stories.'
        return f'Delete release "{row.name}" with its {stories}?'
    if isinstance(row, Task):
        if not row.stories:
            return f'Delete task "{row.title}"? It has no stories.'
        return f'Delete task "{row.title}" with its {_stories(len(row.stories))}?'
    stories = sum(len(task.stories) for task in row.tasks)
    tasks = len(row.tasks)
    return (
        f'Delete activity "{row.title}" with its {tasks} {"task" if tasks == 1 else "tasks"} '
        f"and {_stories(stories)}?"
    )


def delete_map_question(view) -> str:
    """The confirmation of "Delete map", from what the page shows (no query)."""
    stories = view.story_count
    wireframes = sum(len(story.wireframes) for story in view.stories_by_path.values())
    return (
        f'Delete the map "{view.project.product_name}", its {_stories(stories)}, '
        f"{wireframes} {'wireframe' if wireframes == 1 else 'wireframes'} and its jobs? "
        "This cannot be undone."
    )


def _stories(count: int) -> str:
    return f"{count} {'story' if count == 1 else 'stories'}"


@dataclass(frozen=True)
class MapContents:
    """What went with a deleted map, for the message that confirms it."""

    stories: int
    wireframes: int
    jobs: int


def delete_map(project: Project) -> MapContents:
    """Delete the map, its rows and history, the job that made it and the jobs made from it
    (improvement, wireframe and regeneration jobs) with their wireframes; the caller commits.

    Children go first, one statement a table, so that no foreign key is left dangling on a
    database that does not enforce them (SQLite) and the count of statements does not grow
    with the map. A worker running one of these jobs finds its row gone (``start_job``) or
    fails its next commit; either way it leaves nothing behind.
    """
    task_ids = (
        sa.select(Task.id)
        .join(Activity, Task.activity_id == Activity.id)
        .where(Activity.project_id == project.id)
    )
    story_ids = sa.select(Story.id).where(Story.task_id.in_(task_ids))
    made_from = list(
        db.session.scalars(sa.select(Job.id).where(Job.source_project_id == project.id))
    )
    job_ids = made_from + ([project.job_id] if project.job_id is not None else [])
    wireframe_rows = sa.or_(Wireframe.story_id.in_(story_ids), Wireframe.job_id.in_(job_ids))
    contents = MapContents(
        stories=db.session.scalar(sa.select(sa.func.count()).select_from(story_ids.subquery())),
        wireframes=db.session.scalar(sa.select(sa.func.count(Wireframe.id)).where(wireframe_rows)),
        jobs=len(job_ids),
    )
    generating_job = project.job_id
    for statement in (
        sa.delete(Wireframe).where(wireframe_rows),
        sa.delete(MapChange).where(MapChange.project_id == project.id),
        sa.delete(Job).where(Job.id.in_(made_from)),
        sa.delete(Story).where(Story.id.in_(story_ids)),
        sa.delete(Task).where(Task.id.in_(task_ids)),
        sa.delete(Activity).where(Activity.project_id == project.id),
        sa.delete(Release).where(Release.project_id == project.id),
        sa.delete(Project).where(Project.id == project.id),
        sa.delete(Job).where(Job.id == generating_job),
    ):
        db.session.execute(statement.execution_options(synchronize_session=False))
    db.session.expunge(project)
    return contents
