"""Shaping a map by hand: rename, add, reorder and delete activities, tasks and releases,
rename the map and delete it, from htmx and from plain forms."""

import html
import re

import pytest
import sqlalchemy as sa
from flask import render_template

from tests.clinic import CLINIC_BOOKING, save_clinic_map
from tests.conftest import csrf_token_from
from webapp.auth.services import register_user
from webapp.extensions import db
from webapp.maps.services import map_page_context
from webapp.models import (
    Activity,
    Job,
    JobKind,
    JobStatus,
    MapChange,
    Project,
    Release,
    Story,
    Task,
    User,
    Wireframe,
    WireframeStatus,
)

TEXT = CLINIC_BOOKING
HTMX = {"HX-Request": "true"}


# Given ----------------------------------------------------------------------------------


def make_map(app, email: str = "ada@example.com") -> int:
    """A saved clinic map for the user ``email``, straight from the offline generator."""
    with app.app_context():
        project = save_clinic_map(email, TEXT)
        return project.id


@pytest.fixture
def map_id(app, auth):
    auth.register()
    return make_map(app)


@pytest.fixture
def other_map_id(app):
    """Bob's map: another user's."""
    with app.app_context():
        register_user("bob@example.com", "correct horse")
    return make_map(app, "bob@example.com")


def shape(app, project_id: int) -> dict:
    """The map's structure as plain values: names, order, versions and story placement."""
    with app.app_context():
        project = db.session.get(Project, project_id)
        return {
            "name": (project.product_name, project.version),
            "releases": [(r.id, r.name, r.position, r.version) for r in project.releases],
            "activities": [
                (a.id, a.title, a.version, [(t.id, t.title, t.version) for t in a.tasks])
                for a in project.activities
            ],
            "stories": sorted(
                (s.id, s.task_id, s.release_id, s.priority)
                for a in project.activities
                for t in a.tasks
                for s in t.stories
            ),
        }


def rows(app, project_id: int):
    """The map's activities, tasks and releases, detached, to read ids and versions."""
    with app.app_context():
        project = db.session.get(Project, project_id)
        activities = [
            (a.id, a.title, a.version, [(t.id, t.title, t.version) for t in a.tasks])
            for a in project.activities
        ]
        releases = [(r.id, r.name, r.version) for r in project.releases]
        return activities, releases


def send(client, path: str, data: dict | None = None, *, htmx: bool = True, project_id=None):
    """POST ``data`` with a CSRF token taken from a page, as htmx or as a plain form."""
    page = f"/maps/{project_id}" if project_id else "/maps"
    token = csrf_token_from(client.get(page).get_data(as_text=True))
    return client.post(
        path, data={**(data or {}), "csrf_token": token}, headers=HTMX if htmx else {}
    )


def text_of(response) -> str:
    """The answer's HTML with entities read back (``"`` is ``"``), as a person sees it."""
    return html.unescape(response.get_data(as_text=True))


def flashed(client, project_id: int) -> str:
    return text_of(client.get(f"/maps/{project_id}"))


def release_rows(page: str) -> list[str]:
    """The release names in the board's rows, top to bottom."""
    header = r'id="release-header-\d+".*?<span class="structure-title">([^<]*)<'
    return re.findall(header, page, re.S)


# Rename ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["activity", "task", "release"])
def test_renaming_a_header_answers_only_that_header(app, client, map_id, kind):
    activities, releases = rows(app, map_id)
    row_id, version = {
        "activity": (activities[0][0], activities[0][2]),
        "task": (activities[0][3][0][0], activities[0][3][0][2]),
        "release": (releases[0][0], releases[0][2]),
    }[kind]
    field = "name" if kind == "release" else "title"
    path = {"activity": "activities", "task": "tasks", "release": "releases"}[kind]

    response = send(
        client,
        f"/{path}/{row_id}",
        {field: "  Find   care ", "version": version},
        project_id=map_id,
    )

    assert response.status_code == 200
    assert response.headers["HX-Trigger"] == "map-changed"
    fragment = text_of(response)
    header = f'<div class="structure-header" id="{kind}-header-{row_id}"'
    assert fragment.lstrip().startswith(header)
    assert "Find care" in fragment
    assert 'id="story-map"' not in fragment  # only the header is swapped
    assert "Find care" in text_of(client.get(f"/maps/{map_id}"))


