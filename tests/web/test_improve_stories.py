"""Improving a map's stories: the button, the bulk job on its own queue, the outcome."""

import dramatiq
import sqlalchemy as sa

from generation.quality import FORM_RULES
from tasks.maps import generate_map
from tests.conftest import FOOD_DELIVERY, job_id_from, redeliver
from webapp.extensions import db
from webapp.improve.services import map_stories
from webapp.jobs.kinds import BULK_PRIORITY
from webapp.maps.services import quality_report, remove_suggested_stories
from webapp.models import Job, JobKind, Project

HTMX = {"HX-Request": "true"}


def make_map(app, auth, broker, *, worker: bool = True) -> int:
    """Register, submit FOOD_DELIVERY and return the id of its map of stated stories."""
    auth.register()
    job_id = job_id_from(auth.submit(FOOD_DELIVERY))
    if worker:
        broker.join("maps", fail_fast=True)
    else:  # made in this thread, so that no worker takes the improvement's message
        with app.app_context():
            generate_map.fn(job_id)
    with app.app_context():
        project = db.session.scalar(sa.select(Project).where(Project.job_id == job_id))
        # The stories FOOD_DELIVERY states, without the ones suggested for a short idea.
        remove_suggested_stories(project)
        db.session.commit()
        return project.id


def miss_the_bar(app, project_id: int, first: int = 0) -> None:
    """Make stories 1-4 of the map miss the bar the way an LLM's might (from ``first`` on).

    1: no "so that"; 2: one criterion; 3: no unhappy path and a criterion in plain words;
    4: the title of story 1. Story 5 keeps meeting the bar.
    """
    with app.app_context():
        stories = map_stories(project_id)
        if first <= 0:
            stories[0].description = "As a customer, I want to browse menus."
        if first <= 1:
            stories[1].acceptance_criteria = stories[1].acceptance_criteria[:1]
        if first <= 2:
            stories[2].acceptance_criteria = [
                stories[2].acceptance_criteria[0],
                "Orders show an estimated delivery time.",
            ]
        if first <= 3:
            stories[3].title = stories[0].title
        db.session.commit()


def story_findings(app, project_id: int) -> list[str]:
    with app.app_context():
        project = db.session.get(Project, project_id)
        findings = quality_report(project).findings
        # The improver mends a story's form; what stories say is the report's other half.
        return [f.rule for f in findings if f.story is not None and f.rule in FORM_RULES]


def snapshot(app, project_id: int) -> list[tuple]:
    with app.app_context():
        return [
            (s.id, s.title, s.description, tuple(s.acceptance_criteria))
            for s in map_stories(project_id)
        ]


def improve(client, auth, project_id: int):
    token = auth.token(f"/maps/{project_id}")
    return client.post(f"/maps/{project_id}/improve", data={"csrf_token": token})


def improve_jobs(app) -> list[Job]:
    with app.app_context():
        return db.session.scalars(sa.select(Job).where(Job.kind == JobKind.IMPROVE)).all()


