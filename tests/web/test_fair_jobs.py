"""One user cannot starve the others: credits by size, a story cap, running jobs per user."""

import time

import dramatiq
import sqlalchemy as sa

from tests.conftest import AuthActions, job_id_from, make_app
from webapp.extensions import db
from webapp.jobs.estimates import queue_estimate
from webapp.jobs.lifecycle import WAITING_FOR_OTHER_JOBS, start_job
from webapp.jobs.publishing import job_message
from webapp.models import (
    RELEASE_NAMES,
    Activity,
    Job,
    JobKind,
    JobStatus,
    Project,
    Release,
    Story,
    Task,
    User,
)

#: The size of the maps in the report: 1,076 stories from 49,000 characters.
BIG = 1_076
#: A map's requirements of 49,000 characters (valid: under REQUIREMENTS_MAX_CHARS).
LONG_TEXT = ("Customers must be able to order food from nearby restaurants and pay. " * 700)[
    :49_000
]
SHORT_TEXT = "Couriers must be able to accept a delivery request."


def big_map(app, email: str = "ada@example.com", stories: int = BIG) -> tuple[int, int]:
    """A map of ``stories`` stories in one activity, 100 a task; its id and the activity's."""
    with app.app_context():
        user_id = db.session.scalar(sa.select(User.id).where(User.email == email))
        project = Project(
            user_id=user_id, product_name="Big map", requirements="x" * 20, generator="offline"
        )
        project.releases = [Release(name=name, position=i) for i, name in enumerate(RELEASE_NAMES)]
        activity = Activity(position=0, title="Everything")
        project.activities.append(activity)
        for number in range(stories):
            if number % 100 == 0:
                task = Task(position=number // 100, title=f"Task {number // 100}")
                activity.tasks.append(task)
            task.stories.append(
                Story(
                    position=number % 100,
                    title=f"Story {number}",
                    description=f"As a customer, I want thing {number}, so that it works.",
                    priority="MVP",
                    sources=[f"Customers must be able to do thing {number}."],
                    release=project.releases[0],
                )
            )
        db.session.add(project)
        db.session.commit()
        return project.id, activity.id


def improve(client, auth, project_id: int):
    token = auth.token(f"/maps/{project_id}")
    return client.post(f"/maps/{project_id}/improve", data={"csrf_token": token})


def job_count(app) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(Job))


# A cap on the stories of one improvement


def test_improving_a_map_over_the_story_cap_is_refused_with_its_count_and_the_cap(
    app, client, auth
):
    # Given a map of 1,076 stories (the cap is 300 by default)
    auth.register()
    project_id, _ = big_map(app)

    # When its owner asks to improve its stories
    refused = improve(client, auth, project_id)

    # Then the map page says why, and no job holds a worker for minutes
    assert refused.status_code == 400
    page = refused.get_data(as_text=True)
    assert "This map has 1,076 stories; “Improve stories” works on at most 300 at a time." in page
    assert job_count(app) == 0


def test_a_map_within_the_story_cap_is_improved(tmp_path):
    app = make_app(tmp_path, IMPROVE_MAX_STORIES=BIG)
    client = app.test_client()
    auth = AuthActions(client)
    auth.register()
    project_id, _ = big_map(app)

    assert improve(client, auth, project_id).status_code == 303
    assert job_count(app) == 1
    with app.app_context():
        db.engine.dispose()


# Credits by size


def limited_app(tmp_path, generation: str):
    app = make_app(
        tmp_path,
        RATELIMIT_ENABLED=True,
        RATE_LIMIT_GENERATION=generation,
        RATE_LIMIT_DEFAULT="1000/minute",
        IMPROVE_MAX_STORIES=2 * BIG,
    )
    client = app.test_client()
    return app, client, AuthActions(client)


def test_improving_1076_stories_costs_11_credits_so_a_second_one_is_refused(tmp_path):
    # Given a budget of 20 credits a minute and two maps of 1,076 stories
    app, client, auth = limited_app(tmp_path, "20/minute")
    auth.register()
    first, _ = big_map(app)
    second, _ = big_map(app)

    # When both are to be improved within the minute
    started = improve(client, auth, first)
    refused = improve(client, auth, second)

    # Then the first costs 11 credits, and the second, 11 more, does not fit in the 9 left
    assert started.status_code == 303
    assert refused.status_code == 429
    page = refused.get_data(as_text=True)
    assert "You have used 11 of your 20 generation credits in the last minute" in page
    assert "this job needs 11 (1, plus 1 per 100 stories or 10,000 characters)" in page
    assert job_count(app) == 1
    # while a small job still fits in what is left
    assert auth.submit(SHORT_TEXT).status_code == 303
    with app.app_context():
        db.engine.dispose()