def test_renaming_from_a_plain_form_redirects_to_the_map_with_a_message(app, client, map_id):
    activities, _ = rows(app, map_id)
    task_id, _, version = activities[0][3][0]

    response = send(
        client,
        f"/tasks/{task_id}",
        {"title": "Find a doctor", "version": version},
        htmx=False,
        project_id=map_id,
    )

    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/maps/{map_id}")
    assert 'Renamed the task to "Find a doctor".' in flashed(client, map_id)


def test_renaming_the_map_answers_its_title(app, client, map_id):
    version = shape(app, map_id)["name"][1]

    response = send(
        client, f"/maps/{map_id}/rename", {"title": "Clinic", "version": version}, project_id=map_id
    )

    assert response.status_code == 200
    assert response.headers["HX-Trigger"] == "map-changed"
    assert '<div class="map-title" id="map-title">' in text_of(response)
    assert "<h1>Clinic</h1>" in text_of(response)
    assert shape(app, map_id)["name"] == ("Clinic", version + 1)
    plain = send(
        client,
        f"/maps/{map_id}/rename",
        {"title": "Clinic booking", "version": version + 1},
        htmx=False,
        project_id=map_id,
    )
    assert plain.status_code == 303
    assert "<h1>Clinic booking</h1>" in flashed(client, map_id)


@pytest.mark.parametrize(
    ("name", "message"),
    [("   ", "The task needs a title."), ("x" * 201, "at most 200 fit")],
)
def test_an_empty_or_too_long_name_is_refused_with_the_form(app, client, map_id, name, message):
    activities, _ = rows(app, map_id)
    task_id, title, version = activities[0][3][0]
    before = shape(app, map_id)

    response = send(
        client, f"/tasks/{task_id}", {"title": name, "version": version}, project_id=map_id
    )

    assert response.status_code == 422
    fragment = text_of(response)
    assert message in fragment and 'role="alert"' in fragment
    assert '<details class="header-menu" open>' in fragment  # the form stays open to fix it
    assert shape(app, map_id) == before

    plain = send(
        client,
        f"/tasks/{task_id}",
        {"title": name, "version": version},
        htmx=False,
        project_id=map_id,
    )
    assert plain.status_code == 303
    assert message in flashed(client, map_id)
    assert shape(app, map_id) == before


def test_a_too_long_release_name_and_an_empty_map_name_are_refused(app, client, map_id):
    _, releases = rows(app, map_id)
    before = shape(app, map_id)

    long_name = send(
        client,
        f"/releases/{releases[0][0]}",
        {"name": "Q" * 51, "version": releases[0][2]},
        project_id=map_id,
    )
    empty_map_name = send(
        client,
        f"/maps/{map_id}/rename",
        {"title": "", "version": before["name"][1]},
        project_id=map_id,
    )

    assert long_name.status_code == 422 and "at most 50 fit" in text_of(long_name)
    assert empty_map_name.status_code == 422 and "The map needs a title." in text_of(empty_map_name)
    assert shape(app, map_id) == before


