"""AI on chosen stories in Chromium: tick two stories, rewrite their criteria (offline), follow
the job to its end, see the change on the map and in the history; then a story edited by hand
gets its proposal beside it, and "Use the proposal" answers in the job page.

Set STORY_ACTION_SHOTS to a directory to keep the screenshots (1280x800 and 390x844) there.
"""

import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from tests.browser.steps import JOB_URL, mark_page, register
from tests.clinic import save_clinic_map
from tests.integration.conftest import start_worker
from tests.processes import stop
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
PLAIN = ["Shows the result on the screen."]
SIZES = {"desktop": (1280, 800), "phone": (390, 844)}


@pytest.fixture
def offline_worker(app, tmp_path):
    """``bin/worker`` with no AI provider (only "custom", which has no URL): offline actions."""
    process = start_worker(
        tmp_path / "worker.log", threads=1, AI_PROVIDER_PRIORITY="custom", LLM_BASE_URL=""
    )
    yield process
    stop(process, "the dramatiq worker")


@pytest.fixture
def shots(tmp_path):
    """``shots(page, name, element)``: the page at each size, scrolled to ``element``."""
    folder = Path(os.environ.get("STORY_ACTION_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    taken = []

    def take(page, name: str, selector: str) -> None:
        for size, (width, height) in SIZES.items():
            page.set_viewport_size({"width": width, "height": height})
            page.locator(selector).first.scroll_into_view_if_needed()
            path = folder / f"{name}-{size}-{width}x{height}.png"
            page.screenshot(path=path)
            taken.append(path)
        page.set_viewport_size({"width": 1280, "height": 900})

    yield take
    assert all(path.exists() for path in taken)


def story_ids(app, project_id: int, titles: list[str]) -> list[int]:
    """The stories with these titles; their criteria made plain words, as a person might."""
    with app.app_context():
        rows = [db.session.scalar(sa.select(Story).where(Story.title == title)) for title in titles]
        for row in rows:
            row.acceptance_criteria = list(PLAIN)
        db.session.commit()
        return [row.id for row in rows]


def run_on(page, ids: list[int], action: str) -> None:
    for story_id in ids:
        page.locator(f"#story-{story_id} input[name=story_ids]").check()
    page.select_option("#story-action-choice", action)
    page.click("#story-action button[type=submit]")
    page.wait_for_url(JOB_URL)
    expect(page.locator("#job-status.status-completed")).to_be_visible(timeout=30_000)


def test_two_ticked_stories_get_new_criteria_one_change_each_and_a_hand_edit_is_proposed(
    app, page, offline_worker, shots, console_errors
):
    # Given Ada's clinic map, two of whose stories have criteria in plain words
    register(page, "ada@example.com")
    with app.app_context():
        project_id = save_clinic_map("ada@example.com", TEXT).id
    search, book, cancel = story_ids(
        app, project_id, ["Search doctors", "Book free time slot", "Cancel appointment"]
    )
    page.goto(f"/maps/{project_id}")

    # The map offers the actions; without a provider, those that need one are disabled
    control = page.locator("#story-action")
    expect(control).to_contain_text("AI on chosen stories")
    expect(control.locator("option[value=split]")).to_be_disabled()
    expect(control.locator("option[value=rewrite-criteria]")).to_be_enabled()
    expect(control).to_contain_text("No AI provider: only the offline actions run.")
    page.locator(f"#story-{search} input[name=story_ids]").check()
    page.locator(f"#story-{book} input[name=story_ids]").check()
    expect(page.locator("[data-selected-count]")).to_have_text("2 selected")
    page.select_option("#story-action-choice", "rewrite-criteria")
    shots(page, "map-with-action-control", "#wireframes")
    page.locator(f"#story-{search} input[name=story_ids]").uncheck()
    page.locator(f"#story-{book} input[name=story_ids]").uncheck()

    # When she ticks two stories, chooses "Rewrite acceptance criteria" and runs it
    run_on(page, [search, book], "rewrite-criteria")

    # Then the job page names the action and says what changed in each story
    expect(page.locator("h1")).to_contain_text("Rewrite acceptance criteria of 2 stories")
    status = page.locator("#job-status")
    expect(status).to_contain_text("Rewrote the acceptance criteria of 2 stories.")
    expect(status.locator(".improvements > li")).to_have_count(2)
    shots(page, "job-page-changed", "#job-status")

    # And the map shows the new criteria
    status.locator("a.button", has_text="Open the story map").click()
    card = page.locator(f"#story-{search}")
    card.locator("details summary").first.click()
    expect(card.locator("details li").first).to_contain_text("Given ")
    expect(card.locator("details li").first).to_contain_text("then it shows the result")

    # And the history lists two changes, one per story
    page.goto(f"/maps/{project_id}/history")
    changes = page.locator("ol.history > li")
    expect(changes).to_have_count(2)
    rewrote = "Rewrote the acceptance criteria of"
    expect(changes.first).to_contain_text(f"{rewrote} “Book free time slot”")
    expect(changes.nth(1)).to_contain_text(f"{rewrote} “Search doctors”")

    # When a story she edited by hand gets the same action
    with app.app_context():
        db.session.get(Story, cancel).edited_by_hand = True
        db.session.commit()
    page.goto(f"/maps/{project_id}")
    run_on(page, [cancel], "rewrite-criteria")

    # Then its text and the proposal are side by side, and nothing changed yet
    item = page.locator(f"#proposal-{cancel}")
    expect(item.locator("h5")).to_have_text(["Your text", "Proposed"])
    expect(item.locator(".mine")).to_contain_text(PLAIN[0])
    expect(item.locator(".proposed .words-criteria.differs li").first).to_contain_text("Given ")
    shots(page, "job-page-with-proposal", f"#proposal-{cancel}")
    mark_page(page)

    # When she uses the proposal, the item answers in place
    item.locator("button", has_text="Use the proposal").click()
    expect(page.locator(f"#proposal-{cancel}")).to_contain_text("Used the proposal for")
    assert page.evaluate("window.__marker") == 1, "the page reloaded"
    with app.app_context():
        assert db.session.get(Story, cancel).acceptance_criteria[0].startswith("Given ")
    page.goto(f"/maps/{project_id}/history")
    expect(changes).to_have_count(3)
    expect(changes.first).to_contain_text(f"{rewrote} “Cancel appointment”")
    assert console_errors == []
