"""Shaping a map by hand: rename, add, reorder and delete its activities, tasks and releases,
rename the map and delete it.

Every route works from htmx and from a plain form. htmx gets the smallest fragment that shows
the change (a header after a rename; the whole board when the table's shape changes) with
``HX-Trigger: map-changed``; a plain form gets a redirect to the map with a flash message.
Bad input is a 422 (htmx) or a flashed error, a stale version a 409, nothing changed.
"""

from __future__ import annotations

from flask import Blueprint, flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup

from webapp.extensions import db
from webapp.maps import edits, structure
from webapp.maps.edits import Conflict, EditError
from webapp.maps.services import map_page_context, user_project_or_404
from webapp.models import Activity, Project, Release, Task
from webapp.rate_limits import is_htmx

blueprint = Blueprint("structure", __name__)

CLEAR_ALERTS = '<div id="alerts" hx-swap-oob="innerHTML"></div>'

#: Each kind's header fragment and the name the fragment calls its row.
HEADERS = {
    Activity: ("maps/_activity_header.html", "activity"),
    Task: ("maps/_task_header.html", "task"),
    Release: ("maps/_release_header.html", "release"),
    Project: ("maps/_structure_map_title.html", "project"),
}
RENAME_ENDPOINTS = {
    Activity: "structure.rename_activity",
    Task: "structure.rename_task",
    Release: "structure.rename_release",
    Project: "structure.rename_map",
}

# What the header menus ask, for every template (the board renders them for each header).
for function in (
    structure.task_moves,
    structure.activity_moves,
    structure.release_moves,
    structure.delete_question,
    structure.delete_map_question,
    structure.release_story_count,
):
    blueprint.add_app_template_global(function)


# Rename ---------------------------------------------------------------------------------


@blueprint.post("/activities/<int:activity_id>")
@login_required
def rename_activity(activity_id: int):
    """Rename an activity; answer its header."""
    return _rename(edits.owned_activity_or_404(activity_id, current_user), "title")


@blueprint.post("/tasks/<int:task_id>")
@login_required
def rename_task(task_id: int):
    """Rename a task; answer its header."""
    return _rename(edits.owned_task_or_404(task_id, current_user), "title")


@blueprint.post("/releases/<int:release_id>")
@login_required
def rename_release(release_id: int):
    """Rename a release ("Beta", "Q3"); answer its header."""
    return _rename(edits.owned_release_or_404(release_id, current_user), "name")


@blueprint.post("/maps/<int:project_id>/rename")
@login_required
def rename_map(project_id: int):
    """Rename the map (its product name); answer its title."""
    return _rename(_owned_project_or_404(project_id), "title")


def _rename(row, field: str):
    typed = request.form.get(field, request.form.get("title"))
    project_id = edits.project_of(row).id
    kind = edits.NAMES[type(row)]
    try:
        edits.rename(row, current_user, version=request.form.get("version"), title=typed)
    except EditError as error:
        db.session.rollback()
        if not is_htmx():
            flash(str(error), "error")
            return _to_map(project_id)
        return _header(row, error=str(error), typed=typed, menu_open=True), 422
    except Conflict as conflict:
        db.session.rollback()
        return _name_conflict(conflict.row, field, typed, project_id)
    db.session.commit()
    if is_htmx():
        return _changed(_header(row))
    flash(f'Renamed the {kind} to "{structure.name_of(row)}".')
    return _to_map(project_id)


def _header(row, **extra) -> str:
    template, name = HEADERS[type(row)]
    return render_template(template, **{name: row}, readonly=False, **extra)


def _name_conflict(row, field: str, mine: str | None, project_id: int):
    """409: the name as the user typed it and as it is saved now, to keep one of them."""
    template, name = HEADERS[type(row)]
    fragment = render_template(
        "maps/_conflict_name.html",
        row=row,
        kind=edits.NAMES[type(row)],
        field=field,
        mine=" ".join((mine or "").split()),
        theirs=structure.name_of(row),
        action=url_for(RENAME_ENDPOINTS[type(row)], **_id_argument(row)),
        target_id=_header_id(row),
        project_id=project_id,
    )
    if is_htmx():
        return fragment, 409
    return _page(fragment, "Changed meanwhile"), 409


def _header_id(row) -> str:
    if isinstance(row, Project):
        return "map-title"
    return f"{edits.NAMES[type(row)]}-header-{row.id}"


def _id_argument(row) -> dict:
    if isinstance(row, Project):
        return {"project_id": row.id}
    return {f"{edits.NAMES[type(row)]}_id": row.id}


