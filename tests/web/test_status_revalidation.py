"""Polling a job costs little while nothing changes: a 304, decided from the job row."""

from tests.conftest import FOOD_DELIVERY, job_id_from, statements_for
from webapp.extensions import db
from webapp.jobs.lifecycle import record_step
from webapp.models import Job

HTMX = {"HX-Request": "true"}


def running_job(app, auth) -> int:
    auth.register()
    job_id = job_id_from(auth.submit(FOOD_DELIVERY))
    with app.app_context():
        job = db.session.get(Job, job_id)
        job.status, job.step = "running", "generating"
        job.progress_current, job.progress_total = 1, 2
        db.session.commit()
    return job_id


def test_an_unchanged_job_answers_304_without_a_body_and_a_change_sends_the_fragment(
    app, client, auth
):
    job_id = running_job(app, auth)
    first = client.get(f"/jobs/{job_id}/status", headers=HTMX)
    etag = first.headers["ETag"]

    again = client.get(f"/jobs/{job_id}/status", headers={**HTMX, "If-None-Match": etag})
    with app.app_context():
        record_step(db.session.get(Job, job_id), "saving", 2)
    changed = client.get(f"/jobs/{job_id}/status", headers={**HTMX, "If-None-Match": etag})

    assert first.status_code == 200 and etag.startswith('W/"')
    assert first.headers["Cache-Control"] == "private, no-cache"
    assert "HX-Request" in first.headers["Vary"]
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == etag
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag
    assert "Step 2 of 2: Saving the story map" in changed.get_data(as_text=True)


def test_an_unchanged_poll_costs_two_statements_the_user_and_the_job(app, client, auth):
    job_id = running_job(app, auth)
    etag = client.get(f"/jobs/{job_id}/status", headers=HTMX).headers["ETag"]

    statements = statements_for(
        app, client, f"/jobs/{job_id}/status", **HTMX, **{"If-None-Match": etag}
    )

    assert len(statements) == 2, statements


def test_a_queued_job_gets_a_new_fragment_when_the_job_ahead_of_it_starts(app, client, auth):
    auth.register()
    first = job_id_from(auth.submit(FOOD_DELIVERY))
    second = job_id_from(auth.submit(FOOD_DELIVERY))
    before = client.get(f"/jobs/{second}/status", headers=HTMX)

    with app.app_context():
        db.session.get(Job, first).status = "running"
        db.session.commit()
    after = client.get(
        f"/jobs/{second}/status", headers={**HTMX, "If-None-Match": before.headers["ETag"]}
    )

    assert "1 job ahead of yours" in before.get_data(as_text=True)
    assert after.status_code == 200
    assert "Next in line" in after.get_data(as_text=True)


def test_another_users_etag_does_not_reveal_the_job(app, client, auth):
    job_id = running_job(app, auth)
    etag = client.get(f"/jobs/{job_id}/status", headers=HTMX).headers["ETag"]
    auth.logout()
    auth.register(email="eve@example.com")

    response = client.get(f"/jobs/{job_id}/status", headers={**HTMX, "If-None-Match": etag})

    assert response.status_code == 404
