"""Regenerate a story, a task or an activity: a job rewrites it, hand-made stories stay."""

import dramatiq
import pytest
import sqlalchemy as sa

from generation import generate_map
from tests.conftest import AuthActions, job_id_from, redeliver
from tests.web.test_map_history import (
    edit_title,
    make_map,
    map_now,
    story_named,
    task_named,
)
from webapp.extensions import db
from webapp.jobs.kinds import BULK_PRIORITY, INTERACTIVE_PRIORITY, REGENERATE_PRIORITY
from webapp.maps.regenerate import stated_stories
from webapp.models import Job, MapChange, Project, Story, Task

RELATIVE = "Patients must be able to book a slot for a relative."


@pytest.fixture
def client(app):
    """A client that keeps no context after its requests: see tests/web/test_map_history.py."""
    return app.test_client()


def regenerate(client, token, part: str, part_id: int):
    return client.post(f"/{part}/{part_id}/regenerate", data={"csrf_token": token})


def stories_of(app, task_id: int) -> list[Story]:
    with app.app_context():
        stories = db.session.get(Task, task_id).stories
        for story in stories:
            db.session.expunge(story)
        return stories


def job_row(app, job_id: int) -> Job:
    with app.app_context():
        job = db.session.get(Job, job_id)
        db.session.expunge(job)
        return job


def test_regenerating_a_task_keeps_the_stories_made_by_hand_and_rewrites_the_others(
    app, client, auth, broker, stub_worker
):
    # Given the task "Book": one story edited by hand, one written by hand, one from the text
    # whose words went stale (as an older generator wrote them)
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    book = task_named(app, "Book")
    edit_title(client, token, story_named(app, "Book free time slot"), "Book a free time slot")
    with app.app_context():
        later = db.session.get(Project, project_id).releases[2].id
        stale = db.session.scalar(sa.select(Story).where(Story.title == "Book slot"))
        stale.title, stale.description = "Old wording", "Old wording"
        db.session.commit()
    client.post(
        f"/tasks/{book.id}/stories",
        data={"title": "Book for twins", "release_id": later, "csrf_token": token},
    )
    edited = story_named(app, "Book a free time slot")
    written = story_named(app, "Book for twins")
    before = map_now(app, project_id)
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert f'action="/tasks/{book.id}/regenerate"' in page

    # When "Regenerate" is pressed on the task
    response = regenerate(client, token, "tasks", book.id)

    # Then a job is recorded and the user waits on its page, like for any other job
    assert response.status_code == 303
    job_id = job_id_from(response)
    broker.join("regenerations", fail_fast=True)
    job = job_row(app, job_id)
    assert (job.kind, job.status, job.source_project_id) == ("regenerate", "completed", project_id)
    assert job.options["part"] == "task" and job.options["id"] == book.id
    assert job.note.endswith("Kept 2 stories written or edited by hand.")
    job_page = client.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert "Task regeneration job" in job_page and "Kept 2 stories" in job_page
    assert f'href="/maps/{project_id}"' in job_page

    # The hand-made stories are exactly as they were, marked; the stale one is written again
    # from its sentence, as the generator writes it
    stories = {story.id: story for story in stories_of(app, book.id)}
    for kept in (edited, written):
        now = stories[kept.id]
        assert (now.title, now.description, now.acceptance_criteria, now.release_id) == (
            kept.title,
            kept.description,
            kept.acceptance_criteria,
            kept.release_id,
        )
        assert now.version == kept.version
    new = [story for story in stories.values() if story.id not in (edited.id, written.id)]
    (expected,) = stated_stories(generate_map(RELATIVE))
    assert [(story.title, story.sources) for story in new] == [(expected.title, [RELATIVE])]
    assert not new[0].edited_by_hand and not new[0].written_by_hand
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert "Old wording" not in page and expected.title in page
    assert "Edited by hand" in page and "Written by hand" in page

    # And one Undo takes the whole regeneration back
    history = client.get(f"/maps/{project_id}/history").get_data(as_text=True)
    assert "Regenerated task &#34;Book&#34;" in history
    client.post(f"/maps/{project_id}/undo", data={"csrf_token": token})
    assert map_now(app, project_id) == before