def test_a_job_dearer_than_the_budget_takes_all_of_it_and_still_starts(tmp_path):
    # Given the default 10 credits a minute
    app, client, auth = limited_app(tmp_path, "10/minute;100/day")
    auth.register()
    project_id, _ = big_map(app)

    # When a 1,076-story map (11 credits) is improved, then a small map asked for
    started = improve(client, auth, project_id)
    refused = auth.submit(SHORT_TEXT)

    # Then the improvement starts and uses the whole minute's budget
    assert started.status_code == 303
    assert refused.status_code == 429
    page = refused.get_data(as_text=True)
    assert "You have used 10 of your 10 generation credits in the last minute; try again" in page
    with app.app_context():
        db.engine.dispose()


def test_long_requirements_cost_a_credit_per_10000_characters(tmp_path):
    # Given 10 credits a minute
    app, client, auth = limited_app(tmp_path, "10/minute")
    auth.register()

    # When two maps of 49,000 characters (5 credits each) are asked for, then a short one
    assert auth.submit(LONG_TEXT).status_code == 303
    assert auth.submit(LONG_TEXT).status_code == 303
    refused = auth.submit(SHORT_TEXT)

    # Then the third does not fit: three jobs used the ten credits' worth of work
    assert refused.status_code == 429
    assert "You have used 10 of your 10 generation credits" in refused.get_data(as_text=True)
    assert job_count(app) == 2
    with app.app_context():
        db.engine.dispose()


def test_regenerating_an_activity_costs_by_its_stories(tmp_path):
    # Given 3 credits a minute and an activity of 250 stories
    app, client, auth = limited_app(tmp_path, "3/minute")
    auth.register()
    project_id, activity_id = big_map(app, stories=250)
    token = auth.token(f"/maps/{project_id}")

    # When it is regenerated (3 credits), then one story
    started = client.post(f"/activities/{activity_id}/regenerate", data={"csrf_token": token})
    with app.app_context():
        story_id = db.session.scalar(sa.select(sa.func.min(Story.id)))
    refused = client.post(f"/stories/{story_id}/regenerate", data={"csrf_token": token})

    # Then the story has to wait
    assert started.status_code == 303
    assert refused.status_code == 429
    with app.app_context():
        db.engine.dispose()


# Running jobs per user


def queued_job(app, email: str, status: str = JobStatus.QUEUED) -> int:
    """A map job of ``email``'s, recorded with a message id as publish_job gives it."""
    with app.app_context():
        user_id = db.session.scalar(sa.select(User.id).where(User.email == email))
        job = Job(
            user_id=user_id,
            kind=JobKind.MAP,
            requirements=SHORT_TEXT,
            status=status,
            message_id=f"message-of-{email}-{status}",
        )
        db.session.add(job)
        db.session.commit()
        return job.id


def delayed_message_ids(broker, queue: str = "maps") -> list[str]:
    return [message.message_id for message in _messages(broker.queues[f"{queue}.DQ"])]


def _messages(queue) -> list:
    return [dramatiq.Message.decode(data) for data in list(queue.queue)]


def test_a_users_job_over_the_running_limit_waits_queued_and_comes_back(tmp_path):
    # Given a user allowed one running job, who has one running
    app = make_app(tmp_path, JOBS_RUNNING_PER_USER=1)
    auth = AuthActions(app.test_client())
    auth.register()
    queued_job(app, "ada@example.com", status=JobStatus.RUNNING)
    waiting_id = queued_job(app, "ada@example.com")

    # When a worker picks up their second job
    with app.app_context():
        started = start_job(waiting_id, total=lambda job: 2)

    # Then it does not run: it stays queued, saying why, with no attempt used and no error
    assert started is None
    with app.app_context():
        waiting = db.session.get(Job, waiting_id)
        assert waiting.status == JobStatus.QUEUED
        assert waiting.step == WAITING_FOR_OTHER_JOBS
        assert (waiting.attempts, waiting.error, waiting.started_at) == (0, None, None)
    # and its message, the same one, comes back a few seconds later
    assert delayed_message_ids(app.extensions["dramatiq"]) == [
        f"message-of-ada@example.com-{JobStatus.QUEUED}"
    ]
    with app.app_context():
        db.engine.dispose()


def test_the_page_of_a_waiting_job_says_it_waits_for_the_users_other_jobs(tmp_path):
    # Given a user allowed one running job, whose second job a worker has put back to wait
    app = make_app(tmp_path, JOBS_RUNNING_PER_USER=1)
    client = app.test_client()
    AuthActions(client).register()
    queued_job(app, "ada@example.com", status=JobStatus.RUNNING)
    waiting_id = queued_job(app, "ada@example.com")
    with app.app_context():
        start_job(waiting_id, total=lambda job: 2)

    # When they look at its page
    page = client.get(f"/jobs/{waiting_id}").get_data(as_text=True)

    # Then it tells them why it waits, and no queue estimate pretends otherwise
    assert "Waiting for your other jobs to finish: only 1 of your jobs can run at once" in page
    assert "Next in line" not in page and "ahead of yours" not in page
    with app.app_context():
        db.engine.dispose()


