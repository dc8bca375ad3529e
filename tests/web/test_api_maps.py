"""The JSON API's maps, jobs and wireframes: what a script with a token can do and is told."""

from datetime import datetime

import pytest
import sqlalchemy as sa

from tests.conftest import FOOD_DELIVERY, AuthActions, make_app
from webapp.api.tokens import create_token
from webapp.extensions import db
from webapp.models import Job, Project, User

PROBLEM = "application/problem+json"
SHORT_IDEA = "A to-do list for families: parents assign chores and children tick them off."


def bearer(app, email: str, client=None) -> dict:
    """Register ``email`` through the form and give the Authorization header of a new token."""
    AuthActions(client or app.test_client()).register(email=email)
    with app.app_context():
        user = db.session.scalar(sa.select(User).where(User.email == email))
        _, secret = create_token(user, "test")
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def ada(app):
    return bearer(app, "ada@example.com")


@pytest.fixture
def bob(app):
    return bearer(app, "bob@example.com")


def start_map(client, headers, requirements=FOOD_DELIVERY, **body):
    return client.post("/api/v1/maps", json={"requirements": requirements, **body}, headers=headers)


@pytest.fixture
def map_id(app, client, ada, broker, stub_worker) -> int:
    """Ada's map of FOOD_DELIVERY, made through the API by the offline generator."""
    job = start_map(client, ada).json
    broker.join("maps", fail_fast=True)
    return int(client.get(job["links"]["self"], headers=ada).json["links"]["map"].split("/")[-1])


def stories_of(document: dict) -> list[dict]:
    return [
        story
        for activity in document["map"]
        for task in activity["tasks"]
        for story in task["stories"]
    ]


def job_count(app) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(Job))


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    problem = response.json
    assert problem["status"] == status and problem["title"]
    return problem


# POST /api/v1/maps and GET /api/v1/jobs/<id>


def test_a_map_goes_from_post_to_the_job_to_the_map_document(app, client, ada, broker, stub_worker):
    # When a script posts requirements (the worker held, so the answer cannot race it)
    stub_worker.pause()
    started = start_map(client, ada)

    # Then it gets the queued job at once, and where to follow it
    assert started.status_code == 202
    job = started.json
    assert started.headers["Location"] == f"/api/v1/jobs/{job['id']}"
    assert (job["kind"], job["status"]) == ("map", "queued")
    assert job["links"]["cancel"] == f"/api/v1/jobs/{job['id']}/cancel"
    assert "Set-Cookie" not in started.headers

    # And once the worker has made the map, the job links to it
    stub_worker.resume()
    broker.join("maps", fail_fast=True)
    done = client.get(started.headers["Location"], headers=ada).json
    assert done["status"] == "completed"
    for moment in (done["created_at"], done["finished_at"]):
        assert datetime.fromisoformat(moment).tzinfo is not None, "RFC 3339 needs the zone"
    assert "cancel" not in done["links"] or done["links"]["cancel"] is None
    map_url = done["links"]["map"]

    # And the map is the JSON export, with ids and versions for edits
    response = client.get(map_url, headers=ada)
    assert response.status_code == 200
    document = response.json
    with app.app_context():
        project = db.session.scalar(sa.select(Project).where(Project.job_id == job["id"]))
        assert response.headers["ETag"] == f'"{project.version}"'
        assert document["id"] == project.id and document["version"] == project.version
        release_ids = [release.id for release in project.releases]
    assert document["productName"] and document["generator"] == "Offline generator"
    assert document["releases"] == ["MVP", "Release 1", "Later"]
    assert [r["id"] for r in document["releaseVersions"]] == release_ids
    assert document["qualityReport"]["storyCount"] == len(stories_of(document)) > 0
    for activity in document["map"]:
        assert activity["activity"] and activity["id"] and activity["version"] == 1
        for task in activity["tasks"]:
            assert task["taskTitle"] and task["id"] and task["version"] == 1
    for story in stories_of(document):
        assert story["id"] and story["version"] == 1 and story["status"] == "todo"
        assert story["releaseId"] in release_ids
        assert story["acceptanceCriteria"] and isinstance(story["sources"], list)
        assert story["release"] in document["releases"]


