"""AI on chosen stories: tick stories on the map, pick an action, follow the job, undo a story.

The worker is Dramatiq's in-process one; the LLM, when there is one, is the scripted
OpenAI-compatible server of tests/fake_llm.py, answering per story from its prompt.
"""

import json
import re

import dramatiq
import pytest
import sqlalchemy as sa

from generation.providers import Provider
from tests.clinic import save_clinic_map
from tests.conftest import FOOD_DELIVERY, AuthActions, job_id_from, make_app
from tests.fake_llm import FakeLLM, Reply, answer
from webapp.extensions import db
from webapp.improve.services import map_stories
from webapp.jobs.kinds import BULK_PRIORITY
from webapp.maps.editing import undo
from webapp.maps.services import remove_suggested_stories
from webapp.models import Job, JobKind, MapChange, Project, Story

HTMX = {"HX-Request": "true"}
STATUS_RESPONSE = re.compile(r'id="proposal-(\d+)"')

GOOD_CRITERIA = [
    "Given the menu lists 12 dishes, when I open it, then I see each dish with its price.",
    "Given the restaurant is closed, when I open its menu, then I see when it opens and "
    "cannot order.",
]


# -- the world -------------------------------------------------------------------------------


def make_map(app, auth) -> int:
    """Ada's map of FOOD_DELIVERY from the offline generator, its suggestions removed.

    Its five stories: Browse menus, Place order, Track courier, Accept delivery requests,
    Update menu.
    """
    auth.register()
    with app.app_context():
        project = save_clinic_map("ada@example.com", FOOD_DELIVERY)
        remove_suggested_stories(project)
        db.session.commit()
        return project.id


def stories(app, project_id: int) -> list[dict]:
    with app.app_context():
        return [
            {
                "id": s.id,
                "title": s.title,
                "description": s.description,
                "criteria": list(s.acceptance_criteria),
                "task_id": s.task_id,
                "release_id": s.release_id,
                "position": s.position,
                "sources": list(s.sources),
                "version": s.version,
            }
            for s in map_stories(project_id)
        ]


def without_versions(rows: list[dict]) -> list[dict]:
    return [{key: value for key, value in row.items() if key != "version"} for row in rows]


def action_options(html: str) -> list[tuple[str, bool, str]]:
    """The action menu's options: (value, disabled, label)."""
    return [
        (value, bool(disabled), label)
        for value, disabled, label in re.findall(
            r'<option value="([\w-]+)"( disabled)?[^>]*>([^<]*)</option>', html
        )
        if value not in ("low-fidelity", "high-fidelity", "component", "web", "mobile", "desktop")
    ]


def run_action(client, auth, project_id: int, action: str, story_ids: list[int], **headers):
    token = auth.token(f"/maps/{project_id}")
    return client.post(
        f"/maps/{project_id}/stories/improve",
        data={"story_ids": story_ids, "action": action, "csrf_token": token},
        headers=headers,
    )


def finished_job(app, broker, stub_worker, job_id: int) -> Job:
    broker.join("improvements", fail_fast=True)
    stub_worker.join()
    with app.app_context():
        job = db.session.get(Job, job_id)
        db.session.expunge(job)
        return job


def changes(app, project_id: int) -> list[MapChange]:
    with app.app_context():
        rows = db.session.scalars(
            sa.select(MapChange).where(MapChange.project_id == project_id).order_by(MapChange.id)
        ).all()
        for row in rows:
            db.session.expunge(row)
        return rows


def action_jobs(app) -> list[Job]:
    with app.app_context():
        return db.session.scalars(sa.select(Job).where(Job.kind == JobKind.IMPROVE)).all()


def undo_last(app, project_id: int) -> None:
    with app.app_context():
        project = db.session.get(Project, project_id)
        undo(project, project.user)
        db.session.commit()


def kept_proposal_job(app, project_id: int, story_ids: list[int]) -> int:
    """A finished "Add detail" job that kept a proposal for each story (changed by hand)."""
    with app.app_context():
        project = db.session.get(Project, project_id)
        results = []
        for story_id in story_ids:
            story = db.session.get(Story, story_id)
            story.edited_by_hand = True
            mine = {
                "title": story.title,
                "description": story.description,
                "acceptance_criteria": list(story.acceptance_criteria),
            }
            results.append(
                {
                    "story_id": story.id,
                    "title": story.title,
                    "status": "kept",
                    "by": "OpenAI (gpt-test)",
                    "changes": ["Rewrote the story line with detail from its sources."],
                    "mine": mine,
                    "proposal": {**mine, "description": mine["description"] + " In detail."},
                    "version": story.version,
                }
            )
        job = Job(
            user_id=project.user_id,
            kind=JobKind.IMPROVE,
            status="completed",
            source_project_id=project.id,
            options={"action": "add-detail", "story_ids": story_ids, "results": results},
            priority=BULK_PRIORITY,
        )
        db.session.add(job)
        db.session.commit()
        return job.id


