"""Changes to a saved map, each recorded with the rows it touched, so it can be undone.

Every edit goes through a :class:`Recorder`: it notes a row's state before the edit, and at
the end keeps, for each row, what it was and what it became (a ``MapChange``). Undo applies
one change's ``before`` sides; restoring the map as it was at a change applies the
``before`` sides of everything after it. Both are changes themselves, so they can be undone.

Versions guard against lost updates: an edit names the version of the row it was made on,
and :func:`claim` raises it only if it is still that one (one UPDATE ... WHERE version = ?),
so of two edits made on the same version exactly one wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import attributes

from webapp.extensions import db
from webapp.models import (
    Activity,
    MapChange,
    Project,
    Release,
    Story,
    Task,
    User,
    Wireframe,
    utcnow,
)

#: The fields a change records for each kind of row, and the model it is kept in.
FIELDS: dict[str, tuple[str, ...]] = {
    "project": ("product_name",),
    "release": ("project_id", "position", "name"),
    "activity": ("project_id", "position", "title"),
    "task": ("activity_id", "position", "title"),
    "story": (
        "task_id",
        "release_id",
        "position",
        "title",
        "description",
        "acceptance_criteria",
        "priority",
        "sources",
        "suggested",
        "written_by_hand",
        "edited_by_hand",
    ),
}
MODELS = {
    "project": Project,
    "release": Release,
    "activity": Activity,
    "task": Task,
    "story": Story,
}
KINDS = {model: kind for kind, model in MODELS.items()}
#: Parents before children when rows are created, children first when they are deleted.
CREATE_ORDER = ("release", "activity", "task", "story")


class Conflict(Exception):
    """An edit was made on an older version of the row than the one saved now."""

    def __init__(self, row):
        super().__init__(f"{KINDS[type(row)]} {row.id} changed since the page was loaded")
        self.row = row


class EditError(ValueError):
    """The edit cannot be made as sent; the message says why, for the person who sent it."""


@dataclass
class Key:
    kind: str
    id: int

    def __hash__(self) -> int:
        return hash((self.kind, self.id))


def state_of(row) -> dict:
    """The row's recorded fields (and its version), as JSON-ready values."""
    state = {name: _plain(getattr(row, name)) for name in FIELDS[KINDS[type(row)]]}
    state["version"] = row.version
    return state


def _plain(value):
    return list(value) if isinstance(value, list) else value


