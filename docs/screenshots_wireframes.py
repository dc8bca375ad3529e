"""Screenshots of wireframes: `python docs/screenshots_wireframes.py OFFLINE_URL [SLOW_URL]`.

OFFLINE_URL is the app on the offline generators. SLOW_URL, when given, is the same app (same
instance folder, so the same account and map) configured with an LLM provider, used only to
catch a wireframe job while it is still drawing.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright
from screenshots import launch, register

HERE = Path(__file__).parent
OFFLINE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000"
SLOW = sys.argv[2] if len(sys.argv) > 2 else None
SAMPLE = (HERE.parent / "tests/data/prose.md").read_text()


def start_wireframes(page, base, map_path, count, style, platform):
    page.goto(f"{base}{map_path}")
    boxes = page.locator('input[name="story_ids"]')
    for index in range(count):
        boxes.nth(index).check()
    page.select_option("#style", style)
    page.select_option("#platform", platform)
    page.click('#wireframes-form button[type="submit"]')
    page.wait_for_selector("#job-status")


def main() -> None:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        register(page, OFFLINE)
        page.fill("#requirements", SAMPLE)
        page.click("form.form button[type=submit]")
        page.wait_for_url("**/maps/*", timeout=60_000)
        map_path = "/" + page.url.split("/", 3)[3]

        page.goto(f"{OFFLINE}{map_path}")
        page.click("[data-select-stories]")
        page.locator("#wireframes").screenshot(path=HERE / "wireframe-form.png")

        for platform in ("web", "mobile"):
            start_wireframes(page, OFFLINE, map_path, 2, "high-fidelity", platform)
            page.wait_for_selector("text=succeeded", timeout=60_000)
            page.screenshot(path=HERE / f"wireframes-{platform}.png", full_page=True)

        if SLOW:
            start_wireframes(page, SLOW, map_path, 3, "low-fidelity", "web")
            page.wait_for_selector("text=Drawing story", timeout=60_000)
            page.screenshot(path=HERE / "wireframe-job-running.png", full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
