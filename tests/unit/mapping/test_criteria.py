"""Criteria: a story's Given/When/Then acceptance criteria."""

from generation.mapping.blocks import parse_blocks
from generation.mapping.criteria import acceptance_criteria
from generation.mapping.statements import product_title_heading, read_statements
from generation.mapping.stories import collect_stories
from generation.offline import generate_offline_map
from tests.unit.mapping.samples import (
    FOOD_DELIVERY,
    HEADINGS_WITH_BULLETS,
    all_stories,
    read,
    story_from,
)


def test_given_a_cancellation_with_a_deadline_when_criteria_are_written_then_both_are_checked():
    # Given moscow_numbered.md's "Patients must be able to cancel or reschedule an appointment
    # up to 24 hours before it starts."
    blocks = parse_blocks(read("moscow_numbered.md"))
    stories = collect_stories(read_statements(blocks, product_title_heading(blocks)), True)
    cancel = next(s for s in stories if s.goal.verb == "cancel")

    criteria = acceptance_criteria(cancel, cancel.role)

    assert criteria == [
        "Given it is still allowed to cancel, when I cancel an appointment, then it is "
        "cancelled and I get a confirmation.",
        "Given it is too late to cancel, when I cancel an appointment, then I am told why and "
        "it is not cancelled.",
        'Given the requirement says "up to 24 hours", when I cancel an appointment, then the '
        "result stays up to 24 hours, and going past it shows a clear message.",
    ]


# --- Through the whole map ----------------------------------------------------------------


def test_given_a_prohibition_when_generated_then_it_is_a_rule_with_a_refusal_criterion():
    story = all_stories(generate_offline_map("Patients cannot see other patients' records."))[0]

    assert story.description.startswith(
        'As a patient, I want the rule "patients cannot see other patients\' records"'
    )
    assert any("not allowed" in c for c in story.acceptance_criteria)


def test_given_a_payment_story_when_generated_then_its_unhappy_path_is_a_declined_payment():
    draft = generate_offline_map(FOOD_DELIVERY)

    criteria = story_from(draft, "Customers must pay").acceptance_criteria
    assert any("declined" in c for c in criteria)


def test_given_a_stated_limit_when_generated_then_a_criterion_checks_it():
    draft = generate_offline_map(HEADINGS_WITH_BULLETS)

    criteria = story_from(draft, "cancel a booking").acceptance_criteria
    assert any("up to 2 hours" in c for c in criteria)


def test_given_braces_in_a_condition_when_generated_then_they_are_kept_as_written():
    draft = generate_offline_map("When the {status} changes, customers can see the order.")

    criterion = all_stories(draft)[0].acceptance_criteria[0]
    assert criterion.startswith("Given the {status} changes, when I see the order")