# Add ------------------------------------------------------------------------------------


@blueprint.post("/activities/<int:activity_id>/tasks")
@login_required
def add_task(activity_id: int):
    """Add a task at the end of an activity; answer the board."""
    activity = edits.owned_activity_or_404(activity_id, current_user)
    project_id = _load_map(activity)
    typed = request.form.get("title")
    try:
        task, _ = edits.add_task(activity, current_user, title=typed)
    except EditError as error:
        db.session.rollback()
        return _bad_add(
            "maps/_structure_add_task.html",
            f"add-task-{activity_id}",
            error,
            project_id,
            activity=activity,
            typed=typed,
        )
    db.session.commit()
    return _board_changed(project_id, f'Added the task "{task.title}".')


@blueprint.post("/maps/<int:project_id>/activities")
@login_required
def add_activity(project_id: int):
    """Add an activity at the end of the backbone, with its first task; answer the board."""
    project = user_project_or_404(project_id, current_user)
    typed, typed_task = request.form.get("title"), request.form.get("task_title")
    try:
        activity, _ = edits.add_activity(project, current_user, title=typed, task_title=typed_task)
    except EditError as error:
        db.session.rollback()
        return _bad_add(
            "maps/_structure_add_activity.html",
            "add-activity",
            error,
            project_id,
            project=project,
            typed=typed,
            typed_task=typed_task,
        )
    db.session.commit()
    return _board_changed(project_id, f'Added the activity "{activity.title}".')


@blueprint.post("/maps/<int:project_id>/releases")
@login_required
def add_release(project_id: int):
    """Add a release below the others ("Beta", "Q3"); answer the board."""
    project = user_project_or_404(project_id, current_user)
    typed = request.form.get("name", request.form.get("title"))
    try:
        release, _ = edits.add_release(project, current_user, name=typed)
    except EditError as error:
        db.session.rollback()
        return _bad_add(
            "maps/_structure_add_release.html",
            "add-release",
            error,
            project_id,
            project=project,
            typed=typed,
        )
    db.session.commit()
    return _board_changed(project_id, f'Added the release "{release.name}".')


def _bad_add(template: str, form_id: str, error: EditError, project_id: int, **context):
    """422 with the add form, its message and what was typed, in place of the form."""
    if not is_htmx():
        flash(str(error), "error")
        return _to_map(project_id)
    response = make_response(
        render_template(template, error=str(error), readonly=False, **context), 422
    )
    # The form asked for the board; an error belongs in the form itself.
    response.headers["HX-Retarget"] = f"#{form_id}"
    response.headers["HX-Reswap"] = "outerHTML"
    return response


# Reorder --------------------------------------------------------------------------------


@blueprint.post("/activities/<int:activity_id>/move")
@login_required
def move_activity(activity_id: int):
    """Put an activity at ``position`` on the backbone; answer the board."""
    activity = edits.owned_activity_or_404(activity_id, current_user)
    title = activity.title
    return _board_change(
        _load_map(activity),
        lambda: edits.move_activity(
            activity,
            current_user,
            version=request.form.get("version"),
            position=request.form.get("position"),
        ),
        f'Moved the activity "{title}".',
        stale=f'The activity "{title}"',
    )


@blueprint.post("/tasks/<int:task_id>/move")
@login_required
def move_task(task_id: int):
    """Put a task at ``position`` under its activity or under another one (``activity_id``)."""
    task = edits.owned_task_or_404(task_id, current_user)
    project_id = _load_map(task)
    title = task.title
    target = request.form.get("activity_id")

    def move():
        structure.keep_a_task(task, leaving=target not in (None, "", str(task.activity_id)))
        return edits.move_task(
            task,
            current_user,
            version=request.form.get("version"),
            activity_id=target,
            position=request.form.get("position"),
        )

    return _board_change(
        project_id, move, f'Moved the task "{title}".', stale=f'The task "{title}"'
    )


@blueprint.post("/releases/<int:release_id>/move")
@login_required
def move_release(release_id: int):
    """Put a release at ``position``; the first release is the MVP slice."""
    release = edits.owned_release_or_404(release_id, current_user)
    name = release.name
    return _board_change(
        _load_map(release),
        lambda: edits.move_release(
            release,
            current_user,
            version=request.form.get("version"),
            position=request.form.get("position"),
        ),
        f'Moved the release "{name}".',
        stale=f'The release "{name}"',
    )


# Delete ---------------------------------------------------------------------------------


