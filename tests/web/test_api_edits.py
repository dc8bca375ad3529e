"""Map edits through the JSON API: versions in If-Match, the same checks and history as the
page's edits, other users' rows out of reach, and Undo on the page reverting an API edit."""

import html
import re

import pytest
import sqlalchemy as sa

from tests.clinic import save_clinic_map
from webapp.api import edit_views
from webapp.api.tokens import create_token, revoke_token, user_tokens
from webapp.extensions import db
from webapp.models import MapChange, Project, Story, User

PROBLEM = "application/problem+json"


# Given ----------------------------------------------------------------------------------


def make_map(app, email: str) -> int:
    with app.app_context():
        return save_clinic_map(email).id


def token_for(app, email: str) -> str:
    with app.app_context():
        user = db.session.scalar(sa.select(User).where(User.email == email))
        return create_token(user, "test")[1]


@pytest.fixture
def map_id(app, auth):
    """Ada's map; the page client stays logged in as Ada."""
    auth.register()
    return make_map(app, "ada@example.com")


@pytest.fixture
def bobs_map_id(app, map_id):
    with app.app_context():
        bob = User(email="bob@example.com")
        bob.set_password("correct horse")
        db.session.add(bob)
        db.session.commit()
    return make_map(app, "bob@example.com")


class Api:
    """A client with no cookies that sends a bearer token."""

    def __init__(self, app, secret: str | None):
        self.client = app.test_client()
        self.secret = secret

    def __call__(self, method: str, path: str, *, version=None, **kwargs):
        headers = kwargs.pop("headers", {})
        if self.secret is not None:
            headers["Authorization"] = f"Bearer {self.secret}"
        if version is not None:
            headers["If-Match"] = str(version)
        return self.client.open(f"/api/v1{path}", method=method, headers=headers, **kwargs)


@pytest.fixture
def api(app, map_id):
    return Api(app, token_for(app, "ada@example.com"))


def the_map(app, project_id: int) -> dict:
    """Ids, versions and names of the map's rows, and every story as plain values."""
    with app.app_context():
        project = db.session.get(Project, project_id)
        stories = {
            story.id: {
                "task_id": story.task_id,
                "release_id": story.release_id,
                "position": story.position,
                "title": story.title,
                "description": story.description,
                "criteria": list(story.acceptance_criteria),
                "priority": story.priority,
                "version": story.version,
            }
            for activity in project.activities
            for task in activity.tasks
            for story in task.stories
        }
        return {
            "name": (project.product_name, project.version),
            "releases": [(r.id, r.name, r.version) for r in project.releases],
            "activities": [(a.id, a.title, a.version) for a in project.activities],
            "tasks": [(t.id, t.title, t.version) for a in project.activities for t in a.tasks],
            "stories": stories,
        }


def first_story(app, project_id: int) -> tuple[int, dict]:
    return next(iter(the_map(app, project_id)["stories"].items()))


def history(client, project_id: int) -> list[str]:
    page = client.get(f"/maps/{project_id}/history").get_data(as_text=True)
    return [html.unescape(summary) for summary in re.findall(r"<h2>(.*?)</h2>", page)]


def map_page(client, project_id: int) -> str:
    return html.unescape(client.get(f"/maps/{project_id}").get_data(as_text=True))


def undo_on_the_page(client, auth, project_id: int):
    token = auth.token(f"/maps/{project_id}")
    return client.post(f"/maps/{project_id}/undo", data={"csrf_token": token})


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    problem = response.get_json()
    assert problem["status"] == status
    return problem


# Stories --------------------------------------------------------------------------------


def test_a_story_edit_answers_the_story_with_its_new_version_and_shows_on_the_page(
    app, client, api, map_id
):
    story_id, before = first_story(app, map_id)

    response = api(
        "PATCH",
        f"/stories/{story_id}",
        version=f'"{before["version"]}"',
        json={
            "title": "Find a doctor by specialty",
            "acceptance_criteria": ["Given a specialty, when I search, then I see its doctors."],
        },
    )

    assert response.status_code == 200
    story = response.get_json()
    assert story["id"] == story_id and story["map_id"] == map_id
    assert story["version"] == before["version"] + 1
    assert response.headers["ETag"] == f'"{before["version"] + 1}"'
    assert story["title"] == "Find a doctor by specialty"
    assert story["description"] == before["description"]  # not sent: kept
    assert story["edited_by_hand"] is True
    after = the_map(app, map_id)["stories"][story_id]
    assert after["criteria"] == ["Given a specialty, when I search, then I see its doctors."]
    assert "Find a doctor by specialty" in map_page(client, map_id)
    assert history(client, map_id) == ['Edited story "Find a doctor by specialty"']


