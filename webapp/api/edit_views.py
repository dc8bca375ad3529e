"""The map edits of the JSON API: stories, activities, tasks, releases and the map's name.

They call the same services as the page's forms (webapp/maps/edits.py), so each edit is
checked, versioned and recorded in the map's history exactly as a page edit is, and "Undo"
on the page reverts it.

Versions: every row has one, raised by each edit. An edit sends the version it was made on
in ``If-Match``, as the ``ETag`` of the last answer about that row (``"3"``) or the bare
number (``3``); ``*`` means "whatever is saved now". A stale version is a 412 problem with
the version and the row as saved now; no ``If-Match`` at all is a 428.
"""

from __future__ import annotations

from flask import request
from flask_login import current_user

from webapp.api.edit_schemas import (
    ActivityOut,
    MapNameOut,
    MapPatch,
    NewStory,
    ReleaseOut,
    ReleasePatch,
    StoryOut,
    StoryPatch,
    TaskOut,
    TitlePatch,
)
from webapp.api.problems import ApiError, Problem
from webapp.api.views import api
from webapp.extensions import db
from webapp.maps import edits
from webapp.maps.editing import Conflict, EditError
from webapp.maps.services import user_project_or_404
from webapp.maps.story_views import load_places
from webapp.models import Activity, Project, Release, Story, Task

IF_MATCH = {
    "name": "If-Match",
    "in": "header",
    "required": True,
    "description": (
        'The version the edit was made on: the ETag of the last answer about the row ("3") '
        'or the bare number (3); "*" edits whatever is saved now.'
    ),
    "schema": {"type": "string"},
}
VERSION_ERRORS = {
    412: (
        "The row changed since the version sent: ``current_version`` and ``current`` show "
        "it as saved now.",
        Problem,
    ),
    428: ("No If-Match header: send the version the edit was made on.", Problem),
}
WORD_FIELDS = ("title", "description", "acceptance_criteria")
MOVE_FIELDS = ("task_id", "position")


# Answers --------------------------------------------------------------------------------


def story_out(story: Story) -> StoryOut:
    return StoryOut(
        id=story.id,
        version=story.version,
        map_id=story.task.activity.project_id,
        task_id=story.task_id,
        release_id=story.release_id,
        position=story.position,
        title=story.title,
        description=story.description or "",
        acceptance_criteria=list(story.acceptance_criteria or []),
        priority=story.priority,
        status=story.status or "todo",
        sources=list(story.sources or []),
        suggested=bool(story.suggested),
        written_by_hand=bool(story.written_by_hand),
        edited_by_hand=bool(story.edited_by_hand),
    )


def row_out(row):
    """The API's view of any row an edit answers with."""
    if isinstance(row, Story):
        return story_out(row)
    if isinstance(row, Task):
        fields = {"activity_id": row.activity_id, "title": row.title}
        return TaskOut(id=row.id, version=row.version, position=row.position, **fields)
    if isinstance(row, Activity):
        fields = {"map_id": row.project_id, "title": row.title}
        return ActivityOut(id=row.id, version=row.version, position=row.position, **fields)
    if isinstance(row, Release):
        fields = {"map_id": row.project_id, "name": row.name}
        return ReleaseOut(id=row.id, version=row.version, position=row.position, **fields)
    return MapNameOut(id=row.id, version=row.version, product_name=row.product_name)


def etag(row) -> dict[str, str]:
    return {"ETag": f'"{row.version}"'}


def _saved(row):
    """The row as committed, with its new version in ``ETag``."""
    return row_out(row), 200, etag(row)


# Versions -------------------------------------------------------------------------------


def sent_version(row) -> int:
    """The row's version if ``If-Match`` names it; a 428 without one, a 412 if it is stale."""
    header = request.headers.get("If-Match", "").strip()
    if not header:
        raise ApiError(
            428,
            "Precondition required",
            f'Send the {edits.NAMES[type(row)]}\'s version as If-Match: "{row.version}".',
        )
    tags = [tag.strip().removeprefix("W/").strip('"') for tag in header.split(",")]
    if "*" in tags or str(row.version) in tags:
        return row.version
    raise stale(row, sent=header)


def stale(row, sent: str | None = None) -> ApiError:
    """412: the row changed since the version the edit was made on, with it as saved now."""
    kind = edits.NAMES[type(row)]
    said = f" (If-Match: {sent})" if sent else ""
    return ApiError(
        412,
        "Precondition failed",
        f"The {kind} changed since the version sent{said}: it is at version {row.version} "
        "now. Nothing was changed; look at it as saved and send the edit again if it still "
        "applies.",
        headers=etag(row),
        current_version=row.version,
        current=row_out(row).model_dump(mode="json"),
    )


def invalid(message: str, *fields: str) -> ApiError:
    return ApiError(
        422,
        "Invalid request",
        message,
        errors=[{"field": field, "message": message} for field in fields or ("body",)],
    )


def make(change, reload, *fields: str) -> None:
    """Make ``change`` and commit it; a refused edit is a 422 on ``fields``, a stale one a 412.

    ``reload`` finds the row again after a rollback (a 404 if someone deleted it meanwhile).
    """
    try:
        change()
    except EditError as error:
        db.session.rollback()
        raise invalid(str(error), *fields) from None
    except Conflict:
        db.session.rollback()
        raise stale(reload()) from None
    db.session.commit()


def check(field: str, clean, value) -> None:
    """Run one of the page's input checks on ``value``, as a 422 on ``field``."""
    try:
        clean(value)
    except EditError as error:
        raise invalid(str(error), field) from None


# Stories --------------------------------------------------------------------------------


def _owned_story(story_id: int) -> Story:
    return edits.owned_story_or_404(story_id, current_user)


