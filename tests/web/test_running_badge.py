"""Where are my jobs: the header's "N running" badge, and the job page's tab title."""

import re

import sqlalchemy as sa

from tasks.maps import generate_map
from tests.conftest import AuthActions, job_id_from
from webapp.extensions import db
from webapp.models import Job

HTMX = {"HX-Request": "true"}


def badge(client) -> str:
    response = client.get("/jobs/active", headers=HTMX)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def cancel(auth, job_id):
    token = auth.token(f"/jobs/{job_id}")
    return auth.client.post(f"/jobs/{job_id}/cancel", data={"csrf_token": token})


def set_running(app, job_id, step, current, total):
    with app.app_context():
        job = db.session.get(Job, job_id)
        job.status, job.step = "running", step
        job.progress_current, job.progress_total = current, total
        db.session.commit()


def page_title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def test_every_signed_in_page_asks_for_the_badge_once_it_has_loaded(app):
    ada = AuthActions(app.test_client())
    ada.register()

    for path in ("/maps", "/maps/new"):
        page = ada.client.get(path).get_data(as_text=True)
        assert 'data-active-jobs="/jobs/active"' in page, path  # static/js/app.js asks once
    assert "/jobs/active" not in app.test_client().get("/login").get_data(as_text=True)


def test_the_badge_counts_queued_and_running_jobs_and_polls_only_while_there_are_any(app):
    # Given Ada with two jobs waiting (no worker runs them), and Bob with one of his own
    ada, bob = AuthActions(app.test_client()), AuthActions(app.test_client())
    ada.register()
    first, second = job_id_from(ada.submit()), job_id_from(ada.submit())
    bob.register("bob@example.com")
    bob.submit()
    set_running(app, first, "generating", 1, 2)

    # Then her badge says 2 running, links to her jobs, and polls every 5 s
    fragment = badge(ada.client)
    assert "2 running" in fragment
    assert 'href="/maps#recent-jobs"' in fragment
    assert 'hx-trigger="every 5s"' in fragment

    # When one ends
    cancel(ada, second)
    assert "1 running" in badge(ada.client)

    # And the other ends too: the badge is gone and the polling stops
    with app.app_context():
        generate_map.fn(first)  # a running job's second delivery finishes it
    fragment = badge(ada.client)
    assert "running" not in fragment
    assert "hx-trigger" not in fragment and "hx-get" not in fragment
    assert "1 running" in badge(bob.client)


def test_the_badge_of_a_page_whose_session_ended_goes_away_quietly(app):
    visitor = app.test_client()

    response = visitor.get("/jobs/active", headers=HTMX)

    assert response.status_code == 286  # htmx stops polling and swaps in nothing
    assert response.get_data(as_text=True) == ""
    assert visitor.get("/jobs/active").status_code == 302


def test_the_job_pages_title_follows_the_job(app, client, auth):
    auth.register()
    job_id = job_id_from(auth.submit())

    # Queued
    assert page_title(client.get(f"/jobs/{job_id}").get_data(as_text=True)) == (
        "Queued… · Story Mapper"
    )

    # Running: the step it is on, of how many
    set_running(app, job_id, "generating", 1, 2)
    fragment = client.get(f"/jobs/{job_id}/status", headers=HTMX).get_data(as_text=True)
    assert 'data-page-title="(1/2) Generating… · Story Mapper"' in fragment
    page = client.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert page_title(page) == "(1/2) Generating… · Story Mapper"

    # Done
    with app.app_context():
        generate_map.fn(job_id)
    fragment = client.get(f"/jobs/{job_id}/status").get_data(as_text=True)
    assert 'data-page-title="✓ Map ready · Story Mapper"' in fragment


def test_a_cancelled_or_failed_jobs_title_says_so(app, client, auth):
    auth.register()
    cancelled, failed = job_id_from(auth.submit()), job_id_from(auth.submit())
    cancel(auth, cancelled)
    with app.app_context():
        db.session.execute(
            sa.update(Job).where(Job.id == failed).values(status="failed", error="No provider.")
        )
        db.session.commit()

    assert page_title(client.get(f"/jobs/{cancelled}").get_data(as_text=True)) == (
        "Cancelled · Story Mapper"
    )
    fragment = client.get(f"/jobs/{failed}/status", headers=HTMX).get_data(as_text=True)
    assert 'data-page-title="Failed · Story Mapper"' in fragment
