"""The offline generator turns requirements text into a story map without any AI provider.

Each test reads as Given (a kind of requirements text) / When (the map is generated) / Then
(what a product manager looking at the map would notice).
"""

import re
from functools import cache

import pytest

from generation.offline import generate_offline_map, requirement_sentences
from generation.schemas import StoryDraft, StoryMapDraft

FOOD_DELIVERY = (
    "A food delivery app where customers order from nearby restaurants, couriers pick up and "
    "deliver orders, and restaurant staff manage menus. Customers must be able to sign up with "
    "email or phone. Customers can browse restaurants by cuisine and search for dishes. "
    "Customers should be able to save favourite restaurants so that they can reorder quickly. "
    "Customers must pay by card or Apple Pay. Customers can track their order on a map in real "
    "time. Couriers will be notified when an order is ready for pickup. Couriers can accept or "
    "decline delivery requests. Restaurant staff must be able to update prices and mark dishes "
    "as sold out. Customers could rate couriers to help other customers choose. The app should "
    "send a receipt by email after each order."
)

BULLETED_PRD = """# QuickCart - Product Requirements

## Overview
QuickCart is a grocery delivery app for busy families.

## Must have
- Users can create an account with email and password
- Search products by name or category
- Add items to a cart and check out
- Pay with credit card

## Should have
- Users should be able to schedule a delivery slot
- Track the delivery on a map

## Could have
- Recipe suggestions based on the cart
- Dark mode

## Out of scope
- Users can pay in cash
"""

HEADINGS_WITH_BULLETS = """# PetPal

PetPal helps dog owners find trusted walkers nearby.

## Onboarding
- Owners sign up with their phone number
- Walkers must verify their identity before accepting walks

## Finding a walker
- Owners can filter walkers by price, rating and distance
- Owners can view a walker's profile and reviews

## Booking
- Owners can book a walk for a specific time
- Owners can cancel a booking up to 2 hours before the walk
- Walkers can accept or reject booking requests

## Payments
- Owners pay through the app after the walk
- Walkers receive weekly payouts

## Walk tracking
- Owners can follow the walk live on a map
- Owners receive a photo when the walk ends
"""

ONE_LINER = "An app where students swap used textbooks with classmates on campus."

INTERNATIONAL = (
    "Приложение для доставки еды 🍕. Клиенты заказывают еду в ресторанах. "
    "Курьеры доставляют заказы быстро 🚴.\n外卖应用。顾客可以在线点餐。骑手负责配送订单。😀🎉"
)

HTML_AND_CODE = """<html><head><title>Booking tool</title><style>body { color: red; }</style></head>
<body>
<h1>Salon Booker</h1>
<p>Clients can <b>book appointments</b> online &amp; get reminders.</p>
<ul><li>Stylists must be able to set their working hours</li>
<li>Clients should receive an SMS reminder 24 hours before</li></ul>
<script>alert("x"); var a = 1;</script>
```python
def book(slot):
    return slot.reserve()
```
const total = items.reduce((a, b) => a + b, 0);
The admin can export monthly revenue reports.
</body></html>"""

UNHAPPY_WORDS = re.compile(
    r"\b(invalid|not|no|fails?|error|declined|missing|wrong|lost|cannot|too late|already|empty)\b",
    re.IGNORECASE,
)
CRITERION_SHAPE = re.compile(r"^Given .+, when .+, then .+\.$")

SAMPLES = {
    "food delivery prose": FOOD_DELIVERY,
    "bulleted PRD": BULLETED_PRD,
    "headings with bullets": HEADINGS_WITH_BULLETS,
    "one-liner": ONE_LINER,
    "Cyrillic, CJK and emoji": INTERNATIONAL,
    "HTML and code": HTML_AND_CODE,
}


