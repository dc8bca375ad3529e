"""The offline generator turns requirements text into a story map without any AI provider.

Each test reads as Given (a kind of requirements text) / When (the map is generated) / Then
(what a product manager looking at the map would notice). These are about the whole map; what
one stage does (clauses, criteria, names, ...) is tested in tests/unit/mapping/.
"""

import re

import pytest

from generation.offline import generate_offline_map, requirement_sentences
from tests.unit.mapping.samples import (
    BIG_DOCUMENT,
    CRITERION_SHAPE,
    INTERNATIONAL,
    SAMPLES,
    UNHAPPY_WORDS,
    all_stories,
    generated,
)

# --- Given unusual input -------------------------------------------------------------------------


def test_given_cyrillic_cjk_and_emoji_when_generated_then_every_sentence_is_kept():
    draft = generate_offline_map(INTERNATIONAL)
    sources = [source for s in all_stories(draft) for source in s.sources]

    for sentence in [
        "Клиенты заказывают еду в ресторанах.",
        "顾客可以在线点餐。",
        "骑手负责配送订单。",
    ]:
        assert sentence in sources
    descriptions = " ".join(s.description for s in all_stories(draft))
    assert "Курьеры доставляют заказы быстро 🚴" in descriptions
    assert draft.product_name == "Приложение для доставки еды 🍕"


def test_given_a_50000_character_document_when_generated_then_a_bounded_map_is_made():
    assert len(BIG_DOCUMENT) == 50_000

    draft = generated(BIG_DOCUMENT)

    assert draft.product_name == "Big Food Platform"
    assert 3 <= len(draft.activities) <= 8
    assert len(all_stories(draft)) > 500


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
def test_given_odd_input_when_generated_then_a_valid_map_is_still_returned(text):
    draft = generate_offline_map(text)

    assert draft.product_name
    assert all_stories(draft)


# --- Whatever the input: the quality bar ---------------------------------------------------------


@pytest.mark.parametrize("text", [*SAMPLES.values(), BIG_DOCUMENT], ids=[*SAMPLES, "50 KB"])
def test_given_the_same_text_twice_when_generated_then_the_maps_are_identical(text):
    assert generate_offline_map(text) == generate_offline_map(text)


@pytest.mark.parametrize("text", SAMPLES.values(), ids=SAMPLES.keys())
def test_given_any_text_when_generated_then_every_story_reads_as_a_user_story(text):
    for story in all_stories(generated(text)):
        assert re.fullmatch(r"As an? .+, I want .+, so that .+\.", story.description)
        assert 1 <= len(story.title.split()) <= 10


@pytest.mark.parametrize("text", SAMPLES.values(), ids=SAMPLES.keys())
def test_given_any_text_when_generated_then_criteria_are_testable_with_an_unhappy_path(text):
    for story in all_stories(generated(text)):
        assert 2 <= len(story.acceptance_criteria) <= 5
        assert all(CRITERION_SHAPE.match(c) for c in story.acceptance_criteria)
        assert any(UNHAPPY_WORDS.search(c) for c in story.acceptance_criteria)


@pytest.mark.parametrize("text", [*SAMPLES.values(), BIG_DOCUMENT], ids=[*SAMPLES, "50 KB"])
def test_given_any_text_when_generated_then_story_titles_are_unique(text):
    titles = [s.title.lower() for s in all_stories(generated(text))]

    assert len(titles) == len(set(titles))


@pytest.mark.parametrize("text", [*SAMPLES.values(), BIG_DOCUMENT], ids=[*SAMPLES, "50 KB"])
def test_given_any_text_when_generated_then_sources_quote_the_input(text):
    flat = " ".join(text.split())
    for story in all_stories(generated(text)):
        assert story.sources
        assert all(source in flat for source in story.sources)


@pytest.mark.parametrize("text", [*SAMPLES.values(), BIG_DOCUMENT], ids=[*SAMPLES, "50 KB"])
def test_given_any_text_when_generated_then_every_activity_has_an_mvp_story_and_no_gaps(text):
    draft = generated(text)

    assert 1 <= len(draft.activities) <= 8
    for activity in draft.activities:
        assert activity.tasks and all(task.stories for task in activity.tasks)
        assert any(s.priority == "MVP" for t in activity.tasks for s in t.stories)


def test_given_any_text_when_generated_then_every_requirement_sentence_has_a_story():
    for text in SAMPLES.values():
        quoted = {source for s in all_stories(generated(text)) for source in s.sources}

        assert set(requirement_sentences(text)) <= quoted
