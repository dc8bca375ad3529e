"""Writing: a story's title, its story line and its benefit."""

from generation.mapping.blocks import parse_blocks
from generation.mapping.statements import product_title_heading, read_statements
from generation.mapping.stories import collect_stories
from generation.mapping.writing import story_line, title_of
from generation.offline import generate_offline_map
from tests.unit.mapping.samples import all_stories, read


def test_given_a_reason_in_a_real_requirement_when_written_up_then_it_is_the_benefit():
    # Given prose.md's "Customers should be able to track their courier on a live map so that
    # they know when to be at the door"
    blocks = parse_blocks(read("prose.md"))
    stories = collect_stories(read_statements(blocks, product_title_heading(blocks)), True)
    story = next(s for s in stories if s.goal.verb == "track")

    title, line = title_of(story), story_line(story, story.role)

    assert title == "Track courier on a live map"
    assert line == (
        "As a customer, I want to track my courier on a live map, so that I know when to be "
        "at the door."
    )


# --- Through the whole map ----------------------------------------------------------------


def test_given_the_same_goal_for_two_roles_when_generated_then_titles_are_told_apart():
    text = "Customers can track orders. Couriers can track orders. Admins can track orders."

    titles = [s.title for s in all_stories(generate_offline_map(text))]

    assert sorted(titles) == ["Track orders", "Track orders (admin)", "Track orders (courier)"]


def test_given_a_repeated_requirement_when_generated_then_it_is_one_story_with_both_sources():
    text = "Customers can track orders.\n\nLater in the document: Customers can track orders."

    stories = all_stories(generate_offline_map(text))

    assert [s.title for s in stories] == ["Track orders"]
    assert stories[0].sources == [
        "Customers can track orders.",
        "Later in the document: Customers can track orders.",
    ]


def test_given_an_admin_when_generated_then_the_article_is_an():
    draft = generate_offline_map("Admins can export monthly sales reports as CSV.")

    assert all_stories(draft)[0].description.startswith("As an admin, I want to export")
