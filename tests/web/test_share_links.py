"""Share links: a read-only map for anyone with the link, revocable, never more than the map."""

import re

import pytest
import sqlalchemy as sa

from tests.conftest import AuthActions
from tests.web.test_map_history import (
    HTMX,
    edit_title,
    make_map,
    story_named,
)
from webapp.extensions import db
from webapp.models import Project

LINK = re.compile(r'<code id="share-link">(http://localhost/s/([\w-]+))</code>')


@pytest.fixture
def client(app):
    """A client that keeps no context after its requests: see tests/web/test_map_history.py."""
    return app.test_client()


def share(client, token, project_id, htmx=True):
    if htmx:
        return client.post(f"/maps/{project_id}/share", headers={**HTMX, "X-CSRFToken": token})
    return client.post(f"/maps/{project_id}/share", data={"csrf_token": token})


def shared_link(client, token, project_id) -> tuple[str, str]:
    response = share(client, token, project_id)
    assert response.status_code == 200
    return LINK.search(response.get_data(as_text=True)).groups()


def test_sharing_shows_the_whole_link_once_made_and_the_same_link_after(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert 'id="share"' in page and ">Share</button>" in page

    response = share(client, token, project_id)

    assert response.status_code == 200
    fragment = response.get_data(as_text=True)
    link, secret = LINK.search(fragment).groups()
    assert len(secret) >= 43  # 32 random bytes
    assert 'data-copy-target="share-link"' in fragment and "Stop sharing" in fragment
    with app.app_context():
        assert db.session.get(Project, project_id).share_token == secret
    # Pressing it again, or from a plain form, gives the same link
    assert shared_link(client, token, project_id) == (link, secret)
    response = share(client, token, project_id, htmx=False)
    assert response.status_code == 303
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert f"Anyone with this link can see the map, read-only: {link}" in page
    assert f'<code id="share-link">{link}</code>' in page


def test_anyone_with_the_link_sees_the_map_read_only_and_nothing_else(
    app, client, auth, broker, stub_worker
):
    # Given Ada shares a map that has a wireframe-ready story and a finished job
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    link, secret = shared_link(client, token, project_id)

    # When someone who is not logged in opens the link
    visitor = app.test_client()
    response = visitor.get(f"/s/{secret}")

    # Then they see the map, kept out of search engines, with no way to change it
    assert response.status_code == 200
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response.headers["Cache-Control"]
    page = response.get_data(as_text=True)
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert "<h1>Clinic booking</h1>" in page
    assert "Book free time slot" in page and "Quality report" in page
    assert "A read-only story map" in page
    # ... and nothing of the owner's but the map: no email, other maps, jobs or edit routes
    assert "ada@example.com" not in page
    for route in ("/stories/", "/edit", "/delete", "/maps", "/jobs", "/undo", "/history"):
        assert route not in page, route
    assert "/share" not in page and "export." not in page
    assert 'method="post"' not in page and "hx-post" not in page and 'type="checkbox"' not in page
    assert "Regenerate" not in page and "Improve stories" not in page
    header = page.split("</header>")[0]
    assert "Log in" in header and "Register" in header and "My maps" not in header


def test_the_shared_page_shows_the_map_as_it_is_now(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    _, secret = shared_link(client, token, project_id)
    visitor = app.test_client()
    assert "Rate visit" in visitor.get(f"/s/{secret}").get_data(as_text=True)

    edit_title(client, token, story_named(app, "Rate visit"), "Rate a visit afterwards")

    page = visitor.get(f"/s/{secret}").get_data(as_text=True)
    assert "Rate a visit afterwards" in page and ">Rate visit<" not in page


def test_revoking_makes_the_old_link_not_found_and_a_new_share_a_new_link(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    _, old = shared_link(client, token, project_id)
    visitor = app.test_client()
    assert visitor.get(f"/s/{old}").status_code == 200

    response = client.post(
        f"/maps/{project_id}/share/revoke", headers={**HTMX, "X-CSRFToken": token}
    )

    assert response.status_code == 200
    assert ">Share</button>" in response.get_data(as_text=True)
    assert visitor.get(f"/s/{old}").status_code == 404
    with app.app_context():
        assert db.session.get(Project, project_id).share_token is None
    _, new = shared_link(client, token, project_id)
    assert new != old and visitor.get(f"/s/{new}").status_code == 200
    # A plain form revokes too, and says so
    response = client.post(f"/maps/{project_id}/share/revoke", data={"csrf_token": token})
    assert response.status_code == 303
    assert "no longer shared" in client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert visitor.get(f"/s/{new}").status_code == 404


def test_unknown_malformed_and_other_peoples_links_are_not_found(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    token = auth.token(f"/maps/{project_id}")
    _, secret = shared_link(client, token, project_id)
    visitor = app.test_client()

    assert visitor.get("/s/" + "A" * 43).status_code == 404
    assert visitor.get(f"/s/{secret[:-1]}").status_code == 404
    assert visitor.get(f"/s/{secret}x").status_code == 404
    assert visitor.get("/s/short").status_code == 404
    assert visitor.get("/s/" + "A" * 65).status_code == 404
    assert visitor.get("/s/").status_code == 404

    # Bob can neither share nor revoke Ada's map
    bob = app.test_client()
    bob_auth = AuthActions(bob)
    bob_auth.register("bob@example.com")
    bob_token = bob_auth.token("/maps/new")
    for path in (f"/maps/{project_id}/share", f"/maps/{project_id}/share/revoke"):
        assert bob.post(path, data={"csrf_token": bob_token}).status_code == 404
    with app.app_context():
        assert db.session.scalar(sa.select(Project.share_token)) == secret
    assert visitor.get(f"/s/{secret}").status_code == 200
