"""Stories by hand in Chromium: drag one to another release, edit one in place, move one
with the keyboard; each change is still there after a reload."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.steps import register
from tests.clinic import save_clinic_map
from webapp.extensions import db
from webapp.models import Project, Story

TEXT = """# Clinic booking

Patients book appointments with doctors.

- Patients must be able to search doctors by specialty.
- Patients must be able to book a free time slot.
- Patients can cancel an appointment up to 24 hours before it.
- Doctors must see their schedule for the day.
- Doctors can block time off.
- Patients should get a reminder the day before a visit.
- Later: patients can rate a visit.
"""


@pytest.fixture
def map_page(app, page):
    """Ada, registered in the browser, on a clinic map made by the offline generator."""
    register(page, "ada@example.com")
    with app.app_context():
        project = save_clinic_map("ada@example.com", TEXT)
        project_id = project.id
    page.goto(f"/maps/{project_id}")
    page.wait_for_function("() => window.Sortable !== undefined")
    return project_id


def releases_of(app, project_id: int) -> list[int]:
    with app.app_context():
        return [release.id for release in db.session.get(Project, project_id).releases]


def saved_story(app, story_id: int) -> Story:
    with app.app_context():
        story = db.session.get(Story, story_id)
        db.session.expunge(story)
        return story


def story_id_of(card) -> int:
    return int(card.get_attribute("id").removeprefix("story-"))


def test_a_story_dragged_from_mvp_to_release_1_stays_there_after_a_reload(
    app, page, map_page, console_errors
):
    mvp, release_1, _ = releases_of(app, map_page)
    card = page.locator(f"#story-map tr[data-release='{mvp}'] article.story").first
    story_id = story_id_of(card)
    task_id = saved_story(app, story_id).task_id
    target = page.locator(f"#cell-{task_id}-{release_1}")
    target.scroll_into_view_if_needed()

    # When Ada drags the card by its handle to the Release 1 cell of its task
    handle = card.locator(".drag-handle")
    handle.scroll_into_view_if_needed()
    start = handle.bounding_box()
    end = target.bounding_box()
    with page.expect_response(lambda r: r.url.endswith(f"/stories/{story_id}/move")) as moved:
        page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
        page.mouse.down()
        page.mouse.move(start["x"] + 5, start["y"] + 12, steps=5)
        page.mouse.move(end["x"] + end["width"] / 2, end["y"] + end["height"] - 4, steps=25)
        page.mouse.up()

    # Then the server moved it, and the swapped card carries the new version
    assert moved.value.status == 200
    moved_card = page.locator(f"#cell-{task_id}-{release_1} #story-{story_id}")
    expect(moved_card.locator(".story-actions")).to_have_attribute("data-version", "2")
    assert saved_story(app, story_id).release_id == release_1

    # And a reload shows it in Release 1
    page.reload()
    expect(page.locator(f"#cell-{task_id}-{release_1} #story-{story_id}")).to_be_visible()
    expect(page.locator(f"#cell-{task_id}-{mvp} #story-{story_id}")).to_have_count(0)
    assert console_errors == []


def test_a_card_edited_in_place_saves_with_enter_and_only_it_changes(
    app, page, map_page, console_errors
):
    cards = page.locator("#story-map article.story")
    card, neighbour = cards.nth(0), cards.nth(1)
    story_id = story_id_of(card)
    page.evaluate("() => { window.__marker = 1; }")
    neighbour.evaluate("(element) => { element.dataset.untouched = '1'; }")

    # Escape cancels: the card comes back as it was
    card.locator("h3").click()
    title = page.locator(f"#story-{story_id} input[name='title']")
    expect(title).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator(f"article#story-{story_id}")).to_be_visible()

    # When Ada opens the card, types a new title and presses Enter
    page.locator(f"#story-{story_id} .edit-story").click()
    expect(title).to_be_focused()
    title.fill("Find a doctor by specialty")
    with page.expect_response(lambda r: r.url.endswith(f"/stories/{story_id}")) as saved:
        title.press("Enter")

    # Then only that card is swapped, the page stays, and focus goes back to the card
    assert saved.value.status == 200
    edited = page.locator(f"article#story-{story_id}")
    expect(edited.locator("h3")).to_have_text("Find a doctor by specialty")
    expect(edited.locator(".hand-mark")).to_have_text("Edited by hand")
    expect(edited.locator(".edit-story")).to_be_focused()
    assert page.evaluate("() => window.__marker") == 1
    assert neighbour.evaluate("(element) => element.dataset.untouched") == "1"

    page.reload()
    expect(page.locator(f"#story-{story_id} h3")).to_have_text("Find a doctor by specialty")
    assert console_errors == []


def test_the_keyboard_move_to_menu_moves_a_story_to_another_release(
    app, page, map_page, console_errors
):
    mvp, release_1, _ = releases_of(app, map_page)
    card = page.locator(f"#story-map tr[data-release='{mvp}'] article.story").first
    story_id = story_id_of(card)
    task_id = saved_story(app, story_id).task_id

    # When Ada focuses "Move to..." and opens it with the keyboard
    summary = card.locator(".move-menu summary")
    summary.focus()
    page.keyboard.press("Enter")
    release = card.locator("select[name='release_id']")
    expect(release).to_be_visible()

    # ... tabs to the release, picks the next one, tabs to "Move" and presses Enter
    page.keyboard.press("Tab")
    expect(release).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(release).to_have_value(str(release_1))
    page.keyboard.press("Tab")
    expect(card.locator("select[name='task_id']")).to_be_focused()
    page.keyboard.press("Tab")
    expect(card.locator("button", has_text="Move")).to_be_focused()
    with page.expect_response(lambda r: r.url.endswith(f"/stories/{story_id}/move")) as moved:
        page.keyboard.press("Enter")

    # Then the board shows it in Release 1 and the focus is on its menu again
    assert moved.value.status == 200
    moved_card = page.locator(f"#cell-{task_id}-{release_1} #story-{story_id}")
    expect(moved_card).to_be_visible()
    expect(moved_card.locator(".move-menu summary")).to_be_focused()

    page.reload()
    expect(page.locator(f"#cell-{task_id}-{release_1} #story-{story_id}")).to_be_visible()
    assert re.search(r"/maps/\d+$", page.url)
    assert console_errors == []
