"""Cancel: a queued job never runs; a running one stops at its next step and keeps its work."""

import threading

import dramatiq
import pytest
import sqlalchemy as sa

import tasks.maps
import tasks.wireframes
from tasks.maps import generate_map
from tasks.wireframes import generate_wireframes
from tests.conftest import FOOD_DELIVERY, AuthActions, job_id_from
from webapp.extensions import db
from webapp.jobs.lifecycle import record_job_failure, record_job_retry, requeue_abandoned_jobs
from webapp.jobs.publishing import resume_unfinished_jobs
from webapp.models import Job, Project, Story, Wireframe, utcnow

HTMX = {"HX-Request": "true"}


def cancel(client, auth, job_id):
    """Press the job page's Cancel button."""
    token = auth.token(f"/jobs/{job_id}")
    return client.post(f"/jobs/{job_id}/cancel", data={"csrf_token": token})


def cancel_meanwhile(client, job_id) -> int:
    """Press Cancel while a worker runs the job in this thread.

    From another thread (so in an app context and database session of its own), with a
    client of its own holding the same login.
    """
    app = client.application
    name = app.config["SESSION_COOKIE_NAME"]
    statuses = []

    def press_cancel():
        other = app.test_client()
        other.set_cookie(name, client.get_cookie(name).value)
        statuses.append(cancel(other, AuthActions(other), job_id).status_code)

    thread = threading.Thread(target=press_cancel)
    thread.start()
    thread.join()
    return statuses[0]


def job_row(app, job_id) -> Job:
    with app.app_context():
        job = db.session.get(Job, job_id)
        db.session.expunge(job)
        return job


def maps_of(app, job_id) -> int:
    with app.app_context():
        return db.session.scalar(
            sa.select(sa.func.count()).select_from(Project).where(Project.job_id == job_id)
        )


@pytest.fixture
def project_id(app, auth):
    """Ada's map, made here rather than by a worker: later messages stay queued."""
    auth.register()
    job_id = job_id_from(auth.submit(FOOD_DELIVERY))
    with app.app_context():
        generate_map.fn(job_id)
        return db.session.scalar(sa.select(Project.id).where(Project.job_id == job_id))


def test_a_queued_job_cancelled_never_runs_and_can_be_submitted_again(app, client, auth, broker):
    # Given a map job whose message waits in the queue
    auth.register()
    job_id = job_id_from(auth.submit())
    page = client.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert f'action="/jobs/{job_id}/cancel"' in page

    # When its owner cancels it
    response = cancel(client, auth, job_id)

    # Then it is cancelled at once, and the page says so and stops polling
    assert response.status_code == 303
    assert response.headers["Location"] == f"/jobs/{job_id}"
    job = job_row(app, job_id)
    assert job.status == "cancelled" and job.finished_at is not None
    assert job.note == "Cancelled by you."
    fragment = client.get(f"/jobs/{job_id}/status", headers=HTMX).get_data(as_text=True)
    assert "Cancelled" in fragment and "Cancelled by you." in fragment
    assert "hx-trigger" not in fragment
    assert "/cancel" not in fragment, "a cancelled job offers no Cancel"
    assert f'href="/maps/new?from_job={job_id}"' in fragment  # Submit again

    # And when a worker gets its message later, it does nothing
    worker = dramatiq.Worker(broker, worker_timeout=50)
    worker.start()
    try:
        broker.join("maps", fail_fast=True)
        worker.join()
    finally:
        worker.stop()
    job = job_row(app, job_id)
    assert job.status == "cancelled" and job.attempts == 0
    assert maps_of(app, job_id) == 0

    # And its requirements come back in the form, to be sent again
    form = client.get(f"/maps/new?from_job={job_id}").get_data(as_text=True)
    assert "Customers must be able to browse menus" in form


def test_a_running_wireframe_job_stops_at_its_next_story_and_keeps_its_drawings(
    app, client, auth, project_id, monkeypatch
):
    # Given a wireframe job for three stories
    with app.app_context():
        ids = db.session.scalars(sa.select(Story.id).order_by(Story.id).limit(3)).all()
    token = auth.token(f"/maps/{project_id}")
    form = {"story_ids": ids, "style": "low-fidelity", "platform": "web", "csrf_token": token}
    job_id = job_id_from(client.post(f"/maps/{project_id}/wireframes", data=form))

    # When its owner cancels it while the second story is being drawn
    drawn = []
    real_render = tasks.wireframes.render_wireframe

    def render_and_cancel_on_the_second(*args, **kwargs):
        drawn.append(1)
        if len(drawn) == 2:
            assert cancel_meanwhile(client, job_id) == 303
        return real_render(*args, **kwargs)

    monkeypatch.setattr(tasks.wireframes, "render_wireframe", render_and_cancel_on_the_second)
    with app.app_context():
        generate_wireframes.fn(job_id)  # returns quietly: nothing to retry or dead-letter

    # Then the third story is never drawn; the two drawings made stay, and the job ends cancelled
    assert len(drawn) == 2
    job = job_row(app, job_id)
    assert job.status == "cancelled" and job.error is None and job.attempts == 1
    with app.app_context():
        saved = db.session.scalars(sa.select(Wireframe.story_id).where(Wireframe.job_id == job_id))
        assert sorted(saved) == ids[:2]
    fragment = client.get(f"/jobs/{job_id}/status", headers=HTMX).get_data(as_text=True)
    assert "The 2 drawings finished before the cancel are below." in fragment
    assert fragment.count('<pre id="drawing-') == 2
    assert f'href="/maps/{project_id}"' in fragment