def test_the_version_may_be_sent_as_a_bare_number_or_a_star(app, api, map_id):
    story_id, before = first_story(app, map_id)

    bare = api("PATCH", f"/stories/{story_id}", version=before["version"], json={"title": "One"})
    star = api("PATCH", f"/stories/{story_id}", version="*", json={"title": "Two"})

    assert bare.status_code == 200 and star.status_code == 200
    assert star.get_json()["version"] == before["version"] + 2


def test_a_stale_version_is_412_with_the_story_as_saved_and_changes_nothing(app, api, map_id):
    story_id, before = first_story(app, map_id)
    version = before["version"]
    api("PATCH", f"/stories/{story_id}", version=version, json={"title": "Saved first"})
    saved = the_map(app, map_id)

    response = api("PATCH", f"/stories/{story_id}", version=version, json={"title": "Lost"})

    problem = assert_problem(response, 412)
    assert problem["current_version"] == version + 1
    assert problem["current"]["title"] == "Saved first"
    assert response.headers["ETag"] == f'"{version + 1}"'
    assert f"version {version + 1}" in problem["detail"]
    assert the_map(app, map_id) == saved


def test_an_edit_saved_by_someone_else_while_this_one_runs_is_412(app, api, map_id, monkeypatch):
    story_id, before = first_story(app, map_id)
    places = edit_views.load_places

    def someone_saves_first(project):
        # Between this request's version check and its own claim of the version.
        with db.engine.begin() as connection:
            connection.execute(
                sa.update(Story)
                .where(Story.id == story_id)
                .values(title="Theirs", version=Story.version + 1)
            )
        places(project)

    monkeypatch.setattr(edit_views, "load_places", someone_saves_first)

    response = api(
        "PATCH", f"/stories/{story_id}", version=before["version"], json={"title": "Mine"}
    )

    problem = assert_problem(response, 412)
    assert (problem["current_version"], problem["current"]["title"]) == (
        before["version"] + 1,
        "Theirs",
    )
    assert the_map(app, map_id)["stories"][story_id]["title"] == "Theirs"


def test_an_edit_without_if_match_is_428_and_changes_nothing(app, api, map_id):
    story_id, before = first_story(app, map_id)
    generated = the_map(app, map_id)

    edit = api("PATCH", f"/stories/{story_id}", json={"title": "No version"})
    delete = api("DELETE", f"/stories/{story_id}")
    rename = api("PATCH", f"/maps/{map_id}", json={"product_name": "No version"})

    assert f'If-Match: "{before["version"]}"' in assert_problem(edit, 428)["detail"]
    assert_problem(delete, 428)
    assert_problem(rename, 428)
    assert the_map(app, map_id) == generated


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        ({"title": "   "}, "title", "needs a title"),
        ({"title": "x" * 301}, "title", "at most 300"),
        ({"acceptance_criteria": ["a"] * 21}, "acceptance_criteria", "at most 20"),
        ({"title": "Fine", "status": "done"}, "status", "Extra inputs are not permitted"),
        ({"position": -1}, "position", "greater than or equal to 0"),
        ({"title": 7}, "title", "valid string"),
        ({"title": "nul\x00"}, "title", "should match pattern"),
        ({"description": "half \ud800"}, "description", "valid string"),
        ({}, "body", "at least one field"),
    ],
)
def test_invalid_story_edits_are_422_naming_the_field(app, api, map_id, body, field, words):
    story_id, before = first_story(app, map_id)
    generated = the_map(app, map_id)

    response = api("PATCH", f"/stories/{story_id}", version=before["version"], json=body)

    problem = assert_problem(response, 422)
    assert [error["field"] for error in problem["errors"]] == [field]
    assert words in problem["errors"][0]["message"]
    assert the_map(app, map_id) == generated


