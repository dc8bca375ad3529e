"""Reading a story into a screen: a form to fill, a list to browse or a status to follow.

Each test reads as Given (a story) / When (it is read) / Then (the screen the drawing is built
from: its kind, its button, its inputs and the messages of its unhappy paths).
"""

from generation.wireframes import StoryContext
from generation.wireframes.screens import oneline, read_story, search_label
from tests.unit.wireframes.samples import CHECKOUT, SEARCH, SIGN_UP


def test_given_a_checkout_story_when_read_then_it_is_a_payment_form_with_a_choice():
    screen = read_story(CHECKOUT)

    assert (screen.kind, screen.action, screen.role) == ("form", "Pay now", "customer")
    assert [label for label, _ in screen.fields] == ["Card number", "Expiry / CVC"]
    assert (screen.choice_lead, screen.choices) == ("Pay by", ["Card", "Apple Pay"])
    assert [message for message, _ in screen.problems] == [
        "Card declined. Try another card.",
        "No connection. Nothing is lost.",
    ]


def test_given_a_search_story_when_read_then_it_is_a_list_to_browse():
    screen = read_story(SEARCH)

    assert (screen.kind, screen.browse, screen.obj, screen.fields) == ("list", True, "dishes", [])
    assert search_label(screen) == "Search"
    assert screen.problems[0][0] == "No dishes match your search. Try other words."


def test_given_a_sign_up_story_when_read_then_the_form_asks_for_what_an_account_needs():
    screen = read_story(SIGN_UP)

    assert [label for label, _ in screen.fields] == ["Full name", "Email", "Password"]
    assert screen.action == "Create account"
    assert screen.problems[0][0] == "This email is already registered."


def test_given_a_story_to_follow_something_when_read_then_it_is_a_status_screen():
    story = StoryContext(
        title="Track my order",
        description="As a customer, I want to track my order, so that I know when it comes.",
        acceptance_criteria=[
            "Given the status cannot be loaded, when I open the order, then I see the last one."
        ],
    )

    screen = read_story(story)

    assert (screen.kind, screen.action, screen.goal) == ("status", "Refresh", "track my order")
    assert screen.problems[0][0] == "Showing the last known status; may be stale."


def test_given_wide_characters_when_read_for_the_markdown_then_they_are_kept():
    story = StoryContext(title="Искать 寿司 🍣", task="Поиск")

    assert read_story(story).title == "Искать ? ?"
    assert read_story(story, oneline).title == "Искать 寿司 🍣"
