"""Untrusted text renders inert everywhere it is shown or exported.

Requirements come from users; map, enhancement and wireframe text from an LLM (which repeats
what the requirements say, so from users too). Each carries <script>, raw HTML, an attribute
break-out, Jinja syntax and a javascript: Markdown link. (tests/web/test_wireframes.py and
test_exports.py hold the narrower cases that came first.)
"""

import csv
import html
import io
import json
import re

import pytest
import sqlalchemy as sa
from markdown_it import MarkdownIt
from markupsafe import escape

from generation.providers import Provider
from tests.conftest import job_id_from
from tests.fake_llm import FakeLLM, Reply, answer
from webapp.extensions import db
from webapp.models import Job, Project, Story, Wireframe

SCRIPT = '<script>alert("xss")</script>'
IMG = "<img src=x onerror=alert(1)>"
JINJA = "{{ 7*7 }} {{ 1234*1111 }}"
LINK = "[x](javascript:alert(1))"
QUOTE = '" onmouseover="alert(1)'
EVIL = " ".join([SCRIPT, IMG, JINJA, LINK, QUOTE])
FORMULA = '=HYPERLINK("http://evil.example")'

REQUIREMENTS = f"Customers must be able to order food. Staff review {EVIL} before it is sent."


def evil_map() -> dict:
    story = {
        "title": f"{FORMULA} {SCRIPT}",
        "description": f"As a customer, I want {EVIL}, so that {IMG} works.",
        "priority": "MVP",
        "acceptanceCriteria": [
            f"Given {SCRIPT}, when I continue, then I see {JINJA}.",
            f"Given {LINK} fails, when I retry, then I see {QUOTE}.",
        ],
    }
    return {
        "productName": f"Bitebox {SCRIPT} {JINJA}",
        "map": [
            {
                "activity": f"Order {IMG}",
                "tasks": [{"taskTitle": f"Pay {LINK}", "stories": [story]}],
            }
        ],
    }


def evil_enhancement() -> dict:
    return {
        "enhancedText": f"Customers order food. {EVIL}",
        "addedAspects": [f"Aspect {EVIL}"],
        "openQuestions": [f"Question {EVIL}?"],
        "confidence": 0.9,
    }


def evil_wireframe() -> str:
    rows = [" " + piece for piece in (SCRIPT, IMG, JINJA, LINK, QUOTE)]
    inner = 78
    drawing = ["┌" + "─" * inner + "┐", *[f"│{row:<{inner}}│" for row in rows]]
    drawing.append("└" + "─" * inner + "┘")
    sections = "".join(
        f"## {name}\n{EVIL}\n\n- {LINK}\n- <b>bold</b> [ok](https://example.com)\n"
        for name in ("Layout", "UI elements", "Navigation", "Notes")
    )
    return "```text\n" + "\n".join(drawing) + "\n```\n" + sections


def assert_inert(html: str, where: str) -> None:
    """No markup, script link or template expression of the payloads survives in ``html``."""
    assert re.search(r"<script[^>]*>\s*alert", html) is None, where
    assert "<img src=x" not in html, where
    assert "<b>bold</b>" not in html, where
    assert re.search(r"href=\"\s*javascript:", html, re.I) is None, where
    assert '" onmouseover="alert' not in html, where
    assert "1370974" not in html, f"{where}: a Jinja expression was evaluated"


@pytest.fixture
def fake_llm(app):
    with FakeLLM() as fake:
        app.config["LLM_PROVIDERS"] = [Provider("openai", fake.url, "gpt-test", "sk-test", 5)]
        yield fake


@pytest.fixture
def evil(app, client, auth, broker, stub_worker, fake_llm):
    """A map, its enhancement and a wireframe made from the payloads; their ids."""
    fake_llm.replies = [answer(evil_enhancement()), answer(evil_map())]
    auth.register()
    map_job = job_id_from(auth.submit(REQUIREMENTS, enhance=True))
    broker.join("maps", fail_fast=True)
    with app.app_context():
        project = db.session.scalar(sa.select(Project.id).where(Project.job_id == map_job))
        story = db.session.scalar(sa.select(Story.id))
    assert project is not None, "the payloads did not make a map"

    fake_llm.replies = [answer(evil_wireframe())]
    token = auth.token(f"/maps/{project}")
    form = {"story_ids": story, "style": "high-fidelity", "platform": "web", "csrf_token": token}
    wireframe_job = job_id_from(client.post(f"/maps/{project}/wireframes", data=form))
    broker.join("wireframes", fail_fast=True)
    stub_worker.join()
    with app.app_context():
        wireframe = db.session.scalar(sa.select(Wireframe))
        assert wireframe.status == "done", wireframe.error
        assert SCRIPT in wireframe.ascii and LINK in wireframe.layout
    return {
        "project": project,
        "map_job": map_job,
        "wireframe_job": wireframe_job,
        "id": wireframe.id,
    }