def _fifty_thousand_characters() -> str:
    """A long requirements document: many numbered requirements for many roles."""
    roles = ["Customers", "Couriers", "Restaurant staff", "Admins", "The app"]
    wants = [
        "can browse restaurants in district {n}",
        "must pay invoice {n} by card",
        "should track delivery {n} on a map",
        "could export report {n} as CSV",
        "can update menu section {n}",
        "must receive a notification when order {n} is ready",
    ]
    lines = ["# Big Food Platform", ""]
    n = 0
    while sum(len(line) + 1 for line in lines) <= 50_100:
        if n % 40 == 0:
            lines += ["", f"## Area {n // 40}", ""]
        lines.append(f"- {roles[n % len(roles)]} {wants[n % len(wants)].format(n=n)}.")
        n += 1
    text = "\n".join(lines)[:50_000]
    return text[:-1] + "." if text[-1].isspace() else text  # the app hands over trimmed text


BIG_DOCUMENT = _fifty_thousand_characters()


@cache
def _generated(text: str) -> StoryMapDraft:
    """The map for a text, made once for the tests that only read it."""
    return generate_offline_map(text)


def _all_stories(draft: StoryMapDraft) -> list[StoryDraft]:
    """Every story card on the map, left to right."""
    return [s for a in draft.activities for t in a.tasks for s in t.stories]


def _story_from(draft: StoryMapDraft, fragment: str) -> StoryDraft:
    """The first story whose source sentence contains the fragment."""
    for story in _all_stories(draft):
        if any(fragment in source for source in story.sources):
            return story
    raise AssertionError(f"no story came from {fragment!r}")


def _activity_titles(draft: StoryMapDraft) -> list[str]:
    """The backbone, as a user reads it."""
    return [a.title for a in draft.activities]


# --- Given a paragraph of prose ------------------------------------------------------------


def test_given_food_delivery_prose_when_generated_then_product_is_named_from_the_text():
    draft = generate_offline_map(FOOD_DELIVERY)

    assert draft.product_name == "Food delivery app"


def test_given_food_delivery_prose_when_generated_then_each_actor_is_the_role_of_their_stories():
    draft = generate_offline_map(FOOD_DELIVERY)

    assert _story_from(draft, "Couriers can accept").description.startswith("As a courier, ")
    assert _story_from(draft, "Customers must pay").description.startswith("As a customer, ")
    staff = _story_from(draft, "Restaurant staff must")
    assert staff.description.startswith("As a restaurant staff member, ")
    # The app is not a person: its stories belong to the main role in the text.
    receipt = _story_from(draft, "The app should send a receipt")
    assert receipt.description.startswith("As a customer, I want the app to send a receipt")


def test_given_food_delivery_prose_when_generated_then_activities_follow_the_user_journey():
    draft = generate_offline_map(FOOD_DELIVERY)
    titles = _activity_titles(draft)

    assert 3 <= len(titles) <= 8
    assert titles[0] == "Sign up"
    for earlier, later in [("Sign up", "Find restaurants"), ("Place an order", "Pay")]:
        assert titles.index(earlier) < titles.index(later)
    assert any(title.startswith("Track") for title in titles)
    assert any(title.startswith("Manage") for title in titles)


def test_given_a_sentence_with_several_verbs_when_generated_then_each_verb_is_its_own_story():
    draft = generate_offline_map(FOOD_DELIVERY)
    titles = {s.title for s in _all_stories(draft)}

    assert {"Accept delivery requests", "Decline delivery requests"} <= titles
    assert {"Pick up orders", "Deliver orders"} <= titles


def test_given_a_reason_in_the_text_when_generated_then_the_benefit_uses_it():
    draft = generate_offline_map(FOOD_DELIVERY)

    favourites = _story_from(draft, "save favourite restaurants")
    assert favourites.description == (
        "As a customer, I want to save favourite restaurants, so that I can reorder quickly."
    )
    rating = _story_from(draft, "rate couriers")
    assert rating.description.endswith("so that I can help other customers choose.")


def test_given_no_reason_in_the_text_when_generated_then_a_plain_benefit_fits_the_verb():
    draft = generate_offline_map(FOOD_DELIVERY)

    browse = _story_from(draft, "browse restaurants by cuisine")
    assert browse.description.endswith("so that I can find what I need quickly.")


