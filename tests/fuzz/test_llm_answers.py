"""LLM answers: whatever a model sends back is a valid map or a clear GenerationError.

The model is a scripted httpx transport behind the real ChatClient, so each answer goes the
whole way: the chat-completion body, JSON extraction, pydantic validation, one repair request
with the problems listed, then the chain's verdict.
"""

import json

import httpx
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

import generation as generation
from generation import render_wireframe
from generation.errors import GenerationError, TransientGenerationError
from generation.llm import ProviderChain, enhance_requirements
from generation.llm_map import map_requirements
from generation.providers import ChatClient, Provider, parse_json_object
from generation.quality import lint_story_map
from generation.schemas import Enhancement, StoryMapDraft
from generation.wireframes import PLATFORMS, STYLES, StoryContext, lint_wireframe
from tests.fuzz.budget import fuzz
from tests.fuzz.strategies import (
    deeply_nested,
    json_junk,
    llm_json_answer,
    short_unicode,
    story_context,
    wireframe_answer,
)

PROVIDER = Provider(name="fuzz", base_url="http://model.test/v1", model="fuzz-1")
REQUIREMENTS = "Customers must be able to order food. Couriers should see their deliveries."


def scripted_chain(answers: list[str], body: object = None) -> ProviderChain:
    """A chain whose one provider answers ``answers`` in turn (the last one again and again).

    ``body``, when given, is the whole HTTP response instead of a chat completion: JSON, or a
    string sent as it is.
    """
    remaining = list(answers)

    def answer(request: httpx.Request) -> httpx.Response:
        content = remaining.pop(0) if len(remaining) > 1 else remaining[0]
        if isinstance(body, str):
            return httpx.Response(200, text=body)
        if body is not None:
            return httpx.Response(200, json=body)
        return httpx.Response(200, json={"choices": [{"message": {"content": content}}]})

    transport = httpx.MockTransport(answer)
    return ProviderChain([PROVIDER], client_factory=lambda p: ChatClient(p, transport=transport))


def assert_clear_failure(error: Exception) -> None:
    message = str(error)
    assert message.startswith("Every AI provider failed: FUZZ ")
    assert "Traceback" not in message and len(message) < 2_000


@given(answers=st.lists(llm_json_answer, min_size=1, max_size=2))
@fuzz(1_200)
def test_any_map_answer_is_a_valid_map_or_a_clear_generation_error(answers):
    # Given a model answering anything (a second answer for the repair request)
    chain = scripted_chain(answers)

    # When the chain asks it for a story map
    try:
        result = map_requirements(chain, REQUIREMENTS)
    except GenerationError as error:
        event("refused")
        # Then a failure says which provider gave what, in words
        assert_clear_failure(error)
        assert "not a valid story map, even after one repair" in str(error)
        return

    # Then a map is valid, every task in it has a story, and the quality report runs on it
    event("a valid map")
    draft = result.draft
    assert isinstance(draft, StoryMapDraft)
    assert StoryMapDraft.model_validate_json(draft.model_dump_json(by_alias=True)) == draft
    assert all(task.stories for activity in draft.activities for task in activity.tasks)
    report = lint_story_map(draft, REQUIREMENTS)
    assert report.story_count == len(draft.stories)


@given(answers=st.lists(llm_json_answer, min_size=1, max_size=2))
@fuzz(500)
def test_any_enhancement_answer_is_valid_or_a_clear_generation_error(answers):
    chain = scripted_chain(answers)

    try:
        result = enhance_requirements(chain, "Customers must be able to order food.")
    except GenerationError as error:
        assert_clear_failure(error)
        return

    assert isinstance(result.value, Enhancement)
    assert 0 <= result.value.confidence <= 1 and result.value.enhanced_text


@given(body=st.one_of(json_junk, st.just({"choices": [{"message": {"content": None}}]})))
@fuzz(300)
def test_a_response_that_is_no_chat_completion_is_a_transient_failure(body):
    # Given a server answering 200 with any JSON body at all
    chain = scripted_chain(["{}"], body=body)

    # When the chain asks it for a map; Then it fails clearly, as an outage would
    with pytest.raises((TransientGenerationError, GenerationError)) as failure:
        map_requirements(chain, "Customers must be able to order food.")
    assert_clear_failure(failure.value)


@given(text=st.one_of(llm_json_answer, deeply_nested(), short_unicode))
@fuzz(800)
def test_json_is_found_in_any_answer_or_refused_with_a_value_error(text):
    # When the JSON object is taken out of any answer
    try:
        value = parse_json_object(text)
    except ValueError as error:  # json.JSONDecodeError is one
        # Then a refusal is a ValueError the chain turns into a repair request
        assert str(error)
        return
    assert isinstance(value, dict)
    json.dumps(value)


@given(
    fields=story_context(),
    answers=st.lists(wireframe_answer(), min_size=1, max_size=2),
    style=st.sampled_from(STYLES),
    platform=st.sampled_from(PLATFORMS),
)
@fuzz(500)
def test_any_wireframe_answer_ends_as_a_clean_drawing(
    monkeypatch, fields, answers, style, platform
):
    # Given a model answering anything when asked for a wireframe
    monkeypatch.setattr(
        generation, "ProviderChain", lambda providers, cache: scripted_chain(answers)
    )

    # When the story's wireframe is rendered with it
    try:
        result = render_wireframe(
            StoryContext(**fields), style=style, platform=platform, providers=[PROVIDER]
        )
    except GenerationError as error:
        assert_clear_failure(error)
        return

    # Then the drawing passes the lint: the model's own, straightened out, or redrawn offline
    event(f"drawn by {result.generator}, {len(result.notes)} notes")
    assert lint_wireframe(result.wireframe.ascii, platform) == []
    assert result.generator in (PROVIDER.label, generation.OFFLINE_GENERATOR)


# json.loads raises RecursionError, not ValueError, on JSON nested deeper than Python's
# recursion limit: it must still end as a clear failure (a repair, then the next provider).
@pytest.mark.parametrize("where", ["answer", "response body"])
@pytest.mark.parametrize("depth", [2_000, 100_000])
def test_json_nested_deeper_than_the_recursion_limit_is_a_clear_failure(where, depth):
    # Given a model whose answer (or whole response) is JSON nested thousands of levels deep
    nested = '{"map":[' * depth + "]}" * depth
    chain = scripted_chain([nested]) if where == "answer" else scripted_chain([""], body=nested)

    # When the chain asks it for a map; Then the job fails with a clear error
    with pytest.raises((GenerationError, TransientGenerationError)) as failure:
        map_requirements(chain, "Customers must be able to order food.")
    assert_clear_failure(failure.value)