def test_the_map_document_has_every_key_of_the_export(app, client, auth, ada, map_id):
    # Given the same map downloaded from its page as JSON
    auth.login()
    export = client.get(f"/maps/{map_id}/export.json").json

    # When a script reads it through the API
    document = client.get(f"/api/v1/maps/{map_id}", headers=ada).json

    # Then every key of the export is there with the same value
    for key in ("productName", "generator", "releases"):
        assert document[key] == export[key]
    assert document["qualityReport"]["summary"] == export["qualityReport"]["summary"]
    added = {"id", "version", "releaseId", "status"}
    for ours, theirs in zip(stories_of(document), stories_of(export), strict=True):
        assert {k: v for k, v in ours.items() if k not in added} == theirs


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"requirements": "Short."}, "requirements"),
        ({"requirements": "   "}, "requirements"),
        ({"requirements": "A list of chores\x00 " * 10}, "requirements"),
        ({"requirements": "1234567890 " * 10}, "requirements"),
        ({"enhance": False}, "requirements"),
        ({"requirements": 42}, "requirements"),
        ({"requirements": SHORT_IDEA, "enhance": "maybe"}, "enhance"),
        ({"requirements": SHORT_IDEA, "priority": 1}, "priority"),
    ],
)
def test_requirements_the_form_refuses_are_refused_with_the_field_and_make_no_job(
    app, client, ada, body, field
):
    response = client.post("/api/v1/maps", json=body, headers=ada)

    problem = assert_problem(response, 422)
    assert field in {error["field"] for error in problem["errors"]}
    assert problem["detail"]
    assert job_count(app) == 0