def test_a_release_or_task_of_another_map_is_422(app, api, map_id, bobs_map_id):
    story_id, before = first_story(app, map_id)
    bobs = the_map(app, bobs_map_id)
    generated = the_map(app, map_id)

    release = api(
        "PATCH",
        f"/stories/{story_id}",
        version=before["version"],
        json={"title": "Moved", "release_id": bobs["releases"][0][0]},
    )
    task = api(
        "PATCH",
        f"/stories/{story_id}",
        version=before["version"],
        json={"task_id": bobs["tasks"][0][0]},
    )

    assert assert_problem(release, 422)["errors"][0]["field"] == "release_id"
    assert assert_problem(task, 422)["errors"][0]["field"] == "task_id"
    assert "this map's tasks" in task.get_json()["detail"]
    assert the_map(app, map_id) == generated


def test_a_body_that_is_not_json_is_415(app, api, map_id):
    story_id, before = first_story(app, map_id)

    response = api("PATCH", f"/stories/{story_id}", version=before["version"], data="title=x")

    assert_problem(response, 415)


def test_a_story_moves_to_another_cell_and_takes_its_release_s_priority(app, api, map_id):
    layout = the_map(app, map_id)
    story_id, before = first_story(app, map_id)
    last_task = layout["tasks"][-1][0]
    later = layout["releases"][-1][0]

    response = api(
        "PATCH",
        f"/stories/{story_id}",
        version=before["version"],
        json={"task_id": last_task, "release_id": later, "position": 0},
    )

    assert response.status_code == 200
    story = response.get_json()
    assert (story["task_id"], story["release_id"], story["priority"]) == (last_task, later, "Later")
    cell = [
        sid
        for sid, s in the_map(app, map_id)["stories"].items()
        if (s["task_id"], s["release_id"]) == (last_task, later)
    ]
    assert cell[0] == story_id


def test_words_and_a_move_at_once_are_two_changes_undone_one_at_a_time(
    app, client, auth, api, map_id
):
    generated = the_map(app, map_id)
    story_id, before = first_story(app, map_id)
    last_task = generated["tasks"][-1][0]

    response = api(
        "PATCH",
        f"/stories/{story_id}",
        version=before["version"],
        json={"title": "Renamed and moved", "task_id": last_task},
    )

    assert response.status_code == 200
    assert response.get_json()["version"] == before["version"] + 2
    assert history(client, map_id) == [
        'Moved story "Renamed and moved"',
        'Edited story "Renamed and moved"',
    ]
    undo_on_the_page(client, auth, map_id)
    undo_on_the_page(client, auth, map_id)
    restored = the_map(app, map_id)["stories"][story_id]
    assert (restored["title"], restored["task_id"]) == (before["title"], before["task_id"])


def test_undo_on_the_page_reverts_an_api_edit(app, client, auth, api, map_id):
    story_id, before = first_story(app, map_id)
    api("PATCH", f"/stories/{story_id}", version=before["version"], json={"title": "By script"})
    assert "By script" in map_page(client, map_id)

    response = undo_on_the_page(client, auth, map_id)

    assert response.status_code == 303
    assert the_map(app, map_id)["stories"][story_id]["title"] == before["title"]
    assert "Undid: Edited story" in map_page(client, map_id)  # the flash, once
    assert "By script" not in map_page(client, map_id)
    assert history(client, map_id)[0] == 'Undo: Edited story "By script"'


def test_a_story_added_by_hand_is_201_in_its_cell_and_undone_from_the_page(
    app, client, auth, api, map_id
):
    layout = the_map(app, map_id)
    task_id, mvp = layout["tasks"][0][0], layout["releases"][0][0]

    response = api(
        "POST",
        f"/tasks/{task_id}/stories",
        json={"title": "Book for my child", "release_id": mvp, "acceptance_criteria": ["One"]},
    )

    assert response.status_code == 201
    story = response.get_json()
    assert (story["task_id"], story["release_id"]) == (task_id, mvp)
    assert story["written_by_hand"] is True and story["sources"] == []
    assert response.headers["ETag"] == f'"{story["version"]}"'
    assert "Book for my child" in map_page(client, map_id)
    assert history(client, map_id) == ['Added story "Book for my child"']
    undo_on_the_page(client, auth, map_id)
    assert story["id"] not in the_map(app, map_id)["stories"]


