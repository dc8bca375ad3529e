"""Nothing is lost and nothing is done twice when workers die and RabbitMQ restarts."""

import json
import os
import random
import signal
import subprocess
import time
import uuid

import pytest
import sqlalchemy as sa

from tests.conftest import job_id_from
from tests.fake_llm import GOOD_MAP, FakeLLM, Reply
from tests.faults.conftest import FIGURES
from tests.faults.services import start_rabbitmq, stop_rabbitmq
from tests.integration.conftest import consumer_count, start_worker
from tests.integration.queue_helpers import all_finished, jobs, owner, submit, wait_for
from tests.processes import stop
from webapp.extensions import db
from webapp.models import Activity, Job, Project, Story, Task, Wireframe

KILLS = 20


def requirements() -> str:
    return f"Customers must be able to order food and pay by card. Ref {uuid.uuid4()}."


#: A clean web wireframe answer: a 62-column box and the four sections.
DRAWING = "\n".join(
    ["```text", "┌" + "─" * 60 + "┐", *[f"│{row:<60}│" for row in ("Pay", "", "[ Pay now ]")]]
    + ["└" + "─" * 60 + "┘", "```"]
) + (
    "\n## Layout\nA card form.\n## UI elements\n- Pay button\n"
    "## Navigation\nBack to the basket.\n## Notes\nShows a declined card.\n"
)


def slow_answer(request: dict) -> Reply:
    """After 0.8 s, a valid map, or a valid wireframe when a drawing is asked for."""
    prompt = " ".join(str(message.get("content")) for message in request.get("messages", []))
    if "wireframe" in prompt.lower():
        return Reply(content=DRAWING, delay=0.8)
    return Reply(content=json.dumps(GOOD_MAP), delay=0.8)


@pytest.fixture(scope="module")
def slow_llm():
    """An LLM that takes 0.8 s to answer every call."""
    with FakeLLM() as server:
        server.replies = [slow_answer]
        yield server


def llm_env(server) -> dict:
    return {
        "LLM_BASE_URL": server.url,
        "LLM_MODEL": "fake-model",
        "AI_PROVIDER_PRIORITY": "custom",
        "AI_TIMEOUT_SECONDS": "5",
    }