def test_requirements_over_the_limit_are_refused_with_the_forms_words(app, client, ada):
    too_long = SHORT_IDEA * (app.config["REQUIREMENTS_MAX_CHARS"] // len(SHORT_IDEA) + 1)

    problem = assert_problem(start_map(client, ada, too_long), 422)

    assert "too long" in problem["detail"] and problem["errors"][0]["field"] == "requirements"
    assert job_count(app) == 0


def test_text_no_database_can_store_is_refused_not_a_server_error(app, client, ada):
    # A JSON escape can carry half of a surrogate pair, which no database stores as text
    body = '{"requirements": "Customers order food \\ud800 from restaurants nearby."}'

    response = client.post(
        "/api/v1/maps", data=body, headers={**ada, "Content-Type": "application/json"}
    )

    problem = assert_problem(response, 422)
    assert problem["errors"][0]["field"] == "requirements"
    assert job_count(app) == 0
    # And a search for a NUL, which PostgreSQL cannot look for, is refused the same way
    assert_problem(client.get("/api/v1/maps?q=%00", headers=ada), 422)


def test_a_body_that_is_not_json_is_refused(app, client, ada):
    form = client.post("/api/v1/maps", data={"requirements": SHORT_IDEA}, headers=ada)
    broken = client.post(
        "/api/v1/maps", data="{", headers={**ada, "Content-Type": "application/json"}
    )

    assert_problem(form, 415)
    assert_problem(broken, 400)
    assert job_count(app) == 0


def test_an_unchanged_job_answers_304_to_its_etag_and_200_once_it_changes(app, client, ada):
    # Given a queued job (no worker runs here) read once
    job_url = start_map(client, ada).headers["Location"]
    first = client.get(job_url, headers=ada)
    etag = first.headers["ETag"]
    assert etag.startswith('W/"') and first.headers["Cache-Control"] == "private, no-cache"

    # When it is read again with that ETag
    again = client.get(job_url, headers={**ada, "If-None-Match": etag})

    # Then the answer is an empty 304 with the same ETag
    assert again.status_code == 304 and again.get_data() == b""
    assert again.headers["ETag"] == etag

    # And once the job changes (cancelled), the same ETag gets the new state
    client.post(f"{job_url}/cancel", headers=ada)
    changed = client.get(job_url, headers={**ada, "If-None-Match": etag})
    assert changed.status_code == 200 and changed.json["status"] == "cancelled"
    assert changed.headers["ETag"] != etag


def test_a_queued_job_shows_its_place_in_the_queue(app, client, ada):
    start_map(client, ada)
    second = start_map(client, ada).json

    assert second["queue_position"] == 1


# POST /api/v1/jobs/<id>/cancel


def test_cancelling_a_queued_job_answers_it_cancelled_and_a_second_cancel_409(app, client, ada):
    job_url = start_map(client, ada).headers["Location"]

    cancelled = client.post(f"{job_url}/cancel", headers=ada)

    assert cancelled.status_code == 200
    assert cancelled.json["status"] == "cancelled" and cancelled.json["note"] == "Cancelled by you."
    problem = assert_problem(client.post(f"{job_url}/cancel", headers=ada), 409)
    assert "cancelled" in problem["detail"]


def test_a_finished_job_cannot_be_cancelled(app, client, ada, map_id):
    with app.app_context():
        job_id = db.session.get(Project, map_id).job_id

    assert_problem(client.post(f"/api/v1/jobs/{job_id}/cancel", headers=ada), 409)

    assert client.get(f"/api/v1/jobs/{job_id}", headers=ada).json["status"] == "completed"


# GET /api/v1/maps


def test_the_map_list_is_paged_and_searched_like_my_maps(app, client, ada, broker, stub_worker):
    # Given 21 maps of Ada's, one of them about chores
    for number in range(20):
        start_map(client, ada, f"{FOOD_DELIVERY} Restaurant number {number} has a menu.")
    start_map(client, ada, SHORT_IDEA)
    broker.join("maps", fail_fast=True)

    first = client.get("/api/v1/maps", headers=ada).json
    second = client.get("/api/v1/maps?page=2", headers=ada).json
    beyond = client.get("/api/v1/maps?page=9", headers=ada).json
    chores = client.get("/api/v1/maps?q=CHORES", headers=ada).json

    assert (first["total"], first["pages"], first["page"], first["per_page"]) == (21, 2, 1, 20)
    assert len(first["items"]) == 20 and len(second["items"]) == 1
    assert beyond["page"] == 2
    newest = first["items"][0]
    assert newest["story_count"] > 0 and newest["generator"] == "Offline generator"
    assert newest["links"]["self"] == f"/api/v1/maps/{newest['id']}"
    assert datetime.fromisoformat(newest["created_at"]).tzinfo is not None
    assert chores["total"] == 1
    assert chores["items"][0]["id"] in {item["id"] for item in first["items"] + second["items"]}

    # And a script can ask for bigger or smaller pages
    everything = client.get("/api/v1/maps?per_page=100", headers=ada).json
    fifth = client.get("/api/v1/maps?per_page=5&page=5", headers=ada).json
    assert (everything["pages"], everything["per_page"], len(everything["items"])) == (1, 100, 21)
    assert (fifth["pages"], fifth["page"], len(fifth["items"])) == (5, 5, 1)
    assert fifth["items"] == everything["items"][20:]


@pytest.mark.parametrize(
    "query", ["page=0", "page=two", "sort=size", "per_page=0", "per_page=101", "color=red"]
)
def test_a_bad_list_query_is_refused(app, client, ada, query):
    problem = assert_problem(client.get(f"/api/v1/maps?{query}", headers=ada), 422)

    assert problem["errors"][0]["field"] == query.split("=")[0]


def test_other_peoples_maps_are_not_listed(app, client, ada, bob, map_id):
    assert client.get("/api/v1/maps", headers=bob).json["total"] == 0


# DELETE /api/v1/maps/<id>


def test_deleting_a_map_removes_it_and_its_job(app, client, ada, map_id):
    with app.app_context():
        job_id = db.session.get(Project, map_id).job_id

    response = client.delete(f"/api/v1/maps/{map_id}", headers=ada)

    assert response.status_code == 204 and response.get_data() == b""
    assert_problem(client.get(f"/api/v1/maps/{map_id}", headers=ada), 404)
    assert_problem(client.get(f"/api/v1/jobs/{job_id}", headers=ada), 404)
    assert client.get("/api/v1/maps", headers=ada).json["total"] == 0


# Wireframes


def test_a_wireframe_job_draws_the_stories_asked_for(app, client, ada, broker, map_id):
    ids = [
        story["id"] for story in stories_of(client.get(f"/api/v1/maps/{map_id}", headers=ada).json)
    ]

    started = client.post(
        f"/api/v1/maps/{map_id}/wireframes",
        json={"story_ids": ids[:2], "style": "high-fidelity", "platform": "mobile"},
        headers=ada,
    )

    assert started.status_code == 202
    job = started.json
    assert started.headers["Location"] == f"/api/v1/jobs/{job['id']}"
    assert job["kind"] == "wireframes"
    assert job["links"]["wireframes"] == f"/api/v1/wireframes/{job['id']}"
    broker.join("wireframes", fail_fast=True)
    drawings = client.get(job["links"]["wireframes"], headers=ada).json
    assert drawings["job"]["status"] == "completed"
    assert (drawings["map_id"], drawings["style"], drawings["platform"]) == (
        map_id,
        "high-fidelity",
        "mobile",
    )
    assert [d["story_id"] for d in drawings["drawings"]] == ids[:2]
    for drawing in drawings["drawings"]:
        assert drawing["status"] == "done" and drawing["ascii"] and drawing["title"]
        assert drawing["error"] is None


def test_a_wireframe_job_lists_the_stories_still_to_draw_as_pending(
    app, client, ada, map_id, stub_worker
):
    # Given the worker is paused: nothing is drawn
    stub_worker.pause()
    ids = [
        story["id"] for story in stories_of(client.get(f"/api/v1/maps/{map_id}", headers=ada).json)
    ]
    job = client.post(
        f"/api/v1/maps/{map_id}/wireframes", json={"story_ids": ids[:3]}, headers=ada
    ).json

    drawings = client.get(f"/api/v1/wireframes/{job['id']}", headers=ada).json

    assert [d["status"] for d in drawings["drawings"]] == ["pending"] * 3
    assert (drawings["style"], drawings["platform"]) == ("low-fidelity", "web")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"story_ids": []}, "story_ids"),
        ({"story_ids": list(range(1, 12))}, "story_ids"),
        ({"story_ids": ["one"]}, "story_ids.0"),
        ({"story_ids": [0]}, "story_ids.0"),
        ({"story_ids": [1], "style": "watercolour"}, "style"),
        ({"story_ids": [1], "platform": "watch"}, "platform"),
    ],
)
def test_a_wireframe_request_the_form_refuses_is_refused(app, client, ada, map_id, body, field):
    before = job_count(app)

    problem = assert_problem(
        client.post(f"/api/v1/maps/{map_id}/wireframes", json=body, headers=ada), 422
    )

    assert field in {error["field"] for error in problem["errors"]}
    assert job_count(app) == before


