"""Reading a story into a screen: a form to fill, a list to browse or a status to follow.

Each test reads as Given (a story) / When (it is read) / Then (the screen the drawing is built
from: its kind, its button, its inputs and the messages of its unhappy paths).
"""

import pytest

from generation.wireframes import StoryContext, generate_offline_wireframe
from generation.wireframes.phrases import phrases_for
from generation.wireframes.screens import oneline, read_story, search_label, short_name
from tests.unit.wireframes.samples import CHECKOUT, SEARCH, SIGN_UP


def test_given_a_checkout_story_when_read_then_it_is_a_payment_form_with_a_choice():
    screen = read_story(CHECKOUT)

    assert (screen.kind, screen.action, screen.role) == ("checkout", "Pay now", "customer")
    assert [label for label, _ in screen.fields] == ["Card number", "Expiry / CVC"]
    assert (screen.choice_lead, screen.choices) == ("Pay by", ["Card", "Apple Pay"])
    assert [problem.message for problem in screen.problems] == [
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


# --- Labels are whole noun phrases ------------------------------------------------------------


def test_given_a_goal_with_a_number_or_an_aside_when_read_then_the_object_is_a_noun_phrase():
    # Labels once read "Restaurants within five", "Pickup address the" and "Five A"
    nearby = read_story(StoryContext(
        title="See restaurants within five kilometres",
        description="As a customer, I want to see restaurants within five kilometres, so that "
        "I eat soon.",
    ))  # fmt: skip
    pickup = read_story(StoryContext(
        title="Enter pickup address",
        description="As a rider, I want to enter a pickup address, the destination and a note, "
        "so that the driver finds me.",
    ))  # fmt: skip
    apps = read_story(StoryContext(
        title="Browse five apps", description="As a user, I want to browse five apps, so that I "
        "choose one.",
    ))  # fmt: skip

    assert (nearby.obj, nearby.noun) == ("restaurants", "Restaurant")
    assert pickup.obj == "pickup address" and pickup.action == "Enter pickup address"
    assert (apps.obj, apps.noun) == ("apps", "App")


@pytest.mark.parametrize(
    ("code", "title", "width", "label"),
    [
        ("ru", "Видеть список пациентов", 12, "Пациенты"),  # the object, in the nominative
        ("ru", "Получить подтверждение", 14, "Подтверждение"),
        ("ru", "Вести расписание врачей", 14, "Расписание"),
        ("ru", "Выбрать врача, услугу и свободное время", 20, "Выбрать врача"),  # a whole part
        ("en", "Pay by card or Apple Pay", 22, "Pay by card"),  # not "Pay by card or Apple"
        ("es", "Consultar la lista de libros disponibles", 16, "Libros"),
        ("de", "Einen freien Termin buchen", 16, "Termin"),
    ],
)
def test_given_a_title_too_long_for_a_menu_when_shortened_then_it_is_a_real_label(
    code, title, width, label
):
    assert short_name(title, width, phrases_for(code)) == label


@pytest.mark.parametrize("platform", ["web", "mobile", "desktop"])
def test_given_long_titles_when_drawn_then_navigation_items_end_in_whole_words(platform):
    story = StoryContext(
        product_name="Система онлайн-записи в частную клинику",
        activity="Выбрать врача, услугу и свободное время",
        task="Видеть список пациентов на сегодняшний день",
        title="Видеть список пациентов на день",
        description="Как врач, я хочу видеть список пациентов на день, чтобы подготовиться.",
    )

    drawing = generate_offline_wireframe(story, "high-fidelity", platform).ascii

    lines = drawing.split("\n")
    navigation = [
        line for line in lines if "Главная" in line or "ВЫБРАТЬ" in line or "https" in line
    ]
    assert navigation and not any("…" in line for line in navigation)
    assert not any(line.rstrip("│ ").endswith((" и", "услугу")) for line in navigation)
