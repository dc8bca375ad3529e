"""Phrases: verb phrases and the noun phrases they act on."""

from generation.mapping.phrases import object_phrase, split_coordinated, strip_lead, verb_and_rest
from generation.offline import generate_offline_map
from tests.unit.mapping.samples import FOOD_DELIVERY, all_stories


def test_given_a_predicate_with_four_verbs_when_split_then_each_verb_keeps_its_object():
    # Given what follows "Restaurant staff must" in prose.md
    predicate = (
        "be able to accept or reject each incoming order within three minutes, mark individual "
        "dishes as sold out for the rest of the day, and set a preparation time"
    ).split()

    parts = split_coordinated(strip_lead(predicate))

    verbs_and_objects = [(verb_and_rest(p)[0], object_phrase(verb_and_rest(p)[1])) for p in parts]
    assert verbs_and_objects == [
        ("accept", ["incoming", "order"]),
        ("reject", ["incoming", "order"]),
        ("mark", ["individual", "dishes"]),
        ("set", ["preparation", "time"]),
    ]


def test_given_a_phrasal_verb_when_read_then_the_particle_belongs_to_the_verb():
    assert verb_and_rest("check patients in on arrival".split()) == (
        "check",
        ["patients", "in", "on", "arrival"],
    )
    assert verb_and_rest("picks up the order".split()) == ("pick up", ["the", "order"])


# --- Through the whole map ----------------------------------------------------------------


def test_given_a_sentence_with_several_verbs_when_generated_then_each_verb_is_its_own_story():
    draft = generate_offline_map(FOOD_DELIVERY)
    titles = {s.title for s in all_stories(draft)}

    assert {"Accept delivery requests", "Decline delivery requests"} <= titles
    assert {"Pick up orders", "Deliver orders"} <= titles
