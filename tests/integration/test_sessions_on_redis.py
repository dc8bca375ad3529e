"""A session cookie kept from before logout gets nothing from the Redis path of status polls."""

import pytest

from tests.conftest import FOOD_DELIVERY, AuthActions, job_id_from, make_app
from webapp.jobs.lifecycle import record_step, start_job

HTMX = {"HX-Request": "true"}


@pytest.fixture
def app(tmp_path, redis_url):
    return make_app(tmp_path, REDIS_URL=redis_url)


def test_a_replayed_cookie_gets_no_304_for_a_running_job_after_logout(app):
    # Given ada polling her running job, and a copy of her session cookie
    owner, replay = app.test_client(), app.test_client()
    ada = AuthActions(owner)
    ada.register()
    job_id = job_id_from(ada.submit(FOOD_DELIVERY))
    with app.app_context():  # as the worker does
        record_step(start_job(job_id, total=lambda job: 2), "generating", 1)
    etag = owner.get(f"/jobs/{job_id}/status", headers=HTMX).headers["ETag"]
    replay.set_cookie("session", owner.get_cookie("session").value)
    unchanged = {**HTMX, "If-None-Match": etag}
    assert replay.get(f"/jobs/{job_id}/status", headers=unchanged).status_code == 304

    # When ada logs out
    ada.logout()

    # Then the copy is sent to log in, even for a poll the Redis path would answer
    response = replay.get(f"/jobs/{job_id}/status", headers=unchanged)
    assert response.status_code in (302, 401)
    assert "generating" not in response.get_data(as_text=True).lower()
