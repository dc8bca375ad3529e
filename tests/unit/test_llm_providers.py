"""The LLM provider chain over real HTTP: fallback, error classes, repair, the gate, the cache."""

import copy
import logging
import socket

import pytest

from generation import GenerationError, TransientGenerationError, generate_map
from generation.cache import MemoryCache
from generation.providers import Provider, providers_from_environment
from tests.fake_llm import GOOD_MAP, FakeLLM, Reply, answer, by_kind

SECRET = "gsk-test-SECRET-0123456789"
TEXT = "A food delivery app. Customers must be able to order food. Couriers deliver it."


def provider(fake: FakeLLM, name="custom", key=None, timeout=5.0) -> Provider:
    return Provider(name, fake.url, "test-model", key, timeout)


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


@pytest.fixture
def fake():
    with FakeLLM() as server:
        yield server


# Configuration


def test_providers_come_in_priority_order_and_those_without_a_key_are_skipped():
    env = {
        "AI_PROVIDER_PRIORITY": "gemini, groq,openai",
        "GROQ_API_KEY": "g",
        "OPENAI_API_KEY": "o",
        "OPENAI_MODEL": "gpt-4.1-mini",
    }

    providers = providers_from_environment(env)

    assert [(p.name, p.model) for p in providers] == [
        ("groq", "llama-3.3-70b-versatile"),
        ("openai", "gpt-4.1-mini"),
    ]
    assert providers[0].base_url == "https://api.groq.com/openai/v1"
    assert SECRET not in repr(Provider("groq", "u", "m", SECRET))


def test_a_local_server_needs_no_key_and_nothing_configured_means_offline():
    local = providers_from_environment(
        {"LLM_BASE_URL": "http://127.0.0.1:8080/v1/", "LLM_MODEL": "smollm2"}
    )

    assert [(p.name, p.base_url, p.api_key) for p in local] == [
        ("custom", "http://127.0.0.1:8080/v1", None)
    ]
    assert providers_from_environment({}) == []
    assert generate_map(TEXT).generator == "Offline generator"


def test_an_unknown_provider_name_is_a_clear_configuration_error():
    with pytest.raises(ValueError, match="unknown providers: chatgpt"):
        providers_from_environment({"AI_PROVIDER_PRIORITY": "chatgpt"})


# Stage 2 and its output


def test_each_stage_can_have_its_own_model_and_the_sampling_is_configured(fake):
    env = {
        "LLM_BASE_URL": fake.url,
        "LLM_MODEL": "small-model",
        "LLM_ENHANCE_MODEL": "big-model",
        "LLM_TEMPERATURE": "0.7",
        "LLM_MAX_OUTPUT_TOKENS": "900",
        "OPENAI_API_KEY": SECRET,
        "OPENAI_MAP_MODEL": "gpt-4o",
    }
    (local, openai) = providers_from_environment(env)
    assert local.context_tokens == openai.context_tokens == 4096  # the default
    assert providers_from_environment({**env, "LLM_CONTEXT_TOKENS": "32000"})[0].context_tokens == (
        32000
    )
    assert openai.for_stage("map").model == "gpt-4o" and openai.for_stage("enhance").model == (
        "gpt-4o-mini"
    )
    fake.replies = [by_kind(enhance=enhancement(0.9), map=GOOD_MAP)]

    result = generate_map(TEXT, enhance=True, providers=[local])

    assert [request["model"] for request in fake.requests[:2]] == ["big-model", "small-model"]
    assert {(r["temperature"], r["max_tokens"]) for r in fake.requests} == {(0.7, 900)}
    assert result.generator == "LLM at 127.0.0.1 (small-model)"


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("LLM_TEMPERATURE", "warm", "LLM_TEMPERATURE must be a number"),
        ("LLM_TEMPERATURE", "-1", "LLM_TEMPERATURE must be at least 0"),
        ("LLM_MAX_OUTPUT_TOKENS", "0", "LLM_MAX_OUTPUT_TOKENS must be at least 1"),
        ("LLM_CONTEXT_TOKENS", "512", "LLM_CONTEXT_TOKENS must be at least 1024"),
        ("LLM_CONTEXT_TOKENS", "4k", "LLM_CONTEXT_TOKENS must be a number"),
    ],
)
def test_a_bad_sampling_setting_is_a_clear_configuration_error(setting, value, message):
    with pytest.raises(ValueError, match=message):
        providers_from_environment(
            {"LLM_BASE_URL": "http://x/v1", "LLM_MODEL": "m", setting: value}
        )


