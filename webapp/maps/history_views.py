"""A map's history: "Undo", the list of changes, and restoring the map as it was at one."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy.orm import joinedload

from webapp.extensions import db
from webapp.maps.editing import last_undoable, restore, undo
from webapp.maps.services import map_page_context, user_project_or_404
from webapp.models import Activity, MapChange, Project, Release, Story, Task
from webapp.rate_limits import is_htmx

blueprint = Blueprint("history", __name__)

CHANGES_PER_PAGE = 50
#: Rows shown for one change; a big delete lists the first ones and counts the rest.
OPS_SHOWN = 12
NOTHING_TO_UNDO = "Nothing to undo: this map has no change left to revert."


@blueprint.app_template_global()
def change_to_undo(project: Project) -> MapChange | None:
    """The change the map's "Undo" button reverts, for templates/maps/_undo.html."""
    return last_undoable(project)


def _owned_map_or_404(project_id: int) -> Project:
    """The user's map row alone (no stories): enough to undo, or to label the button."""
    return db.first_or_404(
        sa.select(Project).where(Project.id == project_id, Project.user_id == current_user.id)
    )


@blueprint.get("/maps/<int:project_id>/undo-button")
@login_required
def undo_button(project_id: int):
    """The "Undo" button again, saying what it would revert now (after each change)."""
    return render_template("maps/_undo.html", project=_owned_map_or_404(project_id))


@blueprint.post("/maps/<int:project_id>/undo")
@login_required
def undo_last(project_id: int):
    """Revert the map's newest change not undone yet; each press goes one change further back."""
    project = _owned_map_or_404(project_id)
    target = last_undoable(project)
    if target is None:
        if is_htmx():
            page = render_template("maps/_undo.html", project=project, undo_error=NOTHING_TO_UNDO)
            return page, 422, {"HX-Retarget": "#undo", "HX-Reswap": "outerHTML"}
        flash(NOTHING_TO_UNDO, "error")
        return redirect(url_for("maps.show", project_id=project.id), code=303)
    summary = target.summary
    undo(project, current_user)
    db.session.commit()
    message = f"Undid: {summary}"
    if not is_htmx():
        flash(message)
        return redirect(url_for("maps.show", project_id=project.id), code=303)
    project = user_project_or_404(project_id, current_user)
    board = render_template(
        "maps/_undone.html", message=message, **map_page_context(project, improvement=None)
    )
    headers = {
        "HX-Trigger": "map-changed",
        # The button sits in the map's head; what changes is the board.
        "HX-Retarget": "#story-map",
        "HX-Reswap": "outerHTML",
    }
    return board, 200, headers


@blueprint.get("/maps/<int:project_id>/history")
@login_required
def index(project_id: int):
    """List the map's changes, newest first: when, who, what, and each row before and after."""
    project = _owned_map_or_404(project_id)
    page = db.paginate(
        sa.select(MapChange)
        .where(MapChange.project_id == project.id)
        .options(joinedload(MapChange.user))
        .order_by(MapChange.id.desc()),
        page=request.args.get("page", 1, type=int),
        per_page=CHANGES_PER_PAGE,
        max_per_page=CHANGES_PER_PAGE,
    )
    names = _names(project, page.items)
    changes = [(change, describe(change, names)) for change in page.items]
    return render_template("maps/history.html", project=project, page=page, changes=changes)


@blueprint.post("/maps/<int:project_id>/history/<int:change_id>/restore")
@login_required
def restore_at(project_id: int, change_id: int):
    """Put the map back as it was right after one change (a change itself, so undoable)."""
    project = user_project_or_404(project_id, current_user)
    db.first_or_404(
        sa.select(MapChange.id).where(MapChange.id == change_id, MapChange.project_id == project.id)
    )
    change = restore(project, current_user, change_id)
    db.session.commit()
    if change is None:
        flash("The map is already as it was after that change: nothing to restore.")
    else:
        flash(f"{change.summary}. Undo puts it back as it was.")
    target = url_for("maps.show", project_id=project_id)
    if is_htmx():
        return "", 200, {"HX-Redirect": target}
    return redirect(target, code=303)


# Changes in words --------------------------------------------------------------------------

