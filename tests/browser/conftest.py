"""Browser tests: the real app under gunicorn and a real worker, driven in headless Chromium.

They share the integration fixtures (PostgreSQL schema from the migrations, empty tables
and queues for each test, ``start_worker``). The worker's LLM is a scripted local server
that answers slowly, so the job page's states last long enough to be seen. Like the
services, a missing Chromium skips these tests unless ``REQUIRE_SERVICES=1``.
"""

import json
import os
import socket
import sys
import threading
import urllib.request
from pathlib import Path

import pytest
import redis

from tests.fake_llm import GOOD_MAP, FakeLLM, Reply
from tests.faults.test_worker_and_broker_faults import DRAWING
from tests.integration.conftest import (  # noqa: F401 (fixtures)
    BROKER_URL,
    DATABASE_URL,
    ROOT,
    app,
    forget_app_keys,
    pg_app,
    services,
    start_worker,
)
from tests.processes import start_and_wait, stop

#: The browser tests' Redis database: the app's keys there are deleted before and after them.
BROWSER_REDIS_URL = os.environ.get("TEST_BROWSER_REDIS_URL", "redis://127.0.0.1:6379/14")

CHROMIUM = Path("/usr/bin/chromium")
#: A prompt containing this waits until the test calls ``SlowLLM.release.set()``.
HOLD = "Held by the browser test until it lets go."
#: How long the LLM takes per call: long enough for a 1 s poll to see each step.
STEP_SECONDS = 1.5
WIREFRAME_SECONDS = 1.2


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


class SlowLLM(FakeLLM):
    """An OpenAI-compatible server giving valid enhancements, maps and drawings after a pause."""

    def __init__(self):
        super().__init__()
        self.release = threading.Event()
        self.replies = [self.answer]

    def answer(self, request: dict) -> Reply:
        prompt = " ".join(str(message.get("content")) for message in request["messages"])
        if HOLD in prompt:
            self.release.wait(timeout=60)
        if "wireframe" in prompt.lower():
            return Reply(content=DRAWING, delay=WIREFRAME_SECONDS)
        if "enhancedText" in prompt:  # "Enhance requirements first", ticked by default
            requirements = request["messages"][-1]["content"]
            return Reply(content=json.dumps(enhancement(requirements)), delay=STEP_SECONDS)
        return Reply(content=json.dumps(GOOD_MAP), delay=STEP_SECONDS)


def enhancement(requirements: str) -> dict:
    return {
        "enhancedText": requirements + "\nCustomers must sign up before they order.",
        "addedAspects": ["Sign-up before the first order"],
        "openQuestions": ["Which payment methods are accepted?"],
        "confidence": 0.9,
    }


@pytest.fixture(scope="session")
def slow_llm():
    with SlowLLM() as server:
        yield server


@pytest.fixture
def start_slow_worker(app, slow_llm, tmp_path):  # noqa: F811 (the fixture above)
    """Start ``bin/worker`` (one thread) on the slow LLM; every worker started stops afterwards."""
    processes = []

    def start():
        process = start_worker(
            tmp_path / f"worker-{len(processes)}.log",
            threads=1,
            LLM_BASE_URL=slow_llm.url,
            LLM_MODEL="fake-model",
            AI_PROVIDER_PRIORITY="custom",
        )
        processes.append(process)
        return process

    yield start
    for process in processes:
        stop(process, "the dramatiq worker")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def live_server(pg_app, tmp_path_factory):  # noqa: F811 (the fixture above)
    """The app under gunicorn (gunicorn.conf.py, one process of 4 threads); yields its URL."""
    here = tmp_path_factory.mktemp("gunicorn")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    environment = {
        **os.environ,
        "APP_ENV": "development",
        "SECRET_KEY": "integration-secret-of-32-bytes-or-more",
        "DATABASE_URL": DATABASE_URL,
        "BROKER_URL": BROKER_URL,
        # As in production: running jobs' versions in Redis answer unchanged polls.
        "REDIS_URL": BROWSER_REDIS_URL,
        # Our own metrics directory: gunicorn.conf.py empties it on start.
        "PROMETHEUS_MULTIPROC_DIR": str(here / "metrics"),
        # Every test registers its own person, all from 127.0.0.1.
        "RATE_LIMIT_REGISTER": "1000/hour",
    }
    forget_redis_keys()
    process = start_and_wait(
        [sys.executable, "-m", "gunicorn", "--workers", "1", "--threads", "4"]
        + ["--bind", f"127.0.0.1:{port}", "wsgi:app"],
        here / "gunicorn.log",
        lambda: _answers(f"{url}/health/live"),
        "gunicorn",
        cwd=ROOT,
        env=environment,
    )
    yield url
    stop(process, "gunicorn")
    forget_redis_keys()


def forget_redis_keys() -> None:
    """Rate-limit counts and job versions a former session left would count against this
    one's users and jobs, whose ids start at 1 again. Without Redis there is nothing to forget."""
    try:
        forget_app_keys(BROWSER_REDIS_URL)
    except redis.RedisError:
        pass


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, with the flags this machine's closed network needs."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing (apt-get install chromium)"
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(message + "; REQUIRE_SERVICES=1 forbids skipping", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


@pytest.fixture
def console_errors():
    """Console errors and uncaught exceptions of the test's page; a test ends asserting none."""
    return []


@pytest.fixture
def page(browser, live_server, console_errors):
    """A page in a fresh browser context (no cookies) whose relative URLs go to the app."""
    context = browser.new_context(
        base_url=live_server, viewport={"width": 1280, "height": 900}, accept_downloads=True
    )
    context.set_default_timeout(15_000)
    page = context.new_page()

    def on_console(message):
        # Chromium asks for /favicon.ico by itself; the app has none (a 404 nobody sees).
        if message.type == "error" and not message.location["url"].endswith("/favicon.ico"):
            console_errors.append(f"console: {message.text} ({message.location['url']})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: console_errors.append(f"page error: {error}"))
    yield page
    context.close()


@pytest.fixture
def screenshot(page, tmp_path):
    """``screenshot("name")`` saves the whole page as tmp_path/NN-name.png."""
    taken = []

    def take(name: str) -> Path:
        path = tmp_path / f"{len(taken) + 1:02d}-{name}.png"
        page.screenshot(path=path, full_page=True)
        taken.append(path)
        return path

    return take
