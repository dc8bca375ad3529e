"""Exports: the map leaves the app as JSON, Markdown and a CSV that Jira imports."""

import csv
import io
from urllib.parse import quote, unquote

import sqlalchemy as sa
from markdown_it import MarkdownIt

from generation.schemas import StoryMapDraft
from tests.conftest import job_id_from
from webapp.extensions import db
from webapp.models import Project

TRICKY = (
    "A team chat app for remote teams.\n"
    '- Users must be able to post a message with commas, "quotes" and\n'
    "  a second line.\n"
    "- Admins should be able to remove <script>alert(1)</script> messages.\n"
    "- Users could pin =SUM(A1:A2) messages to a channel.\n"
)


def make_map(app, auth, broker, text=TRICKY) -> int:
    auth.register()
    job_id = job_id_from(auth.submit(text))
    broker.join("maps", fail_fast=True)
    with app.app_context():
        return db.session.scalar(sa.select(Project.id).where(Project.job_id == job_id))


def saved_stories(app, project_id):
    with app.app_context():
        project = db.session.get(Project, project_id)
        return [
            (story.title, story.description, story.release.name, story.acceptance_criteria)
            for activity in project.activities
            for task in activity.tasks
            for story in task.stories
        ]


def test_json_export_validates_against_the_generation_schema(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)

    response = client.get(f"/maps/{project_id}/export.json")

    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    data = response.json
    draft = StoryMapDraft.model_validate(data)
    assert [(s.title, s.description, s.priority, s.acceptance_criteria) for s in draft.stories] == (
        saved_stories(app, project_id)
    )
    first_story = data["map"][0]["tasks"][0]["stories"][0]
    assert set(first_story) >= {"title", "description", "priority", "acceptanceCriteria", "sources"}
    assert first_story["sources"]
    assert set(data) == {"productName", "map", "generator", "releases", "qualityReport"}
    assert data["releases"] == ["MVP", "Release 1", "Later"]
    assert first_story["release"] == first_story["priority"]
    report = data["qualityReport"]
    assert report["storyCount"] == len(draft.stories)
    assert {"summary", "coverage", "uncoveredSentences", "findings"} <= set(report)
    # The report judges content: its verdict and its problems, worst first, with their stories
    assert report["meetsTheBar"] is (not report["problems"] and not report["findings"])
    assert report["summary"].startswith(
        "Meets the story-map bar" if report["meetsTheBar"] else "Below the story-map bar: "
    )
    assert report["language"] == "en"
    if report["problems"]:
        worst = report["problems"][0]
        assert set(worst) >= {"rule", "headline", "stories"}
        assert worst["headline"] in report["summary"]
    for problem in report["problems"]:
        for activity, task, story in problem["stories"]:
            assert data["map"][activity]["tasks"][task]["stories"][story]


def test_csv_export_parses_back_to_the_same_stories(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)

    response = client.get(f"/maps/{project_id}/export.csv")

    assert response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header == [
        "Summary", "Issue Type", "Description", "Priority", "Labels", "Labels", "Fix Version"
    ]  # fmt: skip
    stories = saved_stories(app, project_id)
    assert len(body) == len(stories)
    for row, (title, description, release, criteria) in zip(body, stories, strict=True):
        assert row[0].removeprefix("'") == title
        assert row[1] == "Story"
        assert row[2].startswith(description)
        assert all(criterion in row[2] for criterion in criteria)
        assert row[6] == release
        assert " " not in row[4] and " " not in row[5]
    # A cell that would start a spreadsheet formula is defused.
    assert not any(cell.startswith(("=", "+", "@")) for row in body for cell in row)


def test_markdown_export_renders_with_headings_and_inert_html(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)

    text = client.get(f"/maps/{project_id}/export.md").get_data(as_text=True)
    html = MarkdownIt("commonmark", {"html": False}).render(text)

    assert "<h1>" in html and "<h2>MVP</h2>" in html and "<h3>" in html and "<h4>" in html
    assert "<script>" not in html
    for title, *_ in saved_stories(app, project_id):
        assert " ".join(title.split()).replace("<", "&lt;").replace(">", "&gt;") in text


def test_exports_of_another_users_map_answer_404(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)
    auth.logout()
    auth.register("bob@example.com")

    for extension in ("json", "md", "csv"):
        assert client.get(f"/maps/{project_id}/export.{extension}").status_code == 404


def test_the_map_page_links_to_each_export(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)

    page = client.get(f"/maps/{project_id}").get_data(as_text=True)

    for extension in ("json", "md", "csv"):
        assert f'href="/maps/{project_id}/export.{extension}"' in page


