"""Cancel and "N running" in Chromium: a running map job is stopped and the badge goes away."""

import os
import re
import time
from pathlib import Path

import sqlalchemy as sa
from playwright.sync_api import expect

from tests.browser.conftest import HOLD, STEP_SECONDS
from tests.browser.steps import JobWatch, mark_page, register, submit_requirements, watch_job
from tests.conftest import FOOD_DELIVERY
from webapp.extensions import db
from webapp.models import Job, Project

#: Where the cancelled job page's screenshots are copied, at a desktop and a phone's size.
SHOTS = Path(os.environ.get("CANCEL_SHOTS_DIR", "/tmp/h18/shots"))


def job_state(app, job_id: int) -> tuple[str, int]:
    with app.app_context():
        status = db.session.scalar(sa.select(Job.status).where(Job.id == job_id))
        maps = db.session.scalar(
            sa.select(sa.func.count()).select_from(Project).where(Project.job_id == job_id)
        )
    return status, maps


def test_a_running_map_job_is_cancelled_from_its_page_and_the_badge_goes(
    app, page, screenshot, console_errors, slow_llm, start_slow_worker
):
    # Given a worker whose model keeps this job's request until the test lets go
    slow_llm.release.clear()
    start_slow_worker()
    register(page, "ida@example.com")

    # When Ida submits requirements and the job starts
    job_id = submit_requirements(page, FOOD_DELIVERY + " " + HOLD)
    mark_page(page)
    watch_job(page, JobWatch(), until=lambda snapshot: snapshot["state"] == "running")

    # Then the header says one job is running, linking to her jobs, and the tab shows progress
    badge = page.locator("header #active-jobs")
    expect(badge).to_have_text("1 running")
    expect(badge).to_have_attribute("href", "/maps#recent-jobs")
    expect(page).to_have_title(re.compile(r"Generating… · Story Mapper$"))
    screenshot("job-running-with-badge")

    # When she cancels it
    page.click("#job-status button:has-text('Cancel')")

    # Then the page says it is cancelled, offers to submit it again, and the badge is gone
    status = page.locator("#job-status")
    expect(status).to_contain_text("Cancelled")
    expect(status).to_contain_text("Cancelled by you.")
    expect(status.locator(f'a[href="/maps/new?from_job={job_id}"]')).to_be_visible()
    expect(page).to_have_title("Cancelled · Story Mapper")
    expect(page.locator("header #active-jobs")).to_be_hidden()
    assert page.locator("header #active-jobs[hx-trigger]").count() == 0, "the badge still polls"

    # And when the model answers after all, the worker stops at its next step: no map
    slow_llm.release.set()
    time.sleep(STEP_SECONDS + 2)  # past the model's answer and the worker's next step
    assert job_state(app, job_id) == ("cancelled", 0)
    page.reload()
    expect(page.locator("#job-status")).to_contain_text("Cancelled")

    SHOTS.mkdir(parents=True, exist_ok=True)
    # And her account stays one tap away: by her email on a desktop, as "Account" on a phone
    account = page.locator('header a[href="/account"]')
    for (width, height), label in (((1280, 800), "ida@example.com"), ((390, 844), "Account")):
        page.set_viewport_size({"width": width, "height": height})
        expect(account).to_be_visible()
        expect(account).to_have_text(label, use_inner_text=True)
        page.screenshot(path=SHOTS / f"job-cancelled-{width}x{height}.png")
    screenshot("job-cancelled")
    assert console_errors == []
