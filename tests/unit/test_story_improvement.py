"""Improving a story: each finding of the quality report gets a fix that keeps the user's text."""

import pytest

from generation.improve import improve_story
from generation.offline import word_story
from generation.quality import is_given_when_then, is_unhappy_path, story_findings
from generation.schemas import StoryDraft

HAPPY = "Given my card is valid, when I pay for the order, then I get a receipt."
UNHAPPY = "Given my card is declined, when I pay for the order, then I see why and am not charged."


def story(**changes) -> StoryDraft:
    fields = {
        "title": "Pay for the order",
        "description": "As a customer, I want to pay for the order, so that my food is on its way.",
        "acceptance_criteria": [HAPPY, UNHAPPY],
        "sources": ["Customers must be able to pay by card."],
    }
    return StoryDraft(**{**fields, **changes})


def rules(draft: StoryDraft, duplicate_title: bool = False) -> list[str]:
    return [rule for rule, _ in story_findings(draft, duplicate_title=duplicate_title)]


def test_a_story_that_meets_the_bar_is_left_as_it_is():
    fine = story()

    result = improve_story(fine, titles_before=["Browse menus"], titles_after=["Track the order"])

    assert result.story == fine
    assert result.changes == [] and result.unresolved == []


def test_a_missing_so_that_is_added_to_the_end_of_the_story_line():
    given = story(description="As a customer, I want to pay by card. Visa and Mastercard only.")

    result = improve_story(given)

    assert result.story.description == (
        "As a customer, I want to pay by card, so that I can complete my purchase quickly "
        "and securely. Visa and Mastercard only."
    )
    assert result.changes == [
        'Added the benefit "so that I can complete my purchase quickly and securely".'
    ]
    assert rules(result.story) == []


def test_a_benefit_written_as_so_i_can_only_gets_its_that():
    given = story(description="As a customer I want to pay by card so I can leave quickly")

    result = improve_story(given)

    assert result.story.description == (
        "As a customer I want to pay by card, so that I can leave quickly."
    )
    assert result.changes == ['Wrote the benefit as "so that".']


def test_a_description_that_is_not_a_story_line_gets_one_in_front_and_is_kept():
    given = story(description="Couriers can accept delivery requests near them.")

    result = improve_story(given)

    assert result.story.description == (
        "As a courier, I want to accept delivery requests near me, so that work moves forward "
        "without delays. Couriers can accept delivery requests near them."
    )
    assert rules(result.story) == []


def test_a_story_with_one_criterion_gets_a_second_and_keeps_its_own_first():
    given = story(acceptance_criteria=[HAPPY])

    result = improve_story(given)

    criteria = result.story.acceptance_criteria
    assert criteria[0] == HAPPY
    assert 2 <= len(criteria) <= 5
    assert any(is_unhappy_path(c) for c in criteria[1:])
    assert result.changes == ["Added an unhappy-path criterion."]
    assert rules(result.story) == []


def test_a_story_without_criteria_gets_a_happy_and_an_unhappy_path():
    result = improve_story(story(acceptance_criteria=[]))

    happy, unhappy = result.story.acceptance_criteria
    assert happy.startswith("Given my payment details are valid, when I pay for the order")
    assert is_unhappy_path(unhappy) and not is_unhappy_path(happy)
    assert result.changes == [
        "Added a criterion: a story needs at least 2.",
        "Added an unhappy-path criterion.",
    ]


def test_a_story_without_an_unhappy_path_gets_one_after_its_own_criteria():
    other = "Given I have paid, when I open the order, then I see the receipt."
    given = story(acceptance_criteria=[HAPPY, other])

    result = improve_story(given)

    criteria = result.story.acceptance_criteria
    assert criteria[:2] == [HAPPY, other]
    assert len(criteria) == 3 and is_unhappy_path(criteria[2])
    assert result.changes == ["Added an unhappy-path criterion."]


