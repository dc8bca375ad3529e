"""Stories on the map, by hand: edit one in place, move it, add one to a cell, delete it.

Every change answers htmx with the smallest fragment that shows it (the card, or the board
when a story lands in another cell) and ``HX-Trigger: map-changed``, so the counts, the
quality report and the undo button refresh themselves; a plain form gets a redirect to the
map. Bad input is a 422 with the form and its message, nothing changed. An edit made on an
older version of the story is a 409 with both versions side by side (maps/_conflict.html).
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy as sa
from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from htmx_flask import make_response, request
from sqlalchemy.orm import selectinload

from generation.matching import StatementIndex
from generation.quality import story_findings, title_key
from generation.quality_content import content_findings
from generation.reading import Document, read_document
from generation.schemas import StoryDraft
from generation.story_text import read_story_line
from webapp.extensions import db
from webapp.maps import edits
from webapp.maps.editing import Conflict, EditError
from webapp.maps.exports import SUGGESTED_MARK
from webapp.maps.services import map_page_context, user_project_or_404
from webapp.models import Activity, MapChange, Project, Story, Task, release_tier

blueprint = Blueprint("stories", __name__)

#: The event the page's counts, quality report and undo button listen for.
MAP_CHANGED = "map-changed"
#: How far back the conflict fragment looks for who changed the story last.
RECENT_CHANGES = 50


# Loading --------------------------------------------------------------------------------
#
# A card's routes load only what the card needs, so an edit costs the same on a map of 10
# stories and of 300; the routes that answer the whole board load the whole map.


def owned_story(story_id: int) -> Story:
    """The user's story with its task, activity and map (one statement); 404 for another's."""
    return edits.owned_story_or_404(story_id, current_user)


def map_of(row: Story | Task) -> Project:
    return row.task.activity.project if isinstance(row, Story) else row.activity.project


def load_places(project: Project) -> None:
    """Load the map's releases, activities and tasks in one go: a move looks among them."""
    db.session.execute(
        sa.select(Project)
        .where(Project.id == project.id)
        .options(
            selectinload(Project.releases),
            selectinload(Project.activities).selectinload(Activity.tasks),
        )
    ).all()


# Rendering ------------------------------------------------------------------------------


@dataclass
class CardView:
    """What templates/maps/_card.html reads from the map's view, for one card alone.

    The whole map's view lints every story (over 100 ms for 300 stories); one card needs
    only its own findings: its form, and what it says against the requirements. Findings
    about stories that repeat each other show in the quality report, which refreshes itself
    after every change, and on the cards at the next page load.
    """

    findings_by_story: dict[int, list[str]]
    role_by_story: dict[int, str] = field(default_factory=dict)
    suggested_mark: str = SUGGESTED_MARK

    def role_of(self, story: Story) -> str:
        return self.role_by_story.get(story.id, "")


def card_view(story: Story) -> CardView:
    """The findings and role the card of ``story`` shows, judged as the full view judges them."""
    project = map_of(story)
    lines = db.session.execute(
        sa.select(Story.id, Story.title, Story.description)
        .join(Task, Story.task_id == Task.id)
        .join(Activity, Task.activity_id == Activity.id)
        .where(Activity.project_id == project.id)
        .order_by(Activity.position, Task.position, Story.position)
    ).all()
    draft = StoryDraft(
        title=story.title,
        description=story.description or story.title,
        priority=release_tier(story.release.position),
        acceptance_criteria=list(story.acceptance_criteria or []),
        sources=list(story.sources or []),
        suggested=bool(story.suggested),
        written_by_hand=bool(story.written_by_hand),
    )
    document, index = read_requirements(project.requirements)
    path = (story.task.activity.position, story.task.position, story.position)
    facts = index.facts(path, draft)
    if draft.suggested:
        facts.source = None  # as the full lint: a suggestion restates no statement
    titles = Counter(title_key(line.title) for line in lines)
    pairs = story_findings(draft, duplicate_title=titles[title_key(draft.title)] > 1)
    pairs += content_findings(facts, document, index)
    return CardView(
        findings_by_story={story.id: [message for _, message in pairs]},
        role_by_story={story.id: _role_as_spelt(lines, story)},
    )


