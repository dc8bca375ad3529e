"""Fuzz tests: marked ``fuzz``, run on an app without rate limits, summed up at the end."""

from pathlib import Path

import pytest

from tests.conftest import make_app
from tests.fuzz.budget import INPUTS
from webapp.extensions import db

HERE = Path(__file__).parent
_failures: list[str] = []


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.fuzz)


def pytest_runtest_logreport(report):
    if report.failed and "tests/fuzz/" in report.nodeid:
        _failures.append(report.nodeid)


def pytest_terminal_summary(terminalreporter):
    if INPUTS:
        terminalreporter.write_line(
            f"fuzz: {sum(INPUTS.values()):,} generated inputs across {len(INPUTS)} tests, "
            f"{len(_failures)} failure{'' if len(_failures) == 1 else 's'}"
        )


@pytest.fixture
def app(tmp_path):
    """The tests' app, rate limits off whatever tests/conftest.py's default becomes: fuzzing
    sends hundreds of requests a minute on purpose, and a 429 would hide the answer tested."""
    app = make_app(tmp_path, RATELIMIT_ENABLED=False)
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def app_context(app):
    """An application context for code that reads the app's settings."""
    with app.app_context():
        yield app
