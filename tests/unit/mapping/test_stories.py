"""Stories: the requirement statements turned into stories, in document order."""

from generation.mapping.blocks import parse_blocks
from generation.mapping.statements import product_title_heading, read_statements
from generation.mapping.stories import collect_stories
from generation.offline import generate_offline_map
from tests.unit.mapping.samples import BULLETED_PRD, all_stories, read, story_from


def test_given_a_moscow_document_when_collected_then_its_stories_keep_their_releases():
    blocks = parse_blocks(read("moscow_numbered.md"))
    statements = read_statements(blocks, product_title_heading(blocks))

    stories = collect_stories(statements, english=True)

    assert len(stories) == 25
    assert (stories[0].role, stories[0].priority) == ("patient", "MVP")
    assert [s.priority for s in stories][-4:] == ["Later"] * 4
    assert not any("prescriptions" in source for s in stories for source in s.sources)


# --- Through the whole map ----------------------------------------------------------------


def test_given_an_intro_sentence_when_generated_then_it_is_not_a_story():
    text = "FoodNow is a startup from Berlin. Customers can order pizza from nearby restaurants."

    draft = generate_offline_map(text)

    assert [s.title for s in all_stories(draft)] == ["Order pizza from nearby restaurants"]
    assert draft.product_name == "FoodNow"


def test_given_stories_already_written_when_generated_then_role_goal_and_reason_are_kept():
    text = (
        "1. As a member, I want to search the catalogue by author so that I can find books.\n"
        "2. As a librarian, I want to register new members, so that they can borrow books."
    )

    draft = generate_offline_map(text)

    assert story_from(draft, "As a member").description == (
        "As a member, I want to search the catalogue by author, so that I can find books."
    )
    assert story_from(draft, "As a librarian").description == (
        "As a librarian, I want to register new members, so that they can borrow books."
    )


def test_given_imperative_bullets_when_generated_then_they_become_stories_of_the_main_role():
    draft = generate_offline_map(BULLETED_PRD)

    search = story_from(draft, "Search products by name or category")
    assert search.description.startswith("As a user, I want to search products by name")
    assert {"Add items to a cart", "Check out"} <= {s.title for s in all_stories(draft)}
