"""Who gets what: every route of the app, as an anonymous visitor, the owner, another user and
an admin.

The rules: pages that need an account send anonymous visitors to log in (302 to /login);
a map, job or wireframe is found only by its owner, everyone else gets 404 as if it did not
exist, admins included (admins run the queues, they do not read other people's maps); the
operations pages answer 404 to everyone but admins; health, metrics and static files answer
everyone. A new route fails ``test_the_matrix_lists_every_route`` until it is added below.
"""

from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa

from tests.conftest import FOOD_DELIVERY, AuthActions, job_id_from
from tests.web.test_story_actions import kept_proposal_job
from webapp.api.tokens import create_token
from webapp.extensions import db
from webapp.maps import edits
from webapp.models import Job, MapChange, Project, Release, Story, Wireframe

ROLES = ("anonymous", "owner", "other", "admin")
HTMX = {"HX-Request": "true"}


@dataclass(frozen=True)
class Case:
    endpoint: str
    method: str
    #: Filled in from the world: {project}, {story}, {map_job}, {wireframe_job},
    #: {improve_job}, {wireframe}, {proposal_job} (kept proposals for {proposal_story}
    #: and {story}).
    path: str
    #: Expected status for anonymous, owner, other and admin, in that order.
    statuses: tuple[int, int, int, int]
    data: dict = field(default_factory=dict)
    headers: dict = field(default_factory=dict)


def own(status: int) -> tuple[int, int, int, int]:
    """An owned resource: log in first, then only the owner finds it."""
    return (302, status, 404, 404)


SIGNED_IN = (302, 200, 200, 200)
ADMIN_ONLY = (404, 404, 404, 200)
PUBLIC = (200, 200, 200, 200)
LOGGED_OUT_ONLY = (200, 302, 302, 302)
WIREFRAME_FORM = {"story_ids": "{story}", "style": "low-fidelity", "platform": "web"}
# Every row starts at version 1, and each case below edits a row no earlier case did.
STORY_EDIT = {"title": "Reorder a past meal", "description": "As a customer, I reorder.",
              "acceptance_criteria": "Given a past order\nThen I can order it again",
              "version": "1"}  # fmt: skip
STORY_MOVE = {"task_id": "{task2}", "release_id": "{release}", "position": "0", "version": "1"}
STORY_ADD = {"title": "Tip the courier", "release_id": "{release}"}
TITLE = {"title": "Renamed", "version": "1"}
NAME = {"name": "Beta", "version": "1"}
FIRST = {"position": "0", "version": "1"}
CHOSEN = {"story_ids": "{story}", "action": "check-invest"}

