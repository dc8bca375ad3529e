"""The map page's structure: one fragment per htmx target, and what big maps are filtered by."""

import contextlib
import re

import pytest
import sqlalchemy as sa
from flask import render_template, template_rendered

from tests.conftest import AuthActions, make_app
from webapp.extensions import db
from webapp.maps.services import map_page_context
from webapp.models import RELEASE_NAMES, Activity, Project, Release, Story, Task, User

FRAGMENT_IDS = (
    "map-head",
    "map-notes",
    "quality-report",
    "wireframes",
    "map-toolbar",
    "story-map",
    "map-requirements",
)
#: What map_page_context gives every render of maps/show.html.
CONTEXT_KEYS = {"view", "wireframe_form", "ticked", "improvement", "readonly"}
IDEA = (
    "A food delivery app where customers order from nearby restaurants, couriers deliver "
    "and restaurants manage menus."
)
STORIES = [
    # (title, description, release, suggested)
    ("Browse menus", "As a customer, I want to browse menus, so that I can choose.", 0, False),
    ("Accept jobs", "As a Courier, I want to accept jobs, so that I earn.", 0, False),
    ("Track courier", "As a customer, I want to see the courier on a map.", 1, False),
    ("Weekly sales", "As an admin I want weekly sales reports, so that I plan.", 2, True),
    ("Belege", "Als Kunde möchte ich Belege hochladen, damit ich spare.", 2, False),
    ("No role", "Show the opening hours.", 1, False),
    ("Odd role", 'As a " onmouseover="alert(1), I want x, so that y.', 1, False),
]


def make_project(app) -> int:
    """A one-activity map whose stories name roles in several ways, straight into the db."""
    with app.app_context():
        project = Project(
            user_id=db.session.scalar(sa.select(User.id)),
            product_name="Food delivery",
            requirements="Customers browse menus. Couriers accept jobs.",
            generator="offline",
        )
        project.releases = [Release(name=name, position=i) for i, name in enumerate(RELEASE_NAMES)]
        activity = Activity(position=0, title="Order food")
        task = Task(position=0, title="Choose a meal")
        activity.tasks.append(task)
        project.activities.append(activity)
        for position, (title, description, release, suggested) in enumerate(STORIES):
            task.stories.append(
                Story(
                    position=position,
                    title=title,
                    description=description,
                    acceptance_criteria=["Given a menu, when I open it, then I see the dishes."],
                    priority=RELEASE_NAMES[release],
                    release=project.releases[release],
                    suggested=suggested,
                )
            )
        db.session.add(project)
        db.session.commit()
        return project.id


@contextlib.contextmanager
def rendered_contexts(app):
    """Collect the context of each maps/show.html the app renders inside the block."""
    contexts = []

    def record(sender, template, context, **extra):
        if template.name == "maps/show.html":
            contexts.append(context)

    template_rendered.connect(record, app)
    try:
        yield contexts
    finally:
        template_rendered.disconnect(record, app)


def cards(page: str) -> dict[str, dict[str, str]]:
    """Each card's data attributes, by the card's title."""
    found = re.findall(
        r'<article class="story[^"]*" id="story-\d+" data-release="(\d+)" data-role="([^"]*)">'
        r".*?<h3>([^<]+)</h3>",
        page,
        re.S,
    )
    return {title: {"release": release, "role": role} for release, role, title in found}


def test_the_page_is_made_of_fragments_each_with_its_id(app, client, auth):
    auth.register()
    project_id = make_project(app)

    with rendered_contexts(app) as contexts:
        page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    for fragment_id in FRAGMENT_IDS:
        assert page.count(f'id="{fragment_id}"') == 1, fragment_id
    assert page.count('<article class="story') == len(STORIES)
    assert CONTEXT_KEYS <= set(contexts[0])


def test_cards_carry_their_release_and_the_role_their_story_line_names(app, client, auth):
    auth.register()
    project_id = make_project(app)
    with app.app_context():
        release_ids = db.session.scalars(
            sa.select(Release.id).where(Release.project_id == project_id).order_by(Release.position)
        ).all()

    page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    by_title = cards(page)
    assert {title: card["release"] for title, card in by_title.items()} == {
        title: str(release_ids[release]) for title, _, release, _ in STORIES
    }
    # "As a" and "As an", up to the comma or "I want"; the first spelling names the role
    assert {title: card["role"] for title, card in by_title.items()} == {
        "Browse menus": "customer",
        "Accept jobs": "Courier",
        "Track courier": "customer",
        "Weekly sales": "admin",
        "Belege": "Kunde",
        "No role": "",
        "Odd role": "",  # not a role but a sentence copied from the text
    }


