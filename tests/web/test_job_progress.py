"""Following a job: the status fragment polls while work goes on and stops when it ends."""

import sqlalchemy as sa

from generation import GenerationError, TransientGenerationError
from tasks.maps import generate_map
from tests.conftest import FOOD_DELIVERY, job_id_from, redeliver
from webapp.extensions import db
from webapp.models import Job, Project

HTMX = {"HX-Request": "true"}


def make_job(auth, text=FOOD_DELIVERY) -> int:
    auth.register()
    return job_id_from(auth.submit(text))


def test_a_completed_job_redirects_htmx_to_the_map_and_stops_polling(
    app, client, auth, broker, stub_worker
):
    job_id = make_job(auth)

    broker.join("maps", fail_fast=True)
    response = client.get(f"/jobs/{job_id}/status", headers=HTMX)

    with app.app_context():
        project_id = db.session.scalar(sa.select(Project.id).where(Project.job_id == job_id))
    assert response.status_code == 200
    assert response.headers["HX-Redirect"] == f"/maps/{project_id}"
    fragment = response.get_data(as_text=True)
    assert "Completed" in fragment
    assert "hx-trigger" not in fragment
    assert f'href="/maps/{project_id}"' in fragment


def test_a_queued_job_keeps_polling_and_shows_its_place_in_the_queue(client, auth):
    auth.register()
    first = job_id_from(auth.submit())
    second = job_id_from(auth.submit())

    fragment = client.get(f"/jobs/{second}/status", headers=HTMX).get_data(as_text=True)

    assert "Queued" in fragment
    assert "1 job ahead of yours" in fragment
    assert 'hx-trigger="every 1s"' in fragment
    assert "HX-Redirect" not in client.get(f"/jobs/{first}/status", headers=HTMX).headers


def test_a_running_job_shows_its_step_and_progress(app, client, auth):
    job_id = make_job(auth)
    with app.app_context():
        job = db.session.get(Job, job_id)
        job.status, job.step = "running", "generating"
        job.progress_current, job.progress_total = 1, 2
        db.session.commit()

    fragment = client.get(f"/jobs/{job_id}/status", headers=HTMX).get_data(as_text=True)

    assert "Running" in fragment
    assert "Step 1 of 2: Generating the story map" in fragment
    assert 'hx-trigger="every 1s"' in fragment


def test_a_long_document_shows_which_part_is_being_mapped(app, client, auth):
    job_id = make_job(auth)
    with app.app_context():
        job = db.session.get(Job, job_id)
        job.status, job.step = "running", "part 3 of 7"
        job.progress_current, job.progress_total = 3, 10
        db.session.commit()

    fragment = client.get(f"/jobs/{job_id}/status", headers=HTMX).get_data(as_text=True)

    assert "Step 3 of 10: Mapping part 3 of 7 of the document" in fragment
    assert '<progress max="10" value="3">' in fragment


def test_a_failed_job_explains_why_and_offers_to_try_again_with_the_same_text(
    app, client, auth, broker, stub_worker, monkeypatch
):
    def refuse(*args, **kwargs):
        raise GenerationError("The requirements could not be understood as a product.")

    monkeypatch.setattr("tasks.maps.generate_story_map", refuse)
    job_id = make_job(auth)

    broker.join("maps", fail_fast=False)
    fragment = client.get(f"/jobs/{job_id}/status", headers=HTMX).get_data(as_text=True)

    assert "Failed" in fragment
    assert "could not be understood as a product" in fragment
    assert "hx-trigger" not in fragment
    assert "Try again" in fragment
    assert 'name="requirements" value="A food delivery app' in fragment
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert (job.status, job.attempts) == ("failed", 1)
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Project)) == 0

    # When the user presses "Try again", the same text becomes a new job
    monkeypatch.undo()
    token = auth.token(f"/jobs/{job_id}")
    retry = client.post("/maps", data={"requirements": FOOD_DELIVERY, "csrf_token": token})
    assert retry.status_code == 303
    assert job_id_from(retry) != job_id


def test_a_transient_failure_is_retried_and_shown_as_an_attempt(
    app, client, auth, broker, stub_worker, monkeypatch
):
    calls = []
    import generation

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise TransientGenerationError("the AI provider did not answer")
        return generation.generate_map(*args, **kwargs)

    monkeypatch.setattr("tasks.maps.generate_story_map", flaky)
    job_id = make_job(auth)

    broker.join("maps", fail_fast=False)
    stub_worker.join()

    with app.app_context():
        job = db.session.get(Job, job_id)
        assert job.status == "completed"
        assert job.attempts == 2
        assert job.project is not None


def test_a_second_delivery_of_a_finished_job_makes_no_second_map(app, auth, broker, stub_worker):
    job_id = make_job(auth)
    broker.join("maps", fail_fast=True)

    # When the same message is delivered again (a worker died before its ack)
    redeliver(app, job_id)
    broker.join("maps", fail_fast=True)

    with app.app_context():
        projects = db.session.scalars(sa.select(Project).where(Project.job_id == job_id)).all()
        assert len(projects) == 1
        assert db.session.get(Job, job_id).attempts == 1


def test_a_message_for_a_missing_job_is_dropped(app, broker, stub_worker):
    generate_map.send(9999)

    broker.join("maps", fail_fast=True)

    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Project)) == 0


def test_the_job_page_without_htmx_still_links_to_the_finished_map(
    client, auth, broker, stub_worker
):
    job_id = make_job(auth)
    broker.join("maps", fail_fast=True)

    page = client.get(f"/jobs/{job_id}").get_data(as_text=True)

    assert "Open the story map" in page
    assert "hx-trigger" not in page
