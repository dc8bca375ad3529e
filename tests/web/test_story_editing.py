"""Stories by hand on the map: edit in place, move, add and delete, from htmx and plain forms,
with bad input refused, other users' stories out of reach and no lost update."""

import html
import re

import pytest
from werkzeug.datastructures import MultiDict

from tests.clinic import CLINIC_BOOKING, save_clinic_map
from tests.conftest import AuthActions, csrf_token_from
from webapp.extensions import db
from webapp.models import Job, JobStatus, Project, Story, Wireframe, WireframeStatus

TEXT = CLINIC_BOOKING
HTMX = {"HX-Request": "true"}
NEW_LINE = "As a patient, I want to find a doctor by specialty, so that I see the right one."
CRITERIA = (
    "Given a specialty, when I search, then I see its doctors.\n"
    "Given no doctor has it, when I search, then I am told so."
)


# Given ----------------------------------------------------------------------------------


def make_map(app, email: str = "ada@example.com") -> int:
    """A saved clinic map for ``email``, straight from the offline generator."""
    with app.app_context():
        project = save_clinic_map(email, TEXT)
        return project.id


@pytest.fixture
def map_id(app, auth):
    auth.register()
    return make_map(app)


@pytest.fixture
def other_map_id(app, client, auth, map_id):
    """Bob's map; the client is Ada's again afterwards."""
    auth.logout()
    auth.register("bob@example.com")
    bobs = make_map(app, "bob@example.com")
    auth.logout()
    auth.login()
    return bobs


def map_rows(app, project_id: int) -> dict:
    """Every story of the map as plain values, by id: to compare before and after."""
    with app.app_context():
        project = db.session.get(Project, project_id)
        return {
            story.id: (
                story.task_id,
                story.release_id,
                story.position,
                story.title,
                story.description,
                list(story.acceptance_criteria),
                story.version,
            )
            for activity in project.activities
            for task in activity.tasks
            for story in task.stories
        }


def layout(app, project_id: int) -> dict:
    """Ids of the map's releases and tasks, and its stories by cell, in order."""
    with app.app_context():
        project = db.session.get(Project, project_id)
        cells = {}
        for activity in project.activities:
            for task in activity.tasks:
                for story in task.stories:
                    cells.setdefault((task.id, story.release_id), []).append(story.id)
        return {
            "releases": [release.id for release in project.releases],
            "tasks": [task.id for activity in project.activities for task in activity.tasks],
            "cells": cells,
        }


def story_row(app, story_id: int) -> Story | None:
    with app.app_context():
        story = db.session.get(Story, story_id)
        if story is not None:
            db.session.expunge(story)
        return story


def first_story(app, project_id: int) -> Story:
    cells = layout(app, project_id)["cells"]
    return story_row(app, next(iter(cells.values()))[0])


def map_page(client, project_id: int) -> str:
    """The map page's text as a person reads it (entities unescaped)."""
    return html.unescape(client.get(f"/maps/{project_id}").get_data(as_text=True))


def token(client, project_id: int) -> str:
    return csrf_token_from(client.get(f"/maps/{project_id}").get_data(as_text=True))


def htmx(client, project_id: int) -> dict:
    return {**HTMX, "X-CSRFToken": token(client, project_id)}


def fields(story: Story, **changes) -> dict:
    data = {
        "title": story.title,
        "description": story.description,
        "acceptance_criteria": "\n".join(story.acceptance_criteria),
        "release_id": str(story.release_id),
        "version": str(story.version),
    }
    return {**data, **changes}


def hidden_fields(fragment: str) -> MultiDict:
    """The hidden fields of a fragment's form, as a browser would send them."""
    return MultiDict(
        (name, html.unescape(value))
        for name, value in re.findall(
            r'<input type="hidden" name="([^"]+)" value="([^"]*)"', fragment
        )
    )


# Edit in place --------------------------------------------------------------------------


