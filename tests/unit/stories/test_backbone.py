"""The backbone: activities in the user's order, none holding more than half of a map."""

from generation.languages.clauses import Clause
from generation.languages.en.writing import EnglishWriter
from generation.reading import Statement
from generation.stories.backbone import build_backbone
from generation.stories.requirements import DraftStory


def story(order: int, text: str, *, line: int, section: str = "", category: str = "other"):
    words = text.split()
    clause = Clause(text, None, words[0].lower(), " ".join(words[1:]), " ".join(words[1:]))
    draft = DraftStory(clause, Statement(text, line, "requirement", section), order)
    draft.category, draft.title, draft.description = category, text, text
    return draft


def sizes(activities):
    return [sum(len(task.stories) for task in activity.tasks) for activity in activities]


def test_a_brief_without_headings_splits_along_its_paragraphs():
    # A client brief in three paragraphs whose sentences name no known kind of action.
    stories = [
        story(n, f"Tagline {word}", line=1 + 2 * (n // 4))
        for n, word in enumerate(
            "one two three four five six seven eight nine ten eleven twelve".split()
        )
    ]

    activities = build_backbone(stories, EnglishWriter())

    assert len(activities) >= 3
    assert max(sizes(activities)) <= len(stories) / 2


def test_an_uncategorised_story_stays_with_its_sections_other_stories():
    stories = [
        story(0, "Search venues", line=1, section="Venues", category="find"),
        story(1, "Filter venues", line=2, section="Venues", category="find"),
        story(2, "Venue capacity shown", line=3, section="Venues"),
        story(3, "Sign in", line=4, section="Account", category="account"),
        story(4, "Pay tickets", line=5, section="Tickets", category="pay"),
        story(5, "Pay tips", line=6, section="Tickets", category="pay"),
    ]

    activities = build_backbone(stories, EnglishWriter())

    with_capacity = [
        activity
        for activity in activities
        if any(s.title == "Venue capacity shown" for t in activity.tasks for s in t.stories)
    ]
    titles = {s.title for t in with_capacity[0].tasks for s in t.stories}
    assert {"Search venues", "Filter venues"} <= titles


def test_splitting_an_activity_marks_one_mvp_story_per_activity_not_every_story():
    # A numbered list of features under one heading, in a language no writer speaks.
    stories = [story(n, f"Feature {n}", line=n + 1, section="機能要件") for n in range(12)]
    stories[0].release = "MVP"

    activities = build_backbone(stories, EnglishWriter())

    mvp = [s for a in activities for t in a.tasks for s in t.stories if s.priority == "MVP"]
    assert len(mvp) == len(activities)


def test_an_activity_is_named_after_what_most_of_its_stories_do():
    stories = [
        story(0, "Find Live Activity: countdown", line=1, section="Session", category="find"),
        story(1, "Search classes", line=2, section="Session", category="find"),
        story(2, "Filter classes", line=3, section="Session", category="find"),
        story(3, "Sort classes", line=4, section="Session", category="find"),
    ]
    for each in stories:
        each.release = "MVP" if each.order == 0 else "Release 1"

    titles = [activity.title for activity in build_backbone(stories, EnglishWriter())]

    assert len(titles) == 1
    assert titles[0].split()[0] in {"Search", "Filter", "Sort"}
    assert ":" not in titles[0]