KIND_WORDS = {
    "project": "map",
    "release": "release",
    "activity": "activity",
    "task": "task",
    "story": "story",
}
FIELD_WORDS = {
    "product_name": "name",
    "name": "name",
    "title": "title",
    "description": "story line",
    "acceptance_criteria": "acceptance criteria",
    "release_id": "release",
    "task_id": "task",
    "activity_id": "activity",
    "position": "place",
    "priority": "priority",
    "sources": "sources",
    "suggested": "suggested",
    "written_by_hand": "written by hand",
    "edited_by_hand": "edited by hand",
}
#: The field that names a row of each kind.
LABEL_FIELD = {
    "project": "product_name",
    "release": "name",
    "activity": "title",
    "task": "title",
    "story": "title",
}
#: Which kind of row a reference field points at.
REFERENCES = {"release_id": "release", "task_id": "task", "activity_id": "activity"}


@dataclass
class OpLine:
    """One row a change touched, in words: 'Story "Book a slot": title "A" -> "B"'."""

    action: str  # "added", "deleted" or "changed"
    kind: str
    label: str
    fields: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class ChangeInWords:
    lines: list[OpLine]
    #: Rows that only changed place because another moved, went or came (counted, not listed).
    reordered: int = 0
    more: int = 0


def describe(change: MapChange, names: dict[tuple[str, int], str]) -> ChangeInWords:
    """The change's rows in words, the rows that only shifted place counted apart."""
    lines: list[OpLine] = []
    reordered = 0
    for op in change.ops:
        kind, before, after = op["kind"], op["before"], op["after"]
        label = _label(kind, op["id"], before, after, names)
        if before is None:
            lines.append(OpLine("added", KIND_WORDS[kind], label))
        elif after is None:
            lines.append(OpLine("deleted", KIND_WORDS[kind], label))
        elif set(after) == {"position"} and len(change.ops) > 1:
            reordered += 1
        else:
            fields = [
                (
                    FIELD_WORDS.get(name, name),
                    _value(name, before[name], names),
                    _value(name, after[name], names),
                )
                for name in after
                # A story's priority follows its release: saying both says it twice.
                if name in FIELD_WORDS and not (name == "priority" and "release_id" in after)
            ]
            lines.append(OpLine("changed", KIND_WORDS[kind], label, fields))
    return ChangeInWords(lines[:OPS_SHOWN], reordered, max(0, len(lines) - OPS_SHOWN))


def _label(kind: str, row_id: int, before, after, names) -> str:
    name = LABEL_FIELD[kind]
    for state in (after, before):
        if state and state.get(name):
            return state[name]
    return names.get((kind, row_id), f"#{row_id}")


def _value(name: str, value, names) -> str:
    if name in REFERENCES:
        return names.get((REFERENCES[name], value), f"#{value}")
    if name == "position":
        return str(value + 1) if isinstance(value, int) else "?"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        if name == "sources":
            return f"{len(value)} sentence{'s' if len(value) != 1 else ''}"
        text = "; ".join(str(item) for item in value) if value else "none"
    else:
        text = str(value or "")
    return text if len(text) <= 240 else text[:239] + "…"


def _names(project: Project, changes: list[MapChange]) -> dict[tuple[str, int], str]:
    """What each row is called: its name in the changes shown, else its name on the map now."""
    names: dict[tuple[str, int], str] = {("project", project.id): project.product_name}
    rows = [
        ("release", sa.select(Release.id, Release.name).where(Release.project_id == project.id)),
        (
            "activity",
            sa.select(Activity.id, Activity.title).where(Activity.project_id == project.id),
        ),
        (
            "task",
            sa.select(Task.id, Task.title)
            .join(Activity, Task.activity_id == Activity.id)
            .where(Activity.project_id == project.id),
        ),
    ]
    rows.append(
        (
            "story",
            sa.select(Story.id, Story.title)
            .join(Task, Story.task_id == Task.id)
            .join(Activity, Task.activity_id == Activity.id)
            .where(Activity.project_id == project.id),
        )
    )
    for kind, statement in rows:
        names.update({(kind, row_id): title for row_id, title in db.session.execute(statement)})
    # Rows deleted since: the newest name a change shown recorded for them.
    for change in changes:
        for op in change.ops:
            for state in (op["before"], op["after"]):
                label = (state or {}).get(LABEL_FIELD[op["kind"]])
                if label:
                    names.setdefault((op["kind"], op["id"]), label)
    return names
