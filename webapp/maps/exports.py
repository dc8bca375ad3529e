"""A saved map leaves the app as JSON (docs/map-format.md), Markdown or a Jira-ready CSV."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from urllib.parse import quote

from werkzeug.utils import secure_filename

from generation.schemas import ActivityDraft, StoryDraft, StoryMapDraft, TaskDraft
from webapp.models import Project, release_tier

#: Jira has no releases-as-priorities; these are the nearest of its default priorities.
JIRA_PRIORITY = {"MVP": "High", "Release 1": "Medium", "Later": "Low"}
#: How a story the requirements do not state is marked, on the page and in the exports.
SUGGESTED_MARK = "suggested, not in your text"
#: How a story a person wrote on the map is marked: it has no source in the requirements.
BY_HAND_MARK = "written by hand, no source"
CSV_COLUMNS = [
    "Summary",
    "Issue Type",
    "Description",
    "Priority",
    "Labels",
    "Labels",
    "Fix Version",
]


def project_to_draft(project: Project) -> StoryMapDraft:
    """Turn saved rows back into the generators' shape (the JSON export and the lint use it).

    A story's priority is its release's place: the first release is the MVP slice, the
    second "Release 1", any later one "Later", whatever the user named them.
    """
    # model_construct: a map the user emptied (no activity left) is still a map to show.
    return StoryMapDraft.model_construct(
        product_name=project.product_name,
        activities=[
            ActivityDraft(
                title=activity.title,
                tasks=[
                    TaskDraft(
                        title=task.title,
                        stories=[
                            StoryDraft(
                                title=story.title,
                                description=story.description,
                                priority=release_tier(story.release.position),
                                acceptance_criteria=story.acceptance_criteria,
                                sources=story.sources,
                                suggested=bool(story.suggested),
                                written_by_hand=bool(story.written_by_hand),
                            )
                            for story in task.stories
                        ],
                    )
                    for task in activity.tasks
                ],
            )
            for activity in project.activities
        ],
    )


def export_json(project: Project, report: dict | None = None) -> dict:
    """The JSON shape of docs/map-format.md, with each story's sources and the quality report."""
    data = project_to_draft(project).model_dump(by_alias=True)
    data["generator"] = project.generator
    data["releases"] = [release.name for release in project.releases]
    # Each story also names its release, as the user named it ("Beta", "Q3").
    stories = (
        story
        for activity in project.activities
        for task in activity.tasks
        for story in task.stories
    )
    exported = (
        story for activity in data["map"] for task in activity["tasks"] for story in task["stories"]
    )
    for story, shape in zip(stories, exported, strict=True):
        shape["release"] = story.release.name
    if report is not None:
        data["qualityReport"] = report
    return data


def export_markdown(project: Project) -> str:
    """A Markdown story map: releases, then activity and task headings, then story cards."""
    lines = [f"# {_md(project.product_name)}", "", f"_Story map made by {project.generator}._", ""]
    for release in project.releases:
        lines += [f"## {_md(release.name)}", ""]
        found = False
        for activity in project.activities:
            tasks = [
                (task, [s for s in task.stories if s.release_id == release.id])
                for task in activity.tasks
            ]
            tasks = [(task, stories) for task, stories in tasks if stories]
            if not tasks:
                continue
            found = True
            lines += [f"### {_md(activity.title)}", ""]
            for task, stories in tasks:
                lines += [f"#### {_md(task.title)}", ""]
                for story in stories:
                    mark = f" _({SUGGESTED_MARK})_" if story.suggested else ""
                    mark += f" _({BY_HAND_MARK})_" if story.written_by_hand else ""
                    lines.append(f"- **{_md(story.title)}**{mark}: {_md(story.description)}")
                    lines += [f"  - {_md(criterion)}" for criterion in story.acceptance_criteria]
                lines.append("")
        if not found:
            lines += ["_No stories in this release._", ""]
    return "\n".join(lines)


def export_csv(project: Project) -> str:
    """One row per story, with the columns Jira's CSV import maps directly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for activity in project.activities:
        for task in activity.tasks:
            for story in task.stories:
                description = "\n".join(
                    [story.description, "", "Acceptance criteria:"]
                    + [f"- {criterion}" for criterion in story.acceptance_criteria]
                    + (["", f"({SUGGESTED_MARK.capitalize()}.)"] if story.suggested else [])
                )
                writer.writerow(
                    [
                        _cell(story.title),
                        "Story",
                        _cell(description),
                        JIRA_PRIORITY[release_tier(story.release.position)],
                        _label(activity.title),
                        _label(task.title),
                        _cell(story.release.name),
                    ]
                )
    return buffer.getvalue()


def download_disposition(product_name: str, extension: str) -> str:
    """The ``Content-Disposition`` of a download, named after the product in any script.

    Old clients read the ASCII ``filename``; the others read RFC 5987's ``filename*``, so
    "Запись к врачу" downloads as ``запись-к-врачу.csv``. Both keep letters, digits, marks
    and ``-_.`` only: no quotes, slashes or control characters, and no leading dot.
    """
    ascii_stem = secure_filename(product_name.lower().replace(" ", "-"))
    ascii_stem = _filename_stem(ascii_stem) or "story-map"
    readable = "".join(
        char if unicodedata.category(char)[0] in "LMN" or char in "-_." else "-"
        for char in unicodedata.normalize("NFC", product_name.lower())
    )
    readable_stem = _filename_stem(readable) or ascii_stem
    disposition = f'attachment; filename="{ascii_stem}.{extension}"'
    if readable_stem != ascii_stem:
        disposition += f"; filename*=UTF-8''{quote(f'{readable_stem}.{extension}', safe='')}"
    return disposition


def _filename_stem(text: str) -> str:
    # One dash between words, none at the ends; no leading dot (a hidden file).
    return re.sub(r"-{2,}", "-", text).strip("-_.")


def _md(text: str) -> str:
    # Generated text is data, not markup: keep HTML inert and line breaks inside list items.
    return " ".join(text.replace("<", "&lt;").replace(">", "&gt;").split())


def _cell(text: str) -> str:
    # A cell starting with = + - @ is a formula to spreadsheet apps (CSV injection), and
    # a leading tab or carriage return may be skipped before one is read (OWASP's list).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _label(text: str) -> str:
    # Jira labels cannot contain spaces.
    return re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-") or "story"
