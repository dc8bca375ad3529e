"""The operations page on the embedded broker: who may see it, dead letters, waiting jobs."""

import pytest
from click.testing import Result

from tests.conftest import job_id_from
from webapp.extensions import db
from webapp.models import Job, User

HTMX = {"HX-Request": "true"}


def make_admin(app, runner, email="ada@example.com") -> Result:
    return runner.invoke(args=["users", "make-admin", email])


@pytest.fixture
def admin(app, auth, runner):
    auth.register()
    result = make_admin(app, runner)
    assert result.exit_code == 0, result.output
    return auth


def post(client, auth, path, data=None):
    token = auth.token("/admin/")
    return client.post(path, data=data or {}, headers={**HTMX, "X-CSRFToken": token})


@pytest.mark.parametrize("path", ["/admin/", "/admin/operations"])
def test_anonymous_visitors_and_ordinary_users_get_a_404(client, auth, path):
    assert client.get(path).status_code == 404
    auth.register()
    assert client.get(path).status_code == 404


def test_ordinary_users_cannot_requeue_purge_or_reorder(client, auth):
    auth.register()
    token = auth.token("/maps/new")
    for path in (
        "/admin/dead-letters/requeue",
        "/admin/dead-letters/purge",
        "/admin/jobs/1/priority",
    ):
        assert client.post(path, headers={"X-CSRFToken": token}).status_code == 404


def test_the_header_links_admins_to_the_operations_page(client, admin):
    page = client.get("/maps/new").get_data(as_text=True)

    assert 'href="/admin/"' in page


def test_make_admin_says_when_there_is_no_such_account(app, runner):
    result = make_admin(app, runner, "nobody@example.com")

    assert result.exit_code == 1
    assert "No account for nobody@example.com" in result.output


def test_a_dead_lettered_job_is_listed_with_its_error_and_comes_back_on_requeue(
    app, client, admin, broker, stub_worker, monkeypatch
):
    # Given a map job that failed for a reason no retry fixes (a bug)
    def broken(*args, **kwargs):
        raise KeyError("activities")

    monkeypatch.setattr("tasks.maps.generate_story_map", broken)
    job_id = job_id_from(admin.submit())
    broker.join("maps", fail_fast=False)
    stub_worker.join()

    # Then it is dead-lettered at once, with the traceback kept and a plain message for the user
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert (job.status, job.attempts) == ("failed", 1)
        assert job.dead_lettered_at is not None
        assert "KeyError: 'activities'" in job.error_traceback
        assert "internal error" in job.error
    page = client.get("/admin/").get_data(as_text=True)
    assert f"#{job_id}" in page
    assert "Requeue all (1)" in page
    assert "KeyError" in page

    # When the bug is fixed and the admin requeues it
    monkeypatch.undo()
    response = post(client, admin, "/admin/dead-letters/requeue")
    broker.join("maps", fail_fast=True)
    stub_worker.join()

    # Then the job completes and the dead letter is gone
    assert "Requeued 1 dead letter." in response.get_data(as_text=True)
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert job.status == "completed"
        assert job.dead_lettered_at is None and job.error is None
    assert "No dead letters." in client.get("/admin/operations").get_data(as_text=True)


def test_purge_empties_the_dead_letters_and_leaves_the_jobs_failed(
    app, client, admin, broker, stub_worker, monkeypatch
):
    monkeypatch.setattr("tasks.maps.generate_story_map", lambda *a, **k: 1 / 0)
    job_ids = [job_id_from(admin.submit()) for _ in range(2)]
    broker.join("maps", fail_fast=False)
    stub_worker.join()
    page = client.get("/admin/").get_data(as_text=True)
    assert "Requeue all (2)" in page
    assert 'hx-confirm="Delete all 2 dead letters for good?' in page

    response = post(client, admin, "/admin/dead-letters/purge")

    fragment = response.get_data(as_text=True)
    assert "Purged 2 dead letters." in fragment
    assert "No dead letters." in fragment
    with app.app_context():
        assert {db.session.get(Job, job_id).status for job_id in job_ids} == {"failed"}


def test_an_admin_moves_a_waiting_job_to_the_front(app, client, admin, broker):
    # Given a job waiting on the queue (no worker runs)
    job_id = job_id_from(admin.submit())
    with app.app_context():
        old_message = db.session.get(Job, job_id).message_id

    response = post(client, admin, f"/admin/jobs/{job_id}/priority")

    assert f"Job #{job_id} moves to the front of its queue." in response.get_data(as_text=True)
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert job.priority == 10
        assert job.message_id != old_message
    # The newer message carries the priority; the older one will find it is not current
    assert broker.queues["maps"].qsize() == 2


def test_the_old_message_of_a_job_moved_to_the_front_does_nothing(
    app, client, admin, broker, stub_worker
):
    with app.app_context():
        user = db.session.get(User, 1)
        assert user.is_admin
    job_id = job_id_from(admin.submit())
    post(client, admin, f"/admin/jobs/{job_id}/priority")

    broker.join("maps", fail_fast=True)
    stub_worker.join()

    with app.app_context():
        job = db.session.get(Job, job_id)
        assert (job.status, job.attempts) == ("completed", 1)