# -- the scripted LLM ------------------------------------------------------------------------


def story_title(request: dict) -> str:
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    return re.search(r"^Story: (.*)$", user, re.M).group(1)


def per_story(replies: dict):
    """A responder answering each story (by its title in the prompt) as ``replies`` says."""

    def respond(request):
        reply = replies[story_title(request)]
        return reply if isinstance(reply, Reply) else answer(reply)

    return respond


@pytest.fixture
def fake_llm(app):
    with FakeLLM() as fake:
        app.config["LLM_PROVIDERS"] = [Provider("openai", fake.url, "gpt-test", "sk-test", 5)]
        yield fake


def new_story(title: str, goal: str) -> dict:
    return {
        "title": title,
        "description": f"As a customer, I want to {goal}, so that I get my food sooner.",
        "acceptanceCriteria": [
            f"Given I am signed in, when I {goal}, then I see it done.",
            f"Given the network fails, when I {goal}, then I see an error and nothing is lost.",
        ],
    }


# -- the map page ----------------------------------------------------------------------------


def test_the_map_page_offers_the_actions_and_says_which_need_a_provider(app, client, auth):
    project_id = make_map(app, auth)

    page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    # One selection: the cards' tick boxes belong to the form with both groups of controls
    assert 'form="wireframes-form"' in page and "> Choose</label>" in page
    form = re.search(r'<form id="wireframes-form".*?</form>', page, re.S).group(0)
    assert "Draw wireframes" in form and "AI on chosen stories" in form
    assert f'formaction="/maps/{project_id}/stories/improve"' in form
    # Without a provider, what needs one is disabled and said so
    assert action_options(form) == [
        ("add-detail", True, "Add detail (needs an AI provider)"),
        ("rewrite-criteria", False, "Rewrite acceptance criteria"),
        ("edge-cases", True, "Add edge cases as new stories (needs an AI provider)"),
        ("split", True, "Split into smaller stories (needs an AI provider)"),
        ("check-invest", False, "Check INVEST"),
    ]
    assert "No AI provider: only the offline actions run." in form


def test_with_a_provider_every_action_is_offered(app, client, auth, fake_llm):
    project_id = make_map(app, auth)

    page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    assert "needs an AI provider" not in page and "No AI provider" not in page
    form = re.search(r'<form id="wireframes-form".*?</form>', page, re.S).group(0)
    assert [disabled for _, disabled, _ in action_options(form)] == [False] * 5


# -- refused requests ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "action, count, status, message",
    [
        ("rewrite-criteria", 0, 400, "Tick at least one story for “Rewrite acceptance criteria”."),
        ("check-invest", 31, 400, "Tick at most 30 stories at a time (you ticked 31)."),
        ("make-it-pop", 2, 400, "Choose what the AI should do: one of “Add detail”"),
        ("add-detail", 2, 422, "“Add detail” needs an AI provider, and none is configured."),
        ("split", 1, 422, "“Split into smaller stories” needs an AI provider"),
    ],
    ids=["no story", "too many", "unknown action", "needs a provider", "split needs one"],
)
def test_a_refused_request_says_why_on_the_map_page_and_keeps_the_ticks(
    app, client, auth, broker, action, count, status, message
):
    project_id = make_map(app, auth)
    ids = [story["id"] for story in stories(app, project_id)]
    if count > len(ids):  # more ticks than stories: add stories to the map
        with app.app_context():
            first = db.session.get(Story, ids[0])
            for number in range(count - len(ids)):
                first.task.stories.append(
                    Story(
                        title=f"Story {number}",
                        description="As a customer, I want more, so that I have more.",
                        acceptance_criteria=[],
                        priority="MVP",
                        release=first.release,
                        position=len(first.task.stories),
                    )
                )
            db.session.commit()
        ids = [story["id"] for story in stories(app, project_id)]
    chosen = ids[:count]

    response = run_action(client, auth, project_id, action, chosen)

    assert response.status_code == status
    page = response.get_data(as_text=True)
    assert message in page
    assert 'id="story-map"' in page, "the whole map page comes back"
    for story_id in chosen:
        assert f'value="{story_id}" form="wireframes-form" checked' in page
    assert action_jobs(app) == []
    assert broker.queues.get("improvements") is None or broker.queues["improvements"].empty()