def test_adding_a_story_checks_its_fields(app, api, map_id, bobs_map_id):
    task_id = the_map(app, map_id)["tasks"][0][0]
    bobs_release = the_map(app, bobs_map_id)["releases"][0][0]
    generated = the_map(app, map_id)

    no_release = api("POST", f"/tasks/{task_id}/stories", json={"title": "A story"})
    not_ours = api(
        "POST", f"/tasks/{task_id}/stories", json={"title": "A story", "release_id": bobs_release}
    )

    assert assert_problem(no_release, 422)["errors"][0]["field"] == "release_id"
    assert assert_problem(not_ours, 422)["errors"][0]["field"] == "release_id"
    assert the_map(app, map_id) == generated


def test_a_story_is_deleted_with_its_version_and_brought_back_by_undo(
    app, client, auth, api, map_id
):
    story_id, before = first_story(app, map_id)
    stale = api("DELETE", f"/stories/{story_id}", version=before["version"] + 5)
    assert_problem(stale, 412)

    response = api("DELETE", f"/stories/{story_id}", version=f'"{before["version"]}"')

    assert response.status_code == 204 and response.data == b""
    assert story_id not in the_map(app, map_id)["stories"]
    assert history(client, map_id) == [f'Deleted story "{before["title"]}"']
    undo_on_the_page(client, auth, map_id)
    assert the_map(app, map_id)["stories"][story_id]["title"] == before["title"]


# Activities, tasks, releases and the map ------------------------------------------------


def test_activities_tasks_releases_and_the_map_are_renamed_with_their_versions(
    app, client, api, map_id
):
    layout = the_map(app, map_id)
    activity_id, _, activity_version = layout["activities"][0]
    task_id, _, task_version = layout["tasks"][0]
    release_id, _, release_version = layout["releases"][1]
    _, map_version = layout["name"]

    answers = [
        api(
            "PATCH", f"/activities/{activity_id}", version=activity_version, json={"title": "Find"}
        ),
        api("PATCH", f"/tasks/{task_id}", version=task_version, json={"title": "Look up doctors"}),
        api("PATCH", f"/releases/{release_id}", version=release_version, json={"name": "Beta"}),
        api("PATCH", f"/maps/{map_id}", version=map_version, json={"product_name": "Clinic"}),
    ]

    assert [answer.status_code for answer in answers] == [200] * 4
    assert answers[0].get_json() == {
        "id": activity_id,
        "version": activity_version + 1,
        "map_id": map_id,
        "position": 0,
        "title": "Find",
    }
    assert answers[1].get_json()["title"] == "Look up doctors"
    assert answers[2].get_json()["name"] == "Beta"
    assert answers[3].get_json() == {
        "id": map_id,
        "version": map_version + 1,
        "product_name": "Clinic",
    }
    assert answers[3].headers["ETag"] == f'"{map_version + 1}"'
    page = map_page(client, map_id)
    assert all(name in page for name in ("Find", "Look up doctors", "Beta", "Clinic"))
    assert history(client, map_id) == [
        'Renamed map to "Clinic"',
        'Renamed release to "Beta"',
        'Renamed task to "Look up doctors"',
        'Renamed activity to "Find"',
    ]


def test_renames_check_their_version_and_their_name(app, api, map_id):
    layout = the_map(app, map_id)
    task_id, _, version = layout["tasks"][0]
    release_id, _, release_version = layout["releases"][0]
    api("PATCH", f"/tasks/{task_id}", version=version, json={"title": "First"})
    saved = the_map(app, map_id)

    stale = api("PATCH", f"/tasks/{task_id}", version=version, json={"title": "Second"})
    blank = api("PATCH", f"/releases/{release_id}", version=release_version, json={"name": " "})
    long = api("PATCH", f"/releases/{release_id}", version=release_version, json={"name": "x" * 51})
    misspelt = api("PATCH", f"/maps/{map_id}", version="*", json={"name": "Clinic"})

    assert assert_problem(stale, 412)["current"]["title"] == "First"
    assert assert_problem(blank, 422)["errors"][0]["field"] == "name"
    assert "at most 50" in assert_problem(long, 422)["detail"]
    assert {e["field"] for e in assert_problem(misspelt, 422)["errors"]} == {
        "product_name",
        "name",
    }
    assert the_map(app, map_id) == saved


