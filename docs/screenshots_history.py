"""Take docs/map-history.png and docs/map-shared.png from a running app.

Run `python docs/screenshots_history.py [BASE_URL]`.

Registers a throwaway account on a running app, makes a map from the sample requirements,
changes it a few times (an edit, a move, a story written by hand, one undone), then captures
the map's history and the read-only page its share link opens, logged out, at 1280x800.
"""

import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright
from screenshots import SAMPLE, launch, register

BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000"
HERE = Path(__file__).parent


def make_map(page) -> str:
    """Submit the sample requirements and wait for the map; returns its path."""
    page.goto(f"{BASE_URL}/maps/new")
    page.fill("#requirements", SAMPLE)
    enhance = page.locator("#enhance")
    if enhance.count() and enhance.is_checked():
        enhance.uncheck()
    page.click("form.form button[type=submit]")
    page.wait_for_url(re.compile(r"/maps/\d+$"), timeout=60_000)
    return re.search(r"/maps/\d+$", page.url).group(0)


def post(page, path: str, **form) -> None:
    token = page.locator("input[name=csrf_token]").first.get_attribute("value")
    response = page.request.post(f"{BASE_URL}{path}", form={**form, "csrf_token": token})
    assert response.ok, (path, response.status)


def story(page, number: int) -> dict:
    card = page.locator("article.story").nth(number)
    return {
        "id": card.get_attribute("id").removeprefix("story-"),
        "version": card.get_attribute("data-version"),
        "title": card.locator("h3").text_content().strip(),
        "line": card.locator(".story-line").text_content(),
        "criteria": card.locator("details:not(.sources) li").all_text_contents(),
    }


def change_the_map(page, map_path: str) -> None:
    """An edit, a move to Release 1, a story written by hand, and an undo of a rename."""
    page.goto(f"{BASE_URL}{map_path}")
    booked = story(page, 1)
    post(
        page,
        f"/stories/{booked['id']}",
        title=f"{booked['title']} in two taps",
        description=booked["line"],
        acceptance_criteria="\n".join(booked["criteria"]),
        version=booked["version"],
    )
    page.goto(f"{BASE_URL}{map_path}")
    releases = page.locator("tr.release").evaluate_all("rows => rows.map(r => r.dataset.release)")
    moved = story(page, 3)
    post(page, f"/stories/{moved['id']}/move", release_id=releases[1], version=moved["version"])
    task_id = page.locator(".cell-stories").first.get_attribute("data-task-id")
    post(
        page,
        f"/tasks/{task_id}/stories",
        title="Save a search for later",
        release_id=releases[2],
    )
    page.goto(f"{BASE_URL}{map_path}")
    post(page, f"{map_path}/rename", name="Food delivery", title="Food delivery", version="1")
    post(page, f"{map_path}/undo")


def main() -> None:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        owner = browser.new_context(viewport={"width": 1280, "height": 800})
        page = owner.new_page()
        register(page, BASE_URL)
        map_path = make_map(page)
        change_the_map(page, map_path)

        page.goto(f"{BASE_URL}{map_path}/history")
        page.screenshot(path=HERE / "map-history.png", full_page=True)

        page.goto(f"{BASE_URL}{map_path}")
        page.click("#share button:has-text('Share')")
        link = page.locator("#share-link").text_content().strip()
        if len(sys.argv) > 2:  # where to put a look at the owner's page, for checking
            page.screenshot(path=sys.argv[2])

        visitor = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
        visitor.goto(link)
        visitor.screenshot(path=HERE / "map-shared.png")
        browser.close()


if __name__ == "__main__":
    main()