def test_another_users_job_runs_while_the_first_user_is_at_the_limit(tmp_path):
    app = make_app(tmp_path, JOBS_RUNNING_PER_USER=1)
    auth = AuthActions(app.test_client())
    auth.register()
    auth.logout()
    auth.register("bob@example.com")
    queued_job(app, "ada@example.com", status=JobStatus.RUNNING)
    bobs_id = queued_job(app, "bob@example.com")

    with app.app_context():
        started = start_job(bobs_id, total=lambda job: 2)
        assert started is not None
        assert (started.status, started.attempts) == (JobStatus.RUNNING, 1)
    with app.app_context():
        db.engine.dispose()


def test_a_waiting_job_runs_once_the_users_other_job_ends(tmp_path):
    # Given a user's job waiting behind their running one, on a worker
    app = make_app(tmp_path, JOBS_RUNNING_PER_USER=1)
    client = app.test_client()
    auth = AuthActions(client)
    auth.register()
    running_id = queued_job(app, "ada@example.com", status=JobStatus.RUNNING)
    broker = app.extensions["dramatiq"]
    worker = dramatiq.Worker(broker, worker_timeout=50)
    worker.start()
    try:
        waiting_id = job_id_from(auth.submit(SHORT_TEXT))
        _wait_until(app, waiting_id, lambda job: job.step == WAITING_FOR_OTHER_JOBS)
        page = client.get(f"/jobs/{waiting_id}").get_data(as_text=True)
        assert "Queued" in page

        # When the running job ends
        with app.app_context():
            db.session.get(Job, running_id).status = JobStatus.COMPLETED
            db.session.commit()
        broker.join("maps", fail_fast=True)
    finally:
        worker.stop()

    # Then the waiting one ran, on its first attempt
    with app.app_context():
        done = db.session.get(Job, waiting_id)
        assert (done.status, done.attempts, done.step) == (JobStatus.COMPLETED, 1, None)
        db.engine.dispose()


def test_a_job_that_waits_past_the_hour_for_its_users_own_jobs_is_not_given_up(tmp_path):
    # Given a user's job whose message is a second short of the hour after which a job that
    # nobody started is given up, and the one job they may run at once running
    app = make_app(tmp_path, JOBS_RUNNING_PER_USER=1)
    AuthActions(app.test_client()).register()
    running_id = queued_job(app, "ada@example.com", status=JobStatus.RUNNING)
    waiting_id = queued_job(app, "ada@example.com")
    broker = app.extensions["dramatiq"]
    with app.app_context():
        message = job_message(
            db.session.get(Job, waiting_id), f"message-of-ada@example.com-{JobStatus.QUEUED}"
        )
    broker.enqueue(message.copy(message_timestamp=int((time.time() - 3600 + 1) * 1000)))
    worker = dramatiq.Worker(broker, worker_timeout=50)
    worker.start()
    try:
        # When a worker finds it must wait, and the other job ends only after the hour
        _wait_until(app, waiting_id, lambda job: job.step == WAITING_FOR_OTHER_JOBS)
        time.sleep(1.5)
        with app.app_context():
            db.session.get(Job, running_id).status = JobStatus.COMPLETED
            db.session.commit()
        broker.join("maps", fail_fast=True)
    finally:
        worker.stop()

    # Then it runs: it was waiting for its turn, not stuck
    with app.app_context():
        done = db.session.get(Job, waiting_id)
        assert (done.status, done.error) == (JobStatus.COMPLETED, None)
        db.engine.dispose()


def _wait_until(app, job_id: int, condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with app.app_context():
            if condition(db.session.get(Job, job_id)):
                return
        assert time.monotonic() < deadline, "the job never got there"
        time.sleep(0.05)


def test_a_job_waiting_for_its_users_other_jobs_is_not_counted_ahead_of_anyone(tmp_path):
    # Given Ada's job waiting for her running one, and Bob's job submitted after it
    app = make_app(tmp_path, JOBS_RUNNING_PER_USER=1)
    auth = AuthActions(app.test_client())
    auth.register()
    auth.logout()
    auth.register("bob@example.com")
    queued_job(app, "ada@example.com", status=JobStatus.RUNNING)
    adas_id = queued_job(app, "ada@example.com")
    with app.app_context():
        assert start_job(adas_id, total=lambda job: 2) is None
    bobs_id = queued_job(app, "bob@example.com")

    # When Bob's job page estimates his wait
    with app.app_context():
        estimate = queue_estimate(db.session.get(Job, bobs_id))

    # Then Ada's waiting job is not ahead of his
    assert estimate.ahead == 0
    with app.app_context():
        db.engine.dispose()
