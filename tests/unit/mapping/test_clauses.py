"""Clauses: who wants what, found around modal verbs and present-tense actions."""

from generation.mapping.clauses import find_clauses
from generation.mapping.text import norm
from generation.offline import generate_offline_map
from tests.unit.mapping.samples import ONE_LINER, all_stories


def clauses_of(sentence: str) -> tuple[list[tuple[str, str, str]], str]:
    """(subject, kind, first predicate words) of each clause, and the leading condition."""
    tokens = sentence.split()
    clauses, condition = find_clauses(tokens, [norm(t) for t in tokens])
    found = [(" ".join(c.subject), c.subject_kind, " ".join(c.predicate[:4])) for c in clauses]
    return found, condition


def test_given_a_system_sentence_with_a_who_clause_when_read_then_both_clauses_are_found():
    # Given a sentence of prose.md
    sentence = (
        "The system should offer each ready order to the nearest available courier, who can "
        "accept or decline it from the courier app."
    )

    found, condition = clauses_of(sentence)

    assert found == [
        ("The system", "system", "offer each ready order"),
        ("the nearest available courier,", "actor", "accept or decline it"),
    ]
    assert condition == ""


def test_given_a_leading_when_when_read_then_it_is_the_condition_and_they_the_subject():
    sentence = (
        "When customers open the app, they must be able to see restaurants within five "
        "kilometres of their current location."
    )

    found, condition = clauses_of(sentence)

    assert found == [("they", "pronoun", "be able to see")]
    assert condition == "customers open the app"


# --- Through the whole map ----------------------------------------------------------------


def test_given_a_one_liner_when_generated_then_it_still_yields_a_story_with_its_actor():
    draft = generate_offline_map(ONE_LINER)
    stories = all_stories(draft)

    assert len(stories) == 1
    assert stories[0].description.startswith("As a student, I want to swap used textbooks")
    assert stories[0].sources == [ONE_LINER]
