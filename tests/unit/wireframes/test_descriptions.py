"""The markdown sections beside a drawing: Layout, UI elements, Navigation and Notes."""

from generation.wireframes import generate_offline_wireframe
from tests.unit.wireframes.samples import SEARCH


def test_given_a_story_when_drawn_then_the_markdown_sections_describe_the_screen(drawn):
    wireframe = drawn["checkout", "high-fidelity", "desktop"]

    assert wireframe.layout.startswith("- Top: title bar, menu bar")
    assert "- Left: sidebar with Pay" in wireframe.layout
    assert '- Input "Card number"' in wireframe.ui_elements
    assert 'Primary button "Pay now"' in wireframe.ui_elements
    assert "Comes from: Pay" in wireframe.navigation
    assert 'Unhappy path: "Card declined. Try another card."' in wireframe.notes
    assert "Given my payment is declined" in wireframe.notes


def test_given_html_in_the_story_when_drawn_then_the_markdown_has_no_raw_html():
    story = SEARCH.model_copy(update={"product_name": "<b>Dishy</b>", "activity": "<i>Find</i>"})

    wireframe = generate_offline_wireframe(story, "high-fidelity", "web")

    for section in (wireframe.layout, wireframe.ui_elements, wireframe.navigation):
        assert "<" not in section