def test_another_users_stories_answer_404_and_nothing_changes(app, client, auth, broker):
    ada_map = make_map(app, auth)
    ada_ids = [story["id"] for story in stories(app, ada_map)]
    auth.logout()
    auth.register("bob@example.com")
    with app.app_context():
        bob_map = save_clinic_map("bob@example.com", FOOD_DELIVERY).id
    bob_ids = [story["id"] for story in stories(app, bob_map)]

    # Ada's story ids on Bob's map, and Bob's request on Ada's map
    mixed = run_action(client, auth, bob_map, "check-invest", [bob_ids[0], ada_ids[0]])
    theirs = run_action(client, auth, ada_map, "check-invest", ada_ids[:1])
    not_ids = run_action(client, auth, bob_map, "check-invest", ["one", "two"])

    assert (mixed.status_code, theirs.status_code, not_ids.status_code) == (404, 404, 400)
    assert action_jobs(app) == []


def test_over_the_generation_limit_the_map_page_comes_back_with_the_ticks_and_the_action(
    tmp_path,
):
    # Given a user allowed one generation a minute, who has used it
    app = make_app(tmp_path, RATELIMIT_ENABLED=True, RATE_LIMIT_GENERATION="1/minute")
    client = app.test_client()
    auth = AuthActions(client)
    project_id = make_map(app, auth)
    ids = [story["id"] for story in stories(app, project_id)][:2]
    assert run_action(client, auth, project_id, "check-invest", ids).status_code == 303

    # When they ask for another action on the same stories
    response = run_action(client, auth, project_id, "rewrite-criteria", ids)

    # Then the map page comes back, saying when to retry, with their choices kept
    assert response.status_code == 429
    assert response.headers["Retry-After"]
    page = response.get_data(as_text=True)
    assert "You have used 1 of your 1 generation credits in the last minute" in page
    assert '<option value="rewrite-criteria" selected title=' in page
    for story_id in ids:
        assert f'value="{story_id}" form="wireframes-form" checked' in page
    assert len(action_jobs(app)) == 1
    with app.app_context():
        db.engine.dispose()


# -- the job ---------------------------------------------------------------------------------


def test_the_job_is_recorded_then_queued_as_bulk_work_and_a_double_click_makes_one(
    app, client, auth, broker
):
    project_id = make_map(app, auth)
    ids = [story["id"] for story in stories(app, project_id)][:2]

    first = run_action(client, auth, project_id, "check-invest", ids)
    second = run_action(client, auth, project_id, "check-invest", ids)

    assert first.status_code == 303
    job_id = job_id_from(first)
    assert job_id_from(second) == job_id
    message = dramatiq.Message.decode(broker.queues["improvements"].get_nowait())
    assert (message.actor_name, message.args) == ("improve_stories", (job_id,))
    assert message.options["broker_priority"] == BULK_PRIORITY
    assert broker.queues["improvements"].empty()
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert (job.kind, job.status, job.priority) == ("improve", "queued", BULK_PRIORITY)
        assert job.options == {"action": "check-invest", "story_ids": ids, "results": []}
    page = client.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert "Check 2 stories against INVEST" in page
    assert "Check 2 stories against INVEST in Food delivery app" in client.get("/maps").get_data(
        as_text=True
    )
    # ... and the map's own "Improve stories" does not take it for a whole-map improvement
    assert "follow job #" not in client.get(f"/maps/{project_id}").get_data(as_text=True)


