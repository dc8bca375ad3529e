"""The job page's polling in Chromium: it waits out a missing worker and stops when done."""

import time
from urllib.parse import urlsplit

from playwright.sync_api import expect

from tests.browser.steps import (
    JOB_URL,
    MAP_URL,
    JobWatch,
    job_completed,
    mark_page,
    on_map_page,
    register,
    submit_requirements,
    watch_job,
)
from tests.conftest import FOOD_DELIVERY
from tests.integration.conftest import consumer_count


class StatusPolls:
    """The page's requests for a job's status fragment, and the answers to them."""

    def __init__(self, page):
        self.requests = 0
        self.redirects = []
        self.body_sizes = []
        page.on("request", self.on_request)
        page.on("response", self.on_response)
        page.on("requestfinished", self.on_finished)

    @staticmethod
    def is_poll(url: str) -> bool:
        return urlsplit(url).path.endswith("/status")

    def on_request(self, request):
        if self.is_poll(request.url):
            self.requests += 1

    def on_response(self, response):
        if self.is_poll(response.url):
            self.redirects.append(response.headers.get("hx-redirect"))

    def on_finished(self, request):
        if self.is_poll(request.url):
            # Bytes of the body on the wire: 0 when the server answered 304 and Chromium
            # gave htmx its cached copy
            self.body_sizes.append(request.sizes()["responseBodySize"])


def test_without_a_worker_the_page_stays_queued_then_completes_when_one_starts(
    page, screenshot, console_errors, start_slow_worker
):
    # Given no worker runs
    assert consumer_count("maps") == 0
    register(page, "grace@example.com")
    polls = StatusPolls(page)

    # When Grace submits requirements and watches the job page for 5 s
    submit_requirements(page, FOOD_DELIVERY)
    mark_page(page)
    watch_for = time.monotonic() + 5
    watch = watch_job(page, JobWatch(), until=lambda snapshot: time.monotonic() > watch_for)
    screenshot("queued-without-worker")

    # Then it keeps polling and keeps saying the job is queued, and why; the browser
    # revalidates its copy, and the unchanged fragment comes back as an empty 304
    assert watch.states == ["queued"]
    assert polls.requests >= 4
    assert polls.body_sizes[0] > 0 and 0 in polls.body_sizes
    status = page.locator("#job-status")
    expect(status).to_contain_text("Queued")
    expect(status).to_contain_text("No worker is running right now")
    expect(status).to_contain_text("ahead of yours")

    # When a worker starts
    start_slow_worker()

    # Then the same page runs the job and moves to the map, without a reload
    watch_job(page, watch, until=on_map_page)
    assert watch.states == ["queued", "running"]
    expect(page.locator("h1")).to_have_text("Bitebox")
    screenshot("map-after-worker-started")
    assert console_errors == []


def test_polling_stops_once_a_job_is_done(page, screenshot, console_errors, start_slow_worker):
    start_slow_worker()
    register(page, "hedy@example.com")
    polls = StatusPolls(page)

    # Given a map job the page followed to its map
    submit_requirements(page, FOOD_DELIVERY)
    mark_page(page)
    watch_job(page, JobWatch(), until=on_map_page)
    page.wait_for_url(MAP_URL)
    # The last answer sent htmx to the map; none before it did
    assert polls.redirects[-1] == urlsplit(page.url).path
    assert not any(polls.redirects[:-1])
    polled = polls.requests

    # When the map page has been open for 3 s
    page.wait_for_timeout(3000)

    # Then nothing polled the finished job's status
    assert polls.requests == polled

    # Given a wireframe job, which stays on its page when done
    page.locator('input[name="story_ids"]').first.check()
    page.click("#wireframes-form button[type=submit]")
    page.wait_for_url(JOB_URL)
    mark_page(page)
    polled_before = polls.requests
    watch_job(page, JobWatch(), until=job_completed)
    assert polls.requests > polled_before, "the wireframe job's page polled while it ran"
    screenshot("wireframe-job-done")
    polled = polls.requests

    # When the finished job's page stays open for 3 s
    page.wait_for_timeout(3000)

    # Then it polled no more
    assert polls.requests == polled
    assert page.locator("#job-status").get_attribute("hx-trigger") is None
    assert console_errors == []