def test_a_story_of_another_map_is_not_found_and_makes_no_job(
    app, client, ada, bob, broker, stub_worker, map_id
):
    bobs_job = start_map(client, bob, SHORT_IDEA).json
    broker.join("maps", fail_fast=True)
    bobs_map = client.get(f"/api/v1/jobs/{bobs_job['id']}", headers=bob).json["links"]["map"]
    bobs_story = stories_of(client.get(bobs_map, headers=bob).json)[0]["id"]
    before = job_count(app)

    response = client.post(
        f"/api/v1/maps/{map_id}/wireframes", json={"story_ids": [bobs_story]}, headers=ada
    )

    assert str(bobs_story) in assert_problem(response, 404)["detail"]
    assert job_count(app) == before


def test_a_map_job_has_no_wireframes(app, client, ada, map_id):
    with app.app_context():
        job_id = db.session.get(Project, map_id).job_id

    assert_problem(client.get(f"/api/v1/wireframes/{job_id}", headers=ada), 404)


# Who may call what


def operations(map_id: int, job_id: int) -> list[tuple[str, str, dict | None]]:
    return [
        ("POST", "/api/v1/maps", {"requirements": FOOD_DELIVERY}),
        ("GET", "/api/v1/maps", None),
        ("GET", f"/api/v1/maps/{map_id}", None),
        ("DELETE", f"/api/v1/maps/{map_id}", None),
        ("GET", f"/api/v1/jobs/{job_id}", None),
        ("POST", f"/api/v1/jobs/{job_id}/cancel", None),
        ("POST", f"/api/v1/maps/{map_id}/wireframes", {"story_ids": [1]}),
        ("GET", f"/api/v1/wireframes/{job_id}", None),
    ]


