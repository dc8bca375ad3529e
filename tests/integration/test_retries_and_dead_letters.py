"""Retries, dead letters and the ``flask dead-letters`` commands on the real RabbitMQ.

The worker talks to a scripted LLM server, so each test decides which calls fail and how:
HTTP 500 is transient (retried with backoff), 401 is permanent (fails at once).
"""

import re
import time
import uuid

import pytest

from tasks.maps import generate_map
from tests.conftest import job_id_from
from tests.fake_llm import GOOD_MAP, FakeLLM, Reply, answer
from tests.integration.conftest import start_worker
from tests.integration.queue_helpers import all_finished, job, jobs, messages, submit, wait_for
from tests.processes import stop
from webapp import create_app
from webapp.extensions import db
from webapp.models import Job

OUTAGE = Reply(500, body='{"error": "upstream overloaded"}')


@pytest.fixture(scope="module")
def fake_llm():
    with FakeLLM() as server:
        yield server


@pytest.fixture(scope="module")
def worker(pg_app, fake_llm, tmp_path_factory):
    process = start_worker(
        tmp_path_factory.mktemp("worker") / "dramatiq.log",
        LLM_BASE_URL=fake_llm.url,
        LLM_MODEL="fake-model",
        AI_PROVIDER_PRIORITY="custom",
        AI_TIMEOUT_SECONDS="5",
    )
    yield process
    stop(process, "the dramatiq worker")


@pytest.fixture
def llm(fake_llm, worker):
    """The scripted LLM with an empty script and log; set ``.replies`` in the test."""
    fake_llm.requests.clear()
    fake_llm.replies = [answer(GOOD_MAP)]
    return fake_llm


def requirements() -> str:
    # Unique text: the worker caches answers to identical requests.
    return f"Customers must be able to order food and pay. Reference {uuid.uuid4()}."


def dead_letter(app, llm, count=1, **config) -> list[int]:
    """Submit jobs whose every attempt fails, and wait until they are dead letters."""
    llm.replies = [OUTAGE]
    job_ids = [submit(app, requirements())[0] for _ in range(count)]
    wait_for(lambda: all_finished(app, job_ids), "the jobs run out of retries")
    wait_for(lambda: messages("maps.XQ") == count, f"{count} dead letters")
    return job_ids


def test_a_transient_failure_is_retried_and_then_succeeds(app, llm):
    llm.replies = [OUTAGE, answer(GOOD_MAP)]

    [job_id] = submit(app, requirements())
    wait_for(lambda: job(app, job_id).is_finished, "the job ends")

    done = job(app, job_id)
    assert (done.status, done.attempts) == ("completed", 2)
    assert done.error is None and done.next_attempt_at is None
    assert messages("maps.XQ") == 0


def test_a_permanent_failure_fails_at_once_without_a_dead_letter(app, llm):
    llm.replies = [Reply(401, body='{"error": "invalid api key"}')]

    [job_id] = submit(app, requirements())
    wait_for(lambda: job(app, job_id).is_finished, "the job ends")

    failed = job(app, job_id)
    assert (failed.status, failed.attempts) == ("failed", 1)
    assert "rejected" in failed.error and "401" in failed.error
    assert failed.dead_lettered_at is None
    assert len(llm.requests) == 1
    assert messages("maps.XQ") == 0


def test_exhausted_retries_dead_letter_the_message_with_the_error_on_the_job(app, llm):
    [job_id] = dead_letter(app, llm)

    failed = job(app, job_id)
    assert (failed.status, failed.attempts) == ("failed", 4)  # JOB_MAX_RETRIES=3, plus the first
    assert "500" in failed.error
    assert failed.dead_lettered_at is not None
    assert "TransientGenerationError" in failed.error_traceback
    assert len(llm.requests) == 4


