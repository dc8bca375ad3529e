"""Screenshots of maps in the document's language: `python docs/screenshots_languages.py [URL]`.

The app runs on the offline generator. A Russian paragraph (the example in QUALITY.md) at
desktop and phone widths, an English PRD from the evaluation set, a one-paragraph idea with
its suggested stories, and Russian wireframes of two of the Russian map's stories.
"""

import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright
from screenshots import launch, register

HERE = Path(__file__).parent
BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000"
RUSSIAN = (
    "Нужна система онлайн-записи в частную клинику. Пациент выбирает врача, услугу и свободное "
    "время, получает подтверждение по SMS и напоминание за сутки до приёма. Пациент может "
    "отменить или перенести запись не позже чем за 12 часов. Администратор ведёт расписание "
    "врачей и отмечает неявки. Врач видит список пациентов на день. В будущем — онлайн-оплата "
    "и отзывы о врачах."
)
ENGLISH_PRD = (HERE.parent / "tests/data/real/en-destina.md").read_text()
IDEA = (
    "A food delivery app where customers order from nearby restaurants, couriers deliver and "
    "restaurants manage menus."
)


def make_map(page, text: str) -> str:
    page.goto(f"{BASE_URL}/maps/new")
    page.fill("#requirements", text)
    page.click("form.form button[type=submit]")
    page.wait_for_url("**/maps/*", timeout=60_000)
    page.wait_for_selector("table.story-map")
    page.locator("article.story details").first.evaluate("element => element.open = true")
    time.sleep(0.3)
    return page.url


def main() -> None:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        register(page, BASE_URL)

        russian = make_map(page, RUSSIAN)
        page.screenshot(path=HERE / "map-russian.png", full_page=True)
        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.context.add_cookies(page.context.cookies())
        phone.goto(russian)
        phone.screenshot(path=HERE / "map-russian-phone.png")
        phone.close()

        make_map(page, ENGLISH_PRD)
        page.screenshot(path=HERE / "map-english-prd.png", full_page=True)

        make_map(page, IDEA)
        page.screenshot(path=HERE / "map-idea-suggested.png")

        page.goto(russian)
        boxes = page.locator('input[name="story_ids"]')
        for index in range(2):
            boxes.nth(index).check()
        page.select_option("#style", "high-fidelity")
        page.select_option("#platform", "mobile")
        page.click('#wireframes-form button[type="submit"]')
        page.wait_for_selector("text=succeeded", timeout=60_000)
        page.screenshot(path=HERE / "wireframes-russian.png", full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