@pytest.mark.parametrize("authorization", [None, "Bearer smp_not-a-token", "Basic YWRhOng="])
def test_every_operation_needs_a_working_token(app, client, auth, map_id, authorization):
    # Given a logged-in browser session: cookies alone never reach the API
    auth.login()
    with app.app_context():
        job_id = db.session.get(Project, map_id).job_id
    headers = {"Authorization": authorization} if authorization else {}

    for method, path, body in operations(map_id, job_id):
        response = client.open(path, method=method, json=body, headers=headers)

        problem = assert_problem(response, 401)
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert "token" in problem["detail"]
    with app.app_context():
        assert db.session.get(Project, map_id) is not None


def test_every_api_route_the_app_has_refuses_a_request_without_a_token(app, client):
    # Read from the app's routes, so that an operation added later is checked too
    routes = [
        (method, rule)
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("api.") and rule.endpoint != "api.openapi_document"
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"})
    ]
    assert len(routes) >= 15

    for method, rule in routes:
        path = rule.build({name: 1 for name in rule.arguments}, append_unknown=False)[1]
        response = client.open(path, method=method, json={})

        assert_problem(response, 401)


def test_another_users_ids_are_not_found(app, client, ada, bob, map_id):
    with app.app_context():
        job_id = db.session.get(Project, map_id).job_id
    before = job_count(app)

    for method, path, body in operations(map_id, job_id)[2:]:
        response = client.open(path, method=method, json=body, headers=bob)

        assert_problem(response, 404)
    assert job_count(app) == before
    assert client.get(f"/api/v1/maps/{map_id}", headers=ada).status_code == 200


@pytest.mark.parametrize("number", ["0", str(2**63), "9" * 40])
def test_ids_no_row_can_have_are_not_found(app, client, ada, number):
    for path in (
        f"/api/v1/maps/{number}",
        f"/api/v1/jobs/{number}",
        f"/api/v1/wireframes/{number}",
    ):
        assert_problem(client.get(path, headers=ada), 404)
    # Whatever the method: not a 405, which would say the path exists
    assert_problem(client.delete(f"/api/v1/maps/{number}", headers=ada), 404)
    assert_problem(client.post(f"/api/v1/jobs/{number}/cancel", headers=ada), 404)


def test_unknown_paths_and_methods_under_the_api_answer_problems(app, client, ada):
    assert_problem(client.get("/api/v1/nothing-here", headers=ada), 404)
    assert_problem(client.get("/api/v2/maps"), 404)

    refused = client.put("/api/v1/maps", json={}, headers=ada)

    assert_problem(refused, 405)
    assert set(refused.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


# Rate limits


@pytest.fixture
def limited_app(tmp_path):
    app = make_app(
        tmp_path,
        RATELIMIT_ENABLED=True,
        RATE_LIMIT_GENERATION="2/minute;20/day",
        RATE_LIMIT_DEFAULT="1000/minute",
    )
    yield app
    with app.app_context():
        db.engine.dispose()


def test_a_third_job_in_a_minute_is_refused_with_retry_after(limited_app):
    app = limited_app
    client = app.test_client()
    ada = bearer(app, "ada@example.com", client)
    # Given refused requests, which cost nothing
    assert start_map(client, ada, "Short.").status_code == 422
    assert start_map(client, ada).status_code == 202
    assert start_map(client, ada).status_code == 202

    # When a third map is asked for within the minute
    refused = start_map(client, ada)

    # Then it is a problem that says when to come back, and no job is made
    problem = assert_problem(refused, 429)
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert "2 generation credits" in problem["detail"]
    assert job_count(app) == 2
    # And wireframes share the budget
    with app.app_context():
        map_id = db.session.scalar(sa.select(sa.func.max(Project.id))) or 1
    wireframes = client.post(
        f"/api/v1/maps/{map_id}/wireframes", json={"story_ids": [1]}, headers=ada
    )
    assert_problem(wireframes, 429)
    assert int(wireframes.headers["Retry-After"]) >= 1