def test_a_rename_from_a_stale_page_is_a_conflict_showing_both_names(app, client, map_id):
    activities, _ = rows(app, map_id)
    activity_id, saved_title, version = activities[0][:3]
    send(
        client,
        f"/activities/{activity_id}",
        {"title": "Theirs", "version": version},
        project_id=map_id,
    )
    before = shape(app, map_id)

    response = send(
        client,
        f"/activities/{activity_id}",
        {"title": "Mine", "version": version},
        project_id=map_id,
    )

    assert response.status_code == 409
    fragment = text_of(response)
    assert f'id="activity-header-{activity_id}"' in fragment  # takes the header's place
    assert "<dd>Mine</dd>" in fragment and "<dd>Theirs</dd>" in fragment
    assert "Keep mine" in fragment and "Take theirs" in fragment
    assert f'name="version" value="{version + 1}"' in fragment  # "Keep mine" is not stale
    assert shape(app, map_id) == before

    plain = send(
        client,
        f"/activities/{activity_id}",
        {"title": "Mine", "version": version},
        htmx=False,
        project_id=map_id,
    )
    assert plain.status_code == 409
    assert "<dd>Theirs</dd>" in text_of(plain) and "<html" in text_of(plain)

    kept = send(
        client,
        f"/activities/{activity_id}",
        {"title": "Mine", "version": version + 1},
        project_id=map_id,
    )
    assert kept.status_code == 200
    assert shape(app, map_id)["activities"][0][1] == "Mine"


# Add ------------------------------------------------------------------------------------


def test_adding_a_task_an_activity_and_a_release_answers_the_board(app, client, map_id):
    activities, _ = rows(app, map_id)
    activity_id = activities[0][0]

    task = send(
        client, f"/activities/{activity_id}/tasks", {"title": "Pick a clinic"}, project_id=map_id
    )
    activity = send(
        client,
        f"/maps/{map_id}/activities",
        {"title": "Pay", "task_title": "Pay by card"},
        project_id=map_id,
    )
    release = send(client, f"/maps/{map_id}/releases", {"name": "Beta"}, project_id=map_id)

    for response in (task, activity, release):
        assert response.status_code == 200
        assert response.headers["HX-Trigger"] == "map-changed"
        assert '<div class="map-scroll" id="story-map"' in text_of(response)
    after = shape(app, map_id)
    assert after["activities"][0][3][-1][1] == "Pick a clinic"
    assert after["activities"][-1][1] == "Pay"
    assert [t[1] for t in after["activities"][-1][3]] == ["Pay by card"]
    assert after["releases"][-1][1] == "Beta"
    page = text_of(release)
    assert "Pick a clinic" in page and "Pay by card" in page and "Beta" in page


def test_adding_from_plain_forms_redirects_to_the_map(app, client, map_id):
    activities, _ = rows(app, map_id)

    responses = [
        send(
            client,
            f"/activities/{activities[0][0]}/tasks",
            {"title": "Pick a clinic"},
            htmx=False,
            project_id=map_id,
        ),
        send(client, f"/maps/{map_id}/activities", {"title": "Pay"}, htmx=False, project_id=map_id),
        send(client, f"/maps/{map_id}/releases", {"name": "Q3"}, htmx=False, project_id=map_id),
    ]

    assert [r.status_code for r in responses] == [303, 303, 303]
    page = flashed(client, map_id)
    assert 'Added the release "Q3".' in page
    after = shape(app, map_id)
    assert after["activities"][-1][1] == "Pay"
    assert [t[1] for t in after["activities"][-1][3]] == ["Pay"]  # named after its activity


def test_an_empty_name_for_something_new_answers_its_form_with_the_message(app, client, map_id):
    activities, _ = rows(app, map_id)
    before = shape(app, map_id)

    task = send(client, f"/activities/{activities[0][0]}/tasks", {"title": " "}, project_id=map_id)
    activity = send(client, f"/maps/{map_id}/activities", {"title": ""}, project_id=map_id)
    release = send(client, f"/maps/{map_id}/releases", {"name": "x" * 60}, project_id=map_id)

    assert task.status_code == activity.status_code == release.status_code == 422
    assert task.headers["HX-Retarget"] == f"#add-task-{activities[0][0]}"
    assert activity.headers["HX-Retarget"] == "#add-activity"
    assert release.headers["HX-Retarget"] == "#add-release"
    assert "The task needs a title." in text_of(task)
    assert "The activity needs a title." in text_of(activity)
    assert "at most 50 fit" in text_of(release) and 'value="' + "x" * 60 in text_of(release)
    assert shape(app, map_id) == before
    plain = send(client, f"/maps/{map_id}/releases", {"name": ""}, htmx=False, project_id=map_id)
    assert plain.status_code == 303
    assert "The release needs a name." in flashed(client, map_id)
    assert shape(app, map_id) == before