# In order: the POSTs that end a session (logout) come last.
MATRIX = [
    Case("maps.index", "GET", "/", (200, 302, 302, 302)),
    Case("auth.register", "GET", "/register", LOGGED_OUT_ONLY),
    Case("auth.register", "POST", "/register", (400, 302, 302, 302)),
    Case("auth.login", "GET", "/login", LOGGED_OUT_ONLY),
    Case(
        "auth.login",
        "POST",
        "/login",
        (400, 302, 302, 302),
        data={"email": "ada@example.com", "password": "wrong password"},
    ),
    Case("auth.account", "GET", "/account", SIGNED_IN),
    # With a wrong password: the form comes back, nothing changes.
    Case(
        "auth.change_account_password",
        "POST",
        "/account/password",
        (302, 400, 400, 400),
        data={
            "current": "wrong password",
            "password": "a new battery staple",
            "confirm": "a new battery staple",
        },
    ),
    Case(
        "auth.delete",
        "POST",
        "/account/delete",
        (302, 400, 400, 400),
        data={"confirm_password": "wrong password"},
    ),
    # API tokens (issue 19): anyone logged in makes their own; only the owner revokes one.
    Case("tokens.index", "GET", "/settings/tokens", SIGNED_IN),
    Case("tokens.create", "POST", "/settings/tokens", (302, 201, 201, 201), {"name": "CI"}),
    Case("tokens.revoke", "POST", "/settings/tokens/{token}/revoke", own(303)),
    Case("tokens.revoke", "POST", "/settings/tokens/999999/revoke", (302, 404, 404, 404)),
    Case("maps.index_maps", "GET", "/maps", SIGNED_IN),
    Case("maps.index_maps", "GET", "/maps?q=food&sort=name&page=x", SIGNED_IN),
    Case("maps.new", "GET", "/maps/new", SIGNED_IN),
    Case("maps.new", "GET", "/maps/new?from_job={map_job}", own(200)),
    Case("maps.create", "POST", "/maps", (302, 303, 303, 303), {"requirements": FOOD_DELIVERY}),
    Case("maps.show", "GET", "/maps/{project}", own(200)),
    Case("maps.show", "GET", "/maps/999999", (302, 404, 404, 404)),
    Case("maps.export", "GET", "/maps/{project}/export.json", own(200)),
    Case("maps.export", "GET", "/maps/{project}/export.md", own(200)),
    Case("maps.export", "GET", "/maps/{project}/export.csv", own(200)),
    Case("maps.export", "GET", "/maps/999999/export.json", (302, 404, 404, 404)),
    Case("wireframes.create", "POST", "/maps/{project}/wireframes", own(303), WIREFRAME_FORM),
    Case(
        "wireframes.create",
        "POST",
        "/maps/999999/wireframes",
        (302, 404, 404, 404),
        WIREFRAME_FORM,
    ),
    Case("wireframes.download", "GET", "/wireframes/{wireframe}.txt", own(200)),
    Case("wireframes.download", "GET", "/wireframes/{wireframe}.md", own(200)),
    Case("wireframes.download", "GET", "/wireframes/999999.txt", (302, 404, 404, 404)),
    Case("improve.create", "POST", "/maps/{project}/improve", own(303)),
    Case("improve.create", "POST", "/maps/999999/improve", (302, 404, 404, 404)),
    # AI on chosen stories (issue 17), and a person's answer to a job's proposal.
    Case("improve.chosen", "POST", "/maps/{project}/stories/improve", own(303), CHOSEN),
    Case("improve.chosen", "POST", "/maps/999999/stories/improve", (302, 404, 404, 404), CHOSEN),
    Case("jobs.show", "GET", "/jobs/{proposal_job}", own(200)),
    Case(
        "improve.use",
        "POST",
        "/jobs/{proposal_job}/stories/{proposal_story}/proposal",
        own(303),
        {"version": "1"},
    ),
    Case("improve.keep", "POST", "/jobs/{proposal_job}/stories/{story}/keep", own(303)),
    Case("improve.keep", "POST", "/jobs/{proposal_job}/stories/999999/keep", (302, 404, 404, 404)),
    Case("jobs.show", "GET", "/jobs/{map_job}", own(200)),
    Case("jobs.show", "GET", "/jobs/{wireframe_job}", own(200)),
    Case("jobs.show", "GET", "/jobs/{improve_job}", own(200)),
    Case("jobs.show", "GET", "/jobs/999999", (302, 404, 404, 404)),
    Case("jobs.status", "GET", "/jobs/{map_job}/status", own(200)),
    Case("jobs.status", "GET", "/jobs/{map_job}/status", own(200), headers=HTMX),
    Case("jobs.status", "GET", "/jobs/{wireframe_job}/status", own(200), headers=HTMX),
    Case("jobs.status", "GET", "/jobs/{improve_job}/status", own(200), headers=HTMX),
    # Cancel (issue 18): the map job has finished, so the owner's cancel changes nothing.
    Case("jobs.cancel", "POST", "/jobs/{map_job}/cancel", own(303)),
    Case("jobs.cancel", "POST", "/jobs/999999/cancel", (302, 404, 404, 404)),
    # The header's "N running" badge: a page whose session ended gets 286 (stop polling).
    Case("jobs.active", "GET", "/jobs/active", SIGNED_IN),
    Case("jobs.active", "GET", "/jobs/active", (286, 200, 200, 200), headers=HTMX),
    Case("admin.index", "GET", "/admin/", ADMIN_ONLY),
    Case("admin.operations", "GET", "/admin/operations", ADMIN_ONLY),
    Case("admin.operations", "GET", "/admin/operations", ADMIN_ONLY, headers=HTMX),
    Case("admin.requeue", "POST", "/admin/dead-letters/requeue", ADMIN_ONLY, headers=HTMX),
    Case("admin.purge", "POST", "/admin/dead-letters/purge", ADMIN_ONLY, headers=HTMX),
    Case("admin.prioritise", "POST", "/admin/jobs/{map_job}/priority", ADMIN_ONLY, headers=HTMX),
    Case("health.health", "GET", "/health", PUBLIC),
    Case("health.live", "GET", "/health/live", PUBLIC),
    Case("health.ready", "GET", "/health/ready", PUBLIC),
    Case("metrics.metrics", "GET", "/metrics", PUBLIC),
    Case("static", "GET", "/static/css/app.css", PUBLIC),
    Case("static", "GET", "/static/vendor/htmx.min.js", PUBLIC),
    Case("static", "GET", "/static/no-such-file.js", (404, 404, 404, 404)),
    Case("maps.remove_suggested", "POST", "/maps/{project}/suggested/delete", own(303)),
    Case("maps.remove_suggested", "POST", "/maps/999999/suggested/delete", (302, 404, 404, 404)),
    # Editing the map (issue 16): only its owner finds any of its parts.
    Case("maps.report", "GET", "/maps/{project}/report", own(200), headers=HTMX),
    Case("maps.counts", "GET", "/maps/{project}/counts", own(200), headers=HTMX),
    Case("stories.board", "GET", "/maps/{project}/board", own(200), headers=HTMX),
    Case("stories.card", "GET", "/stories/{story}", own(200), headers=HTMX),
    Case("stories.card", "GET", "/stories/{story}", own(302)),
    Case("stories.edit", "GET", "/stories/{story}/edit", own(200), headers=HTMX),
    Case("stories.move_form", "GET", "/stories/{story}/move", own(200), headers=HTMX),
    Case("stories.confirm_delete", "GET", "/stories/{story}/delete", own(200)),
    Case("stories.edit", "GET", "/stories/999999/edit", (302, 404, 404, 404)),
    Case("stories.update", "POST", "/stories/{story}", own(303), STORY_EDIT),
    Case("stories.update", "POST", "/stories/{story2}", own(200), STORY_EDIT, HTMX),
    Case("stories.move", "POST", "/stories/{story3}/move", own(303), STORY_MOVE),
    Case("stories.add", "POST", "/tasks/{task}/stories", own(303), STORY_ADD),
    Case("structure.rename_activity", "POST", "/activities/{activity}", own(303), TITLE),
    Case("structure.rename_task", "POST", "/tasks/{task}", own(303), TITLE),
    Case("structure.rename_release", "POST", "/releases/{release}", own(303), NAME),
    Case("structure.rename_map", "POST", "/maps/{project}/rename", own(303), TITLE),
    # My maps (issue 18): the rename above made the map's version 2.
    Case(
        "maps.rename_from_list",
        "POST",
        "/maps/{project}/list/rename",
        own(303),
        {"title": "Renamed in the list", "version": "2"},
    ),
    Case("structure.add_task", "POST", "/activities/{activity}/tasks", own(303), TITLE),
    Case("structure.add_activity", "POST", "/maps/{project}/activities", own(303), TITLE),
    Case("structure.add_release", "POST", "/maps/{project}/releases", own(303), NAME),
    Case("structure.move_activity", "POST", "/activities/{activity2}/move", own(303), FIRST),
    Case("structure.move_task", "POST", "/tasks/{task2}/move", own(303), FIRST),
    Case("structure.move_release", "POST", "/releases/{release2}/move", own(303), FIRST),
    Case("history.undo_button", "GET", "/maps/{project}/undo-button", own(200), headers=HTMX),
    Case("history.index", "GET", "/maps/{project}/history", own(200)),
    Case("history.undo_last", "POST", "/maps/{project}/undo", own(303)),
    Case("history.restore_at", "POST", "/maps/{project}/history/{change}/restore", own(303)),
    Case(
        "history.restore_at",
        "POST",
        "/maps/{project}/history/999999/restore",
        (302, 404, 404, 404),
    ),
    Case("share.create", "POST", "/maps/{project}/share", own(303)),
    Case("share.show", "GET", "/s/{share_token}", PUBLIC),
    Case("share.show", "GET", "/s/not-a-token-of-any-map-at-all", (404, 404, 404, 404)),
    Case("share.revoke", "POST", "/maps/{project}/share/revoke", own(303)),
    # Revoked by its owner (another user's revoke was a 404 and changed nothing).
    Case("share.show", "GET", "/s/{share_token}", (200, 404, 200, 200)),
    Case("regenerate.story", "POST", "/stories/{story}/regenerate", own(303)),
    Case("regenerate.task", "POST", "/tasks/{task}/regenerate", own(303)),
    Case("regenerate.activity", "POST", "/activities/{activity}/regenerate", own(303)),
    # Deleting comes last: each takes ids the cases above use.
    Case("stories.delete", "POST", "/stories/{story3}/delete", own(303)),
    Case("structure.delete_task", "POST", "/tasks/{task2}/delete", own(303)),
    Case("structure.delete_release", "POST", "/releases/{release2}/delete", own(303)),
    Case("structure.delete_activity", "POST", "/activities/{activity2}/delete", own(303)),
    Case("structure.delete_map", "POST", "/maps/{project}/delete", own(303)),
    # Gone for its owner; still there, and still not found, for everyone else.
    Case("maps.delete_from_list", "POST", "/maps/{project}/list/delete", (302, 404, 404, 404)),
    Case("maps.show", "GET", "/maps/{project}", (302, 404, 404, 404)),
    Case("auth.logout", "POST", "/logout", (302, 303, 303, 303)),
]