def test_the_payloads_reach_the_pages_as_text(app, client, evil):
    page = client.get(f"/maps/{evil['project']}").get_data(as_text=True)

    # Every field is there, escaped: nothing was dropped to be safe
    assert "Bitebox &lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt; {{ 7*7 }}" in page
    assert "Order &lt;img src=x onerror=alert(1)&gt;" in page
    assert "Pay [x](javascript:alert(1))" in page
    assert "&#34; onmouseover=&#34;alert(1)" in page
    assert page.count("&lt;script&gt;") >= 6  # name, title, story, criteria, requirements, ...
    assert "Aspect &lt;script&gt;" in page and "Question &lt;script&gt;" in page


@pytest.mark.parametrize(
    "path",
    [
        "/maps",
        "/maps/{project}",
        "/jobs/{map_job}",
        "/jobs/{map_job}/status",
        "/jobs/{wireframe_job}",
        "/jobs/{wireframe_job}/status",
        "/maps/new?from_job={map_job}",
    ],
)
def test_pages_and_fragments_render_the_payloads_inert(app, client, evil, path):
    response = client.get(path.format(**evil))

    assert response.status_code == 200
    assert_inert(response.get_data(as_text=True), path)


def test_wireframe_sections_keep_safe_markdown_and_drop_the_rest(app, client, evil):
    page = client.get(f"/jobs/{evil['wireframe_job']}").get_data(as_text=True)

    assert '<a href="https://example.com">ok</a>' in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "[x](javascript:alert(1))" in page  # left as text, not a link
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in page  # in the <pre> drawing


def test_exports_keep_the_text_exact_and_inert(app, client, evil):
    project = evil["project"]
    json_export = client.get(f"/maps/{project}/export.json")
    markdown = client.get(f"/maps/{project}/export.md")
    csv_export = client.get(f"/maps/{project}/export.csv")

    # JSON: the data exactly as made, served as an attachment that no browser sniffs as HTML
    data = json.loads(json_export.get_data(as_text=True))
    assert data["productName"] == f"Bitebox {SCRIPT} {JINJA}"
    story = data["map"][0]["tasks"][0]["stories"][0]
    assert story["title"] == f"{FORMULA} {SCRIPT}"
    for response in (json_export, markdown, csv_export):
        assert response.headers["Content-Disposition"].startswith("attachment;")
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert json_export.mimetype == "application/json"
    # Markdown: renders without markup or script links
    rendered = MarkdownIt("commonmark", {"html": False}).render(markdown.get_data(as_text=True))
    assert_inert(rendered, "export.md")
    assert "javascript:" not in rendered.split("href=")[-1][:12]
    # CSV: no cell a spreadsheet would run as a formula
    rows = list(csv.reader(io.StringIO(csv_export.get_data(as_text=True))))
    assert any(cell.startswith(f"'{FORMULA}") for cell in rows[1])
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows[1:] for cell in row)


@pytest.mark.parametrize("extension", ["txt", "md"])
def test_wireframe_downloads_are_inert_attachments(app, client, evil, extension):
    response = client.get(f"/wireframes/{evil['id']}.{extension}")

    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.mimetype == {"txt": "text/plain", "md": "text/markdown"}[extension]
    text = response.get_data(as_text=True)
    assert SCRIPT in text  # the file is the drawing, byte for byte
    rendered = MarkdownIt("commonmark", {"html": False}).render(text)
    assert_inert(rendered, f"wireframe.{extension}")


def test_an_llm_error_message_and_the_kept_requirements_render_inert(
    app, client, auth, broker, stub_worker, fake_llm, runner
):
    # Given a provider that refuses the request with the payloads in its error message
    fake_llm.replies = [Reply(422, body=json.dumps({"error": {"message": EVIL}}))]
    auth.register()
    job_id = job_id_from(auth.submit(REQUIREMENTS))
    broker.join("maps", fail_fast=False)
    stub_worker.join()
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert job.status == "failed"
        assert "alert" in job.error

    # Then the job page, with its error and the "Try again" form holding the text, is inert
    page = client.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert_inert(page, "failed job page")
    assert "&lt;script&gt;" in page
    hidden = re.search(r'<input type="hidden" name="requirements" value="([^"]*)">', page)
    assert hidden and "&#34; onmouseover=&#34;alert(1)" in hidden.group(1)

    # And so is the operations page, where admins read errors
    assert runner.invoke(args=["users", "make-admin", "ada@example.com"]).exit_code == 0
    assert_inert(client.get("/admin/").get_data(as_text=True), "admin page")


def test_attributes_on_the_map_page_never_carry_the_text(app, client, evil):
    """Ids, anchors and actions come from numbers; a rename field holds its name as text."""
    page = client.get(f"/maps/{evil['project']}").get_data(as_text=True)

    attributes = re.findall(r'(?:id|value|href|for|form|action)="([^"]*)"', page)
    assert len(attributes) > 20
    for attribute in attributes:
        assert "<" not in attribute and ">" not in attribute, attribute
        if "alert(" in attribute:  # a rename field's value holds the name, as text only
            assert escape(html.unescape(attribute)) == attribute and ":" not in attribute[:12]