def test_rewriting_criteria_with_an_llm_is_one_change_per_story_and_undo_restores_one(
    app, client, auth, broker, stub_worker, fake_llm
):
    project_id = make_map(app, auth)
    before = stories(app, project_id)
    browse, update = before[0], before[4]
    fake_llm.replies = [
        per_story(
            {
                browse["title"]: {"acceptanceCriteria": GOOD_CRITERIA},
                update["title"]: {"acceptanceCriteria": GOOD_CRITERIA[::-1]},
            }
        )
    ]

    response = run_action(
        client, auth, project_id, "rewrite-criteria", [browse["id"], update["id"]]
    )
    job = finished_job(app, broker, stub_worker, job_id_from(response))

    assert job.status == "completed", job.error
    after = {story["id"]: story for story in stories(app, project_id)}
    assert after[browse["id"]]["criteria"] == GOOD_CRITERIA
    assert after[update["id"]]["criteria"] == GOOD_CRITERIA[::-1]
    assert after[browse["id"]]["description"] == browse["description"], "only the criteria"
    assert after[browse["id"]]["version"] == browse["version"] + 1
    # One request per story, naming the product, the story, its sources and its language
    assert len(fake_llm.requests) == 2
    system, user = fake_llm.requests[0]["messages"][:2]
    assert "Write every text in English" in system["content"]
    assert "Product: Food delivery app" in user["content"]
    assert f"Story: {browse['title']}" in user["content"]
    assert "- Customers must be able to browse menus and place an order." in user["content"]
    assert "Language: write in English." in user["content"]
    # Each story's change is its own undoable change in the history
    made = changes(app, project_id)
    assert [change.summary for change in made] == [
        f"Rewrote the acceptance criteria of “{browse['title']}”",
        f"Rewrote the acceptance criteria of “{update['title']}”",
    ]
    assert {change.kind for change in made} == {"improve"}
    history = client.get(f"/maps/{project_id}/history").get_data(as_text=True)
    assert history.count("Rewrote the acceptance criteria of") == 2
    undo_last(app, project_id)
    restored = {story["id"]: story for story in stories(app, project_id)}
    assert restored[update["id"]]["criteria"] == update["criteria"]
    assert restored[browse["id"]]["criteria"] == GOOD_CRITERIA, "the other story keeps its change"
    # The job page names the action and lists what changed
    fragment = client.get(f"/jobs/{job.id}/status", headers=HTMX).get_data(as_text=True)
    assert "Rewrote the acceptance criteria of 2 stories." in fragment
    assert "Answered by OpenAI (gpt-test)." in fragment
    assert fragment.count("Replaced the 2 acceptance criteria with 2 in Given/When/Then") == 2


def test_adding_detail_rewrites_the_story_line_and_criteria(
    app, client, auth, broker, stub_worker, fake_llm
):
    project_id = make_map(app, auth)
    track = stories(app, project_id)[2]
    detailed = (
        "As a customer, I want to track the courier on a map, so that I know when to be at "
        "the door. The map shows the courier's position every 30 seconds."
    )
    fake_llm.replies = [answer({"description": detailed, "acceptanceCriteria": GOOD_CRITERIA})]

    job = finished_job(
        app,
        broker,
        stub_worker,
        job_id_from(run_action(client, auth, project_id, "add-detail", [track["id"]])),
    )

    assert job.status == "completed", job.error
    after = stories(app, project_id)[2]
    assert (after["description"], after["criteria"]) == (detailed, GOOD_CRITERIA)
    assert [c.summary for c in changes(app, project_id)] == [f"Added detail to “{track['title']}”"]
    undo_last(app, project_id)
    again = stories(app, project_id)[2]
    assert (again["description"], again["criteria"]) == (track["description"], track["criteria"])


def test_edge_cases_become_new_stories_after_the_story_in_its_task_and_release(
    app, client, auth, broker, stub_worker, fake_llm
):
    project_id = make_map(app, auth)
    browse = stories(app, project_id)[0]
    fake_llm.replies = [
        answer(
            {
                "stories": [
                    new_story("Browse a closed restaurant's menu", "see a closed menu"),
                    new_story("Browse a menu with no photos", "browse menus without photos"),
                ]
            }
        )
    ]

    response = run_action(client, auth, project_id, "edge-cases", [browse["id"]])
    job = finished_job(app, broker, stub_worker, job_id_from(response))

    assert job.status == "completed", job.error
    in_task = [s for s in stories(app, project_id) if s["task_id"] == browse["task_id"]]
    assert [s["title"] for s in in_task] == [
        browse["title"],
        "Browse a closed restaurant's menu",
        "Browse a menu with no photos",
    ]
    assert [s["position"] for s in in_task] == [0, 1, 2]
    assert {s["release_id"] for s in in_task} == {browse["release_id"]}
    assert in_task[0]["description"] == browse["description"], "the story itself stays"
    (change,) = changes(app, project_id)
    assert change.summary == f"Added 2 edge-case stories after “{browse['title']}”"
    fragment = client.get(f"/jobs/{job.id}").get_data(as_text=True)
    assert f'href="/maps/{project_id}#story-{in_task[1]["id"]}"' in fragment
    undo_last(app, project_id)
    assert [s["id"] for s in stories(app, project_id) if s["task_id"] == browse["task_id"]] == [
        browse["id"]
    ]