def test_the_toolbar_filters_by_release_and_role_and_finds_text(app, client, auth):
    auth.register()
    project_id = make_project(app)

    page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    toolbar = re.search(r'<form class="map-toolbar" id="map-toolbar".*?</form>', page, re.S)
    assert toolbar, "no toolbar"
    toolbar = toolbar.group(0)
    release_filter = re.search(r'data-filter="release">(.*?)</select>', toolbar, re.S).group(1)
    assert re.findall(r"<option[^>]*>([^<]+)</option>", release_filter) == [
        "All releases",
        *RELEASE_NAMES,
    ]
    role_filter = re.search(r'data-filter="role">(.*?)</select>', toolbar, re.S).group(1)
    assert re.findall(r"<option[^>]*>([^<]+)</option>", role_filter) == [
        "All roles",
        "customer",
        "Courier",
        "admin",
        "Kunde",
    ]
    assert '<input type="search" name="q" data-filter="text"' in toolbar
    assert "data-compact-toggle" in toolbar
    assert re.search(r'aria-live="polite">7 of 7 stories shown</p>', toolbar)


def test_without_any_role_in_the_story_lines_there_is_no_role_filter(app, client, auth):
    auth.register()
    project_id = make_project(app)
    with app.app_context():
        for story in db.session.scalars(sa.select(Story)):
            story.description = "Show the opening hours."
        db.session.commit()

    page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    assert 'data-filter="release"' in page
    assert 'data-filter="role"' not in page
    assert set(card["role"] for card in cards(page).values()) == {""}


def test_a_read_only_page_has_no_tick_boxes_wireframe_form_or_remove_button(app, client, auth):
    # Given a map with a suggested story and stories the improver can mend
    auth.register()
    project_id = make_project(app)

    # When it renders for editing, then read-only
    with app.test_request_context():
        project = db.session.get(Project, project_id)
        editable = render_template("maps/show.html", **map_page_context(project))
        readonly = render_template("maps/show.html", **map_page_context(project, readonly=True))

    # Then the read-only page shows the same map without what changes it
    for control in ('name="story_ids"', 'id="wireframes-form"', "Remove suggested stories"):
        assert control in editable and control not in readonly, control
    assert "Improve stories" in editable and "Improve stories" not in readonly
    assert "1 of 7 story is suggested from common journeys" in readonly
    assert readonly.count('<article class="story') == len(STORIES)


def test_wireframes_without_a_ticked_story_give_the_whole_page_back(app, client, auth):
    auth.register()
    project_id = make_project(app)
    token = auth.token(f"/maps/{project_id}")

    with rendered_contexts(app) as contexts:
        response = client.post(
            f"/maps/{project_id}/wireframes",
            data={"style": "component", "platform": "mobile", "csrf_token": token},
        )

    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Tick at least one story" in page
    for fragment_id in FRAGMENT_IDS:
        assert f'id="{fragment_id}"' in page, fragment_id
    assert '<option selected value="mobile">' in page
    assert CONTEXT_KEYS <= set(contexts[0]) and contexts[0]["wireframe_error"]


@pytest.fixture
def limited_app(tmp_path):
    """An app allowing one generation a minute per user."""
    app = make_app(tmp_path, RATELIMIT_ENABLED=True, RATE_LIMIT_GENERATION="1/minute")
    yield app
    with app.app_context():
        db.engine.dispose()


def test_an_improvement_over_the_limit_gives_the_whole_page_back(limited_app):
    # Given a user who started a map, their one generation of the minute, and has a map
    client = limited_app.test_client()
    auth = AuthActions(client)
    auth.register()
    assert auth.submit(IDEA).status_code == 303
    project_id = make_project(limited_app)
    token = auth.token(f"/maps/{project_id}")

    # When they ask to improve the stories
    with rendered_contexts(limited_app) as contexts:
        response = client.post(f"/maps/{project_id}/improve", data={"csrf_token": token})

    # Then the map page comes back, whole, saying when to retry
    assert response.status_code == 429
    page = response.get_data(as_text=True)
    assert "try again in about" in page
    for fragment_id in FRAGMENT_IDS:
        assert f'id="{fragment_id}"' in page, fragment_id
    assert CONTEXT_KEYS <= set(contexts[0]) and contexts[0]["improve_error"]