def test_exports_and_the_report_follow_the_map_as_edited(app, client, auth, broker, stub_worker):
    from webapp.maps import edits

    project_id = make_map(app, auth, broker)
    with app.app_context():
        project = db.session.get(Project, project_id)
        beta, _ = edits.add_release(project, project.user, name="Beta")
        edits.move_release(beta, project.user, version=beta.version, position=0)
        task = project.activities[0].tasks[0]
        edits.add_story(task, project.user, title="Mute a noisy channel", release_id=beta.id)
        db.session.commit()

    data = client.get(f"/maps/{project_id}/export.json").json
    assert data["releases"] == ["Beta", "MVP", "Release 1", "Later"]
    added = data["map"][0]["tasks"][0]["stories"][-1]
    assert (added["title"], added["release"], added["priority"]) == (
        "Mute a noisy channel",
        "Beta",
        "MVP",  # the first release is the MVP slice, whatever its name
    )
    assert added["sources"] == [] and added["writtenByHand"] is True
    assert "1 story was written by hand and has no source" in data["qualityReport"]["summary"]

    markdown = client.get(f"/maps/{project_id}/export.md").get_data(as_text=True)
    assert markdown.index("## Beta") < markdown.index("## MVP")
    assert "**Mute a noisy channel** _(written by hand, no source)_" in markdown

    csv_bytes = client.get(f"/maps/{project_id}/export.csv").data
    rows = list(csv.reader(io.StringIO(csv_bytes.decode("utf-8-sig"))))
    row = next(row for row in rows if row[0] == "Mute a noisy channel")
    assert (row[3], row[-1]) == ("High", "Beta")
    page = client.get(f"/maps/{project_id}").get_data(as_text=True)
    assert "written by hand and has no source" in page


def test_csv_defuses_formulas_behind_a_tab_or_carriage_return(
    app, client, auth, broker, stub_worker
):
    # Given stories and a release whose text starts with a tab, a carriage return or "="
    project_id = make_map(app, auth, broker)
    with app.app_context():
        project = db.session.get(Project, project_id)
        tasks = [task for activity in project.activities for task in activity.tasks]
        first, second = [story for task in tasks for story in task.stories][:2]
        first.title = '\t=HYPERLINK("https://evil.example")'
        second.description = "\r=1+2"
        first.release.name = "=cmd|' /C calc'!A0"
        db.session.commit()

    # When the map is downloaded as CSV
    data = client.get(f"/maps/{project_id}/export.csv").data

    # Then each of those cells starts with a quote, and no cell starts a formula
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'\t=HYPERLINK("https://evil.example")' in cells
    assert any(cell.startswith("'\r=1+2") for cell in cells)
    assert "'=cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


def test_csv_download_starts_with_a_utf8_bom_for_excel(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)

    response = client.get(f"/maps/{project_id}/export.csv")

    assert response.data.startswith(b"\xef\xbb\xbfSummary,")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.data.count(b"\xef\xbb\xbf") == 1


def test_a_cyrillic_product_name_downloads_under_its_own_name(
    app, client, auth, broker, stub_worker
):
    # Given a map of a product named in Cyrillic
    project_id = make_map(app, auth, broker)
    with app.app_context():
        db.session.get(Project, project_id).product_name = "Запись к врачу"
        db.session.commit()

    for extension in ("json", "md", "csv"):
        # When it is downloaded
        disposition = client.get(f"/maps/{project_id}/export.{extension}").headers[
            "Content-Disposition"
        ]

        # Then old clients get an ASCII name and others the readable, percent-encoded one
        readable = quote(f"запись-к-врачу.{extension}", safe="")
        assert disposition == (
            f"attachment; filename=\"story-map.{extension}\"; filename*=UTF-8''{readable}"
        )
        assert disposition.isascii()
    assert (
        readable == "%D0%B7%D0%B0%D0%BF%D0%B8%D1%81%D1%8C-%D0%BA-%D0%B2%D1%80%D0%B0%D1%87%D1%83.csv"
    )


def test_download_names_keep_no_quotes_slashes_or_control_characters(
    app, client, auth, broker, stub_worker
):
    project_id = make_map(app, auth, broker)
    with app.app_context():
        db.session.get(Project, project_id).product_name = '../Отчёт "Q3"/\\x\r\nSet-Cookie: a'
        db.session.commit()

    disposition = client.get(f"/maps/{project_id}/export.csv").headers["Content-Disposition"]

    ascii_part, readable_part = disposition.split("; filename*=UTF-8''")
    assert ascii_part.startswith('attachment; filename="') and ascii_part.count('"') == 2
    name = unquote(readable_part)
    assert name == "отчёт-q3-x-set-cookie-a.csv"
    assert not any(char in name for char in "\"'/\\\r\n;")


def test_a_latin_product_name_keeps_its_plain_file_name(app, client, auth, broker, stub_worker):
    project_id = make_map(app, auth, broker)
    with app.app_context():
        db.session.get(Project, project_id).product_name = "BiteBox Delivery"
        db.session.commit()

    disposition = client.get(f"/maps/{project_id}/export.md").headers["Content-Disposition"]

    assert disposition == 'attachment; filename="bitebox-delivery.md"'