def test_a_split_takes_the_storys_place_with_its_sources_and_undo_brings_it_back(
    app, client, auth, broker, stub_worker, fake_llm
):
    project_id = make_map(app, auth)
    before = stories(app, project_id)
    place = before[1]  # "Place order", alone in its task
    fake_llm.replies = [
        answer(
            {
                "stories": [
                    new_story("Review the order", "review the order"),
                    new_story("Confirm the order", "confirm the order"),
                    new_story("See the order confirmed", "see the order confirmed"),
                ]
            }
        )
    ]

    response = run_action(client, auth, project_id, "split", [place["id"]])
    job = finished_job(app, broker, stub_worker, job_id_from(response))

    assert job.status == "completed", job.error
    in_task = [s for s in stories(app, project_id) if s["task_id"] == place["task_id"]]
    assert [s["title"] for s in in_task] == [
        "Review the order",
        "Confirm the order",
        "See the order confirmed",
    ]
    assert all(s["sources"] == place["sources"] for s in in_task)
    assert {s["release_id"] for s in in_task} == {place["release_id"]}
    with app.app_context():
        assert db.session.get(Story, place["id"]) is None
    (change,) = changes(app, project_id)
    assert change.summary == f"Split “{place['title']}” into 3 stories"
    undo_last(app, project_id)
    # The story is back in its place, as it was (a recreated row gets a new version)
    assert without_versions(stories(app, project_id)) == without_versions(before)


def test_checking_invest_with_an_llm_shows_each_letter_and_changes_nothing(
    app, client, auth, broker, stub_worker, fake_llm
):
    project_id = make_map(app, auth)
    before = stories(app, project_id)
    verdicts = {
        name: {"verdict": "pass", "reason": f"{name} is fine for this story."}
        for name in ("independent", "negotiable", "valuable", "estimable", "small")
    }
    verdicts["Testable"] = {"verdict": "FAIL", "reason": "The happy path says only 'it works'."}
    fake_llm.replies = [answer(verdicts)]

    response = run_action(client, auth, project_id, "check-invest", [before[1]["id"]])
    job = finished_job(app, broker, stub_worker, job_id_from(response))

    assert job.status == "completed", job.error
    assert stories(app, project_id) == before and changes(app, project_id) == []
    (result,) = job.options["results"]
    assert [(c["letter"], c["verdict"]) for c in result["invest"]] == [
        ("I", "pass"),
        ("N", "pass"),
        ("V", "pass"),
        ("E", "pass"),
        ("S", "pass"),
        ("T", "doubt"),
    ]
    page = client.get(f"/jobs/{job.id}").get_data(as_text=True)
    assert f'<table class="invest" id="invest-{before[1]["id"]}">' in page
    assert "The happy path says only &#39;it works&#39;." in page
    assert "Checked 1 of 1 story against INVEST: 0 pass on every letter, 1 has doubts." in page


# -- offline ---------------------------------------------------------------------------------


def test_offline_the_criteria_are_rewritten_by_the_offline_improver(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth)
    with app.app_context():
        story = map_stories(project_id)[0]
        story.acceptance_criteria = ["Menus load quickly."]
        db.session.commit()
    browse, place = stories(app, project_id)[:2]

    response = run_action(client, auth, project_id, "rewrite-criteria", [browse["id"], place["id"]])
    job = finished_job(app, broker, stub_worker, job_id_from(response))

    assert job.status == "completed", job.error
    after = stories(app, project_id)
    assert after[0]["criteria"][0].startswith("Given ")
    assert after[0]["criteria"][0].endswith("then menus load quickly.")
    assert len(after[0]["criteria"]) >= 2
    assert after[0]["description"] == browse["description"]
    assert after[1] == place, "a story that meets the bar is left alone"
    assert [c.summary for c in changes(app, project_id)] == [
        f"Rewrote the acceptance criteria of “{browse['title']}”"
    ]
    page = client.get(f"/jobs/{job.id}").get_data(as_text=True)
    assert "Done offline: no AI provider is configured." in page
    assert "Put criterion 1 in Given/When/Then form." in page
    assert "Needed no change" in page and "The criteria already meet the bar" in page


def test_offline_invest_is_a_heuristic_check_per_letter(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth)
    with app.app_context():
        story = map_stories(project_id)[3]
        story.description = "As a courier, I want to accept delivery requests and chat."
        db.session.commit()
    story = stories(app, project_id)[3]

    response = run_action(client, auth, project_id, "check-invest", [story["id"]])
    job = finished_job(app, broker, stub_worker, job_id_from(response))

    assert job.status == "completed", job.error
    (result,) = job.options["results"]
    verdicts = {check["letter"]: check for check in result["invest"]}
    assert [check["letter"] for check in result["invest"]] == list("INVEST")
    assert verdicts["V"]["verdict"] == "doubt" and '"so that"' in verdicts["V"]["reason"]
    assert verdicts["S"]["verdict"] == "doubt" and "“and”" in verdicts["S"]["reason"]
    assert verdicts["T"]["verdict"] == "pass"
    assert result["by"] == "Offline (no AI provider)"
    page = client.get(f"/jobs/{job.id}").get_data(as_text=True)
    assert "Checked offline, from the story's words and the quality report" in page


