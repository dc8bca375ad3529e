"""Screenshots of a job waiting for its retry and of the operations page.

Run the app with a provider that cannot answer, one retry and a long backoff, make the
account an admin when asked, and point this script at it:

    LLM_BASE_URL=http://127.0.0.1:9/v1 LLM_MODEL=x JOB_MAX_RETRIES=1 \\
    JOB_MIN_BACKOFF_MS=25000 JOB_MAX_BACKOFF_MS=30000 flask --app wsgi run --port 5077
    python -m docs.screenshots_operations http://127.0.0.1:5077 \\
        "flask --app webapp users make-admin"
"""

import shlex
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from docs.screenshots import SAMPLE, launch

BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5077"
MAKE_ADMIN = sys.argv[2] if len(sys.argv) > 2 else "flask --app webapp users make-admin"
HERE = Path(__file__).parent
EMAIL = f"ops-{int(time.time())}@example.com"


def main() -> None:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(f"{BASE_URL}/register")
        page.fill("#email", EMAIL)
        page.fill("#password", "demo password")
        page.fill("#confirm", "demo password")
        page.click("form.form button[type=submit]")
        subprocess.run([*shlex.split(MAKE_ADMIN), EMAIL], check=True)

        for _ in range(2):
            page.goto(f"{BASE_URL}/maps/new")
            page.fill("#requirements", SAMPLE)
            page.click("form.form button[type=submit]")
        page.wait_for_selector("text=next try in", timeout=60_000)
        page.screenshot(path=HERE / "job-retrying.png", full_page=True)

        page.wait_for_selector('p.state:text-is("Failed")', timeout=120_000)
        page.screenshot(path=HERE / "job-dead-lettered.png", full_page=True)
        page.goto(f"{BASE_URL}/admin/")
        page.screenshot(path=HERE / "operations.png", full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