def claim(row, version: int | None) -> None:
    """Raise the row's version if it is still ``version``; raise :class:`Conflict` if not.

    The UPDATE's WHERE clause makes the check and the raise one step: of two requests
    carrying the same version, the second finds none to update.
    """
    if version is None or row.version != version:
        raise Conflict(row)
    model = type(row)
    result = db.session.execute(
        sa.update(model)
        .where(model.id == row.id, model.version == version)
        .values(version=version + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.rollback()
        raise Conflict(db.session.get(model, row.id) or row)
    attributes.set_committed_value(row, "version", version + 1)


class Recorder:
    """Collects what one change does to a map's rows; :meth:`save` writes the MapChange."""

    def __init__(self, project: Project, user: User | None, summary: str, kind: str = "edit"):
        self.project = project
        self.user = user
        self.summary = summary[:300]
        self.kind = kind
        self._before: dict[Key, dict | None] = {}
        self._rows: dict[Key, object] = {}

    def touch(self, row) -> None:
        """Note the row as it is, before this change alters or deletes it."""
        key = Key(KINDS[type(row)], row.id)
        if key not in self._before:
            self._before[key] = state_of(row)
            self._rows[key] = row

    def created(self, row) -> None:
        """Note a row this change adds (flushed here, for its id)."""
        db.session.flush()
        key = Key(KINDS[type(row)], row.id)
        self._before.setdefault(key, None)
        self._rows[key] = row

    def deleted(self, row) -> None:
        """Note a row this change deletes, with every row under it, then delete it."""
        with db.session.no_autoflush:
            rows = [*_descendants(row), row]
            for each in rows:
                self.touch(each)
                db.session.delete(each)
        delete_wireframes_of([each.id for each in rows if isinstance(each, Story)])

    def save(self) -> MapChange | None:
        """Flush, and record the change; None when nothing actually changed."""
        db.session.flush()
        ops = []
        for key, before in self._before.items():
            row = self._rows[key]
            gone = attributes.instance_state(row).deleted or attributes.instance_state(row).detached
            after = None if gone else state_of(row)
            if before is None and after is None:
                continue
            if before is not None and after is not None:
                changed = [name for name in FIELDS[key.kind] if before.get(name) != after.get(name)]
                if not changed:
                    continue
                before = {name: before[name] for name in changed}
                after = {name: after[name] for name in changed}
            ops.append({"kind": key.kind, "id": key.id, "before": before, "after": after})
        if not ops:
            return None
        change = MapChange(
            project_id=self.project.id,
            user_id=self.user.id if self.user is not None else None,
            kind=self.kind,
            summary=self.summary,
            ops=ops,
        )
        db.session.add(change)
        db.session.flush()
        return change


def delete_wireframes_of(story_ids: list[int]) -> None:
    """Delete the drawings of deleted stories (SQLite does not cascade, and reuses ids)."""
    if story_ids:
        db.session.execute(
            sa.delete(Wireframe)
            .where(Wireframe.story_id.in_(story_ids))
            .execution_options(synchronize_session=False)
        )


def _descendants(row) -> list:
    """The rows deleted with ``row``: a task's stories, an activity's tasks and their stories."""
    if isinstance(row, Task):
        return list(row.stories)
    if isinstance(row, Activity):
        return [story for task in row.tasks for story in task.stories] + list(row.tasks)
    if isinstance(row, Release):
        return list(row.stories)
    return []


def renumber(rows: Iterable, recorder: Recorder) -> None:
    """Give ``rows`` the positions 0, 1, 2 ... in their order, noting the ones that move."""
    for position, row in enumerate(rows):
        if row.position != position:
            recorder.touch(row)
            row.position = position


# Undo and restore -----------------------------------------------------------------------


def last_undoable(project: Project) -> MapChange | None:
    """The newest change "Undo" would revert: not an undo itself, not undone already."""
    return db.session.scalar(
        sa.select(MapChange)
        .where(
            MapChange.project_id == project.id,
            MapChange.kind != "undo",
            MapChange.undone_at.is_(None),
        )
        .order_by(MapChange.id.desc())
        .limit(1)
    )


def undo(project: Project, user: User | None) -> MapChange | None:
    """Revert the newest change not yet undone; None when there is nothing to undo.

    Marking it undone is a conditional UPDATE, so two "Undo" clicks at once revert it once.
    """
    change = last_undoable(project)
    if change is None:
        return None
    marked = db.session.execute(
        sa.update(MapChange)
        .where(MapChange.id == change.id, MapChange.undone_at.is_(None))
        .values(undone_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if marked.rowcount != 1:
        db.session.rollback()
        return undo(project, user)
    targets = {Key(op["kind"], op["id"]): op["before"] for op in change.ops}
    recorder = Recorder(project, user, f"Undo: {change.summary}", kind="undo")
    apply_states(project, targets, recorder)
    return recorder.save()


def restore(project: Project, user: User | None, change_id: int) -> MapChange | None:
    """Put the map back as it was right after change ``change_id``, as one new change.

    Walks back from the newest change to the chosen one, taking each row's state from
    before the oldest change that touched it.
    """
    chosen = db.session.get(MapChange, change_id)
    if chosen is None or chosen.project_id != project.id:
        raise EditError("That change is not in this map's history.")
    later = db.session.scalars(
        sa.select(MapChange)
        .where(MapChange.project_id == project.id, MapChange.id > change_id)
        .order_by(MapChange.id.desc())
    ).all()
    targets: dict[Key, dict | None] = {}
    for change in later:
        for op in change.ops:
            key = Key(op["kind"], op["id"])
            if op["before"] is None or op["after"] is None:
                targets[key] = None if op["before"] is None else dict(op["before"])
            else:
                targets[key] = {**(targets.get(key) or {}), **op["before"]}
    when = chosen.created_at.strftime("%Y-%m-%d %H:%M")
    recorder = Recorder(project, user, f"Restored the map as it was at {when}", kind="restore")
    apply_states(project, targets, recorder)
    return recorder.save()


def apply_states(project: Project, targets: dict[Key, dict | None], recorder: Recorder) -> None:
    """Make each row match its target state: delete (None), update its fields, or recreate it.

    A recreated row keeps its old id, so later changes naming it still find it.
    """
    rows = {key: db.session.get(MODELS[key.kind], key.id) for key in targets}
    deleted_stories = []
    with db.session.no_autoflush:
        for kind in reversed(CREATE_ORDER):  # children first: a task goes after its stories
            for key, state in targets.items():
                row = rows[key]
                if key.kind == kind and state is None and row is not None:
                    if not attributes.instance_state(row).deleted:
                        recorder.touch(row)
                        db.session.delete(row)
                        if kind == "story":
                            deleted_stories.append(row.id)
    db.session.flush()
    delete_wireframes_of(deleted_stories)
    for kind in ("project", *CREATE_ORDER):
        for key, state in targets.items():
            if key.kind != kind or state is None:
                continue
            row = rows[key]
            fields = {name: value for name, value in state.items() if name in FIELDS[kind]}
            if row is None:
                row = MODELS[kind](id=key.id, version=state.get("version", 0) + 1, **fields)
                db.session.add(row)
                recorder.created(row)
                continue
            recorder.touch(row)
            for name, value in fields.items():
                setattr(row, name, value)
            row.version += 1
    db.session.flush()
    db.session.expire(project)
