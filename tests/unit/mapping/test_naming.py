"""Naming: the titles of tasks and activities, and the product's name."""

from generation.mapping.blocks import parse_blocks
from generation.mapping.naming import heading_to_activity, product_name, system_noun
from generation.mapping.statements import product_title_heading
from generation.offline import generate_offline_map
from tests.unit.mapping.samples import FOOD_DELIVERY, HEADINGS_WITH_BULLETS, activity_titles, read


def test_given_the_headings_of_a_real_document_when_named_then_they_read_as_verb_phrases():
    # Given headings of headings_with_bullets.md and long_spec.md
    headings = ["Booking", "Payments", "Notifications", "Order tracking", "User accounts"]

    names = [heading_to_activity(h, []) for h in headings]

    assert names == [
        "Make a booking",
        "Pay",
        "Get notified",
        "Track the order",
        "Manage user accounts",
    ]


def test_given_a_document_with_a_title_heading_when_named_then_the_product_is_the_title():
    text = read("headings_with_bullets.md")
    blocks = parse_blocks(text)

    name = product_name(text, blocks, product_title_heading(blocks))

    assert name == "Pitchside"
    assert system_noun(text) == "platform"


# --- Through the whole map ----------------------------------------------------------------


def test_given_food_delivery_prose_when_generated_then_product_is_named_from_the_text():
    draft = generate_offline_map(FOOD_DELIVERY)

    assert draft.product_name == "Food delivery app"


def test_given_content_headings_when_generated_then_they_become_verb_phrase_activities():
    draft = generate_offline_map(HEADINGS_WITH_BULLETS)

    assert draft.product_name == "PetPal"
    assert activity_titles(draft) == [
        "Get started",
        "Find a walker",
        "Make a booking",
        "Pay",
        "Track the walk",
    ]
