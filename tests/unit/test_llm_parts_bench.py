"""The long-document benchmark (bench/llm_parts.py) on a tiny document: its numbers add up."""

import json

import pytest

from bench.llm_parts import (
    MODEL,
    SOURCES,
    WINDOW,
    ScriptedModel,
    answer_to,
    document_of_size,
    measure,
)
from generation import prompts
from generation.quality import is_given_when_then, is_unhappy_path
from generation.tokens import estimate_messages

TINY = """# Bitebox

## Ordering
The customer must be able to browse the menu of a nearby restaurant.
The customer must be able to add dishes to a cart and change their quantity.
The customer must be able to pay by card when placing the order.

## Delivery
The courier must see the orders assigned to them with the delivery address.
The customer should be able to follow the courier on a map until the food arrives.
The customer should get a notification when the order is on its way.

## Restaurants
The restaurant owner must be able to edit the menu and mark dishes as sold out.
The restaurant owner could see a weekly report of orders and revenue.
"""


@pytest.fixture(scope="module")
def model():
    with ScriptedModel() as scripted:
        yield scripted


def test_a_document_in_parts_sends_one_request_per_part_and_counts_every_prompt(model):
    # Given a context so small that the tiny document goes in parts
    # When the benchmark maps it twice on one cache
    row = measure(TINY, 1024, model, "with parts")

    # Then each part was one request, and every request of the first run reached the server
    first = row.first
    assert row.parts > 1
    assert first.kinds["part"] == row.parts
    assert len(first.requests) == sum(first.kinds.values()) == first.lookups
    assert first.hits == 0
    # and the prompt tokens are the estimates of the messages sent, added up
    estimates = [estimate_messages(request.messages, MODEL) for request in first.requests]
    assert first.prompt_tokens == sum(estimates)
    assert first.largest_prompt == max(estimates) < first.prompt_tokens
    assert all(request.prompt_tokens + request.max_tokens <= WINDOW for request in first.requests)
    assert first.too_long == 0
    # and the second run was answered from the cache alone
    assert row.second.lookups == first.lookups == row.second.hits
    assert row.second.hit_rate == 1.0
    assert row.second.requests == []


def test_without_parts_the_whole_document_is_one_request_too_large_for_4096_tokens(model):
    # Given a context of a million tokens
    # When the benchmark maps the tiny document
    row = measure(TINY, 1_000_000, model, "without parts")

    # Then one request asked for the whole map, with room for an answer no 4,096 model has
    assert row.parts == 1
    assert row.first.kinds["map"] == 1
    assert row.first.too_long == len(row.first.requests)
    assert row.second.hit_rate == 1.0
    assert row.second.requests == []


def test_the_scripted_model_writes_one_story_per_marked_sentence():
    # Given a part prompt with three marked sentences
    user = prompts.MAP_PART.format(
        part="part 2 of 3",
        title=" (Bitebox)",
        requirements="## Ordering\n[S4] Pay by card. [S5] Pay in cash.\n[S6] Tip the courier.",
    )

    # When the scripted model answers it
    answer = answer_to([{"content": prompts.MAP_SYSTEM}, {"content": user}])

    # Then each sentence has its story, under 3 activities, and the example "[S12]" none
    stories = [s for a in answer["map"] for t in a["tasks"] for s in t["stories"]]
    assert [story["sources"] for story in stories] == [["S4"], ["S5"], ["S6"]]
    assert len(answer["map"]) == 3


def test_the_scripted_model_revises_each_story_it_was_sent():
    # Given a revision request for two stories
    items = [
        {"id": number, "title": title, "priority": "MVP", "problems": ["repeats"]}
        for number, title in ((1, "Pay by card"), (2, "Tip the courier"))
    ]
    system = prompts.REVISE_SYSTEM.format(language="English")
    user = prompts.REVISE_USER.format(stories="\n".join(json.dumps(item) for item in items))

    # When the scripted model answers it
    answer = answer_to([{"content": system}, {"content": user}])

    # Then both come back with distinct benefits and two criteria, one an unhappy path
    stories = answer["stories"]
    assert [story["id"] for story in stories] == [1, 2]
    assert len({story["description"] for story in stories}) == 2
    for story in stories:
        assert len(story["acceptanceCriteria"]) == 2
        assert all(is_given_when_then(c) for c in story["acceptanceCriteria"])
        assert any(is_unhappy_path(c) for c in story["acceptanceCriteria"])


def test_a_benchmark_document_is_about_its_size_and_ends_before_a_heading():
    # When the 5 KB document is made
    text = document_of_size(5)

    # Then it is 4 to 6 KB of the documents joined whole, cut where a heading line starts
    assert 4 * 1024 <= len(text.encode()) <= 6 * 1024
    joined = "\n\n".join(path.read_text() for path in SOURCES)
    assert joined.startswith(text.rstrip())
    assert joined[len(text.rstrip()) :].lstrip().startswith("#")