# Who may edit ---------------------------------------------------------------------------


def test_no_token_or_a_revoked_one_is_401(app, map_id):
    story_id, _ = first_story(app, map_id)
    secret = token_for(app, "ada@example.com")
    with app.app_context():
        ada = db.session.scalar(sa.select(User).where(User.email == "ada@example.com"))
        assert revoke_token(ada, user_tokens(ada)[0].id)
    generated = the_map(app, map_id)

    anonymous = Api(app, None)("PATCH", f"/stories/{story_id}", version="*", json={"title": "x"})
    revoked = Api(app, secret)("DELETE", f"/stories/{story_id}", version="*")

    assert_problem(anonymous, 401)
    assert_problem(revoked, 401)
    assert the_map(app, map_id) == generated


def test_a_logged_in_page_session_cannot_edit_through_the_api(app, client, map_id):
    story_id, _ = first_story(app, map_id)

    response = client.patch(
        f"/api/v1/stories/{story_id}", headers={"If-Match": "*"}, json={"title": "From a page"}
    )

    assert_problem(response, 401)


def test_other_users_rows_are_404_and_stay_as_they_are(app, api, bobs_map_id):
    bobs = the_map(app, bobs_map_id)
    story_id = next(iter(bobs["stories"]))

    answers = [
        api("PATCH", f"/stories/{story_id}", version="*", json={"title": "Mine now"}),
        api("DELETE", f"/stories/{story_id}", version="*"),
        api(
            "POST",
            f"/tasks/{bobs['tasks'][0][0]}/stories",
            json={"title": "Mine", "release_id": bobs["releases"][0][0]},
        ),
        api("PATCH", f"/activities/{bobs['activities'][0][0]}", version="*", json={"title": "M"}),
        api("PATCH", f"/tasks/{bobs['tasks'][0][0]}", version="*", json={"title": "M"}),
        api("PATCH", f"/releases/{bobs['releases'][0][0]}", version="*", json={"name": "M"}),
        api("PATCH", f"/maps/{bobs_map_id}", version="*", json={"product_name": "M"}),
        api("PATCH", "/stories/999999", version="*", json={"title": "Nobody's"}),
    ]

    assert [answer.status_code for answer in answers] == [404] * len(answers)
    assert all(answer.mimetype == PROBLEM for answer in answers)
    assert the_map(app, bobs_map_id) == bobs


def test_every_edit_operation_is_in_the_openapi_document(app, map_id):
    paths = Api(app, None)("GET", "/openapi.json").get_json()["paths"]

    for path, method in [
        ("/api/v1/stories/{story_id}", "patch"),
        ("/api/v1/stories/{story_id}", "delete"),
        ("/api/v1/tasks/{task_id}/stories", "post"),
        ("/api/v1/activities/{activity_id}", "patch"),
        ("/api/v1/tasks/{task_id}", "patch"),
        ("/api/v1/releases/{release_id}", "patch"),
        ("/api/v1/maps/{map_id}", "patch"),
    ]:
        operation = paths[path][method]
        assert {"401", "404"} <= set(operation["responses"])
        if method != "post":
            assert {"412", "428"} <= set(operation["responses"])
            assert operation["parameters"][-1]["name"] == "If-Match"


def test_a_change_recorded_by_the_api_names_the_token_s_user(app, api, map_id):
    story_id, before = first_story(app, map_id)

    api("PATCH", f"/stories/{story_id}", version=before["version"], json={"title": "Who"})

    with app.app_context():
        change = db.session.scalar(sa.select(MapChange).order_by(MapChange.id.desc()))
        assert change.user.email == "ada@example.com"
        assert db.session.get(Story, story_id).title == "Who"