def test_an_action_needing_a_provider_fails_the_job_if_the_worker_has_none(
    app, client, auth, broker, stub_worker, fake_llm
):
    project_id = make_map(app, auth)
    story = stories(app, project_id)[0]
    response = run_action(client, auth, project_id, "split", [story["id"]])
    app.config["LLM_PROVIDERS"] = []  # as if the workers were set up without one

    job = finished_job(app, broker, stub_worker, job_id_from(response))

    assert job.status == "failed"
    assert job.error == (
        "Split into smaller stories needs an AI provider, and none is configured for the workers."
    )
    assert stories(app, project_id)[0] == story


# -- stories changed by hand -----------------------------------------------------------------


def test_a_story_changed_by_hand_is_proposed_side_by_side_then_used_as_one_change(
    app, client, auth, broker, stub_worker, fake_llm
):
    project_id = make_map(app, auth)
    with app.app_context():
        story = map_stories(project_id)[0]
        story.edited_by_hand = True
        db.session.commit()
    browse, place = stories(app, project_id)[:2]
    fake_llm.replies = [answer({"acceptanceCriteria": GOOD_CRITERIA})]

    response = run_action(client, auth, project_id, "rewrite-criteria", [browse["id"], place["id"]])
    job = finished_job(app, broker, stub_worker, job_id_from(response))

    # The story changed by hand is as it was; the other one changed
    assert job.status == "completed", job.error
    assert stories(app, project_id)[0] == browse
    assert stories(app, project_id)[1]["criteria"] == GOOD_CRITERIA
    assert "1 changed by hand kept its words" in job.note
    page = client.get(f"/jobs/{job.id}").get_data(as_text=True)
    opening = f'<article class="proposal proposal-kept" id="proposal-{browse["id"]}"'
    item = re.search(re.escape(opening) + ".*?</article>", page, re.S).group(0)
    assert "<h5>Your text</h5>" in item and "<h5>Proposed</h5>" in item
    assert browse["criteria"][0] in item and GOOD_CRITERIA[1] in item
    assert f'name="version" value="{browse["version"]}"' in item
    assert "Use the proposal" in item and "Keep mine" in item

    # When the person uses the proposal (htmx swaps the item)
    token = auth.token(f"/jobs/{job.id}")
    used = client.post(
        f"/jobs/{job.id}/stories/{browse['id']}/proposal",
        data={"version": browse["version"], "csrf_token": token},
        headers=HTMX,
    )

    assert used.status_code == 200
    assert "Used the proposal for “Browse menus”" in used.get_data(as_text=True)
    assert 'class="proposal proposal-used"' in used.get_data(as_text=True)
    assert stories(app, project_id)[0]["criteria"] == GOOD_CRITERIA
    assert [c.summary for c in changes(app, project_id)] == [
        f"Rewrote the acceptance criteria of “{place['title']}”",
        f"Rewrote the acceptance criteria of “{browse['title']}”",
    ]
    # Using it again is refused: it was used already
    again = client.post(
        f"/jobs/{job.id}/stories/{browse['id']}/proposal",
        data={"version": browse["version"] + 1, "csrf_token": token},
        headers=HTMX,
    )
    assert again.status_code == 409
    assert "The proposal was used already." in again.get_data(as_text=True)
    undo_last(app, project_id)
    assert stories(app, project_id)[0]["criteria"] == browse["criteria"]