def test_the_dead_letter_commands_list_show_requeue_one_and_all(app, llm):
    runner = app.test_cli_runner()
    first, second, third = dead_letter(app, llm, count=3)

    listing = runner.invoke(args=["dead-letters", "list"])
    assert listing.exit_code == 0, listing.output
    assert "3 dead letters." in listing.output
    for job_id in (first, second, third):
        assert f" {job_id} " in listing.output
    assert "had a server error (HTTP 500)" in listing.output

    shown = runner.invoke(args=["dead-letters", "show", str(first)])
    assert shown.exit_code == 0, shown.output
    assert f"Job:         {first} (failed)" in shown.output
    assert "Attempts:    4" in shown.output
    assert "Traceback (most recent call last)" in shown.output

    # When the provider is back and one letter is requeued by its message id
    llm.replies = [answer(GOOD_MAP)]
    message_id = job(app, first).message_id
    one = runner.invoke(args=["dead-letters", "requeue", message_id])
    assert one.exit_code == 0, one.output
    assert f"Requeued {message_id} (job {first}) on maps." in one.output
    wait_for(lambda: job(app, first).status == "completed", "the requeued job completes")
    assert messages("maps.XQ") == 2
    assert job(app, first).attempts == 1, "the retry count starts again"

    # And then all the others
    rest = runner.invoke(args=["dead-letters", "requeue", "--all"])
    assert rest.exit_code == 0, rest.output
    assert "2 requeued." in rest.output
    wait_for(lambda: all_finished(app, [second, third]), "the requeued jobs end")
    assert {found.status for found in jobs(app, [second, third])} == {"completed"}
    assert messages("maps.XQ") == 0
    assert runner.invoke(args=["dead-letters", "list"]).output == "No dead letters.\n"


def test_requeue_stops_after_the_letters_it_saw_even_when_they_fail_again(app, llm):
    # Given dead letters that fail again at once (no retries left in their options)
    app.config["JOB_MAX_RETRIES"] = 0
    try:
        job_ids = dead_letter(app, llm, count=3)
    finally:
        app.config["JOB_MAX_RETRIES"] = 3
    runner = app.test_cli_runner()

    # When all of them are requeued while the provider is still down
    result = runner.invoke(args=["dead-letters", "requeue", "--all"])

    # Then each is requeued once, and they come back as dead letters
    assert result.exit_code == 0, result.output
    assert result.output.count("Requeued ") == 3
    assert "3 requeued." in result.output
    wait_for(lambda: messages("maps.XQ") == 3, "the letters are dead again")
    wait_for(lambda: all_finished(app, job_ids), "the jobs fail again")
    assert {found.status for found in jobs(app, job_ids)} == {"failed"}


def test_purge_asks_first_and_then_empties_the_dead_letters(app, llm):
    job_ids = dead_letter(app, llm, count=2)
    runner = app.test_cli_runner()

    declined = runner.invoke(args=["dead-letters", "purge"], input="n\n")
    assert declined.exit_code == 1
    assert "Delete 2 dead letter(s) from every queue for good?" in declined.output
    assert messages("maps.XQ") == 2

    purged = runner.invoke(args=["dead-letters", "purge", "--queue", "maps", "--yes"])
    assert purged.exit_code == 0, purged.output
    assert "Purged 2 dead letter(s) (maps: 2)." in purged.output
    assert messages("maps.XQ") == 0
    assert {found.status for found in jobs(app, job_ids)} == {"failed"}


def test_the_commands_explain_what_went_wrong_with_an_exit_code(app, llm):
    runner = app.test_cli_runner()

    missing = runner.invoke(args=["dead-letters", "show", "999999"])
    assert missing.exit_code == 1
    assert "No dead letter matches 999999." in missing.output

    neither = runner.invoke(args=["dead-letters", "requeue"])
    assert neither.exit_code == 2
    assert "Give the ids of the dead letters to requeue, or --all." in neither.output

    unknown = runner.invoke(args=["dead-letters", "list", "--queue", "nope"])
    assert unknown.exit_code == 1
    assert "There is no queue 'nope'; the queues are maps, wireframes" in unknown.output

    assert runner.invoke(args=["dead-letters", "requeue", "--all"]).output == (
        "No dead letters to requeue.\n"
    )


def test_the_commands_say_so_when_rabbitmq_is_unreachable(pg_app):
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "x",
            "SQLALCHEMY_DATABASE_URI": pg_app.config["SQLALCHEMY_DATABASE_URI"],
            "BROKER_URL": "amqp://guest:guest@127.0.0.1:1/%2F",
        }
    )

    result = app.test_cli_runner().invoke(args=["dead-letters", "list"])

    assert result.exit_code == 1
    assert "RabbitMQ is not reachable" in result.output


