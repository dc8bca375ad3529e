"""Categories: what a story is about, and where it sits in a user's journey."""

import pytest

from generation.mapping.categories import CLUSTER_OF, category_of, feature_category


@pytest.mark.parametrize(
    ("verb", "rest", "category"),
    [
        ("track", "their courier on a live map", "track"),
        ("add", "dishes to a basket", "create"),
        ("see", "the pickup address", "view"),
        ("receive", "an itemised receipt by email", "notify"),
        ("edit", "my profile", "account"),
    ],
)
def test_given_goals_from_real_requirements_when_categorised_then_verb_and_object_decide(
    verb, rest, category
):
    # Given goals of prose.md ("Customers should be able to track their courier ...")
    assert category_of(verb, rest.split()) == category


def test_given_categories_when_placed_then_they_fall_in_their_journey_steps():
    assert CLUSTER_OF["signup"] == "account"
    assert CLUSTER_OF["track"] == "follow"
    assert feature_category("Recipe suggestions based on the cart".split()) == "search"
