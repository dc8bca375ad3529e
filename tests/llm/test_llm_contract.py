"""Contract tests against a real (tiny) LLM: whatever it answers, the user gets a valid map or a
clear failure; never a server error, never a half-saved map."""

import socket

import pytest
import sqlalchemy as sa

from generation.providers import Provider
from tests.conftest import FOOD_DELIVERY, job_id_from
from webapp.extensions import db
from webapp.models import Activity, Job, Project, Story, Task

HTMX = {"HX-Request": "true"}
#: Bounds each answer (and the test's time); a repair still fits the 4,096-token context.
MAX_TOKENS = 1500


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def use_providers(app, *providers):
    app.config["LLM_PROVIDERS"] = list(providers)


def run_job(app, client, auth, broker, enhance) -> Job:
    auth.register()
    response = auth.submit(FOOD_DELIVERY, enhance=enhance)
    assert response.status_code == 303
    job_id = job_id_from(response)
    broker.join("maps", fail_fast=False, timeout=600_000)
    with app.app_context():
        return db.session.get(Job, job_id)


def row_counts(app) -> dict[str, int]:
    with app.app_context():
        return {
            model.__name__: db.session.scalar(sa.select(sa.func.count()).select_from(model))
            for model in (Project, Activity, Task, Story)
        }


def assert_valid_map_or_clear_failure(app, client, job):
    status = client.get(f"/jobs/{job.id}/status", headers=HTMX)
    assert status.status_code == 200
    fragment = status.get_data(as_text=True)
    counts = row_counts(app)
    if job.status == "completed":
        assert counts["Project"] == 1 and counts["Story"] >= 1
        page = client.get(status.headers["HX-Redirect"])
        assert page.status_code == 200
        html = page.get_data(as_text=True)
        assert "LLM at 127.0.0.1" in html
        assert '<table class="story-map">' in html
        assert "Quality report" in html
    else:
        assert job.status == "failed", job.status
        assert job.error and len(job.error) > 20
        assert job.error in fragment.replace("&#39;", "'").replace("&#34;", '"')
        assert "Try again" in fragment
        # Nothing half-written: no map and no orphaned rows.
        assert counts == {"Project": 0, "Activity": 0, "Task": 0, "Story": 0}


@pytest.mark.parametrize("enhance", [False, True], ids=["map only", "enhance then map"])
def test_a_job_on_the_real_llm_ends_in_a_valid_map_or_a_clear_failure(
    app, client, auth, broker, stub_worker, llm_server, enhance
):
    use_providers(app, Provider("custom", llm_server, "smollm2", None, 300, MAX_TOKENS))

    job = run_job(app, client, auth, broker, enhance)

    assert job.attempts >= 1
    assert_valid_map_or_clear_failure(app, client, job)


def test_a_provider_that_is_down_hands_over_to_the_real_llm(
    app, client, auth, broker, stub_worker, llm_server
):
    use_providers(
        app,
        Provider("groq", closed_port_url(), "llama-3.3-70b-versatile", "gsk-test-key", 5),
        Provider("custom", llm_server, "smollm2", None, 300, MAX_TOKENS),
    )

    job = run_job(app, client, auth, broker, enhance=False)

    # The real server answered after the first provider failed, whatever it answered.
    said = (job.note or "") + (job.error or "")
    assert "GROQ could not be reached" in said
    assert "gsk-test-key" not in said
    assert_valid_map_or_clear_failure(app, client, job)
