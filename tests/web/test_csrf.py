"""CSRF: every state-changing request needs the session's token, htmx ones included."""

import html
import json
import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from tasks.maps import generate_map
from tests.conftest import FOOD_DELIVERY, AuthActions, job_id_from
from tests.web.test_story_actions import kept_proposal_job
from webapp.api.tokens import create_token
from webapp.extensions import db
from webapp.improve.services import map_stories
from webapp.maps import edits
from webapp.models import Job, MapChange, PersonalToken, Project, Story, User

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
HTMX = {"HX-Request": "true"}


@pytest.fixture
def world(app, runner):
    """Ada's map and a queued job of hers; Carol, an admin. Each with a logged-in client."""
    owner, admin = app.test_client(), app.test_client()
    ada = AuthActions(owner)
    ada.register("ada@example.com")
    map_job = job_id_from(ada.submit(FOOD_DELIVERY))
    with app.app_context():
        generate_map.fn(map_job)  # here, not by a worker: queued messages stay queued
        project = db.session.scalar(sa.select(Project.id).where(Project.job_id == map_job))
        story = db.session.scalar(sa.select(Story.id).order_by(Story.id))
    with app.app_context():
        parts = map_parts(project)
        # A second map, for "Delete" in My maps (the first is deleted from its own page).
        spare = Project(
            user_id=db.session.get(Project, project).user_id,
            product_name="Spare map",
            requirements=FOOD_DELIVERY,
            generator="offline",
        )
        db.session.add(spare)
        db.session.commit()
        spare_project = spare.id
        token, _ = create_token(spare.user, "Ada's script")
        token_id = token.id
    queued_job = job_id_from(ada.submit(FOOD_DELIVERY))
    AuthActions(admin).register("carol@example.com")
    assert runner.invoke(args=["users", "make-admin", "carol@example.com"]).exit_code == 0
    return {
        "owner": owner,
        "admin": admin,
        "anonymous": app.test_client(),
        "project": project,
        "story": story,
        "queued_job": queued_job,
        "parts": parts,
        "spare_project": spare_project,
        "token": token_id,
    }


def map_parts(project_id: int) -> dict:
    """Ids of the map's parts for the edit routes, and one change in its history."""
    project = db.session.get(Project, project_id)
    # Stated stories only: "Remove suggested stories" takes the others, and their columns.
    stories = [s for a in project.activities for t in a.tasks for s in t.stories if not s.suggested]
    last = stories[-1].task
    ids = {
        "story": stories[0].id,
        "story2": stories[1].id,
        "story3": stories[-1].id,
        "task": stories[0].task_id,
        "task2": last.id,
        "activity": stories[0].task.activity_id,
        "activity2": last.activity_id,
        "release": project.releases[0].id,
        "release2": project.releases[-1].id,
    }
    edits.add_release(project, project.user, name="Someday")  # a row no attempt edits
    db.session.commit()
    return {**ids, "change": db.session.scalar(sa.select(MapChange.id))}


def state(app) -> tuple:
    """Everything a POST could change: accounts, API tokens, jobs, the dead letters."""
    with app.app_context():
        users = db.session.execute(sa.select(User.email, User.password_hash)).all()
        jobs = db.session.execute(sa.select(Job.id, Job.status, Job.priority, Job.message_id)).all()
        broker = app.extensions["dramatiq"]
        queued = {name: queue.qsize() for name, queue in broker.queues.items()}
        tokens = db.session.execute(sa.select(PersonalToken.id, PersonalToken.revoked_at)).all()
    return sorted(users), sorted(jobs), queued, sorted(tokens)


def post_routes(app) -> set[str]:
    # Not the JSON API: it takes bearer tokens only, never a cookie, so CSRF does not apply
    # (tests/web/test_api_tokens.py shows a logged-in browser gets 401 there).
    return {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if "POST" in rule.methods and not rule.endpoint.startswith("api.")
    }


NEW_PASSWORD = {
    "current": "correct horse",
    "password": "a new battery staple",
    "confirm": "a new battery staple",
}