def test_a_message_past_its_age_limit_is_dead_lettered_and_requeue_gives_it_a_new_age(app, llm):
    # Given a job whose message was published two hours ago (the workers were down)
    [job_id] = submit(app, requirements(), publish=False)
    with app.app_context():
        queued = db.session.get(Job, job_id)
        message = generate_map.message_with_options(args=(job_id,), broker_priority=8)
        message = message.copy(message_timestamp=int((time.time() - 2 * 3600) * 1000))
        queued.message_id = message.message_id
        db.session.commit()
    app.extensions["dramatiq"].enqueue(message)

    # Then the worker does not run it: the job fails with the reason, the message is dead
    wait_for(lambda: job(app, job_id).is_finished, "the job is given up")
    expired = job(app, job_id)
    assert expired.status == "failed" and expired.attempts == 0
    assert "waited in the queue for over an hour" in expired.error
    wait_for(lambda: messages("maps.XQ") == 1, "the dead letter")

    # When it is requeued, it runs: the age limit counts from the requeue
    result = app.test_cli_runner().invoke(args=["dead-letters", "requeue", str(job_id)])
    assert result.exit_code == 0, result.output
    wait_for(lambda: job(app, job_id).status == "completed", "the requeued job completes")


def test_the_job_page_says_which_attempt_comes_next_while_a_retry_waits(app, llm, client, auth):
    # Given a provider that fails once, and a backoff long enough to read the page
    llm.replies = [OUTAGE, answer(GOOD_MAP)]
    backoff = {"JOB_MIN_BACKOFF_MS": 3000, "JOB_MAX_BACKOFF_MS": 6000}
    saved = {name: app.config[name] for name in backoff}
    app.config.update(backoff)
    try:
        auth.register()
        job_id = job_id_from(auth.submit(requirements()))
    finally:
        app.config.update(saved)

    # Then the page says so while the retry waits
    def page() -> str:
        return " ".join(client.get(f"/jobs/{job_id}/status").get_data(as_text=True).split())

    wait_for(lambda: "Attempt 2 of 4, next try in" in page(), "the page shows the retry")
    assert "Attempt 1 of 4 failed: Every AI provider failed" in page()
    wait_for(lambda: job(app, job_id).status == "completed", "the retry succeeds")


def test_the_operations_page_shows_the_queues_and_requeues_a_dead_letter(app, llm, client, auth):
    # Given an admin and a dead letter
    auth.register("ops-admin@example.com")
    assert app.test_cli_runner().invoke(args=["users", "make-admin", "ops-admin@example.com"])
    [job_id] = dead_letter(app, llm)

    page = " ".join(client.get("/admin/").get_data(as_text=True).split())

    # Then the maps queue row shows 1 dead letter and the worker, with unacked counts (from the
    # management API, whose figures lag by its 5 s statistics interval, so only their presence)
    ready, unacked, _delayed, dead, consumers = re.findall(
        r"<td>([^<]*)", re.search(r"<td>maps</td>(.*?)</tr>", page).group(1)
    )
    assert (ready, dead, consumers) == ("0", "1", "1")
    assert unacked.strip().isdigit()
    assert "Set RABBITMQ_MANAGEMENT_URL" not in page
    assert f"#{job_id}" in page and "had a server error (HTTP 500)" in page

    # When the admin requeues it from the page (an htmx request with the CSRF header)
    llm.replies = [answer(GOOD_MAP)]
    message_id = job(app, job_id).message_id
    token = auth.token("/admin/")
    response = client.post(
        "/admin/dead-letters/requeue",
        data={"message_id": message_id},
        headers={"HX-Request": "true", "X-CSRFToken": token},
    )

    assert "Requeued 1 dead letter." in response.get_data(as_text=True)
    wait_for(lambda: job(app, job_id).status == "completed", "the requeued job completes")
    assert messages("maps.XQ") == 0


def test_the_operations_page_is_not_there_for_ordinary_users(app, client, auth):
    assert client.get("/admin/").status_code == 404
    auth.register("someone@example.com")
    assert client.get("/admin/").status_code == 404
    assert client.post("/admin/dead-letters/purge").status_code in (400, 404)