def test_improving_a_map_fixes_its_story_findings_and_keeps_the_users_text(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    miss_the_bar(app, project_id)
    before = snapshot(app, project_id)
    assert sorted(story_findings(app, project_id)) == sorted(
        ["so-that", "criteria-count", "unhappy-path", "criteria-form", "unhappy-path"]
        + ["duplicate-title", "duplicate-title"]
    )
    assert "Improve stories" in client.get(f"/maps/{project_id}").get_data(as_text=True)

    response = improve(client, auth, project_id)

    assert response.status_code == 303
    job_id = job_id_from(response)
    broker.join("improvements", fail_fast=True)
    assert story_findings(app, project_id) == []
    after = snapshot(app, project_id)
    # The user's words, then the benefit the English writer gives browsing menus
    assert after[0][2].startswith("As a customer, I want to browse menus, so that ")
    assert after[1][3][0] == before[1][3][0] and len(after[1][3]) == 2
    assert "then orders show an estimated delivery time." in after[2][3][1]
    assert after[3][1].startswith("Browse menus (") and after[3][1] != after[0][1]
    assert after[4:] == before[4:], "stories that met the bar are untouched"
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert (job.status, job.kind, job.source_project_id) == ("completed", "improve", project_id)
        assert job.note == "Improved 4 of 5 stories; 1 already met the bar."


def test_the_job_page_lists_what_changed_and_links_back_to_the_map(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    miss_the_bar(app, project_id)

    job_id = job_id_from(improve(client, auth, project_id))
    broker.join("improvements", fail_fast=True)
    response = client.get(f"/jobs/{job_id}/status", headers=HTMX)

    fragment = response.get_data(as_text=True)
    assert "HX-Redirect" not in response.headers
    assert "Completed" in fragment and "hx-trigger" not in fragment
    assert "Improved 4 of 5 stories; 1 already met the bar." in fragment
    assert f'href="/maps/{project_id}"' in fragment
    assert "Added the benefit &#34;so that " in fragment
    assert "Added an unhappy-path criterion." in fragment
    assert "Put criterion 2 in Given/When/Then form." in fragment
    assert "Renamed from &#34;Browse menus&#34;: an earlier story has the same title." in fragment
    # The map page says so too, and has nothing left to improve
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert "Last improvement: Improved 4 of 5 stories" in page
    assert f'href="/jobs/{job_id}"' in page
    assert "Improve stories" not in page
    # ... and the list of recent jobs names it
    assert "Improve the stories of Food delivery app" in client.get("/maps").get_data(as_text=True)


def test_a_running_improvement_shows_which_story_it_is_on(app, client, auth, broker):
    project_id = make_map(app, auth, broker, worker=False)
    miss_the_bar(app, project_id)
    job_id = job_id_from(improve(client, auth, project_id))
    with app.app_context():
        job = db.session.get(Job, job_id)
        job.status, job.step = "running", "story 2"
        job.progress_current, job.progress_total = 1, 6
        db.session.commit()

    fragment = client.get(f"/jobs/{job_id}/status", headers=HTMX).get_data(as_text=True)

    assert "Improving story 2 of 6…" in fragment
    assert '<progress max="6" value="1">' in fragment
    assert 'hx-trigger="every 1s"' in fragment
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert f"follow job #{job_id}" in page and "Improve stories" not in page


def test_the_message_goes_to_the_improvements_queue_with_bulk_priority(app, client, auth, broker):
    project_id = make_map(app, auth, broker, worker=False)
    miss_the_bar(app, project_id)

    job_id = job_id_from(improve(client, auth, project_id))

    message = dramatiq.Message.decode(broker.queues["improvements"].get_nowait())
    assert message.queue_name == "improvements"
    assert message.actor_name == "improve_stories"
    assert message.args == (job_id,)
    assert message.options["broker_priority"] == BULK_PRIORITY == 2
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert (job.kind, job.status, job.priority) == ("improve", "queued", BULK_PRIORITY)
        assert job.message_id == message.message_id


def test_pressing_the_button_again_while_a_job_waits_makes_no_second_job(app, client, auth, broker):
    project_id = make_map(app, auth, broker, worker=False)
    miss_the_bar(app, project_id)

    first = job_id_from(improve(client, auth, project_id))
    second = job_id_from(improve(client, auth, project_id))

    assert first == second
    assert len(improve_jobs(app)) == 1


def test_another_users_map_answers_404_and_makes_no_job(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)
    miss_the_bar(app, project_id)
    auth.logout()
    auth.register("bob@example.com")
    token = auth.token("/maps")

    response = client.post(f"/maps/{project_id}/improve", data={"csrf_token": token})

    assert response.status_code == 404
    assert improve_jobs(app) == []


def test_without_the_csrf_token_nothing_is_queued(app, client, auth, broker):
    project_id = make_map(app, auth, broker, worker=False)

    response = client.post(f"/maps/{project_id}/improve")

    assert response.status_code == 400
    assert improve_jobs(app) == []


def test_a_message_redelivered_midway_continues_and_improves_nothing_twice(
    app, client, auth, broker, stub_worker, monkeypatch
):
    import tasks.improve

    project_id = make_map(app, auth, broker)
    miss_the_bar(app, project_id)
    job_id = job_id_from(improve(client, auth, project_id))
    broker.join("improvements", fail_fast=True)
    finished = snapshot(app, project_id)
    with app.app_context():
        job = db.session.get(Job, job_id)
        note, results = job.note, job.options["results"]
        # As if the worker died after saving story 2, before its ack: stories 3 and 4 are as
        # they were, the job is running and knows of stories 1 and 2 only.
        job.status, job.finished_at, job.note = "running", None, None
        job.options = {"results": results[:2]}
        db.session.commit()
    miss_the_bar(app, project_id, first=2)
    improved = []
    real = tasks.improve.improve_map_story

    def spy(job, stories, index):
        improved.append(stories[index].id)
        return real(job, stories, index)

    monkeypatch.setattr("tasks.improve.improve_map_story", spy)

    redeliver(app, job_id)
    broker.join("improvements", fail_fast=True)

    assert improved == [story[0] for story in finished[2:]], "stories 1 and 2 were skipped"
    assert snapshot(app, project_id) == finished
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert job.status == "completed"
        assert job.note == note
        assert job.options["results"] == results


def test_a_redelivered_message_of_a_finished_job_changes_nothing(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    miss_the_bar(app, project_id)
    job_id = job_id_from(improve(client, auth, project_id))
    broker.join("improvements", fail_fast=True)
    finished = snapshot(app, project_id)

    redeliver(app, job_id)
    broker.join("improvements", fail_fast=True)

    assert snapshot(app, project_id) == finished
    with app.app_context():
        assert len(db.session.get(Job, job_id).options["results"]) == len(finished)


def test_a_transient_failure_is_retried_from_the_story_it_stopped_at(
    app, client, auth, broker, stub_worker, monkeypatch
):
    import tasks.improve

    project_id = make_map(app, auth, broker)
    miss_the_bar(app, project_id)
    calls = []
    real = tasks.improve.improve_map_story

    def flaky(job, stories, index):
        calls.append(stories[index].id)
        if len(calls) == 3:
            raise sa.exc.OperationalError("UPDATE stories", {}, Exception("database is locked"))
        return real(job, stories, index)

    monkeypatch.setattr("tasks.improve.improve_map_story", flaky)

    job_id = job_id_from(improve(client, auth, project_id))
    broker.join("improvements", fail_fast=False)
    stub_worker.join()

    ids = [story[0] for story in snapshot(app, project_id)]
    assert calls == ids[:3] + ids[2:], "the retry starts again at story 3"
    assert story_findings(app, project_id) == []
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert (job.status, job.attempts) == ("completed", 2)
        assert job.note == "Improved 4 of 5 stories; 1 already met the bar."
