"""Unchanged polls of a running job are answered from its version in this machine's Redis."""

import socket

import pytest
import redis

from tests.conftest import (
    FOOD_DELIVERY,
    AuthActions,
    job_id_from,
    make_app,
    statements_for,
)
from webapp.extensions import db
from webapp.jobs.lifecycle import record_step, start_job
from webapp.jobs.versions import KEY, VERSION_TTL
from webapp.models import Job

HTMX = {"HX-Request": "true"}


@pytest.fixture
def app(tmp_path, redis_url):
    return make_app(tmp_path, REDIS_URL=redis_url)


def running_job(app, auth) -> int:
    auth.register()
    job_id = job_id_from(auth.submit(FOOD_DELIVERY))
    with app.app_context():  # as the worker does
        record_step(start_job(job_id, total=lambda job: 2), "generating", 1)
    return job_id


def poll(client, job_id, etag=None):
    headers = {**HTMX, "If-None-Match": etag} if etag else HTMX
    return client.get(f"/jobs/{job_id}/status", headers=headers)


def test_an_unchanged_running_job_is_answered_304_without_the_database(app, client, auth):
    job_id = running_job(app, auth)
    etag = poll(client, job_id).headers["ETag"]

    statements = statements_for(
        app, client, f"/jobs/{job_id}/status", **HTMX, **{"If-None-Match": etag}
    )

    assert statements == []
    assert poll(client, job_id, etag).status_code == 304


def test_each_commit_of_the_worker_moves_the_version_and_the_next_poll_shows_it(
    app, client, auth, redis_url
):
    job_id = running_job(app, auth)
    etag = poll(client, job_id).headers["ETag"]

    with app.app_context():
        record_step(db.session.get(Job, job_id), "saving", 2)
    changed = poll(client, job_id, etag)

    assert changed.status_code == 200
    assert "Step 2 of 2: Saving the story map" in changed.get_data(as_text=True)
    assert 0 < redis.Redis.from_url(redis_url).ttl(KEY.format(job_id)) <= VERSION_TTL


def test_a_rolled_back_change_leaves_the_version_alone(app, client, auth):
    job_id = running_job(app, auth)
    etag = poll(client, job_id).headers["ETag"]

    with app.app_context():
        job = db.session.get(Job, job_id)
        job.step = "saving"
        db.session.flush()
        db.session.rollback()

    assert poll(client, job_id, etag).status_code == 304


def test_a_missing_version_is_read_from_the_database_and_written_back(app, client, auth, redis_url):
    job_id = running_job(app, auth)
    etag = poll(client, job_id).headers["ETag"]
    redis.Redis.from_url(redis_url).delete(KEY.format(job_id))

    from_database = statements_for(
        app, client, f"/jobs/{job_id}/status", **HTMX, **{"If-None-Match": etag}
    )
    from_redis = statements_for(
        app, client, f"/jobs/{job_id}/status", **HTMX, **{"If-None-Match": etag}
    )

    assert len(from_database) == 2
    assert from_redis == []


def test_another_user_or_no_session_never_gets_the_shortcut(app, client, auth):
    job_id = running_job(app, auth)
    etag = poll(client, job_id).headers["ETag"]
    auth.logout()

    anonymous = poll(client, job_id, etag)
    auth.register(email="eve@example.com")
    someone_else = poll(client, job_id, etag)

    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]
    assert someone_else.status_code == 404


def test_a_finished_job_is_rendered_even_with_the_etag_of_its_running_state(app, client, auth):
    job_id = running_job(app, auth)
    etag = poll(client, job_id).headers["ETag"]

    with app.app_context():
        job = db.session.get(Job, job_id)
        job.status, job.error = "failed", "The AI provider refused the key."
        db.session.commit()
    response = poll(client, job_id, etag)

    assert response.status_code == 200
    assert "The AI provider refused the key." in response.get_data(as_text=True)
    assert "hx-trigger" not in response.get_data(as_text=True)


def test_with_redis_away_polls_are_answered_from_the_database(tmp_path):
    with socket.socket() as sock:  # a port where nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = make_app(tmp_path, REDIS_URL=f"redis://127.0.0.1:{port}/0")
    client = app.test_client()
    job_id = running_job(app, AuthActions(client))

    first = poll(client, job_id)
    again = poll(client, job_id, first.headers["ETag"])

    assert first.status_code == 200 and "Running" in first.get_data(as_text=True)
    assert again.status_code == 304