@functools.lru_cache(maxsize=16)
def read_requirements(requirements: str) -> tuple[Document, StatementIndex]:
    """The map's requirements read once per process, not at every edit (a 40 KB document
    takes about 60 ms to read); a map's requirements never change after it is made."""
    document = read_document(requirements)
    return document, StatementIndex(document)


def _role_as_spelt(lines, story: Story) -> str:
    """The story's role as the map first spells it: the role filter's option values."""
    role = read_story_line(story.description or "").role
    if not role:
        return ""
    wanted = role.casefold()
    for line in lines:
        if line.id == story.id:
            break
        spelt = read_story_line(line.description or "").role
        if spelt and spelt.casefold() == wanted:
            return spelt
    return role


def _card(story: Story, status: int = 200, **headers):
    html = render_template(
        "maps/_card.html", story=story, view=card_view(story), ticked=set(), readonly=False
    )
    return make_response(html, status, **headers)


def _board(project_id: int, status: int = 200, alert: str | None = None, **headers):
    """The whole board, swapped for ``#story-map`` whatever the request targeted."""
    project = user_project_or_404(project_id, current_user)
    html = render_template("maps/_board.html", **map_page_context(project))
    if alert:
        html += render_template("maps/_alert.html", message=alert)
    return make_response(html, status, retarget="#story-map", reswap="outerHTML", **headers)


def _to_map(project_id: int):
    return redirect(url_for("maps.show", project_id=project_id), code=303)


def _page(title: str, fragment: str, status: int = 200, **context):
    """A fragment on a page of its own: the forms work without JavaScript too."""
    page = render_template("maps/story_page.html", page_title=title, fragment=fragment, **context)
    return page, status


# Reading what was sent ------------------------------------------------------------------


@dataclass
class SentStory:
    """A story's fields as a form sent them (or as saved, for a fresh form)."""

    title: str = ""
    description: str = ""
    criteria: list[str] = field(default_factory=list)
    release_id: str = ""
    version: str = ""

    @classmethod
    def of(cls, story: Story) -> SentStory:
        return cls(
            title=story.title,
            description=story.description or "",
            criteria=list(story.acceptance_criteria or []),
            release_id=str(story.release_id),
            version=str(story.version),
        )

    @classmethod
    def from_form(cls) -> SentStory:
        lines = []
        # One textarea (one criterion a line) or one field per criterion (the conflict's).
        for value in request.form.getlist("acceptance_criteria"):
            lines += value.splitlines()
        return cls(
            title=request.form.get("title", ""),
            description=request.form.get("description", ""),
            criteria=lines,
            release_id=request.form.get("release_id", ""),
            version=request.form.get("version", ""),
        )


# Routes ---------------------------------------------------------------------------------


@blueprint.get("/maps/<int:project_id>/board")
@login_required
def board(project_id: int):
    """The board fragment as saved now: what the page reloads when a drag went wrong."""
    project = user_project_or_404(project_id, current_user)
    return render_template("maps/_board.html", **map_page_context(project))


@blueprint.get("/stories/<int:story_id>")
@login_required
def card(story_id: int):
    """The story's card, as saved now: what Cancel and "Take theirs" swap back in."""
    story = owned_story(story_id)
    if not request.htmx:
        project_id = map_of(story).id
        return redirect(url_for("maps.show", project_id=project_id, _anchor=f"story-{story.id}"))
    return _card(story)


@blueprint.get("/stories/<int:story_id>/edit")
@login_required
def edit(story_id: int):
    """The card as a form: title, story line, acceptance criteria and release."""
    story = owned_story(story_id)
    context = {"story": story, "project": map_of(story), "values": SentStory.of(story)}
    if request.htmx:
        return render_template("maps/_card_edit.html", **context)
    return _page(f'Edit "{story.title}"', "maps/_card_edit.html", **context)


