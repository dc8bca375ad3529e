"""Suggested stories on the map page: marked as not in the text, removed with one click."""

import json

import sqlalchemy as sa

from generation.schemas import StoryMapDraft
from tests.conftest import job_id_from
from webapp.extensions import db
from webapp.models import Project

IDEA = (
    "A food delivery app where customers order from nearby restaurants, couriers deliver "
    "and restaurants manage menus."
)
MARK = "suggested, not in your text"


def make_map(app, auth, broker, text=IDEA) -> int:
    auth.register()
    job_id = job_id_from(auth.submit(text))
    broker.join("maps", fail_fast=True)
    with app.app_context():
        return db.session.scalar(sa.select(Project.id).where(Project.job_id == job_id))


def saved(app, project_id) -> list[tuple[str, bool]]:
    with app.app_context():
        project = db.session.get(Project, project_id)
        return [
            (story.title, story.suggested)
            for activity in project.activities
            for task in activity.tasks
            for story in task.stories
        ]


def test_the_map_marks_each_suggested_story_and_offers_to_remove_them(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    stories = saved(app, project_id)
    suggested = [title for title, flag in stories if flag]
    assert len(stories) >= 10 and suggested and len(suggested) < len(stories)

    page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    assert page.count('class="suggested-mark" title=') == len(suggested)
    assert page.count(MARK) >= len(suggested)
    assert "Remove suggested stories" in page
    assert f'action="/maps/{project_id}/suggested/delete"' in page
    assert f"{len(suggested)} of the stories are suggested" in page  # the quality report


def test_removing_suggested_stories_keeps_every_stated_story(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    stated = [title for title, flag in saved(app, project_id) if not flag]

    token = auth.token(f"/maps/{project_id}")
    response = client.post(f"/maps/{project_id}/suggested/delete", data={"csrf_token": token})

    assert response.status_code == 303
    assert saved(app, project_id) == [(title, False) for title in stated]
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert "Removed " in page and "suggested stor" in page
    assert MARK not in page and "Remove suggested stories" not in page
    with app.app_context():
        project = db.session.get(Project, project_id)
        assert all(task.stories for activity in project.activities for task in activity.tasks)
        assert all(activity.tasks for activity in project.activities)


def test_removing_without_the_csrf_token_changes_nothing(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)
    before = saved(app, project_id)

    response = client.post(f"/maps/{project_id}/suggested/delete")

    assert response.status_code == 400
    assert saved(app, project_id) == before


def test_exports_carry_the_flag(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)
    flags = [flag for _, flag in saved(app, project_id)]

    data = client.get(f"/maps/{project_id}/export.json").json
    stories = [s for a in data["map"] for t in a["tasks"] for s in t["stories"]]
    markdown = client.get(f"/maps/{project_id}/export.md").get_data(as_text=True)
    csv_text = client.get(f"/maps/{project_id}/export.csv").get_data(as_text=True)

    assert [story["suggested"] for story in stories] == flags
    assert data["qualityReport"]["suggestedCount"] == sum(flags)
    assert markdown.count(f"_({MARK})_") == sum(flags)
    assert csv_text.count("(Suggested, not in your text.)") == sum(flags)


def test_a_map_exported_before_the_flag_existed_still_loads():
    old = {
        "productName": "Food delivery",
        "map": [
            {
                "activity": "Order food",
                "tasks": [
                    {
                        "taskTitle": "Place an order",
                        "stories": [
                            {
                                "title": "Place an order",
                                "description": "As a customer, I want to place an order, "
                                "so that dinner comes to me.",
                                "priority": "MVP",
                                "acceptanceCriteria": ["Given ..., when ..., then ..."],
                                "sources": ["Customers order food."],
                            }
                        ],
                    }
                ],
            }
        ],
    }

    draft = StoryMapDraft.model_validate_json(json.dumps(old))

    assert [story.suggested for story in draft.stories] == [False]
    again = draft.model_dump(by_alias=True)
    story = again["map"][0]["tasks"][0]["stories"][0]
    assert set(story) == {
        "title", "description", "priority", "acceptanceCriteria", "sources", "suggested",
        "writtenByHand",
    }  # fmt: skip
    assert story["writtenByHand"] is False