def test_the_edit_form_replaces_the_card_with_its_fields_and_version(client, map_id, app):
    story = first_story(app, map_id)

    response = client.get(f"/stories/{story.id}/edit", headers=HTMX)

    form = response.get_data(as_text=True)
    assert response.status_code == 200
    assert f'id="story-{story.id}"' in form and "<html" not in form
    assert f'hx-post="/stories/{story.id}"' in form
    assert f'name="version" value="{story.version}"' in form
    assert f'value="{html.escape(story.title, quote=True)}"' in form or story.title in form
    assert "one per line" in form
    assert form.count("<option") == 3  # MVP, Release 1, Later
    assert "Escape cancels" in form


def test_without_javascript_the_edit_form_is_a_page_that_posts_and_comes_back(client, map_id, app):
    story = first_story(app, map_id)
    page = client.get(f"/stories/{story.id}/edit").get_data(as_text=True)
    assert "<html" in page and f'action="/stories/{story.id}"' in page

    response = client.post(
        f"/stories/{story.id}",
        data=fields(story, title="Find a doctor", csrf_token=csrf_token_from(page)),
    )

    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/maps/{map_id}")
    assert 'Saved the story "Find a doctor"' in map_page(client, map_id)
    assert story_row(app, story.id).title == "Find a doctor"


def test_saving_swaps_only_that_card_and_marks_it_edited_by_hand(client, map_id, app):
    story = first_story(app, map_id)
    others = {k: v for k, v in map_rows(app, map_id).items() if k != story.id}

    response = client.post(
        f"/stories/{story.id}",
        data=fields(
            story, title="Find a doctor", description=NEW_LINE, acceptance_criteria=CRITERIA
        ),
        headers=htmx(client, map_id),
    )

    card = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.headers["HX-Trigger"] == "map-changed"
    assert "HX-Retarget" not in response.headers
    assert card.lstrip().startswith('<article class="story') and card.count("<article") == 1
    assert "Find a doctor" in card and "Edited by hand" in card
    assert f'data-version="{story.version + 1}"' in card
    saved = story_row(app, story.id)
    assert (saved.title, saved.description) == ("Find a doctor", NEW_LINE)
    assert saved.acceptance_criteria == CRITERIA.splitlines()
    assert saved.edited_by_hand
    assert {k: v for k, v in map_rows(app, map_id).items() if k != story.id} == others


def test_an_edit_answers_a_card_sized_fragment_not_the_page(client, map_id, app):
    story = first_story(app, map_id)
    page = map_page(client, map_id)

    response = client.post(
        f"/stories/{story.id}",
        data=fields(story, title="Find a doctor"),
        headers={**HTMX, "X-CSRFToken": csrf_token_from(page)},
    )

    assert response.status_code == 200
    assert len(response.data) < 4_000 < len(page)
    assert len(response.data) * 10 < len(page)


def test_moving_to_another_release_in_the_form_answers_the_board(client, map_id, app):
    story = first_story(app, map_id)
    later = layout(app, map_id)["releases"][-1]

    response = client.post(
        f"/stories/{story.id}",
        data=fields(story, release_id=str(later)),
        headers=htmx(client, map_id),
    )

    assert response.status_code == 200
    assert response.headers["HX-Retarget"] == "#story-map"
    assert response.headers["HX-Reswap"] == "outerHTML"
    assert response.headers["HX-Trigger"] == "map-changed"
    board = response.get_data(as_text=True)
    assert 'id="story-map"' in board
    cell = re.search(rf'id="cell-{story.task_id}-{later}".*?</div>\s*<details', board, re.S).group(
        0
    )
    assert f'id="story-{story.id}"' in cell
    assert story_row(app, story.id).release_id == later


