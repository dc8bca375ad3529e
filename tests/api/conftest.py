"""The API's live app: a real HTTP server in a thread, a user with maps, and their token."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import dramatiq
import pytest
import sqlalchemy as sa
from werkzeug.serving import make_server

from tests.clinic import save_clinic_map
from tests.conftest import AuthActions, make_app
from webapp.api.tokens import create_token
from webapp.extensions import db
from webapp.models import User

EMAIL = "api@example.com"
#: Another user with a map of their own: none of it may reach the first user, nor theirs them.
PEER_EMAIL = "peer@example.com"


@dataclass(frozen=True)
class LiveApi:
    """Where the app listens, the token to send, and ids of objects its user owns."""

    url: str
    token: str
    #: Path parameter name -> the id of a real object of the token's user.
    ids: dict[str, int]
    #: The same for a second map, the one a DELETE may remove.
    spare_ids: dict[str, int]
    #: A token of ``PEER_EMAIL``.
    peer_token: str


def _map_ids(project) -> dict[str, int]:
    activity = project.activities[0]
    task = activity.tasks[0]
    return {
        "map_id": project.id,
        "job_id": project.job_id,
        "activity_id": activity.id,
        "task_id": task.id,
        "story_id": task.stories[0].id,
        "release_id": project.releases[0].id,
    }


def _token(email: str) -> str:
    user = db.session.scalar(sa.select(User).where(User.email == email))
    _, secret = create_token(user, "schemathesis")
    return secret


@contextlib.contextmanager
def serve_api(directory: Path) -> Iterator[LiveApi]:
    """The app served over HTTP on a free port, with a worker on its in-process broker.

    Its SQLite file lives in ``directory`` (PostgreSQL under ``make test-postgres``, as for
    every test). The token's user has two clinic maps, the peer one. Rate limits are off: the
    fuzzer sends hundreds of requests a minute on purpose, and a 429 would hide the answer.
    """
    app = make_app(directory, RATELIMIT_ENABLED=False)
    worker = dramatiq.Worker(app.extensions["dramatiq"], worker_timeout=50)
    worker.start()
    for email in (EMAIL, PEER_EMAIL):
        AuthActions(app.test_client()).register(email=email)
    with app.app_context():
        ids = _map_ids(save_clinic_map(EMAIL))
        spare_ids = _map_ids(save_clinic_map(EMAIL))
        save_clinic_map(PEER_EMAIL)
        token, peer_token = (_token(email) for email in (EMAIL, PEER_EMAIL))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LiveApi(f"http://127.0.0.1:{server.server_port}", token, ids, spare_ids, peer_token)
    finally:
        server.shutdown()
        thread.join()
        worker.stop()
        with app.app_context():
            db.engine.dispose()


@pytest.fixture(scope="module")
def live_api(tmp_path_factory) -> Iterator[LiveApi]:
    with serve_api(tmp_path_factory.mktemp("live-api")) as live:
        yield live
