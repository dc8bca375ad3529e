"""A person's whole visit, in Chromium: from registering to a CSV of the map's stories."""

import csv
import io
import re
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from tests.browser.conftest import HOLD
from tests.browser.steps import (
    JOB_URL,
    MAP_URL,
    PASSWORD,
    JobWatch,
    job_completed,
    log_in,
    log_out,
    mark_page,
    on_map_page,
    register,
    submit_requirements,
    watch_job,
)
from tests.conftest import FOOD_DELIVERY
from webapp.auth.services import register_user
from webapp.extensions import db
from webapp.jobs.publishing import enqueue_map_job
from webapp.maps.exports import CSV_COLUMNS
from webapp.models import Job, JobStatus


@pytest.fixture
def busy_worker(app, slow_llm, start_slow_worker):
    """A one-thread worker busy with someone else's map job until ``slow_llm.release.set()``."""
    slow_llm.release.clear()
    start_slow_worker()
    with app.app_context():
        someone = register_user("someone@example.com", PASSWORD)
        job_id = enqueue_map_job(someone, HOLD, enhance=False).id
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with app.app_context():
            status = db.session.scalar(sa.select(Job.status).where(Job.id == job_id))
        if status == JobStatus.RUNNING:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the worker did not start the job that keeps it busy")
    yield
    slow_llm.release.set()


def test_a_person_maps_requirements_draws_three_wireframes_and_exports_csv(
    page, screenshot, console_errors, slow_llm, busy_worker, tmp_path
):
    navigations = []
    page.on(
        "framenavigated",
        lambda frame: frame == page.main_frame and navigations.append(frame.url),
    )

    # Given an account, logged out and in again
    register(page, "ada@example.com")
    screenshot("registered-new-map-form")
    log_out(page)
    log_in(page, "ada@example.com")

    # When Ada submits requirements while the only worker is busy with someone else's job
    # (the web process here has no provider of its own: the worker has, so Ada ticks the box)
    job_id = submit_requirements(page, FOOD_DELIVERY, enhance=True)
    mark_page(page)
    watch = watch_job(page, JobWatch(), until=lambda snapshot: snapshot["state"] == "queued")
    screenshot("map-job-queued")
    slow_llm.release.set()
    watch_job(page, watch, until=lambda snapshot: snapshot["state"] == "running")
    screenshot("map-job-running")
    watch_job(page, watch, until=on_map_page)

    # Then the job page went from queued to running to the map, and htmx made every change
    assert watch.states == ["queued", "running"]
    assert "Step 1 of 5: Enhancing the requirements…" in watch.lines
    assert "Step 2 of 5: Generating the story map…" in watch.lines
    job_url = next(url for url in navigations if url.endswith(f"/jobs/{job_id}"))
    after_job_page = navigations[navigations.index(job_url) + 1 :]
    assert len(after_job_page) == 1 and MAP_URL.search(after_job_page[0]), navigations
    page.wait_for_selector("table.story-map")
    expect(page.locator("h1")).to_have_text("Bitebox")
    expect(page.locator("section.enhancement")).to_contain_text("Which payment methods")
    screenshot("map")

    # When she opens the quality report
    report = page.locator("#quality-report")
    report.scroll_into_view_if_needed()
    for details in report.locator("details").all():
        if not details.evaluate("element => element.open"):
            details.locator("summary").click()
    # Then it says how the map measures up
    expect(report.locator("h2")).to_have_text("Quality report")
    expect(report.locator(".summary")).not_to_be_empty()
    report.screenshot(path=tmp_path / "quality-report.png")

    # When she ticks the map's three stories and asks for wireframes
    boxes = page.locator('input[name="story_ids"]')
    expect(boxes).to_have_count(3)
    for box in boxes.all():
        box.check()
    expect(page.locator("[data-selected-count]")).to_have_text("3 selected")
    page.click("#wireframes-form button[type=submit]")
    page.wait_for_url(JOB_URL)
    mark_page(page)

    # Then the job page counts the stories as it draws them, without a reload
    watch = watch_job(page, JobWatch(), until=lambda snapshot: "Drawing story" in snapshot["text"])
    screenshot("wireframe-job-drawing")
    watch_job(page, watch, until=job_completed)
    screenshot("wireframe-job-completed")
    drawing = [line for line in watch.lines if line.startswith("Drawing story")]
    counted = [int(re.fullmatch(r"Drawing story (\d) of 3…", line).group(1)) for line in drawing]
    assert counted and counted == sorted(counted) and set(counted) <= {1, 2, 3}, drawing
    assert "3 of 3 succeeded." in watch.lines

    # And each wireframe reads as a box drawing
    drawings = page.locator("#job-status pre.ascii")
    expect(drawings).to_have_count(3)
    rows = drawings.first.inner_text().splitlines()
    assert rows[0].startswith("┌") and rows[-1].startswith("└")
    assert all(row.startswith("│") for row in rows[1:-1]) and "[ Pay now ]" in rows[3]
    assert len({len(row) for row in rows}) == 1, "every row of a drawing has one width"

    # When she goes back to the map and exports it for Jira
    page.click("#job-status >> text=Back to the map")
    page.wait_for_url(MAP_URL)
    expect(page.locator(".story-wireframes li")).to_have_count(3)
    with page.expect_download() as download_info:
        page.click("nav.exports >> text=CSV (Jira)")
    download = download_info.value

    # Then she gets one row per story under Jira's column names
    assert download.suggested_filename == "bitebox.csv"
    table = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8-sig"))))
    assert table[0] == CSV_COLUMNS
    assert sorted(row[0] for row in table[1:]) == ["Order food story", "Pay story", "Sign up story"]

    # And she logs out
    log_out(page)
    screenshot("logged-out")
    expect(page.locator("header")).to_contain_text("Log in")
    assert console_errors == []
