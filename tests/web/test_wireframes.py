"""Wireframes from the map page: pick stories, follow the job, read and download the drawings."""

import re

import pytest
import sqlalchemy as sa
from wcwidth import wcswidth

from tests.conftest import FOOD_DELIVERY, job_id_from, redeliver, statements_for
from webapp.extensions import db
from webapp.models import Job, Project, Story, Wireframe

HTMX = {"HX-Request": "true"}


@pytest.fixture
def project_id(app, auth, broker, stub_worker):
    auth.register()
    job_id = job_id_from(auth.submit(FOOD_DELIVERY))
    broker.join("maps", fail_fast=True)
    with app.app_context():
        return db.session.scalar(sa.select(Project.id).where(Project.job_id == job_id))


def story_ids(app, project_id) -> list[int]:
    with app.app_context():
        project = db.session.get(Project, project_id)
        return [s.id for a in project.activities for t in a.tasks for s in t.stories]


def start(client, auth, project_id, ids, style="high-fidelity", platform="web"):
    token = auth.token(f"/maps/{project_id}")
    return client.post(
        f"/maps/{project_id}/wireframes",
        data={"story_ids": ids, "style": style, "platform": platform, "csrf_token": token},
    )


def jobs_of_kind(app, kind="wireframes") -> int:
    with app.app_context():
        return db.session.scalar(
            sa.select(sa.func.count()).select_from(Job).where(Job.kind == kind)
        )


def test_the_map_page_has_the_wireframe_form_and_a_checkbox_per_story(app, client, project_id):
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    assert f'action="/maps/{project_id}/wireframes"' in page
    assert page.count('name="story_ids"') == len(story_ids(app, project_id))
    assert 'name="style"' in page and 'name="platform"' in page
    assert "Select the first 10" in page


@pytest.mark.parametrize("platform", ["web", "mobile", "desktop"])
def test_a_wireframe_job_draws_each_story_and_shows_them_when_done(
    app, client, auth, broker, project_id, platform
):
    ids = story_ids(app, project_id)[:3]

    response = start(client, auth, project_id, ids, platform=platform)

    assert response.status_code == 303
    job_id = job_id_from(response)
    broker.join("wireframes", fail_fast=True)
    fragment = client.get(f"/jobs/{job_id}/status", headers=HTMX).get_data(as_text=True)
    assert "Completed" in fragment
    assert "3 of 3 succeeded." in fragment
    assert "hx-trigger" not in fragment
    assert fragment.count('<pre id="drawing-') == 3
    for heading in ("Layout", "UI elements", "Navigation", "Notes"):
        assert f"<h4>{heading}</h4>" in fragment
    with app.app_context():
        wireframes = db.session.scalars(sa.select(Wireframe).order_by(Wireframe.position)).all()
        assert [w.story_id for w in wireframes] == ids
        for wireframe in wireframes:
            widths = {wcswidth(line) for line in wireframe.ascii.splitlines()}
            assert len(widths) == 1
            assert (30 <= widths.pop() <= 48) if platform == "mobile" else True


def test_finished_wireframes_are_listed_on_the_map_and_download_as_txt_and_md(
    app, client, auth, broker, project_id
):
    ids = story_ids(app, project_id)[:1]
    start(client, auth, project_id, ids)
    broker.join("wireframes", fail_fast=True)
    with app.app_context():
        wireframe = db.session.scalar(sa.select(Wireframe))

    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert f'href="/wireframes/{wireframe.id}.txt"' in page

    text = client.get(f"/wireframes/{wireframe.id}.txt")
    assert text.headers["Content-Disposition"].startswith("attachment;")
    assert text.get_data(as_text=True) == wireframe.ascii + "\n"
    markdown = client.get(f"/wireframes/{wireframe.id}.md").get_data(as_text=True)
    assert "```" in markdown and "## Layout" in markdown and "## Notes" in markdown


@pytest.mark.parametrize(
    ("count", "message"),
    [(0, "Tick at least one story"), (11, "Tick at most 10 stories at a time (you ticked 11)")],
)
def test_no_story_or_more_than_ten_gets_a_clear_message_and_no_job(
    app, client, auth, project_id, count, message
):
    ids = (story_ids(app, project_id) * 11)[:count]
    if count == 11:  # the sample map has fewer stories; add some to reach eleven
        with app.app_context():
            template = db.session.get(Story, ids[0])
            extra = [
                Story(
                    task_id=template.task_id,
                    release_id=template.release_id,
                    position=100 + n,
                    title=f"Extra {n}",
                    description=template.description,
                    priority="MVP",
                )
                for n in range(11)
            ]
            db.session.add_all(extra)
            db.session.commit()
            ids = [s.id for s in extra]

    response = start(client, auth, project_id, ids)

    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert jobs_of_kind(app) == 0


def test_another_users_story_ids_answer_404_and_make_no_job(app, client, auth, broker, project_id):
    ada_stories = story_ids(app, project_id)
    auth.logout()
    auth.register("bob@example.com")
    bob_job = job_id_from(auth.submit(FOOD_DELIVERY))
    broker.join("maps", fail_fast=True)
    with app.app_context():
        bob_project = db.session.scalar(sa.select(Project.id).where(Project.job_id == bob_job))
    bob_stories = story_ids(app, bob_project)

    # Ada's stories on Bob's map, and Bob's stories on Ada's map
    assert start(client, auth, bob_project, ada_stories[:1]).status_code == 404
    assert start(client, auth, bob_project, [bob_stories[0], ada_stories[0]]).status_code == 404
    assert start(client, auth, project_id, bob_stories[:1]).status_code == 404
    assert jobs_of_kind(app) == 0