def test_two_custom_releases_make_five_rows_and_the_first_is_the_mvp_slice(app, client, map_id):
    send(client, f"/maps/{map_id}/releases", {"name": "Beta"}, project_id=map_id)
    send(client, f"/maps/{map_id}/releases", {"name": "Q3"}, project_id=map_id)

    page = text_of(client.get(f"/maps/{map_id}"))

    assert page.count('<tr class="release release-') == 5
    assert release_rows(page) == ["MVP", "Release 1", "Later", "Beta", "Q3"]
    assert page.count('class="mvp-slice"') == 1
    first_row = page.split('<tr class="release release-1"')[1].split("</tr>")[0]
    assert "MVP slice" in first_row


# Reorder --------------------------------------------------------------------------------


def test_moving_a_release_to_the_top_makes_it_the_mvp_slice(app, client, map_id):
    _, releases = rows(app, map_id)
    later_id, _, version = releases[2]

    response = send(
        client, f"/releases/{later_id}/move", {"position": 0, "version": version}, project_id=map_id
    )

    assert response.status_code == 200 and response.headers["HX-Trigger"] == "map-changed"
    assert release_rows(text_of(response)) == ["Later", "MVP", "Release 1"]
    first_row = text_of(response).split('<tr class="release release-1"')[1].split("</tr>")[0]
    assert "MVP slice" in first_row and "Later" in first_row
    stories = shape(app, map_id)["stories"]
    assert {priority for _, _, release, priority in stories if release == later_id} == {"MVP"}
    exported = client.get(f"/maps/{map_id}/export.json").get_json()
    priorities = {
        story["release"]: story["priority"]
        for activity in exported["map"]
        for task in activity["tasks"]
        for story in task["stories"]
    }
    assert priorities["Later"] == "MVP"
    assert priorities.get("MVP", "Release 1") == "Release 1"


def test_moving_a_task_within_and_across_activities(app, client, map_id):
    activities, _ = rows(app, map_id)
    (first_id, _, _, first_tasks), (second_id, _, _, second_tasks) = activities[:2]
    assert len(first_tasks) >= 2, "the clinic map's first activity has two tasks"
    task_id, title, version = first_tasks[0]

    within = send(
        client, f"/tasks/{task_id}/move", {"position": 1, "version": version}, project_id=map_id
    )
    across = send(
        client,
        f"/tasks/{task_id}/move",
        {"activity_id": second_id, "position": 0, "version": version + 1},
        htmx=False,
        project_id=map_id,
    )

    assert within.status_code == 200 and within.headers["HX-Trigger"] == "map-changed"
    assert across.status_code == 303
    assert f'Moved the task "{title}".' in flashed(client, map_id)
    after = shape(app, map_id)
    assert task_id not in [t[0] for t in after["activities"][0][3]]
    assert after["activities"][1][3][0][0] == task_id
    assert [t[0] for t in after["activities"][1][3][1:]] == [t[0] for t in second_tasks]


def test_a_task_moved_to_another_maps_activity_is_refused_with_a_message(
    app, client, map_id, other_map_id
):
    activities, _ = rows(app, map_id)
    bobs_activities, _ = rows(app, other_map_id)
    task_id, _, version = activities[0][3][0]
    before, bobs_before = shape(app, map_id), shape(app, other_map_id)

    response = send(
        client,
        f"/tasks/{task_id}/move",
        {"activity_id": bobs_activities[0][0], "position": 0, "version": version},
        project_id=map_id,
    )

    assert response.status_code == 422
    assert "Choose one of this map's activities." in text_of(response)
    assert '<div id="alerts" hx-swap-oob="innerHTML">' in text_of(response)
    assert shape(app, map_id) == before and shape(app, other_map_id) == bobs_before


