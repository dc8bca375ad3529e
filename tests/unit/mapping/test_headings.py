"""Headings: what a heading means for the requirements under it."""

from generation.mapping.headings import heading_meaning, heading_role, title_without_doc_words
from generation.offline import generate_offline_map
from tests.unit.mapping.samples import BULLETED_PRD, activity_titles, all_stories


def test_given_the_headings_of_a_long_spec_when_read_then_each_has_its_meaning():
    # Given headings of long_spec.md
    headings = [
        "1.1 Goals",
        "1.2 Non-goals",
        "2. Personas",
        "3. Feature requirements",
        "3.5 Learning experience",
        "6. Out of scope",
    ]

    meanings = [heading_meaning(h) for h in headings]

    assert meanings == ["context", "skip", "skip", "neutral", "content", "skip"]
    assert heading_role("For couriers") == "courier"


def test_given_a_title_heading_when_read_then_the_document_words_are_dropped():
    assert title_without_doc_words("Coursewell – Product Requirements Specification") == (
        "Coursewell"
    )


# --- Through the whole map ----------------------------------------------------------------


def test_given_moscow_headings_when_generated_then_they_are_not_activities_and_scope_is_kept():
    draft = generate_offline_map(BULLETED_PRD)
    titles = " ".join(activity_titles(draft)).lower()

    assert draft.product_name == "QuickCart"
    assert "must" not in titles and "should" not in titles and "could" not in titles
    assert not any("cash" in source for s in all_stories(draft) for source in s.sources)


def test_given_a_wont_have_section_when_generated_then_its_items_are_left_out():
    text = "## Must have\n- Patients can book visits\n\n## Won't have (this time)\n- Video calls"

    sources = [src for s in all_stories(generate_offline_map(text)) for src in s.sources]

    assert sources == ["Patients can book visits"]
