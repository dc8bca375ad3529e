"""The quality report catches each way a map misses the SPEC.md bar."""

from webapp.generation.quality import lint_story_map
from webapp.generation.schemas import ActivityDraft, StoryDraft, StoryMapDraft, TaskDraft

GOOD_CRITERIA = [
    "Given I am signed in, when I place the order, then I see a confirmation.",
    "Given my card is declined, when I place the order, then I see why and nothing is charged.",
]


def story(title="Place an order", priority="MVP", **changes) -> StoryDraft:
    fields = {
        "title": title,
        "description": "As a customer, I want to place an order, so that I get my food.",
        "priority": priority,
        "acceptance_criteria": GOOD_CRITERIA,
        "sources": ["Customers must be able to place an order."],
    }
    return StoryDraft(**{**fields, **changes})


def story_map(*activities: list[StoryDraft]) -> StoryMapDraft:
    return StoryMapDraft(
        product_name="Bitebox",
        activities=[
            ActivityDraft(title=f"Activity {i}", tasks=[TaskDraft(title="Task", stories=stories)])
            for i, stories in enumerate(activities)
        ],
    )


def good_map() -> StoryMapDraft:
    return story_map([story("Sign up")], [story("Place an order")], [story("Pay")])


def rules(report) -> list[str]:
    return [finding.rule for finding in report.findings]


def test_a_map_that_meets_the_bar_has_no_findings():
    report = lint_story_map(good_map(), ["Customers must be able to place an order."])

    assert rules(report) == []
    assert report.summary.startswith("Meets the story-map bar: 3 of 3 stories")


def test_too_few_and_too_many_activities_are_reported():
    two = story_map([story("A")], [story("B")])
    nine = story_map(*[[story(f"S{i}")] for i in range(9)])

    assert rules(lint_story_map(two, [])) == ["activity-count"]
    assert rules(lint_story_map(nine, [])) == ["activity-count"]


def test_an_activity_without_an_mvp_story_is_reported():
    draft = story_map([story("A")], [story("B")], [story("C", priority="Later")])

    report = lint_story_map(draft, [])

    assert rules(report) == ["mvp-per-activity"]
    assert "Activity 2" in report.findings[0].message


def test_story_level_problems_point_at_their_story():
    draft = story_map(
        [story("Sign up")],
        [story("Place an order", description="As a customer, I want to place an order.")],
        [
            story("Pay", acceptance_criteria=["Given a card, when I pay, then it is charged."]),
            story("Pay"),
            story(
                "Refund",
                acceptance_criteria=[
                    "Refunds are quick.",
                    "Given a refund, when it is approved, then I get my money back.",
                ],
            ),
        ],
    )

    report = lint_story_map(draft, [])

    by_rule = {finding.rule: finding for finding in report.findings}
    assert by_rule["so-that"].story == (1, 0, 0)
    assert by_rule["criteria-count"].story == (2, 0, 0)
    assert by_rule["unhappy-path"].story_title in {"Pay", "Refund"}
    assert by_rule["criteria-form"].story == (2, 0, 2)
    assert [f.story for f in report.findings if f.rule == "duplicate-title"] == [
        (2, 0, 0),
        (2, 0, 1),
    ]
    assert report.stories_passing == 1


def test_sentences_no_story_covers_are_listed():
    sentences = [
        "Customers must be able to place an order.",
        "Admins must be able to export monthly sales reports as CSV.",
    ]

    report = lint_story_map(good_map(), sentences)

    assert report.uncovered == ["Admins must be able to export monthly sales reports as CSV."]
    assert report.coverage == 0.5
    assert "1 of 2 requirement sentences are covered" in report.summary


def test_a_story_without_sources_covers_a_sentence_by_its_words():
    # LLM maps carry no sources; the words of the story must then do.
    draft = good_map()
    for s in draft.stories:
        s.sources = []

    report = lint_story_map(draft, ["Customers place an order"])

    assert report.uncovered == []


def test_given_when_then_in_the_users_language_is_accepted():
    german = [
        "Angenommen ich bin angemeldet, wenn ich bestelle, dann sehe ich eine Bestätigung.",
        "Angenommen die Karte ist ungültig, wenn ich bezahle, dann sehe ich einen Fehler.",
    ]
    draft = story_map(
        [story("A", acceptance_criteria=german, description="Als Kunde will ich X, damit Y.")],
        [story("B")],
        [story("C")],
    )

    assert rules(lint_story_map(draft, [])) == []
