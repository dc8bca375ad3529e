"""A map job from POST to rendered map, through RabbitMQ, a real worker and PostgreSQL."""

import re
import time

import pytest
import sqlalchemy as sa

from generation import generate_map as generate_story_map
from tasks.maps import generate_map
from tests.conftest import FOOD_DELIVERY, job_id_from
from tests.integration.conftest import wait_until_idle
from webapp.extensions import db
from webapp.jobs.kinds import BULK_PRIORITY
from webapp.models import Activity, Job, Project, Story, Task

HTMX = {"HX-Request": "true"}


def poll_until_redirect(client, job_id, timeout=30.0):
    """Poll the status fragment the way the job page does, until htmx is told to move on."""
    seen = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        response = client.get(f"/jobs/{job_id}/status", headers=HTMX)
        assert response.status_code == 200
        fragment = response.get_data(as_text=True)
        state = re.search(r'<p class="state">(?:<span[^>]*></span>)?\s*(\w+)', fragment).group(1)
        if not seen or seen[-1] != state:
            seen.append(state)
        if "HX-Redirect" in response.headers:
            return response.headers["HX-Redirect"], seen
        assert "Failed" not in seen, fragment
        time.sleep(0.1)
    pytest.fail(f"job {job_id} did not complete in {timeout} s (saw {seen})")


def test_a_submitted_job_becomes_a_rendered_map(app, client, auth, worker_process):
    auth.register()

    # When the user submits requirements
    started = time.monotonic()
    response = auth.submit(FOOD_DELIVERY)
    answered_in = time.monotonic() - started

    # Then the answer is a redirect to the job page, before any generation happened
    assert response.status_code == 303
    job_id = job_id_from(response)
    assert answered_in < 5, "the web request must not wait for the worker"

    # And the status fragment ends by sending htmx to the map
    map_url, seen = poll_until_redirect(client, job_id)
    assert seen[-1] == "Completed"

    page = client.get(map_url).get_data(as_text=True)
    expected = generate_story_map(FOOD_DELIVERY).draft
    assert expected.product_name in page
    assert page.count('<article class="story') == len(expected.stories)
    for activity in expected.activities:
        assert activity.title in page
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert (job.status, job.attempts, job.progress_current) == ("completed", 1, 2)
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Project)) == 1


def test_a_redelivered_message_never_makes_a_second_map(app, client, auth, worker_process):
    auth.register()

    # When the same job is delivered three times, two of them racing on the worker's threads
    job_id = job_id_from(auth.submit(FOOD_DELIVERY))
    generate_map.send(job_id)
    poll_until_redirect(client, job_id)
    # and once more after it finished (as after a worker died before its ack)
    generate_map.send(job_id)
    wait_until_idle("maps")

    with app.app_context():
        projects = db.session.scalars(sa.select(Project).where(Project.job_id == job_id)).all()
        assert len(projects) == 1
        assert db.session.get(Job, job_id).status == "completed"


def test_users_only_see_their_own_maps_on_postgresql(app, client, auth, worker_process):
    auth.register("ada@example.com")
    job_id = job_id_from(auth.submit(FOOD_DELIVERY))
    map_url, _ = poll_until_redirect(client, job_id)
    auth.logout()

    auth.register("bob@example.com")

    for path in (map_url, f"/jobs/{job_id}", f"/jobs/{job_id}/status"):
        assert client.get(path).status_code == 404, path


def test_wireframes_from_the_map_form_to_rendered_drawings(app, client, auth, worker_process):
    auth.register()
    map_url, _ = poll_until_redirect(client, job_id_from(auth.submit(FOOD_DELIVERY)))
    page = client.get(map_url).get_data(as_text=True)
    story_ids = re.findall(r'name="story_ids" value="(\d+)"', page)[:3]
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)

    # When the user ticks three stories and asks for mobile wireframes
    response = client.post(
        f"{map_url}/wireframes",
        data={
            "story_ids": story_ids,
            "style": "high-fidelity",
            "platform": "mobile",
            "csrf_token": token,
        },
    )

    # Then the job page follows the worker until all three drawings are shown
    assert response.status_code == 303
    job_id = job_id_from(response)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        fragment = client.get(f"/jobs/{job_id}/status", headers=HTMX).get_data(as_text=True)
        if "hx-trigger" not in fragment:
            break
        time.sleep(0.1)
    assert "3 of 3 succeeded." in fragment
    assert fragment.count('<pre id="drawing-') == 3
    assert "<h4>UI elements</h4>" in fragment


def test_improving_a_maps_stories_runs_on_the_improvements_queue(app, client, auth, worker_process):
    # Given a generated map whose first story lost its "so that" and its criteria
    auth.register()
    map_url, _ = poll_until_redirect(client, job_id_from(auth.submit(FOOD_DELIVERY)))
    project_id = int(map_url.rsplit("/", 1)[1])
    with app.app_context():
        story = db.session.scalars(
            sa.select(Story)
            .join(Story.task)
            .join(Task.activity)
            .where(Activity.project_id == project_id)
        ).first()
        story.description = "As a customer, I want to pay by card."
        story.acceptance_criteria = []
        db.session.commit()
        story_id = story.id
    token = re.search(
        r'name="csrf_token" type="hidden" value="([^"]+)"',
        client.get(map_url).get_data(as_text=True),
    ).group(1)

    # When the user asks for the stories to be improved
    response = client.post(f"{map_url}/improve", data={"csrf_token": token})

    # Then a bulk job on the improvements queue fixes the story
    assert response.status_code == 303
    job_id = job_id_from(response)
    deadline = time.monotonic() + 30
    while not (job := _job(app, job_id)).is_finished and time.monotonic() < deadline:
        time.sleep(0.1)
    assert job.status == "completed", job.error
    assert job.priority == BULK_PRIORITY
    with app.app_context():
        story = db.session.get(Story, story_id)
        assert "so that" in story.description
        assert len(story.acceptance_criteria) >= 2


def _job(app, job_id):
    with app.app_context():
        job = db.session.get(Job, job_id)
        db.session.expunge(job)
        return job