def test_an_activitys_only_task_stays(app, client, map_id):
    add = send(client, f"/maps/{map_id}/activities", {"title": "Pay"}, project_id=map_id)
    assert add.status_code == 200
    activities, _ = rows(app, map_id)
    task_id, _, version = activities[-1][3][0]
    before = shape(app, map_id)

    moved = send(
        client,
        f"/tasks/{task_id}/move",
        {"activity_id": activities[0][0], "position": 0, "version": version},
        project_id=map_id,
    )
    deleted = send(client, f"/tasks/{task_id}/delete", {"version": version}, project_id=map_id)

    assert moved.status_code == deleted.status_code == 422
    assert "an activity keeps at least one" in text_of(moved)
    assert shape(app, map_id) == before


def test_moving_an_activity(app, client, map_id):
    activities, _ = rows(app, map_id)
    activity_id, title, version = activities[0][:3]

    response = send(
        client,
        f"/activities/{activity_id}/move",
        {"position": 99, "version": version},
        project_id=map_id,
    )

    assert response.status_code == 200
    assert [a[0] for a in shape(app, map_id)["activities"]][-1] == activity_id
    plain = send(
        client,
        f"/activities/{activity_id}/move",
        {"position": 0, "version": version + 1},
        htmx=False,
        project_id=map_id,
    )
    assert plain.status_code == 303
    assert [a[0] for a in shape(app, map_id)["activities"]][0] == activity_id


def test_a_move_from_a_stale_page_is_a_conflict_and_shows_the_map_as_saved(app, client, map_id):
    _, releases = rows(app, map_id)
    release_id, _, version = releases[1]
    send(client, f"/releases/{release_id}", {"name": "Next", "version": version}, project_id=map_id)
    before = shape(app, map_id)

    response = send(
        client,
        f"/releases/{release_id}/move",
        {"position": 0, "version": version},
        project_id=map_id,
    )
    plain = send(
        client,
        f"/releases/{release_id}/move",
        {"position": 0, "version": version},
        htmx=False,
        project_id=map_id,
    )

    assert response.status_code == 409
    assert "was changed since this page was loaded" in text_of(response)
    assert release_rows(text_of(response)) == ["MVP", "Next", "Later"]
    assert plain.status_code == 409 and "Show the map as it is now" in text_of(plain)
    assert shape(app, map_id) == before


def test_each_header_has_keyboard_moves_named_for_screen_readers(app, client, map_id):
    activities, releases = rows(app, map_id)
    first_task = activities[0][3][0][1]
    second_task, last_task = activities[0][3][1][1], activities[0][3][-1][1]

    page = text_of(client.get(f"/maps/{map_id}"))

    assert f'aria-label="Move task {first_task} right"' in page
    assert f'aria-label="Move task {first_task} left' not in page  # the map's first column
    assert f'aria-label="Move task {second_task} left"' in page
    # The last task of an activity steps into the next one.
    assert f'aria-label="Move task {last_task} right, to activity {activities[1][1]}"' in page
    assert f'aria-label="Move activity {activities[0][1]} right"' in page
    assert f'aria-label="Move release {releases[0][1]} down"' in page
    assert f'aria-label="Move release {releases[-1][1]} up"' in page


def test_a_keyboard_step_across_activities(app, client, map_id):
    activities, _ = rows(app, map_id)
    task_id, _, version = activities[0][3][-1]
    page = text_of(client.get(f"/maps/{map_id}"))
    form = re.search(
        rf'<form method="post" action="/tasks/{task_id}/move"[^>]*'
        r'data-refocus-move="right">(.*?)</form>',
        page,
        re.S,
    ).group(1)
    values = dict(re.findall(r'name="(position|activity_id|version)" value="(\d+)"', form))

    response = send(client, f"/tasks/{task_id}/move", values, project_id=map_id)

    assert response.status_code == 200
    assert values == {
        "version": str(version),
        "position": "0",
        "activity_id": str(activities[1][0]),
    }
    assert shape(app, map_id)["activities"][1][3][0][0] == task_id


