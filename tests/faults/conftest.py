"""Fault tests: they kill workers and stop this machine's RabbitMQ, PostgreSQL and Redis.

They share the integration fixtures (PostgreSQL schema from the migrations, empty queues,
``start_worker``) and add what they need to stop and start services the way .ci/run
starts them. Each test records its figures in ``FIGURES``; the summary prints them.
"""

import gc
import os
import warnings
from collections import Counter

import pytest

from tests.integration.conftest import app, pg_app, services  # noqa: F401 (fixtures)

#: Figures the fault tests report at the end of the run.
FIGURES: Counter = Counter()


@pytest.fixture(autouse=True)
def drop_broken_connections(pg_app):  # noqa: F811 (the fixture imported above)
    """After each fault, let go of the connections it broke, here rather than in a later test.

    A stopped PostgreSQL or Redis leaves dead connections in pools and in apps a test made;
    collected later, each would raise its ResourceWarning inside whichever test runs then.
    """
    yield
    from webapp.extensions import db

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        with pg_app.app_context():
            db.engine.dispose()
        try:
            # Connections that failed while RabbitMQ was down; the broker opens new ones.
            pg_app.extensions["dramatiq"].close()
        except Exception:  # closing a connection the outage already broke
            pass
        gc.collect()


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/faults" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.faults)


#: The figures the issue asks for, first; any others follow.
HEADLINE = (
    "worker kills survived",
    "kills with jobs in flight",
    "broker restarts survived",
    "jobs run",
    "jobs lost",
    "duplicates",
)


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        names = [*HEADLINE, *(name for name in FIGURES if name not in HEADLINE)]
        line = ", ".join(f"{name} = {FIGURES[name]}" for name in names)
        terminalreporter.write_line(f"faults: {line}")