def test_cancel_and_take_theirs_get_the_card_back(client, map_id, app):
    story = first_story(app, map_id)

    card = client.get(f"/stories/{story.id}", headers=HTMX)
    plain = client.get(f"/stories/{story.id}")

    assert card.status_code == 200 and card.get_data(as_text=True).count("<article") == 1
    assert plain.status_code == 302
    assert plain.headers["Location"].endswith(f"/maps/{map_id}#story-{story.id}")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": "   "}, "The story needs a title."),
        ({"acceptance_criteria": "x" * 1001}, "Criterion 1 is 1,001 characters long"),
        ({"acceptance_criteria": "\n".join(f"c{n}" for n in range(21))}, "at most 20"),
        ({"release_id": "other"}, "Choose one of this map's releases."),
    ],
)
def test_bad_input_answers_the_form_with_the_message_and_changes_nothing(
    client, map_id, other_map_id, app, change, message
):
    story = first_story(app, map_id)
    if change.get("release_id") == "other":
        change = {"release_id": str(layout(app, other_map_id)["releases"][0])}
    before = map_rows(app, map_id)

    response = client.post(
        f"/stories/{story.id}", data=fields(story, **change), headers=htmx(client, map_id)
    )

    form = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'role="alert"' in form and message in html.unescape(form)
    assert f'hx-post="/stories/{story.id}"' in form  # the form again, to fix and save
    assert "HX-Trigger" not in response.headers
    assert map_rows(app, map_id) == before


def test_bad_input_from_a_plain_form_is_flashed_and_changes_nothing(client, map_id, app):
    story = first_story(app, map_id)
    before = map_rows(app, map_id)

    response = client.post(
        f"/stories/{story.id}",
        data=fields(story, title="", csrf_token=token(client, map_id)),
    )

    assert response.status_code == 303
    page = map_page(client, map_id)
    assert "flash-error" in page and "The story needs a title." in page
    assert map_rows(app, map_id) == before


def test_two_clients_editing_one_story_one_wins_the_other_sees_both_and_keeps_theirs(app):
    # Two browsers of one person, each logged in on its own (fresh clients: the ``client``
    # fixture keeps its last request's context, and so its user, for every client)
    first, second = app.test_client(), app.test_client()
    AuthActions(first).register()
    AuthActions(second).login()
    map_id = make_map(app)
    story = first_story(app, map_id)
    forms = [
        c.get(f"/stories/{story.id}/edit", headers=HTMX).get_data(as_text=True)
        for c in (first, second)
    ]
    assert all(f'name="version" value="{story.version}"' in form for form in forms)

    # A saves first
    saved = first.post(
        f"/stories/{story.id}",
        data=fields(story, title="Ada's title", description="As a patient, I want A."),
        headers=htmx(first, map_id),
    )
    assert saved.status_code == 200

    # B saves on the version both loaded: refused, both versions shown, nothing lost
    refused = second.post(
        f"/stories/{story.id}",
        data=fields(story, title="Bea's title", description="As a patient, I want B."),
        headers=htmx(second, map_id),
    )
    conflict = html.unescape(refused.get_data(as_text=True))
    assert refused.status_code == 409
    assert "Bea's title" in conflict and "Ada's title" in conflict
    assert "As a patient, I want B." in conflict and "As a patient, I want A." in conflict
    assert "Keep mine" in conflict and "Take theirs" in conflict
    assert "Saved by ada@example.com" in conflict
    assert story_row(app, story.id).title == "Ada's title"

    # B keeps theirs: the conflict's form sends B's text on the current version, and wins
    kept = second.post(
        f"/stories/{story.id}",
        data=hidden_fields(refused.get_data(as_text=True)),
        headers=htmx(second, map_id),
    )
    assert kept.status_code == 200
    assert "Bea's title" in html.unescape(kept.get_data(as_text=True))
    final = story_row(app, story.id)
    assert (final.title, final.description) == ("Bea's title", "As a patient, I want B.")
    assert final.acceptance_criteria == list(story.acceptance_criteria)
    assert final.version == story.version + 2


