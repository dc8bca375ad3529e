"""The editing service: each change is recorded, undone and restored as the user made it."""

import pytest
import sqlalchemy as sa

from generation import generate_map
from tests.clinic import CLINIC_BOOKING
from webapp.extensions import db
from webapp.maps import edits
from webapp.maps.editing import Conflict, EditError, restore, undo
from webapp.maps.services import save_story_map
from webapp.models import Job, MapChange, Project, User

TEXT = CLINIC_BOOKING


@pytest.fixture
def project(app):
    with app.app_context():
        yield _saved_map()


def _saved_map():
    user = User(email="pm@example.com")
    user.set_password("correct horse")
    db.session.add(user)
    db.session.flush()
    job = Job(user_id=user.id, requirements=TEXT)
    db.session.add(job)
    db.session.flush()
    project = save_story_map(job, generate_map(TEXT, providers=[]))
    db.session.commit()
    return project


def snapshot(project_id: int) -> list:
    """The whole map as plain values, to compare before and after."""
    db.session.expire_all()
    project = db.session.get(Project, project_id)
    return [
        project.product_name,
        [(r.id, r.position, r.name) for r in project.releases],
        [
            (
                a.id,
                a.position,
                a.title,
                [
                    (
                        t.id,
                        t.position,
                        t.title,
                        [
                            (s.id, s.position, s.title, s.release_id, s.acceptance_criteria)
                            for s in t.stories
                        ],
                    )
                    for t in a.tasks
                ],
            )
            for a in project.activities
        ],
    ]


def first_story(project):
    return project.activities[0].tasks[0].stories[0]


def test_an_edit_is_recorded_with_before_and_after_and_undone(project):
    before = snapshot(project.id)
    story = first_story(project)
    old_title = story.title
    change = edits.edit_story(
        story,
        project.user,
        version=story.version,
        title="Find a doctor by specialty",
        description=story.description,
        criteria="Given a specialty\nWhen I search\nThen I see its doctors",
    )
    db.session.commit()
    assert change.ops[0]["before"]["title"] == old_title
    assert change.ops[0]["after"]["title"] == "Find a doctor by specialty"
    assert story.edited_by_hand and story.version == 2

    undo(project, project.user)
    db.session.commit()
    assert snapshot(project.id) == before


def test_undo_walks_back_change_after_change(project):
    before = snapshot(project.id)
    release, _ = edits.add_release(project, project.user, name="Beta")
    db.session.commit()
    task = project.activities[-1].tasks[-1]
    edits.add_story(task, project.user, title="Export my visits", release_id=release.id)
    db.session.commit()
    activity = project.activities[0]
    edits.delete(activity, project.user)
    db.session.commit()
    assert snapshot(project.id) != before

    for _ in range(3):
        assert undo(project, project.user) is not None
        db.session.commit()
    assert snapshot(project.id) == before
    assert undo(project, project.user) is None  # nothing left: undos are not undone


def test_a_story_moved_to_another_cell_and_back_by_undo(project):
    before = snapshot(project.id)
    story = first_story(project)
    target_task = project.activities[-1].tasks[0]
    later = project.releases[-1]
    edits.move_story(
        story,
        project.user,
        version=story.version,
        task_id=target_task.id,
        release_id=later.id,
        position=0,
    )
    db.session.commit()
    db.session.expire_all()
    moved = db.session.get(type(story), story.id)
    assert (moved.task_id, moved.release_id, moved.priority) == (target_task.id, later.id, "Later")
    assert [s.position for s in moved.task.stories] == list(range(len(moved.task.stories)))

    undo(project, project.user)
    db.session.commit()
    assert snapshot(project.id) == before


def test_restore_puts_the_map_back_as_it_was_at_a_change(project):
    edits.rename(project, project.user, version=project.version, title="Clinic")
    db.session.commit()
    at_rename = snapshot(project.id)
    rename_change = db.session.scalar(sa.select(MapChange).order_by(MapChange.id.desc()))
    edits.delete(project.activities[0], project.user)
    db.session.commit()
    edits.add_activity(project, project.user, title="Pay for a visit")
    db.session.commit()

    restore(project, project.user, rename_change.id)
    db.session.commit()
    assert snapshot(project.id) == at_rename
    undo(project, project.user)  # the restore is a change like any other
    db.session.commit()
    assert [a.title for a in db.session.get(Project, project.id).activities][
        -1
    ] == "Pay for a visit"


def test_an_edit_on_a_stale_version_is_a_conflict_and_changes_nothing(project):
    story = first_story(project)
    edits.edit_story(story, project.user, version=1, title="Mine", description="x")
    db.session.commit()
    with pytest.raises(Conflict):
        edits.edit_story(story, project.user, version=1, title="Theirs", description="y")
    db.session.rollback()
    assert db.session.get(type(story), story.id).title == "Mine"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "   "}, "needs a title"),
        ({"title": "Ok", "criteria": "x" * 1001}, "at most 1,000"),
        ({"title": "Ok", "criteria": "\n".join(["c"] * 21)}, "at most 20"),
        ({"title": "Ok", "release_id": 999999}, "this map's releases"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_changes_nothing(project, fields, message):
    story = first_story(project)
    before = snapshot(project.id)
    with pytest.raises(EditError, match=message):
        edits.edit_story(story, project.user, version=story.version, **fields)
    db.session.rollback()
    assert snapshot(project.id) == before


def test_reordering_releases_makes_the_first_the_mvp(project):
    beta, _ = edits.add_release(project, project.user, name="Beta")
    db.session.commit()
    edits.move_release(beta, project.user, version=beta.version, position=0)
    db.session.commit()
    db.session.expire_all()
    fresh = db.session.get(Project, project.id)
    assert [r.name for r in fresh.releases] == ["Beta", "MVP", "Release 1", "Later"]
    assert {s.priority for s in fresh.releases[1].stories} <= {"Release 1"}


def test_a_deleted_story_takes_its_wireframes_and_a_new_story_gets_none(project):
    from webapp.models import Story, Wireframe

    story = project.activities[-1].tasks[-1].stories[-1]  # the highest id: SQLite reuses it
    job = Job(user_id=project.user_id, kind="wireframes", source_project_id=project.id)
    db.session.add(job)
    db.session.flush()
    db.session.add(
        Wireframe(
            job_id=job.id, story_id=story.id, position=0, status="done", style="low", platform="web"
        )
    )
    db.session.commit()
    task = story.task
    edits.delete(story, project.user)
    db.session.commit()
    added, _ = edits.add_story(task, project.user, title="A new story", release_id=story.release_id)
    db.session.commit()

    assert db.session.scalars(sa.select(Wireframe)).all() == []
    assert db.session.get(Story, added.id).wireframes == []