# Delete ---------------------------------------------------------------------------------


def test_delete_confirmations_say_what_goes_with_each_part(app, client, map_id):
    with app.app_context():
        project = db.session.get(Project, map_id)
        activity = project.activities[0]
        task = activity.tasks[0]
        stories = sum(len(t.stories) for t in activity.tasks)
        release = project.releases[0]
        in_release = len(release.stories)
        expected = [
            f'Delete activity "{activity.title}" with its {len(activity.tasks)} tasks '
            f"and {stories} stories?",
            f'Delete task "{task.title}" with its {len(task.stories)} '
            f"{'story' if len(task.stories) == 1 else 'stories'}?",
            f'Delete release "{release.name}" with its {in_release} stories?',
            f'Delete the map "{project.product_name}", its',
            "This cannot be undone.",
        ]

    page = text_of(client.get(f"/maps/{map_id}"))

    for sentence in expected:
        assert sentence in page
    assert '<details class="danger delete-map">' in page


def test_deleting_a_task_an_activity_and_a_release(app, client, map_id):
    activities, releases = rows(app, map_id)
    task_id, task_title, task_version = activities[0][3][0]
    activity_id, activity_title, activity_version = activities[1][:3]
    release_id, release_name, release_version = releases[2]

    task = send(client, f"/tasks/{task_id}/delete", {"version": task_version}, project_id=map_id)
    activity = send(
        client,
        f"/activities/{activity_id}/delete",
        {"version": activity_version},
        htmx=False,
        project_id=map_id,
    )
    message = flashed(client, map_id)
    release = send(
        client, f"/releases/{release_id}/delete", {"version": release_version}, project_id=map_id
    )

    assert task.status_code == 200 and task.headers["HX-Trigger"] == "map-changed"
    assert f'id="task-header-{task_id}"' not in text_of(task)
    assert activity.status_code == 303
    assert f'Deleted the activity "{activity_title}" with its' in message
    assert release.status_code == 200
    assert release_rows(text_of(release)) == [releases[0][1], releases[1][1]]
    after = shape(app, map_id)
    assert activity_id not in [a[0] for a in after["activities"]]
    assert task_id not in [t[0] for a in after["activities"] for t in a[3]]
    assert release_id not in {story[2] for story in after["stories"]}
    with app.app_context():
        assert db.session.get(Task, task_id) is None
        assert (
            db.session.scalar(sa.select(sa.func.count()).where(Story.release_id == release_id)) == 0
        )


def test_a_map_keeps_at_least_one_release(app, client, map_id):
    _, releases = rows(app, map_id)
    for release_id, _, version in releases[1:]:
        assert (
            send(
                client, f"/releases/{release_id}/delete", {"version": version}, project_id=map_id
            ).status_code
            == 200
        )
    last_id, name, version = releases[0]
    before = shape(app, map_id)

    response = send(client, f"/releases/{last_id}/delete", {"version": version}, project_id=map_id)
    page = text_of(client.get(f"/maps/{map_id}"))

    assert response.status_code == 422
    assert "A map needs at least one release" in text_of(response)
    assert shape(app, map_id) == before
    assert "the map's only release, and a map keeps at least one." in page
    assert f'action="/releases/{last_id}/delete"' not in page


def test_a_delete_from_a_stale_page_is_a_conflict(app, client, map_id):
    activities, _ = rows(app, map_id)
    activity_id, _, version = activities[0][:3]
    send(
        client,
        f"/activities/{activity_id}",
        {"title": "Renamed", "version": version},
        project_id=map_id,
    )
    before = shape(app, map_id)

    response = send(
        client, f"/activities/{activity_id}/delete", {"version": version}, project_id=map_id
    )

    assert response.status_code == 409
    assert shape(app, map_id) == before