def test_regenerating_an_activity_rewrites_each_task_from_its_own_sentences(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    with app.app_context():
        activity = db.session.get(Project, project_id).activities[0]
        activity_id = activity.id
        sources = {task.id: [s.sources for s in task.stories] for task in activity.tasks}
        for task in activity.tasks:  # words an older generator wrote
            for story in task.stories:
                story.title = story.description = f"Old wording {story.id}"
        db.session.commit()
    before = map_now(app, project_id)

    response = regenerate(client, token, "activities", activity_id)
    broker.join("regenerations", fail_fast=True)

    job = job_row(app, job_id_from(response))
    assert job.status == "completed", job.error
    for task_id, task_sources in sources.items():
        stories = stories_of(app, task_id)
        assert [story.sources for story in stories] == task_sources
        assert not any(story.title.startswith("Old wording") for story in stories)
    with app.app_context():
        changes = db.session.scalars(sa.select(MapChange)).all()
        assert [change.kind for change in changes] == ["regenerate"]
        assert changes[0].summary == f'Regenerated activity "{job.options["title"]}"'
    client.post(f"/maps/{project_id}/undo", data={"csrf_token": token})
    assert map_now(app, project_id) == before


def test_regenerating_a_story_puts_the_new_one_in_its_place(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    story = story_named(app, "Search doctors (patient)")
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert f'action="/stories/{story.id}/regenerate"' in page

    response = regenerate(client, token, "stories", story.id)
    broker.join("regenerations", fail_fast=True)

    assert job_row(app, job_id_from(response)).status == "completed"
    stories = stories_of(app, story.task_id)
    assert story.id not in [s.id for s in stories]
    new = [s for s in stories if s.sources == story.sources]
    assert len(new) == 1
    assert (new[0].task_id, new[0].release_id, new[0].position) == (
        story.task_id,
        story.release_id,
        story.position,
    )


def test_a_part_made_only_by_hand_has_nothing_to_regenerate_from(
    app, client, auth, broker, stub_worker
):
    # Given a task added by hand, holding one story written by hand
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    with app.app_context():
        project = db.session.get(Project, project_id)
        activity_id, mvp = project.activities[-1].id, project.releases[0].id
    client.post(
        f"/activities/{activity_id}/tasks", data={"title": "Waiting list", "csrf_token": token}
    )
    task = task_named(app, "Waiting list")
    client.post(
        f"/tasks/{task.id}/stories",
        data={"title": "Join the waiting list", "release_id": mvp, "csrf_token": token},
    )
    before = map_now(app, project_id)

    response = regenerate(client, token, "tasks", task.id)
    broker.join("regenerations", fail_fast=True)

    job_id = job_id_from(response)
    job = job_row(app, job_id)
    assert job.status == "failed"
    message = "Nothing to regenerate from: these stories were written or changed by hand."
    assert job.error == message
    job_page = client.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert message in job_page and f'href="/maps/{project_id}"' in job_page
    assert map_now(app, project_id) == before
    # A story edited by hand is kept the same way: regenerating it alone fails too
    story = story_named(app, "Rate visit")
    edit_title(client, token, story, "Rate a visit")
    response = regenerate(client, token, "stories", story.id)
    broker.join("regenerations", fail_fast=True)
    assert job_row(app, job_id_from(response)).error == message


def test_the_job_waits_on_its_own_queue_between_bulk_and_interactive_work_once(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    task = task_named(app, "Book")
    stub_worker.stop()

    job_id = job_id_from(regenerate(client, token, "tasks", task.id))

    message = dramatiq.Message.decode(broker.queues["regenerations"].get_nowait())
    assert (message.queue_name, message.actor_name, message.args) == (
        "regenerations",
        "regenerate_part",
        (job_id,),
    )
    assert BULK_PRIORITY < REGENERATE_PRIORITY < INTERACTIVE_PRIORITY
    assert message.options["broker_priority"] == REGENERATE_PRIORITY
    job = job_row(app, job_id)
    assert (job.status, job.priority, job.message_id) == (
        "queued",
        REGENERATE_PRIORITY,
        message.message_id,
    )
    page = client.get("/maps").get_data(as_text=True)
    assert 'Regenerate task "Book" of Clinic booking' in page
    # Pressing it again while the job waits answers with the same job, not a second one
    assert job_id_from(regenerate(client, token, "tasks", task.id)) == job_id
    assert broker.queues["regenerations"].qsize() == 0


def test_a_finished_regeneration_delivered_again_changes_nothing(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    job_id = job_id_from(regenerate(client, token, "tasks", task_named(app, "Book").id))
    broker.join("regenerations", fail_fast=True)
    after = map_now(app, project_id)

    redeliver(app, job_id)
    broker.join("regenerations", fail_fast=True)

    assert map_now(app, project_id) == after
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(MapChange.id))) == 1
        assert db.session.get(Job, job_id).attempts == 1


def test_another_users_story_task_or_activity_cannot_be_regenerated(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    with app.app_context():
        project = db.session.get(Project, project_id)
        activity = project.activities[0]
        ids = {
            "stories": activity.tasks[0].stories[0].id,
            "tasks": activity.tasks[0].id,
            "activities": activity.id,
        }
    bob = app.test_client()
    bob_auth = AuthActions(bob)
    bob_auth.register("bob@example.com")
    bob_token = bob_auth.token("/maps/new")

    for part, part_id in ids.items():
        assert regenerate(bob, bob_token, part, part_id).status_code == 404
        assert regenerate(bob, bob_token, part, 999_999).status_code == 404

    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Job.id))) == 1  # Ada's map job
