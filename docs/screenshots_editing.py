"""Stories by hand: `python docs/screenshots_editing.py [BASE_URL]`.

Registers a throwaway account on a running app (the offline generator is enough), makes the
sample map, then captures at 1280x800 a card being edited (docs/map-editing.png), a card's
"Move to..." menu open (docs/map-move-menu.png), the conflict two tabs make
(docs/map-conflict.png) and a drag in progress (docs/map-dragging.png); and a card being
edited at 390x844 (docs/map-editing-phone.png).
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright
from screenshots import SAMPLE, launch, register

BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000"
HERE = Path(__file__).parent
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def show(page, selector: str, block: str = "center") -> None:
    """Scroll the page to the map and the map to ``selector``, as a person would."""
    page.evaluate("window.scrollTo(0, document.getElementById('story-map').offsetTop - 8)")
    page.locator(selector).evaluate(f"(element) => element.scrollIntoView({{block: '{block}'}})")
    page.evaluate("window.scrollTo(0, document.getElementById('story-map').offsetTop - 8)")
    page.wait_for_timeout(300)


def main() -> None:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        context = browser.new_context(viewport=DESKTOP)
        page = context.new_page()
        register(page, BASE_URL)
        page.goto(f"{BASE_URL}/maps/new")
        page.fill("#requirements", SAMPLE)
        page.click("form.form button[type=submit]")
        page.wait_for_url("**/maps/*", timeout=60_000)
        map_url = page.url
        page.wait_for_function("() => window.Sortable !== undefined")
        card = page.locator("#story-map tr.release-1 article.story").nth(1)
        story = card.get_attribute("id")

        # A card being edited
        card.locator("h3").click()
        page.wait_for_selector(f"form#{story} input[name=title]")
        show(page, f"#{story}")
        page.screenshot(path=HERE / "map-editing.png")
        page.keyboard.press("Escape")
        page.wait_for_selector(f"article#{story}")

        # The "Move to..." menu, open
        menu = page.locator(f"#{story} .move-menu")
        menu.locator("summary").click()
        menu.locator("select[name=task_id]").wait_for()
        show(page, f"#{story}")
        page.screenshot(path=HERE / "map-move-menu.png")

        # A conflict: the same card saved in another tab meanwhile
        page.goto(map_url)
        page.locator(f"#{story} h3").click()
        other = context.new_page()
        other.goto(map_url)
        other.locator(f"#{story} h3").click()
        other.fill(f"#{story} input[name=title]", "Add dishes to my basket")
        other.press(f"#{story} input[name=title]", "Enter")
        other.wait_for_selector(f"article#{story}")
        page.fill(f"#{story} input[name=title]", "Put dishes in a basket")
        page.press(f"#{story} input[name=title]", "Enter")
        page.wait_for_selector(f"section#{story}.conflict")
        show(page, f"#{story}", block="start")
        page.screenshot(path=HERE / "map-conflict.png")

        # A drag in progress: the card held over the next release's row
        page.goto(map_url)
        show(page, f"#{story}")
        handle = page.locator(f"#{story} .drag-handle").bounding_box()
        target = page.locator("#story-map tr.release-2 .cell-stories").nth(1).bounding_box()
        page.mouse.move(handle["x"] + 4, handle["y"] + 4)
        page.mouse.down()
        page.mouse.move(handle["x"] + 10, handle["y"] + 20, steps=5)
        page.mouse.move(target["x"] + 40, target["y"] + 30, steps=25)
        page.wait_for_timeout(300)
        page.screenshot(path=HERE / "map-dragging.png")
        page.mouse.up()
        page.wait_for_load_state("networkidle")
        context.close()

        # A card being edited on a phone
        phone = browser.new_context(viewport=PHONE)
        page = phone.new_page()
        register(page, BASE_URL)
        page.goto(f"{BASE_URL}/maps/new")
        page.fill("#requirements", SAMPLE)
        page.click("form.form button[type=submit]")
        page.wait_for_url("**/maps/*", timeout=60_000)
        card = page.locator("#story-map tr.release-1 article.story").nth(1)
        story = card.get_attribute("id")
        card.locator("h3").click()
        page.wait_for_selector(f"form#{story} input[name=title]")
        show(page, f"#{story}")
        page.screenshot(path=HERE / "map-editing-phone.png")
        browser.close()


if __name__ == "__main__":
    main()