def attempts(world) -> dict:
    """For each POST route, who would succeed and with what: (client, path, form)."""
    project, story = world["project"], world["story"]
    wireframes = {"story_ids": story, "style": "low-fidelity", "platform": "web"}
    correct = {"email": "ada@example.com", "password": "correct horse"}
    return {
        "auth.register": (
            "anonymous",
            "/register",
            {"email": "eve@example.com", "password": "long enough", "confirm": "long enough"},
        ),
        "auth.login": ("anonymous", "/login", correct),
        "maps.create": ("owner", "/maps", {"requirements": FOOD_DELIVERY}),
        "wireframes.create": ("owner", f"/maps/{project}/wireframes", wireframes),
        "improve.create": ("owner", f"/maps/{project}/improve", {}),
        **story_action_attempts(world),
        "maps.remove_suggested": ("owner", f"/maps/{project}/suggested/delete", {}),
        "admin.requeue": ("admin", "/admin/dead-letters/requeue", {}),
        "admin.purge": ("admin", "/admin/dead-letters/purge", {}),
        "admin.prioritise": ("admin", f"/admin/jobs/{world['queued_job']}/priority", {}),
        "jobs.cancel": ("owner", f"/jobs/{world['queued_job']}/cancel", {}),
        **editing_attempts(world),
        "tokens.create": ("owner", "/settings/tokens", {"name": "CI pipeline"}),
        "tokens.revoke": ("owner", f"/settings/tokens/{world['token']}/revoke", {}),
        "auth.change_account_password": ("owner", "/account/password", NEW_PASSWORD),
        "auth.delete": ("admin", "/account/delete", {"confirm_password": "correct horse"}),
        "auth.logout": ("owner", "/logout", {}),
    }


def story_action_attempts(world) -> dict:
    """AI on chosen stories (issue 17), and the answers to a job's proposal for a story."""
    project, ids = world["project"], world["parts"]
    if "proposal_job" not in world:  # kept for two stories no other attempt changes first
        app = world["owner"].application
        with app.app_context():
            taken = {ids["story"], ids["story2"], ids["story3"]}
            free = [s.id for s in map_stories(project) if s.id not in taken and not s.suggested]
        world["proposal_stories"] = free[:2]
        world["proposal_job"] = kept_proposal_job(app, project, free[:2])
    job, (used, kept) = world["proposal_job"], world["proposal_stories"]
    chosen = {"story_ids": world["story"], "action": "check-invest"}
    return {
        "improve.chosen": ("owner", f"/maps/{project}/stories/improve", chosen),
        "improve.use": ("owner", f"/jobs/{job}/stories/{used}/proposal", {"version": "1"}),
        "improve.keep": ("owner", f"/jobs/{job}/stories/{kept}/keep", {}),
    }


def editing_attempts(world) -> dict:
    """The map's edit routes (issue 16): each would change the map with a valid token."""
    ids = world["parts"]
    project = world["project"]
    title, first = {"title": "Renamed", "version": "1"}, {"position": "0", "version": "1"}
    return {
        "stories.update": ("owner", f"/stories/{ids['story']}", {"title": "New", **first}),
        "stories.move": ("owner", f"/stories/{ids['story2']}/move", first),
        "stories.add": (
            "owner",
            f"/tasks/{ids['task']}/stories",
            {"title": "Tip", "release_id": ids["release"]},
        ),
        "stories.delete": ("owner", f"/stories/{ids['story3']}/delete", {}),
        "structure.rename_activity": ("owner", f"/activities/{ids['activity']}", title),
        "structure.rename_task": ("owner", f"/tasks/{ids['task']}", title),
        "structure.rename_release": (
            "owner",
            f"/releases/{ids['release']}",
            {"name": "Beta", "version": "1"},
        ),
        "structure.rename_map": ("owner", f"/maps/{project}/rename", title),
        # The rename above made the map's version 2.
        "maps.rename_from_list": (
            "owner",
            f"/maps/{project}/list/rename",
            {"title": "Renamed in the list", "version": "2"},
        ),
        "structure.add_task": ("owner", f"/activities/{ids['activity']}/tasks", title),
        "structure.add_activity": ("owner", f"/maps/{project}/activities", title),
        "structure.add_release": ("owner", f"/maps/{project}/releases", {"name": "Q3"}),
        "structure.move_activity": ("owner", f"/activities/{ids['activity2']}/move", first),
        "structure.move_task": ("owner", f"/tasks/{ids['task2']}/move", first),
        "structure.move_release": ("owner", f"/releases/{ids['release2']}/move", first),
        "structure.delete_task": ("owner", f"/tasks/{ids['task2']}/delete", {}),
        "structure.delete_activity": ("owner", f"/activities/{ids['activity2']}/delete", {}),
        "structure.delete_release": ("owner", f"/releases/{ids['release2']}/delete", {}),
        "history.undo_last": ("owner", f"/maps/{project}/undo", {}),
        "history.restore_at": ("owner", f"/maps/{project}/history/{ids['change']}/restore", {}),
        "share.create": ("owner", f"/maps/{project}/share", {}),
        "share.revoke": ("owner", f"/maps/{project}/share/revoke", {}),
        "regenerate.story": ("owner", f"/stories/{ids['story']}/regenerate", {}),
        "regenerate.task": ("owner", f"/tasks/{ids['task']}/regenerate", {}),
        "regenerate.activity": ("owner", f"/activities/{ids['activity']}/regenerate", {}),
        "structure.delete_map": ("owner", f"/maps/{project}/delete", {}),
        "maps.delete_from_list": ("owner", f"/maps/{world['spare_project']}/list/delete", {}),
    }


