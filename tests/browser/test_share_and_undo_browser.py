"""Undo and sharing in Chromium: an edit undone in the page, a share link opened logged out."""

import sqlalchemy as sa
from playwright.sync_api import expect

from tests.browser.steps import mark_page, register
from tests.clinic import save_clinic_map
from webapp.extensions import db
from webapp.models import Story

TEXT = """# Clinic booking

Patients book appointments with doctors.

- Patients must be able to search doctors by specialty.
- Patients must be able to book a free time slot.
- Patients can cancel an appointment up to 24 hours before it.
- Doctors must see their schedule for the day.
- Doctors can block time off.
"""


def saved_map(app, email: str) -> tuple[int, int]:
    """A map for ``email`` from the offline generator: its id and its "Book" story's id."""
    with app.app_context():
        project = save_clinic_map(email, TEXT)
        story = db.session.scalar(sa.select(Story).where(Story.title == "Book free time slot"))
        return project.id, story.id


def test_an_edit_is_undone_in_the_page_and_the_share_link_opens_without_login(
    app, page, browser, live_server, console_errors
):
    # Given Ada's map, open in her browser
    register(page, "ada@example.com")
    project_id, story_id = saved_map(app, "ada@example.com")
    page.goto(f"/maps/{project_id}")
    undo = page.locator("#undo button")
    expect(undo).to_be_disabled()
    mark_page(page)

    # When she renames a story in place
    title = page.locator(f"#story-{story_id} h3")
    page.click(f"#story-{story_id} a.edit-story")
    page.fill(f"#story-{story_id}-title", "Book a free slot today")
    page.press(f"#story-{story_id}-title", "Enter")
    expect(title).to_have_text("Book a free slot today")
    expect(undo).to_have_text('Undo: Edited story "Book a free slot today"')

    # And presses Undo
    undo.click()

    # Then the story has its old title again, without a reload, and nothing is left to undo
    expect(title).to_have_text("Book free time slot")
    expect(page.locator("#alerts")).to_contain_text('Undid: Edited story "Book a free slot today"')
    expect(undo).to_be_disabled()
    assert page.evaluate("window.__marker") == 1, "the page reloaded"
    with app.app_context():
        assert db.session.get(Story, story_id).title == "Book free time slot"

    # When she shares the map
    page.click("#share button:has-text('Share')")
    link = page.locator("#share-link")
    expect(link).to_contain_text(f"{live_server}/s/")
    shared_url = link.text_content().strip()

    # Then someone with no account opens the link in another browser and sees the map
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        visitor = context.new_page()
        response = visitor.goto(shared_url)
        assert response.status == 200
        assert response.headers["x-robots-tag"] == "noindex, nofollow"
        expect(visitor.locator("h1")).to_have_text("Clinic booking")
        expect(visitor.locator(f"#story-{story_id} h3")).to_have_text("Book free time slot")
        expect(visitor.locator("header")).to_contain_text("Log in")
        # ... and nothing to change it with
        for control in ("#undo", "#share", ".story-actions", ".header-menu", "form[method=post]"):
            expect(visitor.locator(control)).to_have_count(0)
        assert "ada@example.com" not in visitor.content()
    finally:
        context.close()
    assert console_errors == []
