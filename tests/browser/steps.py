"""What a person does in the browser, and a watcher that records a job page's states."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Error, Page

PASSWORD = "correct horse battery"
MAP_PATH = re.compile(r"^/maps/\d+$")
JOB_PATH = re.compile(r"^/jobs/(\d+)$")
#: For ``page.wait_for_url``, which searches the whole URL.
JOB_URL = re.compile(r"/jobs/\d+$")
MAP_URL = re.compile(r"/maps/\d+$")

#: The job page's state in one evaluation, so a navigation cannot split it.
SNAPSHOT = """() => {
  const status = document.getElementById("job-status");
  return {
    path: location.pathname,
    marker: window.__marker === 1,
    state: status ? status.className.match(/status-(\\w+)/)[1] : null,
    text: status ? status.innerText : "",
  };
}"""


def register(page: Page, email: str) -> None:
    page.goto("/register")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.fill("#confirm", PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_url("**/maps/new")


def log_in(page: Page, email: str) -> None:
    page.goto("/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_selector("header >> text=Log out")


def log_out(page: Page) -> None:
    page.click("header button:has-text('Log out')")
    page.wait_for_selector("header >> text=Log in")


def submit_requirements(page: Page, requirements: str, *, enhance: bool = False) -> int:
    """Submit the new-map form; the browser lands on the job page. Returns the job id."""
    page.goto("/maps/new")
    page.fill("#requirements", requirements)
    page.set_checked("#enhance", enhance)
    page.click("form.form button[type=submit]")
    page.wait_for_url(JOB_URL)
    return int(JOB_PATH.match(urlsplit(page.url).path).group(1))


@dataclass
class JobWatch:
    """The states of a job page's ``#job-status`` in order, and every line it showed."""

    states: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def record(self, snapshot: dict) -> None:
        if snapshot["state"] and (not self.states or self.states[-1] != snapshot["state"]):
            self.states.append(snapshot["state"])
        for line in snapshot["text"].splitlines():
            line = line.strip()
            if line and line not in self.lines:
                self.lines.append(line)


def mark_page(page: Page) -> None:
    """Set a marker that a reload or a navigation would wipe."""
    page.evaluate("window.__marker = 1")


def watch_job(page: Page, watch: JobWatch, *, until, timeout: float = 45.0) -> JobWatch:
    """Sample the job page until ``until(snapshot)``; fail if it reloads before then.

    ``mark_page`` must have been called on the job page: while the browser is on it the
    marker must stay, so every change came from htmx swapping the status fragment.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            snapshot = page.evaluate(SNAPSHOT)
        except Error:  # the page is navigating (htmx followed HX-Redirect): look again
            time.sleep(0.1)
            continue
        if JOB_PATH.match(snapshot["path"]):
            assert snapshot["marker"], f"the job page reloaded (states so far: {watch.states})"
            watch.record(snapshot)
        if until(snapshot):
            return watch
        assert watch.states[-1:] != ["failed"], "\n".join(watch.lines)
        time.sleep(0.1)
    pytest.fail(f"the job page did not get there in {timeout} s; saw {watch.states}, {watch.lines}")


def on_map_page(snapshot: dict) -> bool:
    return bool(MAP_PATH.match(snapshot["path"]))


def job_completed(snapshot: dict) -> bool:
    return snapshot["state"] == "completed"
