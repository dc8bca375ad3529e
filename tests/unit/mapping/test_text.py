"""Text helpers: normalising, shortening and inflecting the words every stage shares."""

from generation.mapping.text import (
    a_or_an,
    heading_key,
    is_english,
    plural_of,
    short_title,
    singular_of,
)
from tests.unit.mapping.samples import read


def test_given_a_requirement_sentence_when_shortened_then_the_title_ends_on_a_whole_word():
    sentence = (
        "Patients must be able to cancel or reschedule an appointment up to 24 hours before "
        "it starts."
    )

    title = short_title(sentence)

    assert title == "Patients must be able to cancel or reschedule"


def test_given_nouns_and_headings_when_inflected_or_keyed_then_simple_english_rules_apply():
    assert singular_of("receptionists") == "receptionist"
    assert plural_of("appointment") == "appointments"
    assert (a_or_an("admin"), a_or_an("user")) == ("an", "a")
    assert heading_key("3. Must have") == "must have"


def test_given_an_english_and_a_german_document_when_checked_then_only_english_is_english():
    assert is_english(read("prose.md"))
    assert not is_english(read("non_english.md"))
