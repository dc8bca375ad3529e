"""A map made through the JSON API: POST, poll the job, read the map, through RabbitMQ, a
real worker and PostgreSQL."""

import time

import pytest
import sqlalchemy as sa

from generation import generate_map as generate_story_map
from tests.conftest import FOOD_DELIVERY
from webapp.api.tokens import create_token
from webapp.extensions import db
from webapp.models import User


def poll_job(client, url: str, headers: dict, timeout: float = 30.0) -> tuple[dict, list[str]]:
    """Poll the job as a script would, sending back its ETag, until it has ended."""
    seen: list[str] = []
    etag = None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        response = client.get(url, headers={**headers, **({"If-None-Match": etag} if etag else {})})
        etag = response.headers["ETag"]
        if response.status_code == 304:
            time.sleep(0.1)
            continue
        assert response.status_code == 200
        job = response.json
        if not seen or seen[-1] != job["status"]:
            seen.append(job["status"])
        if job["status"] in ("completed", "failed", "cancelled"):
            return job, seen
        time.sleep(0.1)
    pytest.fail(f"job {url} did not end in {timeout} s (saw {seen})")


def test_a_map_posted_to_the_api_is_made_by_the_worker_and_read_back(
    app, client, auth, worker_process
):
    # Given a user with a token, and no browser session in the client
    auth.register()
    auth.logout()
    with app.app_context():
        user = db.session.scalar(sa.select(User))
        _, secret = create_token(user, "integration")
    token = {"Authorization": f"Bearer {secret}"}

    # When a script posts requirements
    started_at = time.monotonic()
    started = client.post("/api/v1/maps", json={"requirements": FOOD_DELIVERY}, headers=token)
    answered_in = time.monotonic() - started_at

    # Then the job is accepted before any generation happened
    assert started.status_code == 202, started.get_data(as_text=True)
    assert answered_in < 5, "the web request must not wait for the worker"

    # And the worker on RabbitMQ completes it, the job linking to the map
    job, seen = poll_job(client, started.headers["Location"], token)
    assert job["status"] == "completed", job
    assert seen[0] in ("queued", "running")
    assert job["attempts"] == 1

    # And the map reads back with the stories the generator makes, with ids and versions
    response = client.get(job["links"]["map"], headers=token)
    assert response.status_code == 200
    document = response.json
    expected = generate_story_map(FOOD_DELIVERY).draft
    assert document["productName"] == expected.product_name
    assert [activity["activity"] for activity in document["map"]] == [
        activity.title for activity in expected.activities
    ]
    stories = [s for a in document["map"] for t in a["tasks"] for s in t["stories"]]
    assert [s["title"] for s in stories] == [s.title for s in expected.stories]
    assert all(s["id"] and s["version"] == 1 for s in stories)
    assert document["qualityReport"]["storyCount"] == len(stories)
    listed = client.get("/api/v1/maps", headers=token).json
    assert [item["id"] for item in listed["items"]] == [document["id"]]
