"""The offline generator and the quality report on any text the validator lets through."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import assume, event, given
from hypothesis import strategies as st

from generation import OFFLINE_GENERATOR, GenerationError, generate_map
from generation.cache import MemoryCache
from generation.quality import lint_story_map
from generation.schemas import StoryMapDraft
from tests.fuzz.budget import fuzz
from tests.fuzz.strategies import huge_line, many_short_lines, requirements_text
from webapp.maps.forms import check_requirements

ROOT = Path(__file__).resolve().parents[2]
# The validator refuses these, so no job ever carries them; keep the rest of the text.
_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def accepted(text: str) -> str:
    """The text as a job stores it: what the validator accepts, trimmed (others are skipped)."""
    text = _BINARY.sub(" ", text)
    assume(check_requirements(text) is None)
    return text.strip()


def assert_valid_map(text: str) -> StoryMapDraft | None:
    """Generate offline, then check the map against the schema and run the quality report.

    Text that states no requirement gets no map but a message that says so (None).
    """
    steps = []
    try:
        result = generate_map(
            text,
            enhance=False,
            on_step=lambda step, number, total: steps.append(step),
            providers=[],
            cache=MemoryCache(),
        )
    except GenerationError as error:
        event("no requirements")
        assert "requirements" in str(error) and steps == []
        return None
    event("a map")

    assert result.generator == OFFLINE_GENERATOR and steps == ["generating"]
    draft = result.draft
    # What is saved and exported is the JSON shape; it must validate as it stands.
    again = StoryMapDraft.model_validate_json(draft.model_dump_json(by_alias=True))
    assert again == draft
    assert draft.activities and draft.stories
    assert all(task.stories for activity in draft.activities for task in activity.tasks)

    report = lint_story_map(draft, text)
    summary = report.as_dict()
    json.dumps(summary)
    assert 0 <= summary["coverage"] <= 1
    assert report.story_count == len(draft.stories)
    return draft


@given(text=requirements_text)
@fuzz(1_200)
def test_any_accepted_text_becomes_a_valid_map_with_a_quality_report(app_context, text):
    # Given any text the validator accepts; When the offline generator maps it
    # Then the map validates against the schema, and the quality report runs on it
    assert_valid_map(accepted(text))


@given(text=st.one_of(huge_line, many_short_lines()))
@fuzz(50)
def test_huge_lines_and_thousands_of_short_lines_are_mapped_too(app_context, text):
    assert_valid_map(accepted(text))


@given(text=requirements_text)
@fuzz(200)
def test_the_same_text_gives_the_same_map(app_context, text):
    text = accepted(text)

    outcomes = []
    for _ in range(2):
        try:
            outcomes.append(generate_map(text, providers=[]).draft.model_dump())
        except GenerationError as error:
            outcomes.append(str(error))

    assert outcomes[0] == outcomes[1]


# What a fresh interpreter prints for a list of texts: one map per text, as JSON.
_MAP_IN_A_NEW_PROCESS = """
import json, sys
from generation.stories import draft_map
texts = json.load(sys.stdin)
json.dump([draft_map(text).draft.model_dump(by_alias=True) for text in texts], sys.stdout)
"""


def maps_with_hash_seed(texts: list[str], seed: str) -> list[dict]:
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _MAP_IN_A_NEW_PROCESS],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout)


@given(texts=st.lists(requirements_text, min_size=20, max_size=40))
@fuzz(4)
def test_the_same_text_gives_the_same_map_in_another_process(app_context, texts):
    # Given texts mapped by two interpreters whose string hashes (so set orders) differ
    texts = [_BINARY.sub(" ", text).strip() for text in texts]
    texts = [text for text in texts if check_requirements(text) is None]

    # When each maps them; Then every map is the same
    assert maps_with_hash_seed(texts, "1") == maps_with_hash_seed(texts, "2")
