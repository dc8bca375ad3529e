"""Maps made by an LLM provider, as the user sees them: provider, enhancement, failures, no keys."""

import logging

import pytest
import sqlalchemy as sa

from tests.conftest import FOOD_DELIVERY, job_id_from
from tests.fake_llm import GOOD_MAP, FakeLLM, Reply, answer
from webapp.extensions import db
from webapp.generation.providers import Provider
from webapp.models import Job, Project

SECRET = "sk-test-SECRET-abcdef0123456789"


@pytest.fixture
def fake_llm(app):
    with FakeLLM() as fake:
        app.config["LLM_PROVIDERS"] = [Provider("openai", fake.url, "gpt-test", SECRET, 5)]
        yield fake


def submit_and_wait(app, auth, broker, enhance=False) -> Job:
    auth.register()
    job_id = job_id_from(auth.submit(FOOD_DELIVERY, enhance=enhance))
    broker.join("maps", fail_fast=False)
    with app.app_context():
        return db.session.get(Job, job_id)


def test_an_enhanced_llm_map_shows_its_provider_aspects_and_open_questions(
    app, client, auth, broker, stub_worker, fake_llm
):
    fake_llm.replies = [
        answer(
            {
                "enhancedText": "Customers must sign up, order food and pay by card.",
                "addedAspects": ["Card payment at checkout"],
                "openQuestions": ["Which cards are accepted?"],
                "confidence": 0.86,
            }
        ),
        answer(GOOD_MAP),
    ]

    job = submit_and_wait(app, auth, broker, enhance=True)

    assert job.status == "completed"
    with app.app_context():
        project_id = db.session.scalar(sa.select(Project.id).where(Project.job_id == job.id))
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert "Made by <strong>OpenAI (gpt-test)</strong>" in page
    assert "built-in offline generator" not in page
    assert "Card payment at checkout" in page
    assert "Which cards are accepted?" in page
    assert "confidence: 86%" in page
    assert "Customers must sign up, order food and pay by card." in page


def test_a_rejected_key_fails_the_job_with_a_clear_message_and_leaks_the_key_nowhere(
    app, client, auth, broker, stub_worker, fake_llm, caplog
):
    caplog.set_level(logging.DEBUG)
    fake_llm.replies = [Reply(401, body='{"error": {"message": "bad key ' + SECRET + '"}}')]

    job = submit_and_wait(app, auth, broker)

    assert job.status == "failed"
    assert job.attempts == 1, "a rejected key is not retried"
    assert job.error == "The OPENAI key was rejected (HTTP 401); check its API key setting"
    pages = [
        client.get(f"/jobs/{job.id}").get_data(as_text=True),
        client.get(f"/jobs/{job.id}/status").get_data(as_text=True),
        client.get("/maps").get_data(as_text=True),
    ]
    assert "The OPENAI key was rejected" in pages[0]
    for text in [*pages, caplog.text, job.error]:
        assert SECRET not in text
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Project)) == 0


def test_a_rate_limited_provider_is_retried_after_the_time_it_asked_for(
    app, client, auth, broker, stub_worker, fake_llm
):
    fake_llm.replies = [Reply(429, body="{}", headers={"Retry-After": "0.2"}), answer(GOOD_MAP)]

    job = submit_and_wait(app, auth, broker)
    stub_worker.join()

    with app.app_context():
        job = db.session.get(Job, job.id)
        assert job.status == "completed"
        assert job.attempts == 2
