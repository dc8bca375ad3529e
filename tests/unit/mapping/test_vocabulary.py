"""Vocabulary: the verb forms and word lists every stage reads words against."""

from generation.mapping.vocabulary import BASE_OF, KIND_OF, past_participle


def test_given_verbs_of_a_real_document_when_looked_up_then_each_has_its_base_and_kind():
    # Given words of "Patients must be able to cancel or reschedule an appointment up to 24
    # hours before it starts." and "... be offered an earlier slot when one is cancelled."
    words = ["cancelled", "offered", "starts", "reschedule", "booking"]

    # When each is looked up
    found = [(BASE_OF[w], KIND_OF[w]) for w in words]

    # Then the base verb and the form are known
    assert found == [
        ("cancel", "pp"),
        ("offer", "pp"),
        ("start", "3sg"),
        ("reschedule", "base"),
        ("book", "ing"),
    ]


def test_given_phrasal_irregular_and_doubling_verbs_when_made_past_then_spelling_is_english():
    assert past_participle("pick up") == "picked up"
    assert past_participle("send") == "sent"
    assert past_participle("cancel") == "cancelled"
    assert past_participle("block") == "blocked"