def test_a_valid_answer_becomes_the_map_and_names_its_provider(fake):
    fake.replies = [answer(GOOD_MAP)]

    result = generate_map(TEXT, providers=[provider(fake)])

    assert result.generator == "LLM at 127.0.0.1 (test-model)"
    assert [a.title for a in result.draft.activities] == ["Sign up", "Order food", "Pay"]
    request = fake.requests[0]
    assert request["model"] == "test-model"
    assert request["response_format"]["type"] == "json_schema"
    assert "so that" in request["messages"][0]["content"]
    assert (
        "A food delivery app. [S1] Customers must be able to order food. [S2] Couriers"
        in (fake.user_messages(0)[0])
    )


def test_the_sentences_are_numbered_and_each_story_keeps_the_ones_it_names(fake):
    text = (
        "A food delivery app.\n"
        "- Customers must be able to order food from nearby restaurants.\n"
        "- Couriers must be able to accept a delivery.\n"
        "- Restaurants should be able to update their menu.\n"
    )
    answered = copy.deepcopy(GOOD_MAP)
    stories = [task["stories"][0] for activity in answered["map"] for task in activity["tasks"]]
    stories[0]["sources"] = ["S1", "[S3]", "S99", "made up"]
    stories[1]["sources"] = ["Couriers must be able to accept a delivery."]
    fake.replies = [answer(answered)]

    draft = generate_map(text, providers=[provider(fake)]).draft

    prompt = fake.user_messages(0)[0]
    assert "[S1] Customers must be able to order food from nearby restaurants." in prompt
    assert "[S3] Restaurants should be able to update their menu." in prompt
    assert (
        "sources"
        in fake.requests[0]["response_format"]["json_schema"]["schema"]["$defs"]["StoryDraft"][
            "required"
        ]
    )
    assert [story.sources for story in draft.stories] == [
        [
            "Customers must be able to order food from nearby restaurants.",
            "Restaurants should be able to update their menu.",
        ],  # an unknown id and a sentence the document does not have are dropped
        ["Couriers must be able to accept a delivery."],
        [],
    ]


def test_valid_but_poor_output_is_normalised(fake):
    poor = copy.deepcopy(GOOD_MAP)
    poor["map"][0]["tasks"][0]["stories"][0]["priority"] = "High"
    poor["map"][1]["tasks"][0]["stories"][0]["priority"] = "could have"
    poor["map"][2]["tasks"][0]["stories"][0]["priority"] = "urgent!!"
    poor["map"][2]["tasks"].append({"taskTitle": "Empty", "stories": []})
    poor["map"].append({"activity": "Nothing here", "tasks": []})
    fake.replies = [answer(poor)]

    draft = generate_map(TEXT, providers=[provider(fake)]).draft

    assert [s.priority for s in draft.stories] == ["MVP", "Later", "MVP"]
    assert [a.title for a in draft.activities] == ["Sign up", "Order food", "Pay"]
    assert [t.title for t in draft.activities[2].tasks] == ["Pay task"]


def test_invalid_output_gets_one_repair_with_the_errors(fake):
    broken = copy.deepcopy(GOOD_MAP)
    del broken["map"][0]["tasks"][0]["stories"][0]["description"]
    fake.replies = [answer("Sure! Here is your map: " + str(broken)), answer(GOOD_MAP)]

    result = generate_map(TEXT, providers=[provider(fake)])

    assert len(result.draft.stories) == 3
    repair = fake.user_messages(1)[-1]
    assert "not valid" in repair
    assert fake.requests[1]["messages"][-2]["role"] == "assistant"


def test_output_still_invalid_after_the_repair_fails_clearly(fake):
    fake.replies = [answer({"productName": "X", "map": []})]

    with pytest.raises(GenerationError, match="not a valid story map, even after one repair"):
        generate_map(TEXT, providers=[provider(fake)])
    assert len(fake.requests) == 2


def test_a_server_that_rejects_json_schema_is_asked_for_simpler_json(fake):
    fake.replies = [
        Reply(500, body='{"error": {"message": "response_format: Input should be text"}}'),
        answer(GOOD_MAP),
    ]

    generate_map(TEXT, providers=[provider(fake)])

    kinds = [r["response_format"]["type"] for r in fake.requests]
    assert kinds[:2] == ["json_schema", "json_object"]
    assert "schema" in fake.requests[1]["response_format"]


# Errors: transient versus permanent, and fallback


def test_429_is_transient_and_honours_retry_after(fake):
    fake.replies = [Reply(429, body="{}", headers={"Retry-After": "7"})]

    with pytest.raises(TransientGenerationError, match="HTTP 429") as raised:
        generate_map(TEXT, providers=[provider(fake)])
    assert raised.value.retry_after == 7