def test_a_stale_plain_form_gets_the_conflict_on_a_page(client, map_id, app):
    story = first_story(app, map_id)
    client.post(
        f"/stories/{story.id}", data=fields(story, title="Newer"), headers=htmx(client, map_id)
    )

    response = client.post(
        f"/stories/{story.id}",
        data=fields(story, title="Older", csrf_token=token(client, map_id)),
    )

    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "<html" in page and "Keep mine" in page and "Older" in page and "Newer" in page
    assert story_row(app, story.id).title == "Newer"


# Move -----------------------------------------------------------------------------------


def test_a_drag_to_another_cell_answers_the_moved_card(client, map_id, app):
    story = first_story(app, map_id)
    shape = layout(app, map_id)
    task, release = shape["tasks"][-1], shape["releases"][1]
    target = shape["cells"].get((task, release), [])

    response = client.post(
        f"/stories/{story.id}/move",
        data={"task_id": task, "release_id": release, "position": 0, "version": story.version},
        headers={**htmx(client, map_id), "HX-Target": f"story-{story.id}"},
    )

    card = response.get_data(as_text=True)
    assert response.status_code == 200 and response.headers["HX-Trigger"] == "map-changed"
    assert card.count("<article") == 1 and f'data-release="{release}"' in card
    assert layout(app, map_id)["cells"][(task, release)] == [story.id, *target]


def test_a_move_within_its_cell_changes_the_order(client, map_id, app):
    shape = layout(app, map_id)
    (task, release), ids = next(iter(shape["cells"].items()))
    client.post(
        f"/tasks/{task}/stories",
        data={"title": "A second story here", "release_id": release},
        headers=htmx(client, map_id),
    )
    ids = layout(app, map_id)["cells"][(task, release)]
    story = story_row(app, ids[0])

    response = client.post(
        f"/stories/{story.id}/move",
        data={"task_id": task, "release_id": release, "position": 1, "version": story.version},
        headers=htmx(client, map_id),
    )

    assert response.status_code == 200
    assert response.headers["HX-Retarget"] == "#story-map"  # the menu's move: the board
    assert layout(app, map_id)["cells"][(task, release)][:2] == [ids[1], ids[0]]


def test_the_move_menu_offers_releases_tasks_up_and_down(client, map_id, app):
    story = first_story(app, map_id)

    menu = client.get(f"/stories/{story.id}/move", headers=HTMX).get_data(as_text=True)
    page = client.get(f"/stories/{story.id}/move").get_data(as_text=True)

    assert "<optgroup" in menu and 'name="release_id"' in menu and 'name="task_id"' in menu
    assert ">Up</button>" in menu and ">Down</button>" in menu and ">Move</button>" in menu
    assert 'hx-target="#story-map"' in menu
    assert "<html" in page and f'action="/stories/{story.id}/move"' in page


def test_a_plain_form_move_redirects_to_the_map(client, map_id, app):
    story = first_story(app, map_id)
    later = layout(app, map_id)["releases"][-1]

    response = client.post(
        f"/stories/{story.id}/move",
        data={
            "task_id": story.task_id,
            "release_id": later,
            "version": story.version,
            "csrf_token": token(client, map_id),
        },
    )

    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/maps/{map_id}")
    assert story_row(app, story.id).release_id == later
    assert "Moved the story" in map_page(client, map_id)


def test_a_move_to_another_maps_task_is_refused_and_the_board_shows_the_truth(
    client, map_id, other_map_id, app
):
    story = first_story(app, map_id)
    before = map_rows(app, map_id)
    foreign_task = layout(app, other_map_id)["tasks"][0]

    response = client.post(
        f"/stories/{story.id}/move",
        data={"task_id": foreign_task, "version": story.version},
        headers={**htmx(client, map_id), "HX-Target": f"story-{story.id}"},
    )

    body = response.get_data(as_text=True)
    assert response.status_code == 422
    assert response.headers["HX-Retarget"] == "#story-map"
    assert 'id="story-map"' in body and 'hx-swap-oob="innerHTML"' in body
    assert "Choose one of this map&#39;s tasks." in body
    assert map_rows(app, map_id) == before


