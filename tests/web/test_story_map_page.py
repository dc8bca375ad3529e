"""The story map page and "My maps": what the user sees once a map is made."""

import re

import sqlalchemy as sa

from generation import generate_map
from generation.stories import Drafted
from tests.conftest import FOOD_DELIVERY, job_id_from
from tests.unit.good_maps import CLINIC_EN, clinic_map_en
from webapp.extensions import db
from webapp.models import Project


def make_map(app, auth, broker, text=FOOD_DELIVERY) -> int:
    job_id = job_id_from(auth.submit(text))
    broker.join("maps", fail_fast=True)
    with app.app_context():
        return db.session.scalar(sa.select(Project.id).where(Project.job_id == job_id))


def test_the_map_page_shows_activities_tasks_releases_and_story_cards(
    app, client, auth, broker, stub_worker
):
    auth.register()
    expected = generate_map(FOOD_DELIVERY).draft

    project_id = make_map(app, auth, broker)
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    # The product name, the generator and the counts head the page
    assert expected.product_name in page
    assert "offline generator" in page
    count = len(expected.stories)
    assert f"{count} {'story' if count == 1 else 'stories'}" in page
    # Activities head the columns in order, then their tasks
    headers = re.findall(
        r'<th class="activity"[^>]*>.*?class="structure-title">([^<]+)<', page, re.S
    )
    assert headers == [activity.title for activity in expected.activities]
    tasks = re.findall(r'<th class="task"[^>]*>.*?class="structure-title">([^<]+)<', page, re.S)
    assert tasks == [task.title for activity in expected.activities for task in activity.tasks]
    # The releases are the rows, in order
    release_names = r'<th scope="row" class="release-name">.*?class="structure-title">([^<]+)<'
    assert re.findall(release_names, page, re.S) == [
        "MVP",
        "Release 1",
        "Later",
    ]
    # Each story is a card with its story line and collapsible criteria
    for story in expected.stories:
        assert story.title in page
        assert "so that" in story.description
    assert page.count('<article class="story') == len(expected.stories)
    assert "<details>" in page and "acceptance criteria</summary>" in page
    # And the requirements text is there to compare against
    assert "Restaurant staff must be able to update the menu." in page


def test_my_maps_lists_maps_and_recent_jobs(app, client, auth, broker, stub_worker):
    auth.register()
    empty = client.get("/maps").get_data(as_text=True)
    assert "No maps yet." in empty

    project_id = make_map(app, auth, broker)
    page = client.get("/maps").get_data(as_text=True)

    assert f'href="/maps/{project_id}"' in page
    assert "completed" in page
    assert "No maps yet." not in page


def test_another_users_map_job_and_status_answer_404(app, client, auth, broker, stub_worker):
    # Given Ada made a map
    auth.register("ada@example.com")
    job_id = job_id_from(auth.submit())
    broker.join("maps", fail_fast=True)
    with app.app_context():
        project_id = db.session.scalar(sa.select(Project.id).where(Project.job_id == job_id))
    auth.logout()

    # When Bob asks for Ada's pages
    auth.register("bob@example.com")
    paths = [
        f"/maps/{project_id}",
        f"/jobs/{job_id}",
        f"/jobs/{job_id}/status",
        f"/maps/new?from_job={job_id}",
    ]

    # Then each answers 404, as if it did not exist, and his list shows none of it
    for path in paths:
        assert client.get(path).status_code == 404, path
    assert client.get(f"/jobs/{job_id}/status", headers={"HX-Request": "true"}).status_code == 404
    listing = client.get("/maps").get_data(as_text=True)
    assert f"/maps/{project_id}" not in listing
    assert f"/jobs/{job_id}" not in listing


def test_edit_and_resubmit_fills_the_form_with_the_jobs_text(client, auth):
    auth.register()
    job_id = job_id_from(auth.submit())

    page = client.get(f"/maps/new?from_job={job_id}").get_data(as_text=True)

    assert "Restaurant staff must be able to update the menu." in page


def test_a_missing_map_answers_404_with_a_readable_page(client, auth):
    auth.register()

    response = client.get("/maps/424242")

    assert response.status_code == 404
    assert "not yours to see" in response.get_data(as_text=True)


def test_the_map_page_shows_the_quality_report_with_findings_linked_to_stories(
    app, client, auth, broker, stub_worker
):
    auth.register()
    text = FOOD_DELIVERY + " Admins could export weekly sales reports."
    project_id = make_map(app, auth, broker, text)
    # Given one story lost its "so that" and one requirement sentence lost its story
    with app.app_context():
        project = db.session.get(Project, project_id)
        stories = [s for a in project.activities for t in a.tasks for s in t.stories]
        weak, dropped = stories[0], next(s for s in stories if "sales" in s.description)
        weak.description = "As a customer, I want to browse menus."
        db.session.delete(dropped)
        db.session.commit()
        weak_id = weak.id

    page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    assert "Quality report" in page
    assert f'<a href="#story-{weak_id}">' in page
    assert "has no &#34;so that&#34; benefit" in page or "has no &quot;so that&quot;" in page
    assert "requirement sentence no story restates" in page
    assert "Admins could export weekly sales reports." in page


def test_a_good_map_says_it_meets_the_bar(app, client, auth, broker, stub_worker, monkeypatch):
    # Given the generator makes the map a product manager would write by hand
    monkeypatch.setattr("generation.draft_map", lambda text: Drafted(clinic_map_en()))
    auth.register()
    project_id = make_map(app, auth, broker, CLINIC_EN)

    page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    assert "Meets the story-map bar: 10 of 10 stories pass every check" in page
    assert 'class="problems"' not in page


def test_a_templated_map_is_told_below_the_bar_with_its_worst_problem_first(
    app, client, auth, broker, stub_worker, monkeypatch
):
    # Given a map whose stories all end with one benefit and share their criteria
    def templated(text):
        draft = clinic_map_en()
        for activity in draft.activities:
            for task in activity.tasks:
                for story in task.stories:
                    story.description = (
                        story.description.split(", so that")[0]
                        + ", so that I can get this done without extra effort."
                    )
        return Drafted(draft)

    monkeypatch.setattr("generation.draft_map", templated)
    auth.register()
    project_id = make_map(app, auth, broker, CLINIC_EN)

    page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    # Then the report does not say it meets the bar, and lists its problems with their stories
    assert "Meets the story-map bar" not in page
    assert "Below the story-map bar: 10 of 10 stories share one benefit" in page
    problems = re.search(r'<ol class="problems">(.*?)</ol>', page, re.S).group(1)
    assert "10 of 10 stories share one benefit" in problems
    assert len(re.findall(r'<a href="#story-\d+">', problems)) == 10
