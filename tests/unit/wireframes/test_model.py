"""The wireframe model: a story as the map's JSON spells it, and the platforms' widths."""

import pytest

from generation.wireframes.model import PLATFORMS, WIDTHS, StoryContext, check_platform


def test_given_the_map_json_aliases_when_read_then_the_story_context_is_filled_and_trimmed():
    # Given a story as the map JSON spells it, with stray spaces
    story = StoryContext(productName="  QuickCart ", title=" Sign up ", acceptanceCriteria=["a"])

    # Then the fields are filled from the aliases, spaces trimmed, the rest left empty
    assert story.product_name == "QuickCart" and story.title == "Sign up"
    assert story.acceptance_criteria == ["a"]
    assert story.activity == story.task == story.description == ""


@pytest.mark.parametrize("platform", PLATFORMS)
def test_given_a_platform_when_checked_then_its_drawing_width_is_inside_its_lint_range(platform):
    low, high = check_platform(platform)

    assert low <= WIDTHS[platform] <= high


def test_given_an_unknown_platform_when_checked_then_it_is_refused_with_the_known_ones():
    with pytest.raises(ValueError, match="expected one of web, mobile, desktop"):
        check_platform("watch")