def test_a_stale_drag_gets_the_board_as_saved_and_a_message(client, map_id, app):
    story = first_story(app, map_id)
    client.post(
        f"/stories/{story.id}", data=fields(story, title="Newer"), headers=htmx(client, map_id)
    )
    before = map_rows(app, map_id)

    response = client.post(
        f"/stories/{story.id}/move",
        data={"position": 5, "version": story.version},
        headers={**htmx(client, map_id), "HX-Target": f"story-{story.id}"},
    )

    body = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 409
    assert response.headers["HX-Retarget"] == "#story-map"
    assert '"Newer" changed since this page was loaded' in body
    assert map_rows(app, map_id) == before


# Add ------------------------------------------------------------------------------------


def test_plus_story_in_a_cell_answers_a_hand_written_card(client, map_id, app):
    shape = layout(app, map_id)
    task, release = shape["tasks"][0], shape["releases"][-1]
    page = map_page(client, map_id)
    assert f'id="add-story-{task}-{release}"' in page  # in every cell, empty ones too

    response = client.post(
        f"/tasks/{task}/stories",
        data={"title": "Print a visit summary", "release_id": release},
        headers={**HTMX, "X-CSRFToken": csrf_token_from(page)},
    )

    card = response.get_data(as_text=True)
    assert response.status_code == 200 and response.headers["HX-Trigger"] == "map-changed"
    assert card.count("<article") == 1 and "Print a visit summary" in card
    assert "Written by hand, no source" in card
    new_id = layout(app, map_id)["cells"][(task, release)][-1]
    added = story_row(app, new_id)
    assert (added.title, added.sources, added.written_by_hand) == (
        "Print a visit summary",
        [],
        True,
    )


def test_plus_story_from_a_plain_form_redirects(client, map_id, app):
    shape = layout(app, map_id)
    task, release = shape["tasks"][1], shape["releases"][0]

    response = client.post(
        f"/tasks/{task}/stories",
        data={
            "title": "Share my booking",
            "release_id": release,
            "csrf_token": token(client, map_id),
        },
    )

    assert response.status_code == 303
    assert layout(app, map_id)["cells"][(task, release)][-1] in map_rows(app, map_id)
    assert "Share my booking" in map_page(client, map_id)


def test_plus_story_without_a_title_answers_the_form_with_the_message(client, map_id, app):
    shape = layout(app, map_id)
    task, release = shape["tasks"][0], shape["releases"][0]
    before = map_rows(app, map_id)

    response = client.post(
        f"/tasks/{task}/stories",
        data={"title": "  ", "release_id": release},
        headers=htmx(client, map_id),
    )

    form = response.get_data(as_text=True)
    assert response.status_code == 422
    assert response.headers["HX-Retarget"] == f"#add-story-{task}-{release}"
    assert "The story needs a title." in form and 'role="alert"' in form
    assert map_rows(app, map_id) == before


def test_plus_story_in_another_maps_release_is_refused(client, map_id, other_map_id, app):
    task = layout(app, map_id)["tasks"][0]
    foreign_release = layout(app, other_map_id)["releases"][0]
    before = map_rows(app, map_id), map_rows(app, other_map_id)

    response = client.post(
        f"/tasks/{task}/stories",
        data={"title": "Sneaky", "release_id": foreign_release},
        headers=htmx(client, map_id),
    )

    assert response.status_code == 422
    assert "Choose one of this map&#39;s releases." in response.get_data(as_text=True)
    assert (map_rows(app, map_id), map_rows(app, other_map_id)) == before


# Delete ---------------------------------------------------------------------------------


