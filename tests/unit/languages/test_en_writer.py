"""The English writer: requirements read into clauses, stories written back in English."""

import pytest

from generation.languages.en.clauses import is_person, read_clauses
from generation.languages.en.writing import EnglishWriter

WRITER = EnglishWriter()


def read(text: str) -> list[tuple]:
    return [(c.role, c.system, c.verb, c.rest) for c in WRITER.clauses(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Customers can cancel or reschedule a booking up to 12 hours before it.",
         [("customer", None, "cancel or reschedule", "a booking up to 12 hours before it")]),
        ("The system shall allow admins to export reports and archive old tickets.",
         [("admin", None, "export", "reports"), ("admin", None, "archive", "old tickets")]),
        ("Couriers accept delivery requests.", [("courier", None, "accept", "delivery requests")]),
        ("Export invoices as PDF", [(None, None, "export", "invoices as PDF")]),
        ("Users must be able to reset their password by email.",
         [("user", None, "reset", "my password by email")]),
        # The product's behaviour, for the person it serves.
        ("The app sends a reminder to the patient one day before the appointment.",
         [("patient", None, "receive", "a reminder one day before the appointment")]),
        # A story already written keeps its role and its reason.
        ("As a traveler, I want to reorder or delete items so that my trip reflects my choices.",
         [("traveler", None, "reorder or delete", "items")]),
        # Real items of tests/data/real: a feature named by nouns, a command after an adverb.
        ("In the future: online payment and reviews of doctors.",
         [(None, None, "", "online payment"), (None, None, "", "reviews of doctors")]),
        ("Easily browse available tools, rent what you need",
         [(None, None, "browse", "available tools"), (None, None, "rent", "what I need")]),
        ("Passwords must be hashed with bcrypt.",
         [(None, "Passwords", "be", "hashed with bcrypt")]),
    ],
)  # fmt: skip
def test_requirement_shapes_are_read(text, expected):
    assert read(text) == expected


def test_a_stated_reason_becomes_the_benefit():
    (clause,) = read_clauses(
        "As a budget-conscious user, I want to see total costs by category so I can stay "
        "within limits."
    )

    line = WRITER.story_line(clause.role, clause, WRITER.benefit(clause, WRITER.category(clause)))

    assert line == (
        "As a budget-conscious user, I want to see total costs by category, so that I can stay "
        "within limits."
    )


def test_titles_are_short_without_articles_or_asides_and_never_cut_mid_phrase():
    (clause,) = read_clauses("Add map & route view (connect POIs to Google Maps).")
    (limit,) = read_clauses("Patients can cancel an appointment no later than 12 hours before it.")

    assert WRITER.title(clause) == "Add map & route view"
    assert WRITER.title(limit) == "Cancel appointment"


def test_a_limit_gives_the_unhappy_path_its_situation():
    (clause,) = read_clauses("Customers can cancel a booking up to 12 hours before it.")

    happy, unhappy = WRITER.criteria(clause, WRITER.category(clause), "customer")

    assert happy.startswith("Given it is more than 12 hours before, when I cancel a booking, then ")
    assert unhappy.startswith(
        "Given it is less than 12 hours before, when I try to cancel a booking"
    )


def test_a_system_rule_is_a_wish_about_the_product():
    (clause,) = read_clauses("If the card is declined, the order is not placed.")

    line = WRITER.story_line("customer", clause, "I am never charged for nothing")

    assert line == (
        "As a customer, I want the order not to be placed if the card is declined, so that I am "
        "never charged for nothing."
    )


def test_people_are_told_from_things():
    people = ["driver", "manager", "visitor", "customer", "pharmacist", "attendee"]
    things = ["voiceover", "header", "server", "button", "order", "app"]

    assert all(is_person(word) for word in people)
    assert not any(is_person(word) for word in things)


def test_an_article_follows_the_roles_sound():
    (clause,) = read_clauses("Admins can block users.")

    assert WRITER.story_line("admin", clause, "x").startswith("As an admin, ")
    assert WRITER.story_line("user", clause, "x").startswith("As a user, ")
