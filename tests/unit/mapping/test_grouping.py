"""Grouping: the stories arranged into activities and tasks."""

from generation.mapping.blocks import parse_blocks
from generation.mapping.grouping import activities_by_heading, task_drafts
from generation.mapping.statements import product_title_heading, read_statements
from generation.mapping.stories import collect_stories
from generation.mapping.writing import title_of
from generation.offline import generate_offline_map
from tests.unit.mapping.samples import FOOD_DELIVERY, HEADINGS_WITH_BULLETS, activity_titles, read


def test_given_a_document_with_feature_headings_when_grouped_then_each_heading_is_a_column():
    # Given the stories of headings_with_bullets.md, titled
    blocks = parse_blocks(read("headings_with_bullets.md"))
    stories = collect_stories(read_statements(blocks, product_title_heading(blocks)), True)
    for story in stories:
        story.title = title_of(story)

    activities = activities_by_heading(stories, "platform")

    assert [a.title for a in activities] == [
        "Sign up",
        "Search",
        "Make a booking",
        "Pay",
        "Get notified",
        "Administer",
    ]
    tasks = task_drafts(activities[0])
    assert [t.title for t in tasks][:3] == [
        "Create account",
        "Add phone number",
        "Verify phone number",
    ]


# --- Through the whole map ----------------------------------------------------------------


def test_given_food_delivery_prose_when_generated_then_activities_follow_the_user_journey():
    draft = generate_offline_map(FOOD_DELIVERY)
    titles = activity_titles(draft)

    assert 3 <= len(titles) <= 8
    assert titles[0] == "Sign up"
    for earlier, later in [("Sign up", "Find restaurants"), ("Place an order", "Pay")]:
        assert titles.index(earlier) < titles.index(later)
    assert any(title.startswith("Track") for title in titles)
    assert any(title.startswith("Manage") for title in titles)


def test_given_content_headings_when_generated_then_tasks_group_stories_by_verb_and_object():
    draft = generate_offline_map(HEADINGS_WITH_BULLETS)
    booking = next(a for a in draft.activities if a.title == "Make a booking")

    assert [t.title for t in booking.tasks] == [
        "Book walk",
        "Cancel booking",
        "Accept booking requests",
        "Reject booking requests",
    ]