def test_given_an_intro_sentence_when_generated_then_it_is_not_a_story():
    text = "FoodNow is a startup from Berlin. Customers can order pizza from nearby restaurants."

    draft = generate_offline_map(text)

    assert [s.title for s in _all_stories(draft)] == ["Order pizza from nearby restaurants"]
    assert draft.product_name == "FoodNow"


def test_given_the_system_serves_someone_when_generated_then_that_person_is_the_role():
    text = "The system shall send an alert to the dispatcher when a vehicle is overdue."

    story = _all_stories(generate_offline_map(text))[0]

    assert story.description.startswith(
        "As a dispatcher, I want the system to send an alert to me when a vehicle is overdue"
    )


def test_given_stories_already_written_when_generated_then_role_goal_and_reason_are_kept():
    text = (
        "1. As a member, I want to search the catalogue by author so that I can find books.\n"
        "2. As a librarian, I want to register new members, so that they can borrow books."
    )

    draft = generate_offline_map(text)

    assert _story_from(draft, "As a member").description == (
        "As a member, I want to search the catalogue by author, so that I can find books."
    )
    assert _story_from(draft, "As a librarian").description == (
        "As a librarian, I want to register new members, so that they can borrow books."
    )


def test_given_a_prohibition_when_generated_then_it_is_a_rule_with_a_refusal_criterion():
    story = _all_stories(generate_offline_map("Patients cannot see other patients' records."))[0]

    assert story.description.startswith(
        'As a patient, I want the rule "patients cannot see other patients\' records"'
    )
    assert any("not allowed" in c for c in story.acceptance_criteria)


# --- Given a bulleted PRD with must/should/could ------------------------------------------------


def test_given_moscow_headings_when_generated_then_items_take_the_heading_priority():
    draft = generate_offline_map(BULLETED_PRD)

    assert _story_from(draft, "Pay with credit card").priority == "MVP"
    assert _story_from(draft, "Search products").priority == "MVP"
    assert _story_from(draft, "schedule a delivery slot").priority == "Release 1"
    assert _story_from(draft, "Track the delivery").priority == "Release 1"
    assert _story_from(draft, "Recipe suggestions").priority == "Later"
    assert _story_from(draft, "Dark mode").priority == "Later"


def test_given_moscow_headings_when_generated_then_they_are_not_activities_and_scope_is_kept():
    draft = generate_offline_map(BULLETED_PRD)
    titles = " ".join(_activity_titles(draft)).lower()

    assert draft.product_name == "QuickCart"
    assert "must" not in titles and "should" not in titles and "could" not in titles
    assert not any("cash" in source for s in _all_stories(draft) for source in s.sources)


def test_given_a_wont_have_section_when_generated_then_its_items_are_left_out():
    text = "## Must have\n- Patients can book visits\n\n## Won't have (this time)\n- Video calls"

    sources = [src for s in _all_stories(generate_offline_map(text)) for src in s.sources]

    assert sources == ["Patients can book visits"]


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

    assert _all_stories(draft)[0].priority == priority


def test_given_a_labelled_line_when_generated_then_the_label_sets_the_priority():
    text = "Customers can order pizza online.\nNice to have: dark mode and push notifications."

    draft = generate_offline_map(text)

    assert _story_from(draft, "order pizza").priority == "MVP"
    later = {s.title: s.priority for s in _all_stories(draft) if s.priority == "Later"}
    assert later == {"Dark mode": "Later", "Push notifications": "Later"}


def test_given_imperative_bullets_when_generated_then_they_become_stories_of_the_main_role():
    draft = generate_offline_map(BULLETED_PRD)

    search = _story_from(draft, "Search products by name or category")
    assert search.description.startswith("As a user, I want to search products by name")
    assert {"Add items to a cart", "Check out"} <= {s.title for s in _all_stories(draft)}


# --- Given headings with sub-bullets -----------------------------------------------------------


def test_given_content_headings_when_generated_then_they_become_verb_phrase_activities():
    draft = generate_offline_map(HEADINGS_WITH_BULLETS)

    assert draft.product_name == "PetPal"
    assert _activity_titles(draft) == [
        "Get started",
        "Find a walker",
        "Make a booking",
        "Pay",
        "Track the walk",
    ]