@blueprint.post("/stories/<int:story_id>")
@login_required
def update(story_id: int):
    """Save the card's fields; a story put in another release moves to that row."""
    story = owned_story(story_id)
    project_id = map_of(story).id
    sent = SentStory.from_form()
    release_before = story.release_id
    try:
        edits.edit_story(
            story,
            current_user,
            version=sent.version,
            title=sent.title,
            description=sent.description,
            criteria=sent.criteria,
            release_id=sent.release_id,
        )
    except EditError as error:
        db.session.rollback()
        if not request.htmx:
            flash(str(error), "error")
            return _to_map(project_id)
        story = owned_story(story_id)
        html = render_template(
            "maps/_card_edit.html",
            story=story,
            project=map_of(story),
            values=sent,
            error=str(error),
        )
        return html, 422
    except Conflict:
        db.session.rollback()
        return _conflict(edit_conflict(owned_story(story_id), sent))
    moved = story.release_id != release_before
    db.session.commit()
    if not request.htmx:
        flash(f'Saved the story "{sent.title.strip()}".')
        return _to_map(project_id)
    if moved:
        return _board(project_id, trigger=MAP_CHANGED)
    return _card(owned_story(story_id), trigger=MAP_CHANGED)


@blueprint.get("/stories/<int:story_id>/move")
@login_required
def move_form(story_id: int):
    """The "Move to..." menu's form: release and task, or up and down in its cell."""
    story = owned_story(story_id)
    project = map_of(story)
    load_places(project)
    cell = [other for other in story.task.stories if other.release_id == story.release_id]
    context = {
        "story": story,
        "project": project,
        "index": cell.index(story),
        "cell_size": len(cell),
    }
    if request.htmx:
        return render_template("maps/_move_menu.html", **context)
    return _page(f'Move "{story.title}"', "maps/_move_menu.html", **context)


@blueprint.post("/stories/<int:story_id>/move")
@login_required
def move(story_id: int):
    """Put the story in another cell, or at another place in its own.

    A drag gets the moved card back (the card is in its new place already); the menu, and
    any move that fails, gets the board, so the page shows the map as saved.
    """
    story = owned_story(story_id)
    project = map_of(story)
    project_id = project.id
    load_places(project)
    wanted = {
        "task_id": request.form.get("task_id", ""),
        "release_id": request.form.get("release_id", ""),
        "position": request.form.get("position", ""),
    }
    try:
        edits.move_story(story, current_user, version=request.form.get("version"), **wanted)
    except EditError as error:
        db.session.rollback()
        if not request.htmx:
            flash(str(error), "error")
            return _to_map(project_id)
        return _board(project_id, 422, alert=f"The story was not moved: {error}")
    except Conflict:
        db.session.rollback()
        story = owned_story(story_id)
        if not request.htmx:
            return _conflict(move_conflict(story, wanted))
        message = (
            f'"{story.title}" changed since this page was loaded{_changed_by(story)}; '
            "the map now shows it as saved. Move it again if it should still move."
        )
        return _board(project_id, 409, alert=message)
    db.session.commit()
    if not request.htmx:
        story = owned_story(story_id)
        flash(f'Moved the story "{story.title}" to {story.task.title}, {story.release.name}.')
        return _to_map(project_id)
    if request.headers.get("HX-Target") == f"story-{story_id}":
        return _card(owned_story(story_id), trigger=MAP_CHANGED)
    return _board(project_id, trigger=MAP_CHANGED)


