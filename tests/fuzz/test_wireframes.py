"""Wireframes: the offline drawing of any story, the lint and repair of any drawing, LLM answers."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generation.wireframes import (
    PLATFORMS,
    STYLES,
    StoryContext,
    Wireframe,
    generate_offline_wireframe,
    lint_wireframe,
    parse_wireframe_answer,
    repair_wireframe,
    wireframe_markdown,
)
from tests.fuzz.budget import fuzz
from tests.fuzz.strategies import box_drawing, short_unicode, story_context, wireframe_answer

styles = st.sampled_from(STYLES)
platforms = st.sampled_from(PLATFORMS)


@given(fields=story_context(), style=styles, platform=platforms)
@fuzz(2_000)
def test_any_story_is_drawn_in_every_style_and_platform_and_passes_the_lint(
    fields, style, platform
):
    # Given a story with any title, description and criteria, in any style and platform
    story = StoryContext(**fields)

    # When the offline generator draws it
    wireframe = generate_offline_wireframe(story, style, platform)

    # Then every line has the platform's one width, and the lint finds nothing else either
    assert lint_wireframe(wireframe.ascii, platform) == []
    assert "<" not in "".join([wireframe.layout, wireframe.ui_elements, wireframe.navigation])
    assert wireframe_markdown(story.title, wireframe).endswith("\n")


@given(fields=story_context(), style=styles, platform=platforms)
@fuzz(200)
def test_the_same_story_gives_the_same_drawing(fields, style, platform):
    story = StoryContext(**fields)

    assert generate_offline_wireframe(story, style, platform) == generate_offline_wireframe(
        story, style, platform
    )


@given(style=st.one_of(styles, short_unicode), platform=st.one_of(platforms, short_unicode))
@fuzz(300)
def test_an_unknown_style_or_platform_is_refused_by_name(style, platform):
    story = StoryContext(title="Pay by card")

    if style in STYLES and platform in PLATFORMS:
        assert generate_offline_wireframe(story, style, platform).ascii
        return
    with pytest.raises(ValueError, match=r"^Unknown (style|platform) .*; expected one of "):
        generate_offline_wireframe(story, style, platform)


@given(drawing=st.one_of(box_drawing(), short_unicode), platform=platforms)
@fuzz(1_500)
def test_any_drawing_is_linted_and_repaired_only_into_a_clean_one(drawing, platform):
    # Given any drawing, near-right or not a drawing at all
    # When it is linted and repaired
    problems = lint_wireframe(drawing, platform)
    repaired = repair_wireframe(drawing, platform)

    # Then the problems are sentences, and a repair is clean and stays clean when repeated
    assert all(isinstance(problem, str) and problem.endswith(".") for problem in problems)
    if repaired is not None:
        assert lint_wireframe(repaired, platform) == []
        assert repair_wireframe(repaired, platform) == repaired


@given(answer=st.one_of(wireframe_answer(), short_unicode))
@fuzz(1_500)
def test_any_wireframe_answer_is_read_or_refused_with_a_clear_value_error(answer):
    # Given whatever a model answers when asked for a wireframe
    # When it is read
    try:
        wireframe = parse_wireframe_answer(answer)
    except ValueError as error:  # the chain asks for one repair, then hands over
        # Then a refusal says what is missing
        assert str(error) == "The answer has no wireframe drawing."
        return

    # Then a reading has a drawing and four sections of text
    assert isinstance(wireframe, Wireframe)
    assert wireframe.ascii.strip()
    for section in (wireframe.layout, wireframe.ui_elements, wireframe.navigation, wireframe.notes):
        assert isinstance(section, str)
