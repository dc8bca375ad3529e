"""The quality report judges what stories say, not only their form.

Given a map and the document it came from, when the report reads them, then it says "Meets
the story-map bar" only for a map a product manager would keep, and names the worst problems
of any other map first, with the stories they concern.
"""

import pytest

from generation.quality import lint_story_map
from generation.schemas import ActivityDraft, StoryDraft, StoryMapDraft, TaskDraft
from tests.unit.good_maps import CLINIC_EN, CLINIC_RU, clinic_map_en, clinic_map_ru


def story(title, description, criteria=None, priority="MVP", sources=()) -> StoryDraft:
    return StoryDraft(
        title=title,
        description=description,
        acceptance_criteria=criteria
        or [
            f"Given I am signed in, when I {title.lower()}, then I see it done.",
            f"Given the network is down, when I {title.lower()}, then I see an error.",
        ],
        priority=priority,
        sources=list(sources),
    )


def story_map(*activities: list[StoryDraft], titles=None) -> StoryMapDraft:
    return StoryMapDraft(
        product_name="Bitebox",
        activities=[
            ActivityDraft(
                title=(titles or [f"Activity {i}" for i in range(len(activities))])[i],
                tasks=[TaskDraft(title="Task", stories=stories)],
            )
            for i, stories in enumerate(activities)
        ],
    )


def rules(report) -> set[str]:
    return {finding.rule for finding in report.findings} | {p.rule for p in report.problems}


@pytest.mark.parametrize(
    ("draft", "text"), [(clinic_map_ru, CLINIC_RU), (clinic_map_en, CLINIC_EN)], ids=["ru", "en"]
)
def test_a_good_map_written_by_hand_meets_the_bar(draft, text):
    report = lint_story_map(draft(), text)

    assert report.findings == []
    assert report.problems == []
    assert report.summary.startswith("Meets the story-map bar: 10 of 10 stories")


def test_a_map_that_games_the_form_is_flagged():
    # Given every story with a "so that" and three Given/When/Then templates filled with its title
    text = "\n".join(
        f"- Customers can {goal}."
        for goal in ("browse menus", "place an order", "pay by card", "track the courier",
                     "rate the restaurant", "save favourite dishes")
    )  # fmt: skip
    goals = ["browse menus", "place an order", "pay by card", "track the courier",
             "rate the restaurant", "save favourite dishes"]  # fmt: skip
    stories = [
        story(
            goal.capitalize(),
            f"As a customer, I want to {goal}, so that I can get this done without extra effort.",
            [
                f"Given I am signed in as a customer, when I {goal}, then I see that it worked.",
                f"Given something goes wrong, when I {goal}, then I see a clear error message "
                "and nothing I entered is lost.",
                f"Given I have lost my connection, when I {goal}, then nothing I entered is lost.",
            ],
        )
        for goal in goals
    ]
    draft = story_map(stories[:2], stories[2:4], stories[4:])

    # When the report reads it
    report = lint_story_map(draft, text)

    # Then the form passes, and the content does not
    assert not {"so-that", "criteria-form", "unhappy-path"} & rules(report)
    assert {"repeated-benefit", "templated-criteria"} <= rules(report)
    assert not report.meets_the_bar
    assert report.summary.startswith("Below the story-map bar: ")
    headlines = [problem.headline for problem in report.problems]
    assert "6 of 6 stories share one benefit" in headlines
    assert "18 of 18 criteria repeat 3 sentences across stories" in headlines
    benefit = next(p for p in report.problems if p.rule == "repeated-benefit")
    assert benefit.example == "so that I can get this done without extra effort"
    assert len(benefit.stories) == 6


def test_a_quoted_requirement_in_an_english_frame_is_flagged_on_a_spanish_document():
    text = (
        "# Reservas\n\n- Debe poder cancelar una reserva.\n- Debe poder buscar restaurantes.\n"
        "- Debe poder pagar con tarjeta.\n"
    )
    quoted = [
        story(line, f'As a user, I want "{line}", so that I can use it.')
        for line in (
            "Debe poder cancelar una reserva",
            "Debe poder buscar restaurantes",
            "Debe poder pagar con tarjeta",
        )
    ]

    report = lint_story_map(story_map(*[[s] for s in quoted]), text)

    assert {"quoted-goal", "wrong-language"} <= rules(report)
    language = next(p for p in report.problems if p.rule == "wrong-language")
    assert language.headline == "3 of 3 stories are not in Spanish, the document's language"
    assert report.language == "es"


