"""The offline pipeline on realistic documents of every shape in tests/data/."""

from functools import cache
from pathlib import Path

import pytest

from generation.quality import lint_story_map
from generation.reading import read_document
from generation.schemas import StoryMapDraft
from generation.stories import draft_map

DATA = Path(__file__).resolve().parents[1] / "data"
DOCUMENTS = sorted(p.name for p in DATA.iterdir() if p.is_file() and p.name != "README.md")
STRUCTURED = [
    "bulleted_prd.md",
    "headings_with_bullets.md",
    "moscow_numbered.md",
    "long_spec.md",
    "noisy.md",
    "prose.md",
]
STORY_RULES = {"so-that", "criteria-count", "criteria-form", "unhappy-path", "duplicate-title"}


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@cache
def drafted(name: str) -> StoryMapDraft:
    return draft_map(read(name)).draft


def test_the_fixture_set_has_every_shape_the_product_meets():
    assert len(DOCUMENTS) >= 8
    assert len(read("one_liner.txt").split()) == 12
    assert len(read("long_spec.md").split()) >= 4500


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_document_gives_a_map_deterministically(name):
    text = read(name)

    first = draft_map(text)
    second = draft_map(text)

    assert first == second
    assert first.draft.stories, "a map without stories helps nobody"
    statements = {statement.text for statement in read_document(text).statements}
    for story in first.draft.stories:
        assert set(story.sources) <= statements


@pytest.mark.parametrize("name", STRUCTURED)
def test_structured_documents_have_at_least_90_percent_of_requirements_covered(name):
    report = lint_story_map(drafted(name), read(name))

    assert report.requirement_count >= 5
    assert report.coverage >= 0.9, report.uncovered


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_story_rule_passes_on_at_least_95_percent_of_stories(name):
    report = lint_story_map(drafted(name), read(name))

    failing = {f.story for f in report.findings if f.rule in STORY_RULES}
    assert len(failing) <= 0.05 * report.story_count, report.findings


@pytest.mark.parametrize("name", [n for n in DOCUMENTS if n != "one_liner.txt"])
def test_documents_of_more_than_a_line_get_three_to_eight_activities_each_with_an_mvp_story(
    name,
):
    report = lint_story_map(drafted(name), read(name))

    assert not [f for f in report.findings if f.rule in {"activity-count", "mvp-per-activity"}]


def test_the_german_document_gets_german_stories():
    stories = drafted("non_english.md").stories

    assert all(story.description.startswith("Als ") for story in stories)
    assert all(story.acceptance_criteria[0].startswith("Angenommen") for story in stories)