def test_a_proposal_for_a_story_edited_since_is_a_conflict_shown_clearly(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth)
    browse = stories(app, project_id)[0]
    job_id = kept_proposal_job(app, project_id, [browse["id"]])
    token = auth.token(f"/jobs/{job_id}")
    # The person edits the story again after the job ran
    edited = client.post(
        f"/stories/{browse['id']}",
        data={
            "title": browse["title"],
            "description": "As a customer, I want to browse menus by cuisine, so that I choose.",
            "acceptance_criteria": "\n".join(browse["criteria"]),
            "version": browse["version"],
            "csrf_token": token,
        },
    )
    assert edited.status_code == 303

    # When they use the proposal from the page they had
    response = client.post(
        f"/jobs/{job_id}/stories/{browse['id']}/proposal",
        data={"version": browse["version"], "csrf_token": token},
    )

    # Then nothing is overwritten: the job page says so and shows their text as it is now
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "The story changed after this proposal was made" in page
    assert "browse menus by cuisine" in page
    current = stories(app, project_id)[0]
    assert current["description"].startswith("As a customer, I want to browse menus by cuisine")
    assert f'name="version" value="{current["version"]}"' in page
    # With htmx the item itself answers 409, with the same words
    stale = client.post(
        f"/jobs/{job_id}/stories/{browse['id']}/proposal",
        data={"version": browse["version"], "csrf_token": token},
        headers=HTMX,
    )
    assert stale.status_code == 409
    assert "The story changed after this proposal was made" in stale.get_data(as_text=True)
    # Pressed again on the current version, the proposal is used
    used = client.post(
        f"/jobs/{job_id}/stories/{browse['id']}/proposal",
        data={"version": current["version"], "csrf_token": token},
    )
    assert used.status_code == 303
    assert stories(app, project_id)[0]["description"].endswith("In detail.")


def test_keep_mine_leaves_the_story_and_sets_the_proposal_aside(app, client, auth):
    project_id = make_map(app, auth)
    browse = stories(app, project_id)[0]
    job_id = kept_proposal_job(app, project_id, [browse["id"]])
    token = auth.token(f"/jobs/{job_id}")

    response = client.post(
        f"/jobs/{job_id}/stories/{browse['id']}/keep", data={"csrf_token": token}, headers=HTMX
    )

    assert response.status_code == 200
    fragment = response.get_data(as_text=True)
    assert "Kept your words for “Browse menus”." in fragment
    assert "You kept your words; the proposal was set aside." in fragment
    assert stories(app, project_id)[0] == browse and changes(app, project_id) == []
    with app.app_context():
        (result,) = db.session.get(Job, job_id).options["results"]
        assert result["status"] == "declined"


def test_proposals_of_another_users_job_are_not_found(app, client, auth):
    project_id = make_map(app, auth)
    browse = stories(app, project_id)[0]
    job_id = kept_proposal_job(app, project_id, [browse["id"]])
    auth.logout()
    auth.register("bob@example.com")
    token = auth.token("/maps")

    use = client.post(
        f"/jobs/{job_id}/stories/{browse['id']}/proposal",
        data={"version": browse["version"], "csrf_token": token},
    )
    keep = client.post(f"/jobs/{job_id}/stories/{browse['id']}/keep", data={"csrf_token": token})
    no_such = client.post(f"/jobs/{job_id}/stories/999999/keep", data={"csrf_token": token})

    assert (use.status_code, keep.status_code, no_such.status_code) == (404, 404, 404)
    assert stories(app, project_id)[0]["description"] == browse["description"]


# -- failures --------------------------------------------------------------------------------


def test_a_bad_answer_for_one_story_does_not_stop_the_others(
    app, client, auth, broker, stub_worker, fake_llm
):
    project_id = make_map(app, auth)
    browse, place, track = stories(app, project_id)[:3]
    fake_llm.replies = [
        per_story(
            {
                browse["title"]: {"acceptanceCriteria": GOOD_CRITERIA},
                # No unhappy path, asked to repair, and again none: the story fails
                place["title"]: {
                    "acceptanceCriteria": ["Given a cart, when I pay, then I pay."] * 2
                },
                track["title"]: {"acceptanceCriteria": GOOD_CRITERIA[::-1]},
            }
        )
    ]

    response = run_action(
        client, auth, project_id, "rewrite-criteria", [browse["id"], place["id"], track["id"]]
    )
    job = finished_job(app, broker, stub_worker, job_id_from(response))

    assert job.status == "completed", job.error
    after = stories(app, project_id)
    assert after[0]["criteria"] == GOOD_CRITERIA and after[2]["criteria"] == GOOD_CRITERIA[::-1]
    assert after[1] == place
    assert len(fake_llm.requests) == 4, "one request each, and one repair for the bad one"
    assert "no criterion covers an unhappy path" in fake_llm.user_messages(2)[-1]
    statuses = [result["status"] for result in job.options["results"]]
    assert statuses == ["changed", "failed", "changed"]
    assert "1 failed: see below." in job.note
    page = client.get(f"/jobs/{job.id}").get_data(as_text=True)
    assert "What failed" in page and "even after one repair" in page