@dataclass
class World:
    """Ada's map with a finished wireframe and improvement; Bob; Carol, an admin."""

    ids: dict
    clients: dict


@pytest.fixture
def world(app, broker, stub_worker, runner) -> World:
    clients = {role: app.test_client() for role in ROLES}
    ada = AuthActions(clients["owner"])
    ada.register("ada@example.com")
    map_job = job_id_from(ada.submit(FOOD_DELIVERY))
    broker.join("maps", fail_fast=True)
    with app.app_context():
        project = db.session.scalar(sa.select(Project.id).where(Project.job_id == map_job))
        story = db.session.scalar(sa.select(Story.id).order_by(Story.id))
    token = ada.token(f"/maps/{project}")
    form = {**WIREFRAME_FORM, "story_ids": story, "csrf_token": token}
    wireframe_job = job_id_from(clients["owner"].post(f"/maps/{project}/wireframes", data=form))
    broker.join("wireframes", fail_fast=True)
    improve_job = job_id_from(
        clients["owner"].post(f"/maps/{project}/improve", data={"csrf_token": token})
    )
    broker.join("improvements", fail_fast=True)
    stub_worker.join()
    with app.app_context():
        wireframe = db.session.scalar(sa.select(Wireframe.id))
        assert db.session.get(Job, improve_job).status == "completed"

    AuthActions(clients["other"]).register("bob@example.com")
    AuthActions(clients["admin"]).register("carol@example.com")
    assert runner.invoke(args=["users", "make-admin", "carol@example.com"]).exit_code == 0

    with app.app_context():
        # A second and third story, task, activity and release, from other columns and rows,
        # and one change in the map's history to restore.
        # Not suggested ones: "Remove suggested stories" above takes those, and their columns.
        stories = db.session.scalars(
            sa.select(Story).where(Story.suggested.is_(False)).order_by(Story.id)
        ).all()
        tasks = list(dict.fromkeys(story.task for story in stories))
        activities = list(dict.fromkeys(task.activity for task in tasks))
        releases = db.session.scalars(sa.select(Release).order_by(Release.position)).all()
        assert len(stories) >= 3 and len(activities) >= 2
        last_activity = activities[-1]
        story2, story3 = stories[1], stories[-1]
        parts = {
            "story2": story2.id,
            "story3": story3.id,
            "task": stories[0].task_id,
            "task2": next(t for t in tasks if t.activity is last_activity).id,
            "activity": activities[0].id,
            "activity2": last_activity.id,
            "release": releases[0].id,
            "release2": releases[-1].id,
        }
        owner_map = db.session.get(Project, project)
        edits.rename(activities[1], owner_map.user, version=1, title="Browse restaurants")
        db.session.commit()
        change = db.session.scalar(sa.select(MapChange.id))
        owner_map.share_token = "shared-map-token-of-adas-map-0123456789"
        db.session.commit()
        # A story no case above edits, for "Use the proposal" on version 1.
        proposal_story = stories[2].id
        assert proposal_story not in (story, story2.id, story3.id)
    proposal_job = kept_proposal_job(app, project, [proposal_story, story])
    with app.app_context():
        token, _ = create_token(db.session.get(Project, project).user, "Ada's script")
        token_id = token.id

    ids = {
        **parts,
        "change": change,
        "share_token": "shared-map-token-of-adas-map-0123456789",
        "project": project,
        "story": story,
        "map_job": map_job,
        "wireframe_job": wireframe_job,
        "improve_job": improve_job,
        "wireframe": wireframe,
        "proposal_job": proposal_job,
        "proposal_story": proposal_story,
        "token": token_id,
    }
    return World(ids, clients)