def _add_jobs_and_wireframes(app, project_id: int) -> dict:
    """An improvement job and a wireframe job (with two drawings) made from the map."""
    with app.app_context():
        project = db.session.get(Project, project_id)
        stories = [s for a in project.activities for t in a.tasks for s in t.stories][:2]
        improve = Job(
            user_id=project.user_id,
            kind=JobKind.IMPROVE,
            source_project_id=project.id,
            status=JobStatus.COMPLETED,
        )
        drawings = Job(
            user_id=project.user_id,
            kind=JobKind.WIREFRAMES,
            source_project_id=project.id,
            status=JobStatus.COMPLETED,
            options={"story_ids": [s.id for s in stories], "style": "low", "platform": "web"},
        )
        db.session.add_all([improve, drawings])
        db.session.flush()
        for position, story in enumerate(stories):
            db.session.add(
                Wireframe(
                    job_id=drawings.id,
                    story_id=story.id,
                    position=position,
                    status=WireframeStatus.DONE,
                    style="low",
                    platform="web",
                    ascii="[ ]",
                )
            )
        db.session.commit()
        return {"jobs": [project.job_id, improve.id, drawings.id]}


def counts(app) -> dict:
    with app.app_context():
        return {
            model.__name__: db.session.scalar(sa.select(sa.func.count()).select_from(model))
            for model in (Project, Job, Wireframe, Activity, Task, Story, Release, MapChange)
        }


def test_deleting_a_map_takes_its_jobs_and_wireframes_and_leaves_other_maps(
    app, client, map_id, other_map_id
):
    mine = _add_jobs_and_wireframes(app, map_id)
    _add_jobs_and_wireframes(app, other_map_id)
    send(client, f"/maps/{map_id}/releases", {"name": "Beta"}, project_id=map_id)  # a history row
    bobs_before = shape(app, other_map_id)
    before = counts(app)
    page = text_of(client.get(f"/maps/{map_id}"))
    assert "2 wireframes and its jobs? This cannot be undone." in page

    response = send(client, f"/maps/{map_id}/delete", project_id=map_id, htmx=False)

    assert response.status_code == 303
    assert response.headers["Location"].endswith("/maps")
    listing = text_of(client.get("/maps"))
    assert 'Deleted the map "' in listing and "2 wireframes and 3 jobs." in listing
    assert client.get(f"/maps/{map_id}").status_code == 404
    after = counts(app)
    assert after["Project"] == before["Project"] - 1
    assert after["Job"] == before["Job"] - 3
    assert after["Wireframe"] == before["Wireframe"] - 2
    assert after["MapChange"] == 0 < before["MapChange"]
    with app.app_context():
        assert db.session.scalars(sa.select(Job).where(Job.id.in_(mine["jobs"]))).all() == []
        user_id = db.session.scalar(sa.select(User.id).where(User.email == "ada@example.com"))
        assert (
            db.session.scalar(
                sa.select(sa.func.count())
                .select_from(Activity)
                .where(Activity.project_id == map_id)
            )
            == 0
        )
        assert db.session.get(User, user_id) is not None
    assert shape(app, other_map_id) == bobs_before


def test_deleting_a_map_from_htmx_sends_the_browser_to_the_list(app, client, map_id):
    response = send(client, f"/maps/{map_id}/delete", project_id=map_id)

    assert response.status_code == 200
    assert response.headers["HX-Redirect"] == "/maps"


