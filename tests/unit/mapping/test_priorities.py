"""Priorities: the release a requirement's wording or its MoSCoW heading asks for."""

import pytest

from generation.mapping.priorities import heading_priority, wording_priority
from generation.offline import generate_offline_map
from tests.unit.mapping.samples import BULLETED_PRD, all_stories, story_from


@pytest.mark.parametrize(
    ("sentence", "release"),
    [
        ("Patients must be able to see a doctor's free slots for the next 8 weeks.", "MVP"),
        (
            "The system should send a reminder 48 hours and 2 hours before each appointment.",
            "Release 1",
        ),
        ("Patients could add an appointment to their Google, Apple or Outlook calendar.", "Later"),
        ("Kunden müssen eine Kreditkarte oder ein SEPA-Lastschriftmandat hinterlegen.", "MVP"),
        (
            "Pitchside lets players find and book tennis, padel and five-a-side football courts.",
            None,
        ),
    ],
)
def test_given_a_real_requirement_when_its_wording_is_read_then_it_states_its_release(
    sentence, release
):
    assert wording_priority(sentence) == release


def test_given_moscow_headings_of_a_real_document_when_read_then_each_names_a_release():
    headings = ["Must have", "Should have", "Could have", "Search"]

    releases = [heading_priority(h) for h in headings]

    assert releases == ["MVP", "Release 1", "Later", None]


# --- Through the whole map ----------------------------------------------------------------


def test_given_moscow_headings_when_generated_then_items_take_the_heading_priority():
    draft = generate_offline_map(BULLETED_PRD)

    assert story_from(draft, "Pay with credit card").priority == "MVP"
    assert story_from(draft, "Search products").priority == "MVP"
    assert story_from(draft, "schedule a delivery slot").priority == "Release 1"
    assert story_from(draft, "Track the delivery").priority == "Release 1"
    assert story_from(draft, "Recipe suggestions").priority == "Later"
    assert story_from(draft, "Dark mode").priority == "Later"


@pytest.mark.parametrize(
    ("sentence", "priority"),
    [
        ("Customers must be able to pay by card.", "MVP"),
        ("Payment by card is required for every order.", "MVP"),
        ("Customers can pay by card.", "MVP"),
        ("Customers should be able to pay by card.", "Release 1"),
        ("Customers could pay by card.", "Later"),
        ("It would be nice to have card payments later.", "Later"),
        ("Optionally, customers can pay by card.", "Later"),
    ],
)
def test_given_priority_wording_when_generated_then_the_release_follows_it(sentence, priority):
    draft = generate_offline_map(sentence)

    assert all_stories(draft)[0].priority == priority