def kill(process: subprocess.Popen) -> None:
    """SIGKILL the worker's whole process group: no shutdown, no acks."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def running_jobs(app) -> int:
    with app.app_context():
        return db.session.scalar(
            sa.select(sa.func.count()).select_from(Job).where(Job.status == "running")
        )


def wireframe_jobs(app, project_id: int, count: int, stories: int) -> list[int]:
    """Record and publish wireframe jobs for the first ``stories`` stories of a map."""
    from webapp.jobs.kinds import INTERACTIVE_PRIORITY
    from webapp.jobs.publishing import publish_job

    with app.app_context():
        story_ids = db.session.scalars(
            sa.select(Story.id)
            .join(Story.task)
            .join(Task.activity)
            .where(Activity.project_id == project_id)
            .order_by(Story.id)
            .limit(stories)
        ).all()
        ids = []
        for _ in range(count):
            job = Job(
                user_id=owner(app),
                kind="wireframes",
                source_project_id=project_id,
                options={"story_ids": story_ids, "style": "low-fidelity", "platform": "web"},
                priority=INTERACTIVE_PRIORITY,
            )
            db.session.add(job)
            publish_job(job)
            ids.append(job.id)
    return ids


def test_killed_workers_lose_no_job_and_do_nothing_twice(app, slow_llm, tmp_path):
    # Given a map to draw wireframes for, 40 map jobs and 2 three-story wireframe jobs queued
    env = llm_env(slow_llm)
    [first] = submit(app, requirements())
    worker = start_worker(tmp_path / "first.log", **env)
    wait_for(lambda: all_finished(app, [first]), "the first map")
    stop(worker, "the dramatiq worker")
    with app.app_context():
        project_id = db.session.scalar(sa.select(Project.id).where(Project.job_id == first))
    map_ids = [submit(app, requirements())[0] for _ in range(40)]
    drawing_ids = wireframe_jobs(app, project_id, count=2, stories=3)
    job_ids = map_ids + drawing_ids

    # When 20 workers in a row are SIGKILLed part-way through
    rng = random.Random(8)
    in_flight = 0
    for attempt in range(KILLS):
        worker = start_worker(tmp_path / f"worker-{attempt}.log", **env)
        time.sleep(rng.uniform(1.0, 2.5))
        in_flight += running_jobs(app) > 0
        kill(worker)
        wait_for(lambda: consumer_count("maps") == 0, "RabbitMQ notices the dead worker")

    # Then a last worker finishes everything
    worker = start_worker(tmp_path / "last.log", **env)
    try:
        wait_for(lambda: all_finished(app, job_ids), "every job ends", timeout=300)
    finally:
        stop(worker, "the dramatiq worker")

    finished = jobs(app, job_ids)
    with app.app_context():
        projects = db.session.scalars(
            sa.select(Project.job_id).where(Project.job_id.in_(map_ids))
        ).all()
        drawings = db.session.execute(
            sa.select(Wireframe.job_id, Wireframe.story_id).where(Wireframe.job_id.in_(drawing_ids))
        ).all()
    lost = sum(job.status != "completed" for job in finished)
    duplicates = (len(projects) - len(set(projects))) + (len(drawings) - len(set(drawings)))
    FIGURES["worker kills survived"] += KILLS
    FIGURES["kills with jobs in flight"] += in_flight
    FIGURES["jobs run"] += len(job_ids)
    FIGURES["jobs lost"] += lost
    FIGURES["duplicates"] += duplicates

    assert lost == 0, [
        (job.id, job.status, job.error) for job in finished if job.status != "completed"
    ]
    assert duplicates == 0
    assert sorted(projects) == sorted(map_ids)
    assert len(drawings) == 2 * 3
    assert in_flight >= KILLS // 2, f"only {in_flight} kills hit running jobs"
    notes = [job.note for job in finished if job.kind == "wireframes"]
    assert notes == ["3 of 3 succeeded."] * 2, notes


def test_two_hundred_queued_jobs_survive_a_rabbitmq_restart(app, tmp_path):
    # Given 200 map jobs waiting on RabbitMQ (durable queues, persistent messages)
    job_ids = submit(app, "Shoppers must be able to pay by card and track orders.", count=200)

    # When RabbitMQ restarts before any worker took them
    stop_rabbitmq()
    start_rabbitmq()
    FIGURES["broker restarts survived"] += 1

    # Then a worker completes all 200 once
    worker = start_worker(tmp_path / "worker.log")
    try:
        wait_for(lambda: all_finished(app, job_ids), "all 200 jobs end", timeout=240)
    finally:
        stop(worker, "the dramatiq worker")
    finished = jobs(app, job_ids)
    with app.app_context():
        projects = db.session.scalars(
            sa.select(Project.job_id).where(Project.job_id.in_(job_ids))
        ).all()
    lost = sum(job.status != "completed" for job in finished)
    FIGURES["jobs run"] += len(job_ids)
    FIGURES["jobs lost"] += lost
    FIGURES["duplicates"] += len(projects) - len(set(projects))
    assert lost == 0
    assert sorted(projects) == sorted(job_ids)


def test_a_submission_while_rabbitmq_is_down_is_published_by_the_sweep_when_it_returns(
    app, client, auth, tmp_path
):
    auth.register()
    # Given a worker sweeping every second, and RabbitMQ down when the user submits
    worker = start_worker(
        tmp_path / "worker.log", JOB_SWEEP_SECONDS="1", JOB_PUBLISH_GRACE_SECONDS="1"
    )
    stop_rabbitmq()
    try:
        response = auth.submit(requirements())

        # Then the submission is recorded and the page says it waits for the queue
        assert response.status_code == 303
        job_id = job_id_from(response)
        page = client.get(f"/jobs/{job_id}/status").get_data(as_text=True)
        assert "Waiting for the queue to come back" in page
    finally:
        start_rabbitmq()
    returned_at = time.monotonic()

    # And once RabbitMQ is back the sweep publishes it, once, and it completes
    try:
        wait_for(lambda: all_finished(app, [job_id]), "the job ends", timeout=90)
    finally:
        stop(worker, "the dramatiq worker")
    seconds = time.monotonic() - returned_at
    [job] = jobs(app, [job_id])
    with app.app_context():
        projects = db.session.scalar(
            sa.select(sa.func.count()).select_from(Project).where(Project.job_id == job_id)
        )
    FIGURES["broker restarts survived"] += 1
    FIGURES["outbox: s from RabbitMQ's return to a finished job"] = round(seconds, 1)
    assert job.status == "completed" and job.attempts == 1
    assert projects == 1
    assert seconds < 60