def test_a_map_job_cancelled_while_it_generates_saves_no_map(app, client, auth, monkeypatch):
    auth.register()
    job_id = job_id_from(auth.submit())
    real_generate = tasks.maps.generate_story_map

    def generate_then_cancel(*args, **kwargs):
        result = real_generate(*args, **kwargs)
        cancel_meanwhile(client, job_id)  # pressed while the model writes
        return result

    monkeypatch.setattr(tasks.maps, "generate_story_map", generate_then_cancel)
    with app.app_context():
        generate_map.fn(job_id)

    job = job_row(app, job_id)
    assert job.status == "cancelled" and job.error is None and job.attempts == 1
    assert maps_of(app, job_id) == 0


def test_a_cancel_after_the_last_step_is_not_overwritten_by_completed(
    app, client, auth, monkeypatch
):
    # Given a map job whose owner cancels it just after its "saving" step is recorded
    auth.register()
    job_id = job_id_from(auth.submit())
    real_record_step = tasks.maps.record_step

    def record_then_cancel(job, step, *args):
        real_record_step(job, step, *args)
        if step == "saving":
            cancel_meanwhile(client, job_id)

    monkeypatch.setattr(tasks.maps, "record_step", record_then_cancel)

    # When the worker goes on to save the map and finish
    with app.app_context():
        generate_map.fn(job_id)

    # Then the job stays cancelled and no map is saved
    assert job_row(app, job_id).status == "cancelled"
    assert maps_of(app, job_id) == 0


def test_another_users_job_cannot_be_cancelled(app):
    # Clients of their own: the ``client`` fixture keeps its last request's context pushed.
    ada, bob = AuthActions(app.test_client()), AuthActions(app.test_client())
    ada.register()
    job_id = job_id_from(ada.submit())
    bob.register("bob@example.com")

    response = bob.client.post(f"/jobs/{job_id}/cancel", data={"csrf_token": bob.token("/maps")})

    assert response.status_code == 404
    assert job_row(app, job_id).status == "queued"


def test_cancelling_a_finished_job_changes_nothing_and_says_so(app, client, auth, project_id):
    with app.app_context():
        job_id = db.session.scalar(sa.select(Project.job_id).where(Project.id == project_id))

    response = cancel(client, auth, job_id)

    assert response.status_code == 303
    assert job_row(app, job_id).status == "completed"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "This job had already ended (completed), so there was nothing to cancel." in page
    assert f'href="/maps/{project_id}"' in page, "a finished job's page offers its map"


def test_a_cancelled_job_stays_cancelled_whatever_its_worker_or_the_sweeper_do(app, client, auth):
    # Given a job cancelled while it ran, whose row then stopped changing
    auth.register()
    job_id = job_id_from(auth.submit())
    with app.app_context():
        job = db.session.get(Job, job_id)
        job.status, job.attempts = "running", 1
        db.session.commit()
    cancel(client, auth, job_id)

    with app.app_context():
        # When its last attempt fails afterwards, or would be retried
        record_job_failure(job_id, "The generation took too long and was stopped.")
        record_job_retry(job_id, "Every provider is busy.", next_attempt_at=utcnow())
        # And the reaper and the restart of an embedded worker look for unfinished jobs
        assert requeue_abandoned_jobs(stuck_after_seconds=-60) == 0
        assert resume_unfinished_jobs() == 0

    # Then it is still cancelled, with no error to show
    job = job_row(app, job_id)
    assert job.status == "cancelled" and job.error is None and job.note == "Cancelled by you."


def test_cancelled_jobs_show_in_my_maps_the_admin_page_and_the_metrics(app, runner):
    ada, carol = AuthActions(app.test_client()), AuthActions(app.test_client())
    ada.register()
    job_id = job_id_from(ada.submit())
    cancel(ada.client, ada, job_id)

    jobs = ada.client.get("/maps").get_data(as_text=True)
    assert '<span class="badge badge-cancelled">cancelled</span>' in jobs
    assert f'href="/maps/new?from_job={job_id}"' in jobs

    metrics = app.test_client().get("/metrics").get_data(as_text=True)
    assert 'storymapper_jobs{queue="maps",status="cancelled"} 1.0' in metrics

    carol.register("carol@example.com")
    assert runner.invoke(args=["users", "make-admin", "carol@example.com"]).exit_code == 0
    page = carol.client.get("/admin/").get_data(as_text=True)
    assert "<th>Cancelled</th>" in page