def test_one_failing_story_does_not_fail_the_others(
    app, client, auth, broker, project_id, monkeypatch
):
    import generation

    ids = story_ids(app, project_id)[:3]
    real = generation.render_wireframe

    def flaky(story, **options):
        if story.title == stories_by_id[ids[1]]:
            raise ValueError("the drawing exploded")
        return real(story, **options)

    with app.app_context():
        stories_by_id = {s: db.session.get(Story, s).title for s in ids}
    monkeypatch.setattr("tasks.wireframes.render_wireframe", flaky)

    job_id = job_id_from(start(client, auth, project_id, ids))
    broker.join("wireframes", fail_fast=True)

    fragment = client.get(f"/jobs/{job_id}/status").get_data(as_text=True)
    assert "2 of 3 succeeded." in fragment
    assert "This wireframe failed" in fragment
    assert fragment.count('<pre id="drawing-') == 2
    with app.app_context():
        assert db.session.get(Job, job_id).status == "completed"


def test_a_redelivered_message_continues_without_redrawing_finished_stories(
    app, client, auth, broker, project_id, monkeypatch
):

    ids = story_ids(app, project_id)[:2]
    job_id = job_id_from(start(client, auth, project_id, ids))
    broker.join("wireframes", fail_fast=True)
    with app.app_context():
        job = db.session.get(Job, job_id)
        first = {w.story_id: w.id for w in job.wireframes}
        # As if the worker died after saving story 1 and before finishing the job:
        db.session.delete(job.wireframes[1])
        job.status = "running"
        db.session.commit()

    redeliver(app, job_id)
    broker.join("wireframes", fail_fast=True)

    with app.app_context():
        job = db.session.get(Job, job_id)
        assert job.status == "completed"
        assert [w.story_id for w in job.wireframes] == ids
        assert job.wireframes[0].id == first[ids[0]], "story 1 was not drawn again"


def test_markup_in_a_story_title_renders_as_text(app, client, auth, broker, project_id):
    ids = story_ids(app, project_id)[:1]
    with app.app_context():
        db.session.get(Story, ids[0]).title = '<script>alert("x")</script> Pay'
        db.session.commit()

    job_id = job_id_from(start(client, auth, project_id, ids))
    broker.join("wireframes", fail_fast=True)

    for page in (client.get(f"/jobs/{job_id}"), client.get(f"/maps/{project_id}")):
        html = page.get_data(as_text=True)
        assert '<script>alert("x")</script>' not in html
        assert "&lt;script&gt;" in html
    assert re.search(r"<script[^>]*>alert", html) is None


def test_markup_and_script_links_in_generated_sections_render_inert(
    app, client, auth, broker, project_id
):
    ids = story_ids(app, project_id)[:1]
    job_id = job_id_from(start(client, auth, project_id, ids))
    broker.join("wireframes", fail_fast=True)
    with app.app_context():
        wireframe = db.session.scalar(sa.select(Wireframe))
        # As an LLM might answer: raw HTML, a javascript: link and template syntax
        wireframe.layout = '<img src=x onerror="alert(1)"> [click](javascript:alert(1)) {{ 7*7 }}'
        db.session.commit()

    html = client.get(f"/jobs/{job_id}").get_data(as_text=True)

    assert "<img src=x" not in html
    assert 'href="javascript:' not in html
    assert "&lt;img src=x" in html
    assert "{{ 7*7 }}" in html and "49" not in html.split("Layout")[1][:400]


def test_polling_a_wireframe_job_costs_the_same_queries_for_one_or_many_drawings(
    app, client, auth, broker, project_id
):
    def queries_for(count: int) -> int:
        job_id = job_id_from(start(client, auth, project_id, story_ids(app, project_id)[:count]))
        broker.join("wireframes", fail_fast=True)
        return len(statements_for(app, client, f"/jobs/{job_id}/status", **HTMX))

    assert queries_for(1) == queries_for(4)


def test_a_poll_sends_only_the_drawings_the_page_does_not_have(
    app, client, auth, broker, project_id
):
    job_id = job_id_from(start(client, auth, project_id, story_ids(app, project_id)[:3]))
    broker.join("wireframes", fail_fast=True)
    with app.app_context():  # seen mid-way: the page still polls
        db.session.get(Job, job_id).status = "running"
        db.session.commit()
    page = client.get(f"/jobs/{job_id}").get_data(as_text=True)
    drawn = [int(i) for i in re.findall(r'class="card wireframe" id="wireframe-(\d+)"', page)]
    next_poll = re.search(r'hx-get="([^"]+)"', page).group(1).replace("&amp;", "&")

    full = client.get(f"/jobs/{job_id}/status", headers=HTMX)
    shown_two = client.get(
        f"/jobs/{job_id}/status?shown={drawn[0]},{drawn[1]}", headers=HTMX
    ).get_data(as_text=True)
    shown_all = client.get(next_poll, headers=HTMX)
    garbage = client.get(f"/jobs/{job_id}/status?shown=x,%F0%9F%98%80,-2,,99999999999999999999")

    assert len(drawn) == 3
    assert next_poll == f"/jobs/{job_id}/status?shown={','.join(map(str, drawn))}"
    assert full.get_data(as_text=True).count('<pre id="drawing-') == 3
    assert shown_two.count('<pre id="drawing-') == 1
    assert f'<pre id="drawing-{drawn[2]}"' in shown_two
    for wireframe_id in drawn[:2]:
        assert f'id="wireframe-{wireframe_id}" hx-preserve></article>' in shown_two
    assert shown_all.get_data(as_text=True).count('<pre id="drawing-') == 0
    assert len(shown_all.data) * 10 < len(full.data)
    assert garbage.status_code == 200
    assert garbage.get_data(as_text=True).count('<pre id="drawing-') == 3
