"""Roles: the people a requirement is for, found in the text's nouns and headings."""

from generation.mapping.roles import role_from_words
from generation.offline import generate_offline_map
from tests.unit.mapping.samples import FOOD_DELIVERY, HEADINGS_WITH_BULLETS, story_from


def test_given_the_people_a_real_document_names_when_read_then_each_is_a_singular_role():
    # Given subjects from prose.md, moscow_numbered.md and noisy.md
    subjects = [["Restaurant", "staff"], ["Receptionists"], ["The", "clinic", "administrator"]]

    roles = [role_from_words(words) for words in subjects]

    assert roles == ["restaurant staff member", "receptionist", "clinic administrator"]
    assert role_from_words(["Support", "agents"]) == "support agent"
    assert role_from_words(["Payment"]) is None  # a thing, not a person


# --- Through the whole map ----------------------------------------------------------------


def test_given_food_delivery_prose_when_generated_then_each_actor_is_the_role_of_their_stories():
    draft = generate_offline_map(FOOD_DELIVERY)

    assert story_from(draft, "Couriers can accept").description.startswith("As a courier, ")
    assert story_from(draft, "Customers must pay").description.startswith("As a customer, ")
    staff = story_from(draft, "Restaurant staff must")
    assert staff.description.startswith("As a restaurant staff member, ")
    # The app is not a person: its stories belong to the main role in the text.
    receipt = story_from(draft, "The app should send a receipt")
    assert receipt.description.startswith("As a customer, I want the app to send a receipt")


def test_given_walkers_and_owners_when_generated_then_both_roles_are_found():
    draft = generate_offline_map(HEADINGS_WITH_BULLETS)

    assert story_from(draft, "Walkers can accept").description.startswith("As a walker, ")
    assert story_from(draft, "Owners can book").description.startswith("As an owner, ")
