"""Goals and benefits: what a clause's role wants, and why."""

from generation.mapping.blocks import parse_blocks
from generation.mapping.clauses import find_clauses
from generation.mapping.goals import goals_from_clause, split_benefit
from generation.mapping.statements import product_title_heading, read_statements
from generation.mapping.text import norm
from generation.offline import generate_offline_map
from tests.unit.mapping.samples import FOOD_DELIVERY, all_stories, read, story_from


def test_given_a_staff_requirement_when_its_clause_is_read_then_each_verb_is_a_staff_goal():
    # Given the restaurant staff sentence of prose.md, read with its context
    blocks = parse_blocks(read("prose.md"))
    statements = read_statements(blocks, product_title_heading(blocks))
    statement = next(s for s in statements if s.text.startswith("Restaurant staff"))
    tokens = statement.text.split()
    clause = find_clauses(tokens, [norm(t) for t in tokens])[0][0]

    goals = goals_from_clause(clause, statement, None)

    assert [(g.role, g.verb) for g in goals] == [
        ("restaurant staff member", "accept"),
        ("restaurant staff member", "reject"),
        ("restaurant staff member", "mark"),
        ("restaurant staff member", "set"),
    ]


def test_given_a_goal_with_so_that_when_split_then_the_reason_comes_off():
    words = "set a preparation time so that couriers are not dispatched too early.".split()

    goal, reason, kind = split_benefit(words, "set")

    assert goal == ["set", "a", "preparation", "time"]
    assert (reason, kind) == ("couriers are not dispatched too early.", "so")


# --- Through the whole map ----------------------------------------------------------------


def test_given_a_reason_in_the_text_when_generated_then_the_benefit_uses_it():
    draft = generate_offline_map(FOOD_DELIVERY)

    favourites = story_from(draft, "save favourite restaurants")
    assert favourites.description == (
        "As a customer, I want to save favourite restaurants, so that I can reorder quickly."
    )
    rating = story_from(draft, "rate couriers")
    assert rating.description.endswith("so that I can help other customers choose.")


def test_given_no_reason_in_the_text_when_generated_then_a_plain_benefit_fits_the_verb():
    draft = generate_offline_map(FOOD_DELIVERY)

    browse = story_from(draft, "browse restaurants by cuisine")
    assert browse.description.endswith("so that I can find what I need quickly.")


def test_given_the_system_serves_someone_when_generated_then_that_person_is_the_role():
    text = "The system shall send an alert to the dispatcher when a vehicle is overdue."

    story = all_stories(generate_offline_map(text))[0]

    assert story.description.startswith(
        "As a dispatcher, I want the system to send an alert to me when a vehicle is overdue"
    )