def test_a_server_error_is_transient(fake):
    fake.replies = [Reply(503, body="{}")]

    with pytest.raises(TransientGenerationError, match="server error \\(HTTP 503\\)"):
        generate_map(TEXT, providers=[provider(fake)])


def test_a_timeout_is_transient(fake):
    fake.replies = [Reply(delay=1.5, content="{}")]

    with pytest.raises(TransientGenerationError, match="did not answer within 0.5 s"):
        generate_map(TEXT, providers=[provider(fake, timeout=0.5)])


def test_a_rejected_key_fails_at_once_naming_the_provider_and_never_the_key(fake, caplog):
    caplog.set_level(logging.DEBUG)
    fake.replies = [Reply(401, body='{"error": {"message": "Invalid API Key ' + SECRET + '"}}')]
    backup = Provider("openai", fake.url, "m", "other")

    with pytest.raises(GenerationError) as raised:
        generate_map(TEXT, providers=[provider(fake, "groq", SECRET), backup])

    assert str(raised.value) == "The GROQ key was rejected (HTTP 401); check its API key setting"
    assert len(fake.requests) == 1
    assert fake.headers[0]["Authorization"] == f"Bearer {SECRET}"
    assert SECRET not in caplog.text


def test_a_bad_request_is_permanent_and_its_reason_shown_without_the_key(fake):
    fake.replies = [
        Reply(404, body='{"error": {"message": "model not found (key ' + SECRET + ')"}}')
    ]

    with pytest.raises(GenerationError, match="refused the request \\(HTTP 404\\)") as raised:
        generate_map(TEXT, providers=[provider(fake, "openai", SECRET)])
    assert SECRET not in str(raised.value)


def test_a_failing_provider_hands_over_to_the_next_and_the_map_says_so(fake):
    fake.replies = [answer(GOOD_MAP)]
    down = Provider("groq", closed_port_url(), "llama", "key")

    result = generate_map(TEXT, providers=[down, provider(fake)])

    assert result.generator == "LLM at 127.0.0.1 (test-model)"
    assert result.notes[0] == (
        "LLM at 127.0.0.1 (test-model) answered after: GROQ could not be reached (ConnectError)."
    )


# Stage 1: enhancement


def enhancement(confidence: float) -> dict:
    return {
        "enhancedText": "Customers must sign up, order food and pay by card.",
        "addedAspects": ["sign-up"],
        "openQuestions": ["Which cards?"],
        "confidence": confidence,
    }


def test_enhanced_text_is_used_when_the_model_is_confident(fake):
    fake.replies = [answer(enhancement(0.9)), answer(GOOD_MAP)]

    result = generate_map(TEXT, enhance=True, providers=[provider(fake)])

    assert result.enhanced_requirements == "Customers must sign up, order food and pay by card."
    assert result.enhancement.open_questions == ["Which cards?"]
    assert "pay by card" in fake.user_messages(1)[0]


def test_enhanced_text_is_not_used_below_the_confidence_gate(fake):
    fake.replies = [answer(enhancement(0.69)), answer(GOOD_MAP)]

    result = generate_map(TEXT, enhance=True, providers=[provider(fake)])

    assert result.enhanced_requirements is None
    assert "[S1] Customers must be able to order food." in fake.user_messages(1)[0]
    assert "confidence was 0.69, below 0.70" in result.notes[0]


def test_a_failed_enhancement_falls_back_to_the_original_text(fake):
    fake.replies = [Reply(503, body="{}"), answer(GOOD_MAP)]

    result = generate_map(TEXT, enhance=True, providers=[provider(fake)])

    assert result.enhanced_requirements is None
    assert "Enhancing the requirements failed" in result.notes[0]
    assert "[S1] Customers must be able to order food." in fake.user_messages(1)[0]


# The cache


def test_an_identical_request_is_served_from_the_cache(fake):
    fake.replies = [answer(GOOD_MAP)]
    cache = MemoryCache()

    first = generate_map(TEXT, providers=[provider(fake)], cache=cache)
    second = generate_map(TEXT, providers=[provider(fake)], cache=cache)
    generate_map(TEXT + " Admins see reports.", providers=[provider(fake)], cache=cache)

    assert first.draft == second.draft
    maps = fake.requests_for("map")
    assert len(maps) == 2, "the repeat must not reach the provider; new text must"


def test_the_cache_expires(fake):
    fake.replies = [answer(GOOD_MAP)]
    cache = MemoryCache(ttl=-1)

    generate_map(TEXT, providers=[provider(fake)], cache=cache)
    generate_map(TEXT, providers=[provider(fake)], cache=cache)

    assert len(fake.requests_for("map")) == 2