def test_criteria_not_in_given_when_then_form_are_framed_in_their_own_words():
    given = story(
        acceptance_criteria=[
            "- Card payments are accepted.",
            "When I pay twice, then I am charged once",
            UNHAPPY,
        ]
    )

    result = improve_story(given)

    first, second, third = result.story.acceptance_criteria
    assert first == (
        "Given my payment details are valid, when I pay for the order, "
        "then card payments are accepted."
    )
    assert second == "Given my payment details are valid, when I pay twice, then I am charged once."
    assert third == UNHAPPY
    assert all(is_given_when_then(c) for c in result.story.acceptance_criteria)
    assert result.changes == ["Put criteria 1 and 2 in Given/When/Then form."]


def test_a_criterion_starting_with_a_bare_verb_gets_it_as_its_subject():
    given = story(acceptance_criteria=["Sends a receipt by email", UNHAPPY])

    result = improve_story(given)

    assert result.story.acceptance_criteria[0] == (
        "Given my payment details are valid, when I pay for the order, "
        "then it sends a receipt by email."
    )


def test_a_title_an_earlier_story_has_gets_the_role_and_the_first_keeps_it():
    given = story(title="Pay")

    later = improve_story(given, titles_before=["Browse menus", "pay!"])
    first = improve_story(given, titles_after=["Pay"])

    assert later.story.title == "Pay (customer)"
    assert later.changes == ['Renamed from "Pay": an earlier story has the same title.']
    assert rules(later.story, duplicate_title=False) == []
    assert first.story.title == "Pay" and first.changes == []


def test_a_new_title_does_not_take_one_another_story_already_has():
    given = story(title="Pay")

    result = improve_story(given, titles_before=["Pay"], titles_after=["Pay (customer)"])

    assert result.story.title == "Pay (2)"


def test_more_than_five_criteria_are_kept_and_left_for_a_person():
    six = [HAPPY, UNHAPPY, *[f"Given case {n}, when I pay, then it works." for n in range(4)]]

    result = improve_story(story(acceptance_criteria=six))

    assert result.story.acceptance_criteria == six
    assert result.changes == []
    assert result.unresolved == ["6 acceptance criteria; stories need 2 to 5."]


@pytest.mark.parametrize(
    "given",
    [
        story(description="As a customer, I want to pay."),
        story(description="Pay with a card", acceptance_criteria=["Receipts are emailed"]),
        story(title="Pay", acceptance_criteria=[]),
        story(acceptance_criteria=[HAPPY, HAPPY.replace("receipt", "email")]),
    ],
    ids=["so-that", "free-text", "no-criteria", "no-unhappy-path"],
)
def test_improving_an_improved_story_changes_nothing(given):
    once = improve_story(given, titles_before=["Pay"])
    twice = improve_story(once.story, titles_before=["Pay"])

    assert once.changes
    assert twice.story == once.story
    assert twice.changes == []
    assert once.unresolved == []


def test_a_story_is_read_for_its_role_and_goal_as_the_generator_reads_requirements():
    line = word_story("Accept jobs", "As a courier, I want to accept delivery jobs.")
    plain = word_story("Export monthly reports", "")

    assert line.role == "courier" and line.when == "I accept delivery jobs"
    assert line.story_line == (
        "As a courier, I want to accept delivery jobs, so that work moves forward without delays."
    )
    assert plain.role == "user" and plain.when == "I export monthly reports"
    assert len(plain.criteria) >= 2 and any(is_unhappy_path(c) for c in plain.criteria)


def test_a_blank_looking_title_repeated_gets_a_suffix_without_a_leading_space():
    # "\x1f" counts as whitespace, so the new title is only the suffix
    given = story(title="\x1f")

    renamed = improve_story(given, titles_before=[""])
    again = improve_story(renamed.story, titles_before=[""])

    assert renamed.story.title == "(customer)"
    assert again.story == renamed.story
