"""History and undo through the web: each change undone in turn, listed, and restored."""

import html
import re

import pytest
import sqlalchemy as sa

from tests.conftest import AuthActions, job_id_from
from tests.web.test_map_edit_history import snapshot
from webapp.extensions import db
from webapp.maps import edits
from webapp.models import MapChange, Project, Story, Task, User

CLINIC = """# Clinic booking

Patients book appointments with doctors.

- Patients must be able to search doctors by specialty.
- Patients must be able to search doctors by name.
- Patients must be able to book a free time slot.
- Patients must be able to book a slot for a relative.
- Patients can cancel an appointment up to 24 hours before it.
- Doctors must see their schedule for the day.
- Doctors can block time off.
- Later: patients can rate a visit.
"""
HTMX = {"HX-Request": "true"}


@pytest.fixture
def client(app):
    """A client that keeps no request context after its requests (pytest-flask's does).

    A kept context would be shared by the next client's request, and with it ``g`` and the
    logged-in user: Bob, or an anonymous visitor, would be taken for Ada.
    """
    return app.test_client()


def make_map(app, auth, broker, text=CLINIC, email="ada@example.com", register=True) -> int:
    """Register (or not) and make a map through the worker; returns its id."""
    if register:
        auth.register(email)
    job_id = job_id_from(auth.submit(text))
    broker.join("maps", fail_fast=True)
    with app.app_context():
        return db.session.scalar(sa.select(Project.id).where(Project.job_id == job_id))


def story_named(app, title: str) -> Story:
    with app.app_context():
        story = db.session.scalar(sa.select(Story).where(Story.title == title))
        assert story is not None, title
        db.session.expunge(story)
        return story


def task_named(app, title: str) -> Task:
    with app.app_context():
        task = db.session.scalar(sa.select(Task).where(Task.title == title))
        db.session.expunge(task)
        return task


def map_now(app, project_id: int) -> list:
    with app.app_context():
        return snapshot(project_id)


def edit_title(client, token, story: Story, title: str):
    return client.post(
        f"/stories/{story.id}",
        data={
            "title": title,
            "description": story.description,
            "acceptance_criteria": "\n".join(story.acceptance_criteria),
            "version": story.version,
            "csrf_token": token,
        },
    )


def undo_button(client, project_id: int) -> str:
    fragment = client.get(f"/maps/{project_id}/undo-button").get_data(as_text=True)
    label = re.search(r"<button[^>]*>(.*?)</button>", fragment, re.S).group(1)
    return html.unescape(" ".join(label.split()))


def three_edits(app, client, token, project_id):
    """Edit a story's title, rename a task, move a story to Release 1; return their names."""
    booked = story_named(app, "Book free time slot")
    assert edit_title(client, token, booked, "Book a free time slot").status_code == 303
    task = task_named(app, "Search doctors")
    response = client.post(
        f"/tasks/{task.id}",
        data={"title": "Find a doctor", "version": task.version, "csrf_token": token},
    )
    assert response.status_code == 303
    cancel = story_named(app, "Cancel appointment")
    with app.app_context():
        release_1 = db.session.get(Project, project_id).releases[1].id
    response = client.post(
        f"/stories/{cancel.id}/move",
        data={"release_id": release_1, "version": cancel.version, "csrf_token": token},
    )
    assert response.status_code == 303


def test_undo_takes_back_each_change_in_turn_until_the_map_is_as_generated(
    app, client, auth, broker, stub_worker
):
    # Given a map and three changes made through the page's forms
    project_id = make_map(app, auth, broker)
    generated = map_now(app, project_id)
    token = auth.token(f"/maps/{project_id}")
    assert undo_button(client, project_id) == "Undo"
    three_edits(app, client, token, project_id)
    after_three = map_now(app, project_id)
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert 'id="undo"' in page and 'hx-trigger="map-changed from:body"' in page
    assert "Undo: Moved story &#34;Cancel appointment&#34;" in page

    # When Undo is pressed in the page (htmx)
    response = client.post(f"/maps/{project_id}/undo", headers={**HTMX, "X-CSRFToken": token})

    # Then the board comes back as it was before the move, and the page is told to refresh
    assert response.status_code == 200
    assert response.headers["HX-Trigger"] == "map-changed"
    assert response.headers["HX-Retarget"] == "#story-map"
    body = response.get_data(as_text=True)
    assert 'id="story-map"' in body and "Undid: Moved story" in body
    assert map_now(app, project_id) != after_three
    assert undo_button(client, project_id) == 'Undo: Renamed task to "Find a doctor"'

    # And again (a plain form this time): the rename goes, with a message on the map page
    response = client.post(f"/maps/{project_id}/undo", data={"csrf_token": token})
    assert response.status_code == 303 and response.headers["Location"] == f"/maps/{project_id}"
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert "Undid: Renamed task to &#34;Find a doctor&#34;" in page
    assert "Find a doctor" not in page.split('id="story-map"')[1]

    # And again: the title edit goes, and the map is exactly as generated
    client.post(f"/maps/{project_id}/undo", headers={**HTMX, "X-CSRFToken": token})
    assert map_now(app, project_id) == generated
    assert undo_button(client, project_id) == "Undo"

    # Nothing left: a clear message, nothing changed
    response = client.post(f"/maps/{project_id}/undo", headers={**HTMX, "X-CSRFToken": token})
    assert response.status_code == 422
    assert response.headers["HX-Retarget"] == "#undo"
    assert "Nothing to undo" in response.get_data(as_text=True)
    response = client.post(f"/maps/{project_id}/undo", data={"csrf_token": token})
    assert response.status_code == 303
    assert "Nothing to undo" in client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert map_now(app, project_id) == generated