def test_when_every_story_fails_the_job_fails_and_the_map_is_unchanged(
    app, client, auth, broker, stub_worker, fake_llm
):
    project_id = make_map(app, auth)
    before = stories(app, project_id)
    fake_llm.replies = [answer("I would rather not.")]

    response = run_action(client, auth, project_id, "split", [before[0]["id"], before[1]["id"]])
    job = finished_job(app, broker, stub_worker, job_id_from(response))

    assert job.status == "failed"
    assert job.error.startswith("No story could be done: ")
    assert stories(app, project_id) == before


def test_a_provider_down_is_retried_and_the_stories_done_are_not_asked_again(
    app, client, auth, broker, stub_worker, fake_llm
):
    project_id = make_map(app, auth)
    browse, place = stories(app, project_id)[:2]
    calls = {"place": 0}

    def respond(request):
        if story_title(request) == place["title"]:
            calls["place"] += 1
            if calls["place"] == 1:
                return Reply(503, body="{}")
        return answer({"acceptanceCriteria": GOOD_CRITERIA})

    fake_llm.replies = [respond]

    response = run_action(client, auth, project_id, "rewrite-criteria", [browse["id"], place["id"]])
    job = finished_job(app, broker, stub_worker, job_id_from(response))

    assert job.status == "completed", job.error
    assert job.attempts == 2
    titles = [story_title(request) for request in fake_llm.requests]
    assert titles.count(browse["title"]) == 1, "the story done before the outage is not redone"
    assert [c.summary for c in changes(app, project_id)] == [
        f"Rewrote the acceptance criteria of “{browse['title']}”",
        f"Rewrote the acceptance criteria of “{place['title']}”",
    ]


def test_a_story_deleted_before_its_turn_is_skipped_with_a_note(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth)
    browse, place = stories(app, project_id)[:2]
    response = run_action(client, auth, project_id, "check-invest", [browse["id"], place["id"]])
    with app.app_context():
        db.session.delete(db.session.get(Story, place["id"]))
        db.session.commit()

    job = finished_job(app, broker, stub_worker, job_id_from(response))

    assert job.status == "completed", job.error
    assert [r["status"] for r in job.options["results"]] == ["checked", "skipped"]
    assert "1 deleted meanwhile was skipped." in job.note
    assert "deleted from the map while the job ran" in client.get(f"/jobs/{job.id}").get_data(
        as_text=True
    )


# -- the map's "Improve stories" -------------------------------------------------------------


def test_improving_the_whole_map_records_one_change_per_story_and_keeps_hand_edits(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth)
    with app.app_context():
        first, second, third = map_stories(project_id)[:3]
        first.description = "As a customer, I want to browse menus."
        second.acceptance_criteria = second.acceptance_criteria[:1]
        third.acceptance_criteria = third.acceptance_criteria[:1]
        third.edited_by_hand = True
        db.session.commit()
    before = stories(app, project_id)
    token = auth.token(f"/maps/{project_id}")

    response = client.post(f"/maps/{project_id}/improve", data={"csrf_token": token})
    job = finished_job(app, broker, stub_worker, job_id_from(response))

    assert job.status == "completed", job.error
    assert [c.summary for c in changes(app, project_id)] == [
        f"Improved “{before[0]['title']}”",
        f"Improved “{before[1]['title']}”",
    ]
    assert stories(app, project_id)[2] == before[2], "the story edited by hand keeps its words"
    assert job.note == (
        "Improved 2 of 5 stories; 2 already met the bar. 1 story changed by hand kept its "
        "words: the improvement is on the job page, for you to use or not."
    )
    page = client.get(f"/jobs/{job.id}").get_data(as_text=True)
    assert f'id="proposal-{before[2]["id"]}"' in page and "Use the proposal" in page
    undo_last(app, project_id)
    after_undo = without_versions(stories(app, project_id))
    assert after_undo[1] == without_versions(before)[1]
    assert after_undo[0]["description"] != before[0]["description"], "one story per undo"


def test_the_job_page_reads_well_as_json_free_html(app, client, auth, broker, stub_worker):
    """No result leaks as raw JSON or Python reprs onto the page."""
    project_id = make_map(app, auth)
    ids = [story["id"] for story in stories(app, project_id)]
    job = finished_job(
        app,
        broker,
        stub_worker,
        job_id_from(run_action(client, auth, project_id, "check-invest", ids)),
    )

    page = client.get(f"/jobs/{job.id}").get_data(as_text=True)

    assert job.status == "completed"
    assert len(STATUS_RESPONSE.findall(page)) == 0
    assert page.count('<table class="invest"') == len(ids)
    for raw in ("{&#39;", "[&#39;", json.dumps(job.options["results"][0])[:20]):
        assert raw not in page