def test_given_content_headings_when_generated_then_tasks_group_stories_by_verb_and_object():
    draft = generate_offline_map(HEADINGS_WITH_BULLETS)
    booking = next(a for a in draft.activities if a.title == "Make a booking")

    assert [t.title for t in booking.tasks] == [
        "Book walk",
        "Cancel booking",
        "Accept booking requests",
        "Reject booking requests",
    ]


def test_given_walkers_and_owners_when_generated_then_both_roles_are_found():
    draft = generate_offline_map(HEADINGS_WITH_BULLETS)

    assert _story_from(draft, "Walkers can accept").description.startswith("As a walker, ")
    assert _story_from(draft, "Owners can book").description.startswith("As an owner, ")


# --- Given unusual input -------------------------------------------------------------------------


def test_given_a_one_liner_when_generated_then_it_still_yields_a_story_with_its_actor():
    draft = generate_offline_map(ONE_LINER)
    stories = _all_stories(draft)

    assert len(stories) == 1
    assert stories[0].description.startswith("As a student, I want to swap used textbooks")
    assert stories[0].sources == [ONE_LINER]


def test_given_cyrillic_cjk_and_emoji_when_generated_then_every_sentence_is_kept():
    draft = generate_offline_map(INTERNATIONAL)
    sources = [source for s in _all_stories(draft) for source in s.sources]

    for sentence in [
        "Клиенты заказывают еду в ресторанах.",
        "顾客可以在线点餐。",
        "骑手负责配送订单。",
    ]:
        assert sentence in sources
    descriptions = " ".join(s.description for s in _all_stories(draft))
    assert "Курьеры доставляют заказы быстро 🚴" in descriptions
    assert draft.product_name == "Приложение для доставки еды 🍕"


def test_given_html_and_code_when_generated_then_markup_and_code_are_not_stories():
    draft = generate_offline_map(HTML_AND_CODE)
    text = " ".join(s.title + " " + s.description for s in _all_stories(draft))

    assert draft.product_name == "Salon Booker"
    for noise in ["<", "alert", "reduce", "def ", "color", "&amp;"]:
        assert noise not in text
    titles = {s.title for s in _all_stories(draft)}
    assert {"Book appointments online", "Set working hours"} <= titles
    assert _story_from(draft, "working hours").description.startswith("As a stylist, ")


def test_given_a_50000_character_document_when_generated_then_a_bounded_map_is_made():
    assert len(BIG_DOCUMENT) == 50_000

    draft = _generated(BIG_DOCUMENT)

    assert draft.product_name == "Big Food Platform"
    assert 3 <= len(draft.activities) <= 8
    assert len(_all_stories(draft)) > 500


@pytest.mark.parametrize(
    "text",
    [
        "?!" * 10,
        "<<<<<<<<<<<<",
        "```\nx = 1\n```\n```",
        "- \n- \n1. \n# \n## Must have:",
        "a" * 5000,
        "🍕" * 100,
        "| Feature | Priority |\n|---|---|\n| Customers can pay | Must |",
    ],
)
def test_given_odd_input_when_generated_then_a_valid_map_is_still_returned(text):
    draft = generate_offline_map(text)

    assert draft.product_name
    assert _all_stories(draft)


# --- Whatever the input: the quality bar ---------------------------------------------------------


@pytest.mark.parametrize("text", [*SAMPLES.values(), BIG_DOCUMENT], ids=[*SAMPLES, "50 KB"])
def test_given_the_same_text_twice_when_generated_then_the_maps_are_identical(text):
    assert generate_offline_map(text) == generate_offline_map(text)


@pytest.mark.parametrize("text", SAMPLES.values(), ids=SAMPLES.keys())
def test_given_any_text_when_generated_then_every_story_reads_as_a_user_story(text):
    for story in _all_stories(_generated(text)):
        assert re.fullmatch(r"As an? .+, I want .+, so that .+\.", story.description)
        assert 1 <= len(story.title.split()) <= 10