def test_history_lists_who_when_and_what_before_and_after_newest_first(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    three_edits(app, client, token, project_id)
    task = task_named(app, "Block time off")
    with app.app_context():
        mvp = db.session.get(Project, project_id).releases[0].id
    client.post(
        f"/tasks/{task.id}/stories",
        data={"title": "Block a whole week", "release_id": mvp, "csrf_token": token},
    )
    client.post(f"/maps/{project_id}/undo", data={"csrf_token": token})

    page = client.get(f"/maps/{project_id}/history")

    assert page.status_code == 200
    body = page.get_data(as_text=True)
    text = " ".join(re.sub(r"<[^>]+>", " ", body).split())
    summaries = re.findall(r"<h2>(.*?)</h2>", body)
    assert summaries == [
        "Undo: Added story &#34;Block a whole week&#34;",
        "Added story &#34;Block a whole week&#34;",
        "Moved story &#34;Cancel appointment&#34;",
        "Renamed task to &#34;Find a doctor&#34;",
        "Edited story &#34;Book a free time slot&#34;",
    ]
    assert body.count("ada@example.com") >= 5 + 1  # each change, and the site header
    assert body.count('<time datetime="') == 5
    assert "title Book free time slot → Book a free time slot" in text
    assert "Task Find a doctor : title Search doctors → Find a doctor" in text
    assert "release MVP → Release 1" in text
    assert "Added story Block a whole week" in text
    assert "Deleted story Block a whole week" in text  # what the undo did
    assert body.count("badge-undone") == 1  # the added story's change is marked undone
    assert body.count("Restore the map as it was after this change") == 5
    assert f'href="/maps/{project_id}/history"' in client.get(f"/maps/{project_id}").get_data(
        as_text=True
    )


def test_restoring_puts_the_map_back_as_it_was_after_that_change(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    booked = story_named(app, "Book free time slot")
    edit_title(client, token, booked, "Book a free time slot")
    after_first = map_now(app, project_id)
    edit_title(client, token, story_named(app, "Rate visit"), "Rate a visit")
    edit_title(client, token, story_named(app, "Block time off"), "Block time off work")
    after_all = map_now(app, project_id)
    with app.app_context():
        first_change = db.session.scalar(sa.select(sa.func.min(MapChange.id)))

    response = client.post(
        f"/maps/{project_id}/history/{first_change}/restore", data={"csrf_token": token}
    )

    assert response.status_code == 303 and response.headers["Location"] == f"/maps/{project_id}"
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert "Restored the map as it was at" in page
    assert map_now(app, project_id) == after_first
    history = client.get(f"/maps/{project_id}/history").get_data(as_text=True)
    assert re.findall(r"<h2>(.*?)</h2>", history)[0].startswith("Restored the map as it was at")
    # A restore is a change: Undo takes the map back to where it was
    client.post(f"/maps/{project_id}/undo", data={"csrf_token": token})
    assert map_now(app, project_id) == after_all


def test_the_history_is_paged_fifty_changes_at_a_time(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)
    with app.app_context():
        project = db.session.get(Project, project_id)
        user = db.session.scalar(sa.select(User))
        task = project.activities[0].tasks[0]
        for number in range(51):
            edits.rename(task, user, version=task.version, title=f"Search {number}")
            db.session.commit()

    first = client.get(f"/maps/{project_id}/history").get_data(as_text=True)
    second = client.get(f"/maps/{project_id}/history?page=2").get_data(as_text=True)

    assert first.count('class="card change ') == 50
    assert "Renamed task to &#34;Search 50&#34;" in first and "Page 1 of 2" in first
    assert f'href="/maps/{project_id}/history?page=2"' in first
    assert second.count('class="card change ') == 1
    assert "Renamed task to &#34;Search 0&#34;" in second
    assert client.get(f"/maps/{project_id}/history?page=3").status_code == 404


def test_another_users_map_and_another_maps_change_are_not_found(
    app, client, auth, broker, stub_worker
):
    # Given Ada's two maps, one of them changed
    project_id = make_map(app, auth, broker)
    other_map = make_map(app, auth, broker, register=False)
    token = auth.token(f"/maps/{project_id}")
    edit_title(client, token, story_named(app, "Rate visit"), "Rate a visit")
    with app.app_context():
        change_id = db.session.scalar(sa.select(MapChange.id))
    before = map_now(app, project_id)

    # A change of one map named under the other: not found, nothing restored
    response = client.post(
        f"/maps/{other_map}/history/{change_id}/restore", data={"csrf_token": token}
    )
    assert response.status_code == 404

    # Bob sees none of Ada's history and can undo nothing of hers
    bob = app.test_client()
    bob_auth = AuthActions(bob)
    bob_auth.register("bob@example.com")
    bob_token = bob_auth.token("/maps/new")
    assert bob.get(f"/maps/{project_id}/history").status_code == 404
    assert bob.get(f"/maps/{project_id}/undo-button").status_code == 404
    assert bob.post(f"/maps/{project_id}/undo", data={"csrf_token": bob_token}).status_code == 404
    restore = f"/maps/{project_id}/history/{change_id}/restore"
    assert bob.post(restore, data={"csrf_token": bob_token}).status_code == 404
    assert map_now(app, project_id) == before
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(MapChange.id))) == 1
