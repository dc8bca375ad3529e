"""Submitting requirements: good text becomes a queued job at once, bad text a clear message."""

import dramatiq
import pytest
import sqlalchemy as sa

from tests.conftest import FOOD_DELIVERY, job_id_from
from webapp.extensions import db
from webapp.jobs.kinds import INTERACTIVE_PRIORITY
from webapp.models import Job, Project


def job_count(app) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(Job))


def test_submit_answers_at_once_with_a_303_to_a_queued_job(app, client, auth):
    auth.register()

    # When the user submits requirements (no worker is running)
    response = auth.submit(FOOD_DELIVERY, enhance=True)

    # Then they are sent to the job page straight away, and the job is recorded as queued
    assert response.status_code == 303
    job_id = job_id_from(response)
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert job.status == "queued"
        assert job.requirements == FOOD_DELIVERY
        assert job.enhance is True
        assert job.enqueued_at is not None
    page = client.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert "Queued" in page
    assert 'hx-trigger="every 1s"' in page


def test_the_message_carries_only_the_job_id_with_an_interactive_priority(app, auth, broker):
    auth.register()

    job_id = job_id_from(auth.submit())

    message = dramatiq.Message.decode(broker.queues["maps"].get_nowait())
    assert message.actor_name == "generate_map"
    assert message.args == (job_id,)
    assert message.kwargs == {}
    assert message.options["broker_priority"] == INTERACTIVE_PRIORITY
    assert "restaurants" not in message.encode().decode()


def test_requirements_are_trimmed_before_they_are_stored(app, auth):
    auth.register()

    job_id = job_id_from(auth.submit("   \n  " + FOOD_DELIVERY + "\n\n  "))

    with app.app_context():
        assert db.session.get(Job, job_id).requirements == FOOD_DELIVERY


BAD_INPUT = [
    ("", "the text is empty"),
    ("   \n\t  \n ", "the text is empty"),
    ("123456789", "too short: 9 characters"),
    ("  abcdefghi  ", "too short: 9 characters"),
    ("x" * 50_001, "too long: 50,001 characters"),
    ("Customers can order\x00food from restaurants", "binary data or control characters"),
    ("0123456789 0123456789", "has no letters"),
]


@pytest.mark.parametrize(("text", "message"), BAD_INPUT)
def test_bad_input_gets_a_clear_message_keeps_the_text_and_creates_no_job(
    app, client, auth, text, message
):
    auth.register()

    response = auth.submit(text)

    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert message in page
    assert job_count(app) == 0
    # The form comes back with what was typed (long text included), so nothing is lost.
    if text.strip() and "\x00" not in text:
        assert text.strip()[:50] in page


def test_exactly_ten_and_exactly_fifty_thousand_characters_are_accepted(app, auth):
    auth.register()

    assert auth.submit("Users log.").status_code == 303
    assert auth.submit("Users can order food. " * 2272 + "Users pay.").status_code == 303
    assert job_count(app) == 2


def test_a_post_without_csrf_token_is_refused_with_the_text_kept(app, client, auth):
    auth.register()

    response = client.post("/maps", data={"requirements": FOOD_DELIVERY})

    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Nothing was saved" in page
    assert "nearby restaurants" in page
    assert job_count(app) == 0


def test_a_huge_body_is_refused_with_a_readable_page(app, client, auth):
    auth.register()

    response = client.post(
        "/maps", data={"requirements": "x" * 700_000, "csrf_token": auth.token("/maps/new")}
    )

    assert response.status_code == 413
    assert "at most 50,000 characters" in response.get_data(as_text=True)
    assert job_count(app) == 0


def test_anonymous_users_are_sent_to_log_in(client):
    for path in ("/maps", "/maps/new", "/jobs/1", "/jobs/1/status", "/maps/1"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.headers["Location"].startswith("/login")


NO_REQUIREMENTS = {
    "random letters": ("asdf qwer zxcv", "No requirements found"),
    "thirty first names": (
        "\n".join(
            (
                "Anna Boris Carl Dana Emil Frida Georg Hanna Igor Julia Karl Lena Max Nina Otto "
                "Paula Quentin Rosa Sven Tina Uwe Vera Walter Xenia Yuri Zoe Adam Bella Chris Dora"
            ).split()
        ),
        "a list of names",
    ),
    "lorem ipsum": (
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.",
        "placeholder text (lorem ipsum)",
    ),
}


@pytest.mark.parametrize("case", NO_REQUIREMENTS, ids=list(NO_REQUIREMENTS))
def test_text_with_no_requirements_fails_its_job_clearly_keeps_the_text_and_saves_no_map(
    app, client, auth, broker, stub_worker, case
):
    text, reason = NO_REQUIREMENTS[case]
    auth.register()

    # When the user submits text that states no requirement
    job_id = job_id_from(auth.submit(text))
    broker.join("maps", fail_fast=False)

    # Then the job failed at once with a message that says why, and no map was saved
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert job.status == "failed"
        assert reason in job.error
        assert job.attempts <= 1
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Project)) == 0
    page = client.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert reason in page.replace("&#39;", "'")
    assert "Edit and resubmit" in page
    # And "Edit and resubmit" gives the text back to edit
    form = client.get(f"/maps/new?from_job={job_id}").get_data(as_text=True)
    assert text.split()[0] in form and text.split()[-1] in form
