"""Maps made by an LLM provider, as the user sees them: provider, enhancement, failures, no keys."""

import logging
from dataclasses import replace

import dramatiq
import pytest
import sqlalchemy as sa

from generation.providers import Provider
from tests.conftest import FOOD_DELIVERY, AuthActions, job_id_from, make_app
from tests.fake_llm import GOOD_MAP, FakeLLM, Reply, answer
from tests.web.test_health import closed_port
from webapp.extensions import db
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


KEYS = ("sk-custom-KEY-0123456789abcdef", "gsk-groq-KEY-fedcba9876543210")


def secret_free(text: str | None) -> bool:
    return not any(key in (text or "") for key in KEYS)


@pytest.fixture
def keyed(tmp_path, monkeypatch):
    """An app with two keyed providers from the environment: a local server that fails as a
    test tells it to, then Groq (here a closed port, so it fails too); a worker; the server.

    Built before the test's log capture starts: the migrations configure logging anew.
    """
    with FakeLLM() as fake:
        monkeypatch.setenv("AI_PROVIDER_PRIORITY", "custom,groq")
        monkeypatch.setenv("LLM_BASE_URL", fake.url)
        monkeypatch.setenv("LLM_MODEL", "local-model")
        monkeypatch.setenv("LLM_API_KEY", KEYS[0])
        monkeypatch.setenv("GROQ_API_KEY", KEYS[1])
        monkeypatch.setenv("AI_TIMEOUT_SECONDS", "0.3")
        app = make_app(tmp_path, JOB_MAX_RETRIES=1)
        groq = app.config["LLM_PROVIDERS"][1]
        assert groq.api_key == KEYS[1]
        app.config["LLM_PROVIDERS"][1] = replace(groq, base_url=f"http://127.0.0.1:{closed_port()}")
        worker = dramatiq.Worker(app.extensions["dramatiq"], worker_timeout=50)
        worker.start()
        yield app, fake
        worker.stop()
        with app.app_context():
            db.engine.dispose()


@pytest.mark.parametrize(
    "reply",
    [
        Reply(500, body='{"error": "upstream saw Authorization: Bearer ' + KEYS[0] + '"}'),
        Reply(400, body='{"error": {"message": "bad request, key ' + KEYS[0] + '"}}'),
        answer('{"productName": "' + KEYS[0] + '", "map": "' + KEYS[0] + '"}'),
        answer("Sorry, I cannot do that with key " + KEYS[0]),
        Reply(200, content="{}", delay=1.0),
    ],
    ids=["server error", "refused request", "invalid map", "not json", "timeout"],
)
def test_no_failing_call_logs_or_shows_a_provider_key(keyed, caplog, reply):
    app, fake = keyed
    fake.replies = [reply]
    caplog.set_level(logging.DEBUG)

    # When a map job runs into the failure (and its one retry)
    client = app.test_client()
    auth = AuthActions(client)
    auth.register()
    job_id = job_id_from(auth.submit(FOOD_DELIVERY))
    app.extensions["dramatiq"].join("maps", fail_fast=False)
    assert app.test_cli_runner().invoke(args=["users", "make-admin", "ada@example.com"]).output
    paths = (f"/jobs/{job_id}", f"/jobs/{job_id}/status", "/maps", "/admin/")
    pages = [client.get(path).get_data(as_text=True) for path in paths]
    with app.app_context():
        job = db.session.get(Job, job_id)

    # Then the key was sent, the job failed, and no log record, page or saved error holds a key
    assert fake.headers[0]["Authorization"] == f"Bearer {KEYS[0]}"
    assert job.status == "failed", job.error
    assert any(record.name.startswith("httpcore") for record in caplog.records), "not DEBUG"
    for record in caplog.records:
        exception = logging.Formatter().formatException(record.exc_info) if record.exc_info else ""
        assert secret_free(record.getMessage() + exception), record.getMessage()
    assert secret_free(caplog.text)
    for text in [*pages, job.error, job.error_traceback]:
        assert secret_free(text)
