"""The map's shape by hand: `python docs/screenshots_structure.py [BASE_URL]`.

Registers a throwaway account on a running app (the offline generator is enough), makes the
sample map, adds a release "Beta", then opens a task header's menu with its delete
confirmation at 1280x800 (docs/map-structure.png).
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright
from screenshots import SAMPLE, launch, register

BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000"
HERE = Path(__file__).parent


def main() -> None:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        register(page, BASE_URL)
        page.goto(f"{BASE_URL}/maps/new")
        page.fill("#requirements", SAMPLE)
        page.click("form.form button[type=submit]")
        page.wait_for_url("**/maps/*", timeout=60_000)
        page.wait_for_selector(".sortable-tasks[data-structure-ready]")

        page.click("#add-release summary")
        page.fill("#add-release-name", "Beta")
        page.click("#add-release button[type=submit]")
        page.wait_for_selector("tbody tr.release:nth-child(4)")

        # The map's top at the top of the window: the MVP slice, the headers, an open menu.
        page.evaluate(
            """() => {
              const board = document.getElementById("story-map");
              board.scrollTo(0, 0);
              window.scrollTo(0, board.getBoundingClientRect().top + window.scrollY - 60);
            }"""
        )
        task = page.locator("th.task .header-menu").nth(1)
        task.locator("> summary").click()
        task.locator("details.danger summary").click()
        page.wait_for_timeout(300)
        page.screenshot(path=HERE / "map-structure.png")
        browser.close()


if __name__ == "__main__":
    main()
