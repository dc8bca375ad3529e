"""Wording: a story already on a map, worded as the offline generator would word it."""

from generation.mapping.wording import criterion_clause, word_story


def test_given_a_saved_story_from_a_real_requirement_when_worded_then_it_reads_as_generated():
    # Given a story whose line is moscow_numbered.md's requirement as written
    wording = word_story(
        "Cancel an appointment",
        "Patients must be able to cancel or reschedule an appointment up to 24 hours before it "
        "starts.",
    )

    assert wording.role == "patient"
    assert wording.story_line == (
        "As a patient, I want to cancel an appointment, so that I stay in control when my plans "
        "change."
    )
    assert (wording.given, wording.when) == (
        "it is still allowed to cancel",
        "I cancel an appointment",
    )
    assert len(wording.criteria) == 3


def test_given_criteria_in_their_own_words_when_made_clauses_then_they_read_after_then():
    assert criterion_clause("Works offline") == "it works offline"
    assert criterion_clause("Sends a receipt by email") == "it sends a receipt by email"
    assert criterion_clause("Orders are kept for 30 days") == "orders are kept for 30 days"
