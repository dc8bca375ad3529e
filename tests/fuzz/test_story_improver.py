"""The story improver on any story: a valid story back, and a second pass changes nothing."""

from hypothesis import assume, given
from hypothesis import strategies as st
from pydantic import ValidationError

from generation.improve import improve_story
from generation.schemas import StoryDraft
from tests.fuzz.budget import fuzz
from tests.fuzz.strategies import story_fields, story_text

titles = st.lists(st.one_of(story_text, st.sampled_from(["Pay", "pay!", "Pay (customer)"])),
                  max_size=4)  # fmt: skip


def valid_story(fields: dict) -> StoryDraft:
    """The fields as a story the schema accepts (others never reach the improver)."""
    try:
        return StoryDraft(**fields)
    except ValidationError:
        assume(False)


@given(fields=story_fields(), before=titles, after=titles)
@fuzz(1_000)
def test_any_story_is_improved_into_a_valid_story_and_a_second_pass_changes_nothing(
    fields, before, after
):
    # Given any story the schema accepts, and the titles around it on the map
    story = valid_story(fields)

    # When it is improved, and then improved again
    first = improve_story(story, titles_before=before, titles_after=after)
    second = improve_story(first.story, titles_before=before, titles_after=after)

    # Then the result is a valid story, and improving it again changes nothing
    assert StoryDraft.model_validate(first.story.model_dump()) == first.story
    assert all(isinstance(change, str) and change for change in first.changes)
    assert second.story == first.story
    assert second.changes == []
    assert second.unresolved == first.unresolved