@pytest.mark.parametrize(
    "token",
    [None, "not-a-token", "other-session"],
    ids=["without a token", "with a forged token", "with another session's token"],
)
def test_every_post_route_refuses_a_request_without_the_sessions_token(app, world, token):
    routes = attempts(world)
    assert set(routes) == post_routes(app), "a POST route is missing here"
    if token == "other-session":
        token = AuthActions(app.test_client()).token()
    before = state(app)

    for endpoint, (role, path, form) in routes.items():
        client = world[role]
        data = form if token is None else {**form, "csrf_token": token}
        for headers in ({}, HTMX if token is None else {**HTMX, "X-CSRFToken": token}):
            response = client.post(path, data=data, headers=headers)
            assert response.status_code == 400, (endpoint, headers, response.status_code)
            assert "Nothing was saved" in response.get_data(as_text=True)

    # Then nothing changed: no account, job, priority or message, and the sessions are intact
    assert state(app) == before
    assert world["owner"].get("/maps").status_code == 200, "the owner was logged out"
    assert world["anonymous"].get("/maps").status_code == 302, "someone was logged in"


def test_the_same_requests_with_the_token_succeed(app, world):
    """So the 400s above are the token's doing, not a broken request."""
    before = state(app)
    for endpoint, (role, path, form) in attempts(world).items():
        client = app.test_client() if role == "anonymous" else world[role]
        page = "/login" if role == "anonymous" else "/maps/new"
        response = client.post(path, data={**form, "csrf_token": AuthActions(client).token(page)})
        assert response.status_code in (200, 201, 303), (endpoint, response.status_code)
    assert state(app) != before


def hx_headers(page: str) -> dict:
    match = re.search(r"<body hx-headers='([^']*)'", page)
    assert match, "the page's body has no hx-headers"
    return json.loads(html.unescape(match.group(1)))


def test_htmx_requests_send_the_token_from_the_bodys_hx_headers(app, world):
    admin = world["admin"]
    page = admin.get("/admin/").get_data(as_text=True)

    # When htmx posts with only the header the page gave it (as hx-post buttons do)
    headers = {**HTMX, **hx_headers(page)}
    response = admin.post("/admin/dead-letters/purge", headers=headers)

    assert response.status_code == 200
    assert "Purged 0 dead letters." in response.get_data(as_text=True)
    # And every page a signed-in user sees carries it
    owner = world["owner"]
    for path in ("/maps", "/maps/new", f"/maps/{world['project']}", f"/jobs/{world['queued_job']}"):
        assert "X-CSRFToken" in hx_headers(owner.get(path).get_data(as_text=True)), path


def test_every_post_form_in_the_templates_carries_the_token():
    forms = []
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text()
        for form in re.finditer(r"<form\b[^>]*>.*?</form>", text, re.S):
            if 'method="post"' in form.group(0):
                forms.append((template.name, form.group(0)))
                assert "csrf_token" in form.group(0), template

    assert len(forms) >= 6
