"""Editing a big map: an edit and a move on a 300-story map, and paste-to-map in Chromium.

Run with `make bench` (or `.venv/bin/python -m bench.editing`). Two measures:

1. Server time, statements and bytes of ``POST /stories/<id>`` (an edit) and
   ``POST /stories/<id>/move`` (a drag to another cell) as htmx sends them, on a map of 300
   stories in SQLite (the embedded default). Targets: p50 and p99 at most 30 ms, a
   card-sized answer, and the same number of statements whatever the map's size.
2. Paste to rendered map: in headless Chromium on the embedded default (``flask run``:
   SQLite and the in-process worker), the time from pressing "Generate" on a short
   document to the map's table on screen. Target: p50 at most 1 s.

Figures are for this machine and this run only; compare them as ratios.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import flask_migrate
import sqlalchemy as sa

from bench.generation import requirements_of_size
from generation.schemas import ActivityDraft, StoryDraft, StoryMapDraft, TaskDraft
from webapp import create_app
from webapp.extensions import db
from webapp.models import Job, Project, Story, User

ROOT = Path(__file__).resolve().parents[1]
RUNS = 100
PASSWORD = "correct horse battery"
SHORT_DOCUMENT = (
    "A clinic booking app.\n"
    "- Patients must be able to search doctors by specialty.\n"
    "- Patients must be able to book a free time slot.\n"
    "- Doctors must see their schedule for the day.\n"
)


def synthetic_map(stories: int) -> StoryMapDraft:
    """A map of ``stories`` stories: 6 activities of 5 tasks, stories spread over them."""
    activities = []
    per_task = max(1, stories // 30)
    for a in range(6):
        tasks = []
        for t in range(5):
            tasks.append(
                TaskDraft(
                    title=f"Task {a}.{t}",
                    stories=[
                        StoryDraft(
                            title=f"Story {a}.{t}.{s} about booking a visit",
                            description="As a patient, I want to book a visit, so that I am seen.",
                            priority=("MVP", "Release 1", "Later")[s % 3],
                            acceptance_criteria=[
                                "Given a free slot, when I book it, then it is mine.",
                                "Given a taken slot, when I book it, then I am told.",
                            ],
                            sources=[f"Patients must be able to book visit {a}.{t}.{s}."],
                        )
                        for s in range(per_task)
                    ],
                )
            )
        activities.append(ActivityDraft(title=f"Activity {a}", tasks=tasks))
    return StoryMapDraft(product_name="Clinic", activities=activities)


def make_map_app(stories: int):
    """An app on a fresh SQLite file with one user and one map of ``stories`` stories."""
    from generation import GeneratedMap
    from webapp.maps.services import save_story_map

    directory = Path(tempfile.mkdtemp(prefix="bench-editing-"))
    app = create_app(
        {
            "SECRET_KEY": "bench-secret-of-32-bytes-or-more-ok",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{directory / 'app.sqlite3'}",
            "BROKER_URL": None,
            "JOB_SWEEP_SECONDS": 0,
            "RATELIMIT_ENABLED": False,
            "WTF_CSRF_ENABLED": False,
        }
    )
    with app.app_context():
        flask_migrate.upgrade(directory=str(ROOT / "migrations"))
        user = User(email="bench@example.com")
        user.set_password(PASSWORD)
        db.session.add(user)
        db.session.flush()
        # A real-sized document (40 KB, as a 300-story map comes from): a card's findings
        # are judged against it.
        job = Job(user_id=user.id, requirements=requirements_of_size(40), status="completed")
        db.session.add(job)
        db.session.flush()
        generated = GeneratedMap(draft=synthetic_map(stories), generator="bench")
        project = save_story_map(job, generated)
        db.session.commit()
        project_id = project.id
    return app, project_id


@contextmanager
def counted(app):
    statements: list[str] = []
    with app.app_context():
        engine = db.engine

    def listen(*args):
        statements.append(args[2])

    sa.event.listen(engine, "before_cursor_execute", listen)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", listen)


def measure_edits(stories: int) -> dict[str, tuple[float, float, int, int]]:
    """p50 and p99 ms, median bytes and statements of an edit and a move."""
    app, project_id = make_map_app(stories)
    client = app.test_client()
    client.post("/login", data={"email": "bench@example.com", "password": PASSWORD})
    with app.app_context():
        project = db.session.get(Project, project_id)
        ids = [s.id for a in project.activities for t in a.tasks for s in t.stories]
        tasks = [t.id for a in project.activities for t in a.tasks]
        releases = [r.id for r in project.releases]
    htmx = {"HX-Request": "true"}
    results: dict[str, tuple[float, float, int, int]] = {}
    for name in ("edit", "move"):
        timings, sizes, counts = [], [], []
        for run in range(RUNS):
            story_id = ids[(run * 7) % len(ids)]
            with app.app_context():
                story = db.session.get(Story, story_id)
                version, title = story.version, story.title
            if name == "edit":
                path = f"/stories/{story_id}"
                data = {
                    "title": title.rsplit(" #", 1)[0] + f" #{run}",
                    "description": "As a patient, I want to book a visit, so that I am seen.",
                    "acceptance_criteria": "Given a free slot\nWhen I book it\nThen it is mine",
                    "version": version,
                }
            else:
                path = f"/stories/{story_id}/move"
                data = {
                    "task_id": tasks[(run * 3) % len(tasks)],
                    "release_id": releases[run % len(releases)],
                    "position": 0,
                    "version": version,
                }
            # A drag swaps the moved card (its target); an edit swaps the card it came from.
            headers = {**htmx, "HX-Target": f"story-{story_id}"}
            with counted(app) as statements:
                started = time.perf_counter()
                response = client.post(path, data=data, headers=headers)
                timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{name} answered {response.status_code}: {response.text[:300]}")
            sizes.append(len(response.data))
            counts.append(len(statements))
        timings.sort()
        results[name] = (
            statistics.median(timings),
            timings[int(len(timings) * 0.99) - 1],
            int(statistics.median(sizes)),
            int(statistics.median(counts)),
        )
    return results


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def paste_to_map(runs: int = 10) -> list[float]:
    """Seconds from "Generate" to the map's table, in Chromium, on the embedded default."""
    from playwright.sync_api import sync_playwright

    directory = Path(tempfile.mkdtemp(prefix="bench-paste-"))
    port = free_port()
    environment = {
        **os.environ,
        "SECRET_KEY": "bench-secret-key-bench-secret-key",
        "APP_ENV": "development",
        "DATABASE_URL": f"sqlite:///{directory / 'app.sqlite3'}",
        "RATE_LIMIT_ENABLED": "0",
    }
    environment.pop("BROKER_URL", None)
    flask = [sys.executable, "-m", "flask", "--app", "wsgi"]
    upgrade = [sys.executable, "-m", "flask", "--app", "webapp", "db", "upgrade"]
    subprocess.run(upgrade, cwd=ROOT, env=environment, check=True, capture_output=True)
    log = open(directory / "server.log", "w")
    server = subprocess.Popen(
        [*flask, "run", "--port", str(port)], cwd=ROOT, env=environment, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            for _ in range(100):
                try:
                    page.goto(f"{base}/register")
                    break
                except Exception:
                    time.sleep(0.1)
            page.fill("input[name=email]", "bench@example.com")
            page.fill("input[name=password]", PASSWORD)
            if page.locator("input[name=confirm]").count():
                page.fill("input[name=confirm]", PASSWORD)
            page.locator("form button[type=submit]").last.click()
            page.wait_for_load_state()
            timings = []
            for run in range(runs + 1):
                page.goto(f"{base}/maps/new")
                page.fill("textarea[name=requirements]", f"{SHORT_DOCUMENT}\n(run {run})")
                started = time.perf_counter()
                page.locator("main form button[type=submit]").first.click()
                page.wait_for_selector("table.story-map", timeout=30_000)
                if run:  # the first run warms the process up
                    timings.append(time.perf_counter() - started)
            browser.close()
    finally:
        server.kill()
        server.wait()
        log.close()
    return timings


def main(browser: bool = True) -> None:
    print("Edit and move on a story map (SQLite, in process, htmx requests)")
    print(f"{'map':>10} {'action':>6} {'p50 ms':>7} {'p99 ms':>7} {'bytes':>7} {'statements':>10}")
    for stories in (30, 300):
        for name, (p50, p99, size, count) in measure_edits(stories).items():
            print(f"{stories:>4} stories {name:>6} {p50:>7.1f} {p99:>7.1f} {size:>7} {count:>10}")
    if not browser:
        return
    timings = paste_to_map()
    print(
        "Paste to rendered map in Chromium (embedded default, short document): "
        f"p50 {statistics.median(timings) * 1000:.0f} ms, "
        f"max {max(timings) * 1000:.0f} ms over {len(timings)} runs"
    )


if __name__ == "__main__":
    main(browser="--no-browser" not in sys.argv)