def request(client, case: Case, ids: dict):
    """Send the case's request, with a valid CSRF token for the client's session."""
    path = case.path.format(**ids)
    if case.method == "GET":
        with client.get(path, headers=case.headers) as response:
            return response
    page = "/maps/new" if client.get("/maps/new").status_code == 200 else "/login"
    token = AuthActions(client).token(page)
    data = {key: str(value).format(**ids) for key, value in case.data.items()}
    headers = {**case.headers, "X-CSRFToken": token}
    return client.post(path, data=data, headers=headers)


@pytest.mark.parametrize("role", ROLES)
def test_each_route_answers_each_role_as_the_matrix_says(world, role):
    client = world.clients[role]
    expected_index = ROLES.index(role)
    wrong = []
    for case in MATRIX:
        response = request(client, case, world.ids)
        expected = case.statuses[expected_index]
        label = f"{case.method} {case.path.format(**world.ids)} {case.headers or ''}".strip()
        if response.status_code != expected:
            wrong.append(f"{label}: {response.status_code}, expected {expected}")
        elif expected == 302 and role == "anonymous" and case.path != "/":
            if not response.headers["Location"].startswith("/login"):
                wrong.append(f"{label}: redirected to {response.headers['Location']}")
    assert wrong == [], f"as {role}:\n" + "\n".join(wrong)