def test_stories_made_from_lines_that_are_no_requirements_are_flagged():
    text = (
        "# Shop\n\nVersion: 1.2\nAuthor: Ana\n\n## API\n\n    POST /api/auth/login\n\n"
        "## Tabelle Benutzer\n\n- Passwort, Typ: char(50)\n\n## Features\n\n"
        "- Customers can pay by card.\n"
    )
    stories = [
        story(
            "POST /api/auth/login", "As a user, I want to call the login route, so that it runs."
        ),
        story("Version: 1.2", "As a user, I want version 1.2, so that I have it."),
        story("Passwort, Typ: char(50)", "As a user, I want a password column, so that it exists."),
        story("Pay by card", "As a customer, I want to pay by card, so that I skip cash."),
    ]

    report = lint_story_map(story_map(stories[:2], stories[2:3], stories[3:]), text)

    flagged = {f.story_title for f in report.findings if f.rule == "not-a-requirement"}
    assert flagged == {"POST /api/auth/login", "Version: 1.2", "Passwort, Typ: char(50)"}


def test_a_story_whose_source_is_a_heading_is_flagged():
    text = "# Plan\n\n## Week 0\n\n- Customers can sign up with an email address.\n"
    heading = story("Week 0", 'As a user, I want "Week 0", so that it is done.', sources=["Week 0"])

    report = lint_story_map(story_map([heading], [heading], [heading]), text)

    messages = {f.message for f in report.findings if f.rule == "not-a-requirement"}
    assert messages == {"Made from a heading, not a requirement."}


def test_titles_of_one_word_or_cut_mid_phrase_are_flagged():
    text = (
        "- The patient chooses a doctor, a service and a free time and gets a confirmation.\n"
        "- Customers can export invoices.\n- Customers can search for a product by name.\n"
    )
    cut = story(
        "The patient chooses a doctor, a service and",
        "As a patient, I want to choose a doctor, a service and a free time, so that I am seen.",
    )
    one = story("Export", "As a customer, I want to export invoices, so that I file taxes.")
    fine = story(
        "Search products by name", "As a customer, I want to search by name, so that I find it."
    )

    report = lint_story_map(story_map([cut], [one], [fine]), text)

    assert {f.story_title for f in report.findings if f.rule == "weak-title"} == {
        cut.title,
        "Export",
    }


@pytest.mark.parametrize(
    "role", ["system", "tabelle benutzer", "indirect competitor", "Sarah", "payment gateway"]
)
def test_roles_that_are_no_people_are_flagged(role):
    text = "- Customers can pay by card.\n- Customers can track orders.\n- Sarah, 34, orders daily."
    odd = story("Pay by card", f"As a {role}, I want to pay by card, so that I skip cash.")
    person = story("Track orders", "As a customer, I want to track orders, so that I can plan.")

    report = lint_story_map(story_map([odd], [person], [person.model_copy()]), text)

    flagged = [f for f in report.findings if f.rule == "role-not-person"]
    assert [f.story_title for f in flagged] == ["Pay by card"]


def test_stated_priorities_and_non_goals_are_honoured():
    text = (
        "# Shop\n\n## Must have\n\n- Customers can pay by card.\n\n## Could have\n\n"
        "- Customers can switch to dark mode.\n\n## Won't have\n\n- Customers can pay in crypto.\n"
    )
    pay = story("Pay by card", "As a customer, I want to pay by card, so that I skip cash.")
    dark = story(
        "Dark mode", "As a customer, I want to switch to dark mode, so that I rest my eyes."
    )
    crypto = story(
        "Pay in crypto", "As a customer, I want to pay in crypto, so that I stay anonymous."
    )

    report = lint_story_map(story_map([pay], [dark], [crypto]), text)

    by_rule = {f.rule: f for f in report.findings if f.story is not None}
    assert by_rule["priority-not-honoured"].story_title == "Dark mode"
    assert '"Could have" (Later)' in by_rule["priority-not-honoured"].message
    assert by_rule["non-goal-in-map"].story_title == "Pay in crypto"


def test_an_mvp_with_almost_everything_and_one_activity_with_most_stories_are_flagged():
    goals = [f"manage thing {n}" for n in range(8)]
    text = "\n".join(f"- Admins can {goal}." for goal in goals)
    stories = [
        story(f"Manage thing {n}", f"As an admin, I want to manage thing {n}, so that {n} is set.")
        for n in range(8)
    ]

    report = lint_story_map(story_map(stories[:6], stories[6:7], stories[7:]), text)

    headlines = [p.headline for p in report.problems]
    assert "8 of 8 stories are in the MVP; a first release is a thin slice across the journey" in (
        headlines
    )
    assert '"Activity 0" holds 6 of 8 stories' in headlines