def test_delete_asks_what_goes_and_answers_an_empty_card(client, map_id, app):
    story = first_story(app, map_id)
    with app.app_context():
        for position, platform in enumerate(("web", "mobile")):
            job = Job(user_id=1, requirements=TEXT, kind="wireframes", status=JobStatus.COMPLETED)
            db.session.add(job)
            db.session.flush()
            db.session.add(
                Wireframe(
                    job_id=job.id,
                    story_id=story.id,
                    position=position,
                    status=WireframeStatus.DONE,
                    style="low",
                    platform=platform,
                    ascii="[ ]",
                )
            )
        db.session.commit()
    page = map_page(client, map_id)
    title = html.escape(story.title)
    assert f"Delete the story “{title}” and its 2 wireframes?" in page

    response = client.post(
        f"/stories/{story.id}/delete",
        data={"version": story.version},
        headers={**HTMX, "X-CSRFToken": csrf_token_from(page)},
    )

    assert response.status_code == 200 and response.data == b""
    assert response.headers["HX-Trigger"] == "map-changed"
    assert story_row(app, story.id) is None


def test_delete_without_javascript_asks_on_a_page_then_redirects(client, map_id, app):
    story = first_story(app, map_id)
    confirm = client.get(f"/stories/{story.id}/delete").get_data(as_text=True)
    assert "This deletes the story" in confirm and "0 wireframes" in confirm

    response = client.post(
        f"/stories/{story.id}/delete",
        data={"version": story.version, "csrf_token": csrf_token_from(confirm)},
    )

    assert response.status_code == 303
    assert story_row(app, story.id) is None
    assert "Deleted the story" in map_page(client, map_id)


def test_a_stale_delete_is_a_conflict_and_keeps_the_story(client, map_id, app):
    story = first_story(app, map_id)
    client.post(
        f"/stories/{story.id}", data=fields(story, title="Newer"), headers=htmx(client, map_id)
    )

    response = client.post(
        f"/stories/{story.id}/delete",
        data={"version": story.version},
        headers=htmx(client, map_id),
    )

    assert response.status_code == 409
    assert "Delete it anyway" in response.get_data(as_text=True)
    assert story_row(app, story.id).title == "Newer"


# The board, and other users -------------------------------------------------------------


def test_the_board_fragment_is_the_map_as_saved(client, map_id, app):
    response = client.get(f"/maps/{map_id}/board", headers=HTMX)

    board = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'id="story-map"' in board and "<html" not in board
    assert board.count("<article") == len(map_rows(app, map_id))
    assert board.count('class="cell-stories sortable"') == len(layout(app, map_id)["tasks"]) * 3


def test_another_users_story_task_and_board_are_404_and_nothing_changes(
    client, map_id, other_map_id, app
):
    theirs = first_story(app, other_map_id)
    their_task = layout(app, other_map_id)["tasks"][0]
    their_release = layout(app, other_map_id)["releases"][0]
    before = map_rows(app, other_map_id)
    headers = htmx(client, map_id)

    answers = [
        client.get(f"/stories/{theirs.id}", headers=HTMX),
        client.get(f"/stories/{theirs.id}/edit", headers=HTMX),
        client.get(f"/stories/{theirs.id}/move", headers=HTMX),
        client.get(f"/stories/{theirs.id}/delete"),
        client.get(f"/maps/{other_map_id}/board", headers=HTMX),
        client.post(f"/stories/{theirs.id}", data=fields(theirs, title="Mine"), headers=headers),
        client.post(
            f"/stories/{theirs.id}/move",
            data={"position": 3, "version": theirs.version},
            headers=headers,
        ),
        client.post(
            f"/tasks/{their_task}/stories",
            data={"title": "Mine", "release_id": their_release},
            headers=headers,
        ),
        client.post(
            f"/stories/{theirs.id}/delete", data={"version": theirs.version}, headers=headers
        ),
    ]

    assert [answer.status_code for answer in answers] == [404] * len(answers)
    assert map_rows(app, other_map_id) == before