@blueprint.post("/tasks/<int:task_id>/stories")
@login_required
def add(task_id: int):
    """Write a new story at the end of a cell (task and release); it has no source."""
    task = edits.owned_task_or_404(task_id, current_user)
    project_id = map_of(task).id
    release_id = request.form.get("release_id", "")
    try:
        story, _ = edits.add_story(
            task,
            current_user,
            title=request.form.get("title"),
            description=request.form.get("description"),
            criteria=request.form.getlist("acceptance_criteria"),
            release_id=release_id,
        )
    except EditError as error:
        db.session.rollback()
        if not request.htmx:
            flash(str(error), "error")
            return _to_map(project_id)
        return _add_refused(task_id, release_id, str(error))
    story_id = story.id
    db.session.commit()
    story = owned_story(story_id)
    if not request.htmx:
        flash(f'Added the story "{story.title}" to {story.task.title}, {story.release.name}.')
        return _to_map(project_id)
    return _card(story, trigger=MAP_CHANGED)


def _add_refused(task_id: int, release_id: str, message: str):
    """The cell's "+ Story" form again, open, with the message; 422."""
    task = edits.owned_task_or_404(task_id, current_user)
    release = next((r for r in map_of(task).releases if str(r.id) == release_id), None)
    if release is None:  # not a release of this map: no cell to answer in
        html = render_template("maps/_alert.html", message=message, oob=False)
        return make_response(html, 422, retarget="#alerts", reswap="innerHTML")
    html = render_template(
        "maps/_add_story.html",
        task=task,
        release=release,
        error=message,
        title=request.form.get("title", ""),
    )
    return make_response(
        html, 422, retarget=f"#add-story-{task.id}-{release.id}", reswap="outerHTML"
    )


@blueprint.get("/stories/<int:story_id>/delete")
@login_required
def confirm_delete(story_id: int):
    """Ask before deleting, without JavaScript (htmx asks with ``hx-confirm``)."""
    story = owned_story(story_id)
    return _page(
        f'Delete "{story.title}"?',
        "maps/_delete_story.html",
        story=story,
        project=map_of(story),
        gone=_what_goes(story),
    )


@blueprint.post("/stories/<int:story_id>/delete")
@login_required
def delete(story_id: int):
    """Delete the story and its wireframes (undo brings the story back)."""
    story = owned_story(story_id)
    project_id = map_of(story).id
    gone = _what_goes(story)
    try:
        edits.delete(story, current_user, version=request.form.get("version"))
    except Conflict:
        db.session.rollback()
        return _conflict(delete_conflict(owned_story(story_id)))
    db.session.commit()
    if not request.htmx:
        flash(f"Deleted {gone}.")
        return _to_map(project_id)
    # An empty body in place of the card: the card goes.
    return make_response("", 200, reswap="outerHTML", trigger=MAP_CHANGED)


def _what_goes(story: Story) -> str:
    return f'the story "{story.title}" and its {edits.what_goes_with(story)}'


# Conflicts ------------------------------------------------------------------------------


@dataclass
class ConflictView:
    """What templates/maps/_conflict.html shows: the row as sent and as saved now.

    ``rows`` are (label, mine, theirs), lists for multi-line values and ``mine`` None where
    there is nothing of the sender's to show; ``keep_fields`` are the hidden fields that send
    "mine" again on the current version.
    """

    element_id: str
    heading: str
    rows: list[tuple[str, object, object]]
    keep_url: str
    keep_label: str
    keep_fields: list[tuple[str, str]]
    theirs_url: str
    theirs_label: str
    map_url: str
    change: MapChange | None = None
    mine_heading: str = "Yours, as you sent it"
    theirs_heading: str = "Saved now"

    @property
    def shows_mine(self) -> bool:
        """False for a delete: there is no "mine" to set beside the saved story."""
        return any(mine is not None for _, mine, _ in self.rows)


def _conflict(view: ConflictView):
    if request.htmx:
        return render_template("maps/_conflict.html", conflict=view), 409
    return _page("This story changed meanwhile", "maps/_conflict.html", 409, conflict=view)