def test_a_sentence_is_covered_only_by_a_story_that_restates_it_not_by_its_sources():
    text = "- Couriers can accept delivery requests.\n- Customers can rate the restaurant."
    unrelated = story(
        "Pay by card",
        "As a customer, I want to pay by card, so that I skip cash.",
        sources=["Couriers can accept delivery requests."],
    )
    rating = story(
        "Rate the restaurant", "As a customer, I want to rate the restaurant, so that others know."
    )

    report = lint_story_map(story_map([unrelated], [rating], [rating.model_copy()]), text)

    assert report.uncovered == ["Couriers can accept delivery requests."]
    assert report.requirement_count == 2


def test_problems_are_ordered_worst_first_and_link_their_stories():
    text = "\n".join(f"- Customers can {g}." for g in ("order", "pay", "rate", "share", "save"))
    stories = [
        story(g.capitalize(), f"As a customer, I want to {g}, so that I can get this done easily.")
        for g in ("order", "pay", "rate", "share", "save")
    ]
    stories[0] = stories[0].model_copy(update={"title": "Order"})  # one word: a weak title

    report = lint_story_map(story_map(stories[:2], stories[2:4], stories[4:]), text)

    assert report.problems[0].rule == "repeated-benefit"
    assert report.problems[0].stories == ((0, 0, 0), (0, 0, 1), (1, 0, 0), (1, 0, 1), (2, 0, 0))
    assert report.summary.startswith("Below the story-map bar: 5 of 5 stories share one benefit")


def test_text_with_no_requirements_is_said_so():
    draft = story_map([story("Asdf", "As a user, I want asdf, so that qwer.")])

    report = lint_story_map(draft, "asdf qwer zxcv")

    assert "no-requirements" in rules(report)


def test_the_form_checks_still_count():
    bare = StoryDraft(
        title="Pay by card", description="Pay by card.", acceptance_criteria=["Works"]
    )
    draft = story_map([bare], [bare.model_copy(update={"priority": "Later"})])

    report = lint_story_map(draft, "- Customers can pay by card.")

    assert {
        "activity-count",
        "mvp-per-activity",
        "so-that",
        "criteria-count",
        "criteria-form",
        "unhappy-path",
        "duplicate-title",
    } <= rules(report)


def test_the_report_as_exported_keeps_its_shape_and_adds_the_problems():
    report = lint_story_map(clinic_map_en(), CLINIC_EN).as_dict()

    assert {"summary", "coverage", "uncoveredSentences", "findings"} <= set(report)
    assert report["meetsTheBar"] is True
    assert report["problems"] == []
    assert report["language"] == "en"


def test_a_story_that_restates_what_the_system_shall_display_covers_it():
    # From a real SRS with FR ids.
    text = (
        "# Festival app\n\n## Functional requirements\n\n"
        "- FR-02.1 The system shall display an event title.\n"
        "- FR-02.2 The system shall display an event start time.\n"
        "- FR-05.1 The system shall allow users to mark an event as a favorite.\n"
    )
    draft = story_map(
        [
            story(
                "See event title",
                "As an attendee, I want to see an event title, so that I recognise the event.",
            ),
            story(
                "Mark event as favorite",
                "As an attendee, I want to mark an event as a favorite, so that I find it again.",
            ),
        ]
    )

    report = lint_story_map(draft, text)

    assert report.uncovered == ["FR-02.2 The system shall display an event start time."]


@pytest.mark.parametrize(
    "criterion",
    [
        "Given the connection drops during the update, when I refresh, then I keep the last data.",
        "Given a passage is inaudible, when I read the transcript, then it is marked as such.",
        "Дано: я запретил доступ к камере; когда я нажимаю на аватарку, тогда я вижу подсказку.",
    ],
)
def test_failures_in_plain_words_are_unhappy_paths(criterion):
    from generation.quality import is_unhappy_path

    assert is_unhappy_path(criterion)


def test_a_happy_path_is_no_unhappy_path():
    from generation.quality import is_unhappy_path

    assert not is_unhappy_path(
        "Given the time I want is free, when I book it, then the booking is made."
    )