@api.operation(
    "PATCH",
    "/stories/<int:story_id>",
    summary="Edit a story's words, or move it to another task, release or place in its cell",
    body=StoryPatch,
    headers=(IF_MATCH,),
    responses={200: ("The story as saved, its new version in ETag.", StoryOut)} | VERSION_ERRORS,
)
def edit_story(story_id: int, body: StoryPatch):
    """Change the fields sent; words and a move made at once are two changes in the history.

    Words with only ``release_id`` are one change, as the page's edit form makes it.
    """
    story = _owned_story(story_id)
    version = sent_version(story)
    sent = {name for name in body.model_fields_set if getattr(body, name) is not None}
    if not sent:
        raise invalid("Send at least one field to change.")
    if body.title is not None:
        check("title", lambda title: edits.clean_title(Story, title), body.title)
    if body.acceptance_criteria is not None:
        check("acceptance_criteria", edits.clean_criteria, body.acceptance_criteria)
    words = sent & set(WORD_FIELDS)
    moves = bool(sent & set(MOVE_FIELDS)) or sent == {"release_id"}

    def change():
        nonlocal version
        load_places(edits.project_of(story))
        if words:
            edits.edit_story(
                story,
                current_user,
                version=version,
                title=story.title if body.title is None else body.title,
                description=story.description if body.description is None else body.description,
                criteria=list(story.acceptance_criteria or [])
                if body.acceptance_criteria is None
                else body.acceptance_criteria,
                release_id=None if moves else body.release_id,
            )
            version = story.version
        if moves:
            edits.move_story(
                story,
                current_user,
                version=version,
                task_id=body.task_id,
                release_id=body.release_id,
                position=body.position,
            )

    placed = [name for name in ("task_id", "release_id") if name in sent]
    make(change, lambda: _owned_story(story_id), *placed)
    return _saved(_owned_story(story_id))


@api.operation(
    "POST",
    "/tasks/<int:task_id>/stories",
    summary="Write a story by hand at the end of a cell: this task's column, a release's row",
    body=NewStory,
    responses={201: ("The new story, its version in ETag.", StoryOut)},
)
def add_story(task_id: int, body: NewStory):
    """Add a story with no source (a person wrote it), as "+ Story" on the page does."""
    task = edits.owned_task_or_404(task_id, current_user)
    check("title", lambda title: edits.clean_title(Story, title), body.title)
    check("acceptance_criteria", edits.clean_criteria, body.acceptance_criteria)
    added: list[Story] = []

    def change():
        story, _ = edits.add_story(
            task,
            current_user,
            title=body.title,
            description=body.description,
            criteria=body.acceptance_criteria,
            release_id=body.release_id,
        )
        added.append(story)

    make(change, lambda: task, "release_id")
    story = _owned_story(added[0].id)
    return story_out(story), 201, etag(story)


@api.operation(
    "DELETE",
    "/stories/<int:story_id>",
    summary="Delete a story and its wireframes (Undo on the page brings it back)",
    headers=(IF_MATCH,),
    responses={204: ("Deleted.", None)} | VERSION_ERRORS,
)
def delete_story(story_id: int):
    """Delete the story if it is still at the version sent."""
    story = _owned_story(story_id)
    version = sent_version(story)
    make(
        lambda: edits.delete(story, current_user, version=version),
        lambda: _owned_story(story_id),
    )
    return None, 204


# Activities, tasks, releases and the map ------------------------------------------------


def rename(row, title: str, field: str, reload):
    """Rename ``row`` if it is still at the version sent; answer it as saved."""
    version = sent_version(row)
    make(
        lambda: edits.rename(row, current_user, version=version, title=title),
        reload,
        field,
    )
    return _saved(reload())


def _renamed(model):
    return {200: ("As saved, its new version in ETag.", model)}


@api.operation(
    "PATCH",
    "/activities/<int:activity_id>",
    summary="Rename an activity",
    body=TitlePatch,
    headers=(IF_MATCH,),
    responses=_renamed(ActivityOut) | VERSION_ERRORS,
)
def rename_activity(activity_id: int, body: TitlePatch):
    """Rename an activity (a step of the backbone)."""

    def find():
        return edits.owned_activity_or_404(activity_id, current_user)

    return rename(find(), body.title, "title", find)


@api.operation(
    "PATCH",
    "/tasks/<int:task_id>",
    summary="Rename a task",
    body=TitlePatch,
    headers=(IF_MATCH,),
    responses=_renamed(TaskOut) | VERSION_ERRORS,
)
def rename_task(task_id: int, body: TitlePatch):
    """Rename a task (a column under an activity)."""

    def find():
        return edits.owned_task_or_404(task_id, current_user)

    return rename(find(), body.title, "title", find)


@api.operation(
    "PATCH",
    "/releases/<int:release_id>",
    summary='Rename a release ("Beta", "Q3")',
    body=ReleasePatch,
    headers=(IF_MATCH,),
    responses=_renamed(ReleaseOut) | VERSION_ERRORS,
)
def rename_release(release_id: int, body: ReleasePatch):
    """Rename a release (a row of the map)."""

    def find():
        return edits.owned_release_or_404(release_id, current_user)

    return rename(find(), body.name, "name", find)


@api.operation(
    "PATCH",
    "/maps/<int:map_id>",
    summary="Rename the map (its product name); If-Match is the map's own version",
    body=MapPatch,
    headers=(IF_MATCH,),
    responses=_renamed(MapNameOut) | VERSION_ERRORS,
)
def rename_map(map_id: int, body: MapPatch):
    """Rename the map; its version is the map row's, which story edits do not raise."""

    def find() -> Project:
        return user_project_or_404(map_id, current_user)

    return rename(find(), body.product_name, "product_name", find)