@blueprint.post("/tasks/<int:task_id>/delete")
@login_required
def delete_task(task_id: int):
    """Delete a task with its stories; answer the board."""
    task = edits.owned_task_or_404(task_id, current_user)
    return _delete(task, _load_map(task), lambda: structure.keep_a_task(task))


@blueprint.post("/activities/<int:activity_id>/delete")
@login_required
def delete_activity(activity_id: int):
    """Delete an activity with its tasks and their stories; answer the board."""
    activity = edits.owned_activity_or_404(activity_id, current_user)
    return _delete(activity, _load_map(activity))


@blueprint.post("/releases/<int:release_id>/delete")
@login_required
def delete_release(release_id: int):
    """Delete a release with its stories; a map keeps at least one release."""
    release = edits.owned_release_or_404(release_id, current_user)
    return _delete(release, _load_map(release))


def _delete(row, project_id: int, check=lambda: None):
    kind, label = edits.NAMES[type(row)], structure.name_of(row)
    goes = edits.what_goes_with(row) if not isinstance(row, Release) else None
    if isinstance(row, Release):
        count = structure.release_story_count(row)
        goes = f"{count} {'story' if count == 1 else 'stories'}"

    def change():
        check()
        return edits.delete(row, current_user, version=request.form.get("version"))

    return _board_change(
        project_id,
        change,
        f'Deleted the {kind} "{label}" with its {goes}. "Undo" puts it back.',
        stale=f'The {kind} "{label}"',
    )


@blueprint.post("/maps/<int:project_id>/delete")
@login_required
def delete_map(project_id: int):
    """Delete the whole map with its stories, history, jobs and wireframes; go to the list."""
    project = _owned_project_or_404(project_id)
    name = project.product_name
    contents = structure.delete_map(project)
    db.session.commit()
    flash(
        f'Deleted the map "{name}" with its {contents.stories} '
        f"{'story' if contents.stories == 1 else 'stories'}, {contents.wireframes} "
        f"{'wireframe' if contents.wireframes == 1 else 'wireframes'} and {contents.jobs} "
        f"{'job' if contents.jobs == 1 else 'jobs'}."
    )
    if is_htmx():
        response = make_response("", 200)
        response.headers["HX-Redirect"] = url_for("maps.index_maps")
        return response
    return redirect(url_for("maps.index_maps"), code=303)


# Answers --------------------------------------------------------------------------------


def _board_change(project_id: int, change, done: str, *, stale: str):
    """Make ``change``; answer the board (htmx) or go back to the map with ``done``.

    A refused change answers the board as it is, with the reason in the page's alert area.
    """
    try:
        change()
    except EditError as error:
        db.session.rollback()
        return _refused(project_id, str(error), 422)
    except Conflict:
        db.session.rollback()
        message = (
            f"{stale} was changed since this page was loaded (renamed, moved or deleted, in "
            "another tab or by a colleague), so nothing was done. The map below is as it is "
            "saved now: try again on it."
        )
        return _refused(project_id, message, 409)
    db.session.commit()
    return _board_changed(project_id, done)


def _board_changed(project_id: int, done: str):
    if is_htmx():
        # An earlier refusal's message no longer applies.
        return _changed(_board(project_id) + CLEAR_ALERTS)
    flash(done)
    return _to_map(project_id)


def _refused(project_id: int, message: str, status: int):
    if is_htmx():
        alert = render_template("maps/_structure_alert.html", message=message, oob=True)
        return _board(project_id) + alert, status
    if status == 409:
        fragment = render_template(
            "maps/_structure_alert.html", message=message, project_id=project_id
        )
        return _page(fragment, "Changed meanwhile"), status
    flash(message, "error")
    return _to_map(project_id)


def _page(fragment: str, title: str) -> str:
    return render_template("maps/structure_page.html", fragment=Markup(fragment), title=title)


def _board(project_id: int) -> str:
    project = user_project_or_404(project_id, current_user)
    return render_template("maps/_board.html", **map_page_context(project))


def _changed(body: str):
    response = make_response(body)
    response.headers["HX-Trigger"] = "map-changed"
    return response


def _to_map(project_id: int):
    return redirect(url_for("maps.show", project_id=project_id), code=303)


def _load_map(row) -> int:
    """Load the row's whole map (a constant few statements) and return its id.

    The edits then find every collection loaded: no lazy load, and so no autoflush, in the
    middle of a move (a task taken out of one activity and not yet in another).
    """
    project_id = edits.project_of(row).id
    user_project_or_404(project_id, current_user)
    return project_id


def _owned_project_or_404(project_id: int) -> Project:
    return db.first_or_404(
        db.select(Project).where(Project.id == project_id, Project.user_id == current_user.id)
    )
