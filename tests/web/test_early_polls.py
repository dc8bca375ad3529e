"""A fresh job page asks for its first answer sooner than once a second, then every second."""

import html
import re

from tests.conftest import job_id_from
from webapp.extensions import db
from webapp.models import Job

HTMX = {"HX-Request": "true"}


def early_poll(fragment: str) -> tuple[str, int] | None:
    """The URL and delay (ms) of the one-off early poll a fragment schedules, if any."""
    match = re.search(r'hx-get="([^"]+)" hx-trigger="load delay:(\d+)ms"', fragment)
    return (html.unescape(match.group(1)), int(match.group(2))) if match else None


def test_a_fresh_job_page_polls_after_150_then_300_ms_then_every_second(client, auth):
    # Given a job just submitted (no worker runs it)
    auth.register()
    job_id = job_id_from(auth.submit())

    # When its page is opened, and its early polls answered
    page = client.get(f"/jobs/{job_id}").get_data(as_text=True)
    first_url, first_delay = early_poll(page)
    second = client.get(first_url, headers=HTMX).get_data(as_text=True)
    second_url, second_delay = early_poll(second)
    third = client.get(second_url, headers=HTMX).get_data(as_text=True)

    # Then the page asks after 150 ms, that answer after 300 ms, and the next every second
    assert (first_url, first_delay) == (f"/jobs/{job_id}/status?poll=1", 150)
    assert (second_url, second_delay) == (f"/jobs/{job_id}/status?poll=2", 300)
    assert early_poll(third) is None
    assert 'hx-trigger="every 1s"' in third
    # And every fragment still polls every second should an early answer be slow
    for fragment in (page, second):
        assert 'hx-trigger="every 1s"' in fragment


def test_polls_at_the_plain_url_keep_their_pace_and_garbage_counts_as_none(client, auth):
    auth.register()
    job_id = job_id_from(auth.submit())

    for query in ("", "?poll=0", "?poll=2", "?poll=x", "?poll=-1", "?poll=" + "9" * 5000):
        fragment = client.get(f"/jobs/{job_id}/status{query}", headers=HTMX)

        assert fragment.status_code == 200
        assert early_poll(fragment.get_data(as_text=True)) is None, query


def test_a_finished_job_page_does_not_poll_at_all(app, client, auth):
    auth.register()
    job_id = job_id_from(auth.submit())
    with app.app_context():
        db.session.get(Job, job_id).status = "failed"
        db.session.commit()

    page = client.get(f"/jobs/{job_id}").get_data(as_text=True)

    assert "hx-trigger" not in page


def test_an_early_poll_revalidates_with_its_own_etag(app, client, auth):
    # Given a running job whose page was opened once
    auth.register()
    job_id = job_id_from(auth.submit())
    with app.app_context():
        job = db.session.get(Job, job_id)
        job.status, job.step = "running", "generating"
        job.progress_current, job.progress_total = 1, 2
        db.session.commit()
    early_url = f"/jobs/{job_id}/status?poll=1"
    early = client.get(early_url, headers=HTMX)
    steady = client.get(f"/jobs/{job_id}/status", headers=HTMX)

    # When the browser revalidates the early poll's copy (a reload of the page)
    again = client.get(early_url, headers={**HTMX, "If-None-Match": early.headers["ETag"]})

    # Then it is a 304, and the steady poll, whose fragment differs, has another ETag
    assert again.status_code == 304
    assert early.headers["ETag"] != steady.headers["ETag"]