def test_a_queued_job_of_a_deleted_map_is_dropped_by_the_worker(
    app, client, auth, broker, stub_worker, map_id
):
    # Given a wireframe job queued for the map
    with app.app_context():
        project = db.session.get(Project, map_id)
        story_ids = [s.id for a in project.activities for t in a.tasks for s in t.stories][:1]
    token = csrf_token_from(text_of(client.get(f"/maps/{map_id}")))
    stub_worker.pause()
    client.post(
        f"/maps/{map_id}/wireframes",
        data={
            "story_ids": story_ids,
            "style": "low-fidelity",
            "platform": "web",
            "csrf_token": token,
        },
    )
    with app.app_context():
        assert (
            db.session.scalar(
                sa.select(sa.func.count()).select_from(Job).where(Job.source_project_id == map_id)
            )
            == 1
        )

    # When the map is deleted before a worker takes the job
    send(client, f"/maps/{map_id}/delete", project_id=map_id, htmx=False)
    stub_worker.resume()
    broker.join("wireframes", fail_fast=True)

    # Then the worker dropped the message, and still makes maps
    job_id = int(re.search(r"/jobs/(\d+)", auth.submit(TEXT).headers["Location"]).group(1))
    broker.join("maps", fail_fast=True)
    with app.app_context():
        assert db.session.get(Job, job_id).status == JobStatus.COMPLETED
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Wireframe)) == 0


# Other users ----------------------------------------------------------------------------


def test_another_users_ids_are_not_found_and_nothing_changes(app, client, map_id, other_map_id):
    activities, releases = rows(app, other_map_id)
    activity_id, _, activity_version = activities[0][:3]
    task_id, _, task_version = activities[0][3][0]
    release_id, _, release_version = releases[0]
    before = shape(app, other_map_id)
    attempts = [
        (f"/activities/{activity_id}", {"title": "Mine", "version": activity_version}),
        (f"/tasks/{task_id}", {"title": "Mine", "version": task_version}),
        (f"/releases/{release_id}", {"name": "Mine", "version": release_version}),
        (f"/maps/{other_map_id}/rename", {"title": "Mine", "version": 1}),
        (f"/activities/{activity_id}/tasks", {"title": "Mine"}),
        (f"/maps/{other_map_id}/activities", {"title": "Mine"}),
        (f"/maps/{other_map_id}/releases", {"name": "Mine"}),
        (f"/activities/{activity_id}/move", {"position": 1, "version": activity_version}),
        (f"/tasks/{task_id}/move", {"position": 1, "version": task_version}),
        (f"/releases/{release_id}/move", {"position": 1, "version": release_version}),
        (f"/tasks/{task_id}/delete", {"version": task_version}),
        (f"/activities/{activity_id}/delete", {"version": activity_version}),
        (f"/releases/{release_id}/delete", {"version": release_version}),
        (f"/maps/{other_map_id}/delete", {}),
    ]

    for path, data in attempts:
        assert send(client, path, data, project_id=map_id).status_code == 404, path
        assert send(client, path, data, htmx=False, project_id=map_id).status_code == 404, path

    assert shape(app, other_map_id) == before


def test_a_task_cannot_move_into_another_users_activity_through_its_own_map(
    app, client, map_id, other_map_id
):
    """An owned task, a foreign activity id: a message, not a move (and not a 404 leak)."""
    activities, _ = rows(app, map_id)
    bobs, _ = rows(app, other_map_id)
    task_id, _, version = activities[0][3][0]

    response = send(
        client,
        f"/tasks/{task_id}/move",
        {"activity_id": bobs[0][0], "position": 0, "version": version},
        htmx=False,
        project_id=map_id,
    )

    assert response.status_code == 303
    assert "Choose one of this map's activities." in flashed(client, map_id)


def test_a_read_only_board_shows_names_without_controls(app, map_id):
    with app.test_request_context():
        project = db.session.get(Project, map_id)
        names = [activity.title for activity in project.activities]
        board = render_template("maps/_board.html", **map_page_context(project, readonly=True))

    assert all(name in html.unescape(board) for name in names)
    assert "MVP slice" in board
    for control in ("header-menu", "add-activity", "add-release", "/move", "/delete", "csrf_token"):
        assert control not in board