def test_the_matrix_lists_every_route(app):
    routed = {
        (rule.endpoint, method)
        for rule in app.url_map.iter_rules()
        for method in rule.methods - {"HEAD", "OPTIONS"}
        # The JSON API answers bearer tokens only. test_api_maps.py checks the 401 of every
        # api route the app has; test_api_maps.py and test_api_edits.py the 404 of each
        # operation for another user's ids; Schemathesis (tests/api) runs with two users.
        if not rule.endpoint.startswith("api.")
    }
    listed = {(case.endpoint, case.method) for case in MATRIX}

    assert routed - listed == set(), "routes missing from the authorization matrix"
    assert listed - routed == set(), "the matrix lists routes the app does not have"


def test_each_case_path_reaches_the_endpoint_it_names(app):
    adapter = app.url_map.bind("localhost")
    ids = dict.fromkeys(
        ("project", "story", "map_job", "wireframe_job", "improve_job", "wireframe", "change"), 1
    )
    ids |= dict.fromkeys(("proposal_job", "proposal_story"), 1)
    ids |= dict.fromkeys(
        ("story2", "story3", "task", "task2", "activity", "activity2", "release", "release2"), 1
    )
    ids["share_token"] = "a-share-token-long-enough"
    ids["token"] = 1
    for case in MATRIX:
        path = case.path.format(**ids).split("?")[0]
        endpoint, _ = adapter.match(path, method=case.method)
        assert endpoint == case.endpoint, case


def test_the_owner_gets_the_real_content_and_htmx_is_sent_on_to_the_map(world):
    """200s above are the owner's own pages, not an empty shell."""
    owner, ids = world.clients["owner"], world.ids

    page = owner.get(f"/maps/{ids['project']}").get_data(as_text=True)
    status = owner.get(f"/jobs/{ids['map_job']}/status", headers=HTMX)
    drawing = owner.get(f"/wireframes/{ids['wireframe']}.txt")

    assert 'class="story-map"' in page
    assert status.headers["HX-Redirect"] == f"/maps/{ids['project']}"
    assert drawing.get_data(as_text=True).startswith("┌")
    with drawing:
        assert drawing.headers["Content-Disposition"].startswith("attachment;")


def test_a_share_link_opens_the_map_and_nothing_else(world):
    """A visitor who has the read-only link is an anonymous visitor everywhere else."""
    visitor = world.clients["anonymous"]
    shared = visitor.get(f"/s/{world.ids['share_token']}")
    assert shared.status_code == 200 and 'class="story-map"' in shared.get_data(as_text=True)

    wrong = []
    for case in MATRIX:
        if case.endpoint == "share.show":
            continue
        response = request(visitor, case, world.ids)
        if response.status_code != case.statuses[0]:
            wrong.append(f"{case.method} {case.path}: {response.status_code}")
    assert wrong == []
    assert visitor.get(f"/s/{world.ids['share_token']}").status_code == 200  # still shared
