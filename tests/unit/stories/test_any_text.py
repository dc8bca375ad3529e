"""The offline pipeline on any text: the same map every time, bounded, and never a gap.

Each test reads as Given (a kind of requirements text) / When (the map is drafted) / Then
(what a product manager looking at the map would notice). What one language's writer says
is tested in tests/unit/languages/; realistic documents in tests/unit/test_requirement_documents.py.
"""

import pytest

from generation.reading import read_document
from generation.stories import draft_map
from tests.unit.stories.samples import BIG_DOCUMENT, INTERNATIONAL, SAMPLES, generated

EVERY_TEXT = pytest.mark.parametrize(
    "text", [*SAMPLES.values(), BIG_DOCUMENT], ids=[*SAMPLES, "50 KB"]
)


def test_given_cyrillic_cjk_and_emoji_when_drafted_then_every_sentence_is_kept():
    draft = generated(INTERNATIONAL)
    sources = " ".join(source for story in draft.stories for source in story.sources)

    for sentence in [
        "Клиенты заказывают еду в ресторанах.",
        "Курьеры доставляют заказы быстро 🚴.",
        "顾客可以在线点餐。",
        "骑手负责配送订单。",
    ]:
        assert sentence in sources
    assert draft.product_name == "Приложение для доставки еды 🍕"


def test_given_a_50000_character_document_when_drafted_then_a_bounded_map_is_made():
    assert len(BIG_DOCUMENT) == 50_000

    draft = generated(BIG_DOCUMENT)

    assert draft.product_name == "Big Food Platform"
    assert 3 <= len(draft.activities) <= 8
    assert len(draft.stories) > 500


@pytest.mark.parametrize(
    "text",
    [
        "?!" * 10,
        "<<<<<<<<<<<<",
        "```\nx = 1\n```\n```",
        "- \n- \n1. \n# \n## Must have:",
        "a" * 5000,
        "🍕" * 100,
        "| Feature | Priority |\n|---|---|\n| Customers can pay | Must |",
    ],
)
def test_given_odd_input_when_drafted_then_a_valid_map_is_still_returned(text):
    draft = draft_map(text).draft

    assert draft.product_name
    assert draft.stories


@EVERY_TEXT
def test_given_the_same_text_twice_when_drafted_then_the_maps_are_identical(text):
    assert draft_map(text) == draft_map(text)


@EVERY_TEXT
def test_given_any_text_when_drafted_then_story_titles_are_unique(text):
    titles = [story.title.lower() for story in generated(text).stories]

    assert len(titles) == len(set(titles))


@EVERY_TEXT
def test_given_any_text_when_drafted_then_sources_are_the_documents_own_statements(text):
    statements = {statement.text for statement in read_document(text).statements}

    for story in generated(text).stories:
        assert set(story.sources) <= statements


@EVERY_TEXT
def test_given_any_text_when_drafted_then_every_activity_has_an_mvp_story_and_no_gaps(text):
    draft = generated(text)

    assert 1 <= len(draft.activities) <= 8
    for activity in draft.activities:
        assert activity.tasks and all(task.stories for task in activity.tasks)
        assert any(s.priority == "MVP" for t in activity.tasks for s in t.stories)
