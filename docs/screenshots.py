"""Take the screenshots in docs/ from a running app: `python docs/screenshots.py [BASE_URL]`.

Drives Debian's Chromium with Playwright: registers a throwaway account, submits the
sample requirements, captures the job page while it works and the finished map.
"""

import sys
import time
import uuid
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000"
HERE = Path(__file__).parent
SAMPLE = """# Food delivery app

A food delivery app where customers order from nearby restaurants and couriers deliver the food.

## Ordering
- Customers must be able to browse restaurants near their address.
- Customers must be able to search menus by dish or cuisine.
- Customers can add dishes to a basket and place an order.
- Customers should be able to save favourite restaurants.

## Payment
- Customers must pay by card at checkout so that couriers never handle cash.
- Customers could split the bill with friends.

## Delivery
- Couriers must be able to accept or decline delivery requests.
- Customers should see the courier on a map in real time.
- The system must notify customers when the order is on its way.

## Restaurant management
- Restaurant staff must be able to update the menu and mark dishes as sold out.
- Admins could see weekly sales reports.
"""


def launch(playwright):
    """Debian's Chromium, headless, with the flags this machine's closed network needs."""
    return playwright.chromium.launch(
        executable_path="/usr/bin/chromium",
        args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    )


def register(page, base_url: str) -> None:
    """Register a throwaway account; the browser ends on the new-map form."""
    page.goto(f"{base_url}/register")
    page.fill("#email", f"demo-{uuid.uuid4().hex[:8]}@example.com")
    page.fill("#password", "demo password")
    page.fill("#confirm", "demo password")
    page.click("button[type=submit]")


def main() -> None:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        register(page, BASE_URL)
        page.screenshot(path=HERE / "new-map-empty.png", full_page=True)
        page.goto(f"{BASE_URL}/maps")
        page.screenshot(path=HERE / "my-maps-empty.png", full_page=True)
        page.goto(f"{BASE_URL}/maps/new")

        page.fill("#requirements", "too short")
        page.click("form.form button[type=submit]")
        page.screenshot(path=HERE / "new-map-error.png", full_page=True)

        page.fill("#requirements", SAMPLE)
        page.click("form.form button[type=submit]")
        page.wait_for_selector("#job-status")
        page.screenshot(path=HERE / "job-page.png", full_page=True)

        page.wait_for_url("**/maps/*", timeout=60_000)
        page.wait_for_selector("table.story-map")
        page.locator("article.story details").first.evaluate("element => element.open = true")
        time.sleep(0.3)
        page.screenshot(path=HERE / "map-page.png", full_page=True)
        page.locator("#quality-report").screenshot(path=HERE / "quality-report.png")

        # A long specification: the report lists the sentences no story covers.
        page.goto(f"{BASE_URL}/maps/new")
        page.fill("#requirements", (HERE.parent / "tests/data/long_spec.md").read_text())
        page.click("form.form button[type=submit]")
        page.wait_for_url("**/maps/*", timeout=60_000)
        page.locator("#quality-report").screenshot(path=HERE / "quality-report-findings.png")

        # A Russian specification: the report names the language and the templates first.
        page.goto(f"{BASE_URL}/maps/new")
        page.fill(
            "#requirements", (HERE.parent / "tests/data/real/ru-carsharing-tz.md").read_text()
        )
        page.click("form.form button[type=submit]")
        page.wait_for_url("**/maps/*", timeout=60_000)
        page.locator("#quality-report").screenshot(path=HERE / "quality-report-russian.png")
        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.context.add_cookies(page.context.cookies())
        phone.goto(page.url)
        phone.locator("#quality-report").screenshot(path=HERE / "quality-report-phone.png")
        phone.close()

        # Text with no requirement in it: the job fails and says why; the text is kept.
        page.goto(f"{BASE_URL}/maps/new")
        page.fill("#requirements", "asdf qwer zxcv")
        page.click("form.form button[type=submit]")
        page.wait_for_selector("#job-status .error", timeout=60_000)
        page.screenshot(path=HERE / "job-no-requirements.png", full_page=True)

        page.goto(f"{BASE_URL}/maps")
        page.screenshot(path=HERE / "my-maps.png", full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