@pytest.mark.parametrize("text", SAMPLES.values(), ids=SAMPLES.keys())
def test_given_any_text_when_generated_then_criteria_are_testable_with_an_unhappy_path(text):
    for story in _all_stories(_generated(text)):
        assert 2 <= len(story.acceptance_criteria) <= 5
        assert all(CRITERION_SHAPE.match(c) for c in story.acceptance_criteria)
        assert any(UNHAPPY_WORDS.search(c) for c in story.acceptance_criteria)


def test_given_a_payment_story_when_generated_then_its_unhappy_path_is_a_declined_payment():
    draft = generate_offline_map(FOOD_DELIVERY)

    criteria = _story_from(draft, "Customers must pay").acceptance_criteria
    assert any("declined" in c for c in criteria)


def test_given_a_stated_limit_when_generated_then_a_criterion_checks_it():
    draft = generate_offline_map(HEADINGS_WITH_BULLETS)

    criteria = _story_from(draft, "cancel a booking").acceptance_criteria
    assert any("up to 2 hours" in c for c in criteria)


@pytest.mark.parametrize("text", [*SAMPLES.values(), BIG_DOCUMENT], ids=[*SAMPLES, "50 KB"])
def test_given_any_text_when_generated_then_story_titles_are_unique(text):
    titles = [s.title.lower() for s in _all_stories(_generated(text))]

    assert len(titles) == len(set(titles))


def test_given_the_same_goal_for_two_roles_when_generated_then_titles_are_told_apart():
    text = "Customers can track orders. Couriers can track orders. Admins can track orders."

    titles = [s.title for s in _all_stories(generate_offline_map(text))]

    assert sorted(titles) == ["Track orders", "Track orders (admin)", "Track orders (courier)"]


def test_given_a_repeated_requirement_when_generated_then_it_is_one_story_with_both_sources():
    text = "Customers can track orders.\n\nLater in the document: Customers can track orders."

    stories = _all_stories(generate_offline_map(text))

    assert [s.title for s in stories] == ["Track orders"]
    assert stories[0].sources == [
        "Customers can track orders.",
        "Later in the document: Customers can track orders.",
    ]


@pytest.mark.parametrize("text", [*SAMPLES.values(), BIG_DOCUMENT], ids=[*SAMPLES, "50 KB"])
def test_given_any_text_when_generated_then_sources_quote_the_input(text):
    flat = " ".join(text.split())
    for story in _all_stories(_generated(text)):
        assert story.sources
        assert all(source in flat for source in story.sources)


@pytest.mark.parametrize("text", [*SAMPLES.values(), BIG_DOCUMENT], ids=[*SAMPLES, "50 KB"])
def test_given_any_text_when_generated_then_every_activity_has_an_mvp_story_and_no_gaps(text):
    draft = _generated(text)

    assert 1 <= len(draft.activities) <= 8
    for activity in draft.activities:
        assert activity.tasks and all(task.stories for task in activity.tasks)
        assert any(s.priority == "MVP" for t in activity.tasks for s in t.stories)


def test_given_prose_when_asked_for_requirement_sentences_then_intro_and_scope_are_left_out():
    text = (
        "FoodNow is a startup from Berlin. Customers can order pizza. Couriers must deliver it.\n\n"
        "## Out of scope\n- Customers can pay in cash."
    )

    assert requirement_sentences(text) == [
        "Customers can order pizza.",
        "Couriers must deliver it.",
    ]


def test_given_any_text_when_generated_then_every_requirement_sentence_has_a_story():
    for text in SAMPLES.values():
        quoted = {source for s in _all_stories(_generated(text)) for source in s.sources}

        assert set(requirement_sentences(text)) <= quoted


def test_given_an_admin_when_generated_then_the_article_is_an():
    draft = generate_offline_map("Admins can export monthly sales reports as CSV.")

    assert _all_stories(draft)[0].description.startswith("As an admin, I want to export")


def test_given_braces_in_a_condition_when_generated_then_they_are_kept_as_written():
    draft = generate_offline_map("When the {status} changes, customers can see the order.")

    criterion = _all_stories(draft)[0].acceptance_criteria[0]
    assert criterion.startswith("Given the {status} changes, when I see the order")