def edit_conflict(story: Story, sent: SentStory) -> ConflictView:
    """Both versions of an edit, and the fields that keep the sender's."""
    project = map_of(story)
    releases = {str(release.id): release.name for release in project.releases}
    keep = [("title", sent.title), ("description", sent.description)]
    keep += [("acceptance_criteria", line) for line in sent.criteria]
    keep += [("release_id", sent.release_id), ("version", str(story.version))]
    return ConflictView(
        element_id=f"story-{story.id}",
        heading="This story changed since you opened it",
        rows=[
            ("Title", sent.title, story.title),
            ("Story line", sent.description, story.description),
            (
                "Acceptance criteria",
                [line for line in sent.criteria if line.strip()],
                list(story.acceptance_criteria or []),
            ),
            ("Release", releases.get(sent.release_id, "unchanged"), story.release.name),
        ],
        keep_url=url_for("stories.update", story_id=story.id),
        keep_label="Keep mine",
        keep_fields=keep,
        theirs_url=url_for("stories.card", story_id=story.id),
        theirs_label="Take theirs",
        map_url=url_for("maps.show", project_id=project.id, _anchor=f"story-{story.id}"),
        change=last_change_to(story),
    )


def move_conflict(story: Story, wanted: dict) -> ConflictView:
    """Where the story was asked to go, and where it is now."""
    project = map_of(story)
    load_places(project)
    tasks = {str(t.id): t.title for a in project.activities for t in a.tasks}
    releases = {str(r.id): r.name for r in project.releases}
    asked = (
        f"{tasks.get(wanted['task_id'], story.task.title)}, "
        f"{releases.get(wanted['release_id'], story.release.name)}"
    )
    keep = [(name, value) for name, value in wanted.items() if value != ""]
    keep.append(("version", str(story.version)))
    return ConflictView(
        element_id=f"story-{story.id}",
        heading="This story changed since you loaded the page",
        rows=[
            ("Title", story.title, story.title),
            ("Place", asked, f"{story.task.title}, {story.release.name}"),
        ],
        keep_url=url_for("stories.move", story_id=story.id),
        keep_label="Move it anyway",
        keep_fields=keep,
        theirs_url=url_for("stories.card", story_id=story.id),
        theirs_label="Leave it where it is",
        map_url=url_for("maps.show", project_id=project.id, _anchor=f"story-{story.id}"),
        change=last_change_to(story),
        mine_heading="Where you moved it",
    )


def delete_conflict(story: Story) -> ConflictView:
    """A delete sent from a stale card: show the story as it is now before it goes."""
    project = map_of(story)
    criteria = list(story.acceptance_criteria or [])
    return ConflictView(
        element_id=f"story-{story.id}",
        heading="This story changed since you loaded the page",
        rows=[
            ("Title", None, story.title),
            ("Story line", None, story.description),
            ("Acceptance criteria", None, criteria),
            ("Release", None, story.release.name),
        ],
        keep_url=url_for("stories.delete", story_id=story.id),
        keep_label="Delete it anyway",
        keep_fields=[("version", str(story.version))],
        theirs_url=url_for("stories.card", story_id=story.id),
        theirs_label="Keep the story",
        map_url=url_for("maps.show", project_id=project.id, _anchor=f"story-{story.id}"),
        change=last_change_to(story),
    )


def last_change_to(story: Story) -> MapChange | None:
    """The newest recorded change that touched the story: who changed it, and when."""
    changes = db.session.scalars(
        sa.select(MapChange)
        .where(MapChange.project_id == map_of(story).id)
        .order_by(MapChange.id.desc())
        .limit(RECENT_CHANGES)
    )
    for change in changes:
        if any(op["kind"] == "story" and op["id"] == story.id for op in change.ops or []):
            return change
    return None


def _changed_by(story: Story) -> str:
    change = last_change_to(story)
    if change is None:
        return ""
    who = change.user.email if change.user is not None else "someone"
    return f" ({who}, {change.created_at.strftime('%Y-%m-%d %H:%M')} UTC)"
