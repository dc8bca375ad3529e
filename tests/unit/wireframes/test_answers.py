"""LLM answers read as wireframes, and wireframes written out as a markdown download.

Each test reads as Given (an answer or a wireframe) / When (it is parsed or exported) / Then
(the drawing and the sections found, or the markdown).
"""

import pytest

from generation.wireframes import (
    Wireframe,
    generate_offline_wireframe,
    parse_wireframe_answer,
    wireframe_markdown,
)
from tests.unit.wireframes.samples import CHECKOUT, GOOD_BOX, RU_BOOKING

FULL_ANSWER = f"""Here is the wireframe.

```
{GOOD_BOX}
```

## Layout
- Top: navigation bar.
- Main: payment form.

## UI Elements
- Card number input: where the card goes.

## Navigation
Comes from the basket; goes to the receipt.

## Notes
- Shows "Card declined" when the bank refuses.
"""


# --- Parsing LLM answers ---------------------------------------------------------------------


def test_given_a_full_answer_when_parsed_then_the_drawing_and_four_sections_are_read():
    wireframe = parse_wireframe_answer(FULL_ANSWER)

    assert wireframe.ascii == GOOD_BOX
    assert wireframe.layout == "- Top: navigation bar.\n- Main: payment form."
    assert wireframe.ui_elements == "- Card number input: where the card goes."
    assert wireframe.navigation == "Comes from the basket; goes to the receipt."
    assert wireframe.notes == '- Shows "Card declined" when the bank refuses.'


def test_given_bold_headings_and_an_ascii_fence_when_parsed_then_sections_are_found():
    answer = (
        f"```ascii\r\n{GOOD_BOX}\r\n```\r\n\r\n**LAYOUT**\r\nOne column.\r\n\r\n"
        "**Notes:** Card declined is shown inline.\r\n"
    )

    wireframe = parse_wireframe_answer(answer)

    assert wireframe.ascii == GOOD_BOX
    assert wireframe.layout == "One column."
    assert wireframe.notes == "Card declined is shown inline."
    assert wireframe.ui_elements == "" and wireframe.navigation == ""


def test_given_no_fence_when_parsed_then_the_box_lines_are_the_drawing():
    answer = f"{GOOD_BOX}\nLayout:\n- Top bar\n### Navigation\nBack to the basket."

    wireframe = parse_wireframe_answer(answer)

    assert wireframe.ascii == GOOD_BOX
    assert wireframe.layout == "- Top bar"
    assert wireframe.navigation == "Back to the basket."


def test_given_an_unclosed_fence_when_parsed_then_the_drawing_stops_at_the_first_section():
    answer = f"```text\n{GOOD_BOX}\n\n**UI elements:**\n- Pay button\n**Navigation**: back"

    wireframe = parse_wireframe_answer(answer)

    assert wireframe.ascii == GOOD_BOX
    assert wireframe.ui_elements == "- Pay button"
    assert wireframe.navigation == "back"


def test_given_an_answer_without_any_drawing_when_parsed_then_it_is_rejected():
    with pytest.raises(ValueError, match="no wireframe drawing"):
        parse_wireframe_answer("## Layout\nA form.\n\n## Notes\nNothing drawn, sorry.")


# --- Markdown download -----------------------------------------------------------------------


def test_given_a_wireframe_when_exported_then_the_markdown_has_the_fence_and_four_sections():
    wireframe = generate_offline_wireframe(CHECKOUT, "high-fidelity", "web")

    markdown = wireframe_markdown("Pay by card or Apple Pay", wireframe)

    assert markdown.startswith("# Pay by card or Apple Pay\n\n```text\n┌")
    assert f"```text\n{wireframe.ascii}\n```\n" in markdown
    headings = [line for line in markdown.split("\n") if line.startswith("## ")]
    assert headings == ["## Layout", "## UI elements", "## Navigation", "## Notes"]


def test_given_missing_sections_and_backticks_when_exported_then_the_markdown_stays_valid():
    wireframe = Wireframe(ascii="┌─────┐\n│ ``` │\n└─────┘")

    markdown = wireframe_markdown("Odd <b>title</b>", wireframe)

    assert "````text\n" in markdown and "<b>" not in markdown
    assert markdown.count("_Not provided._") == 4


def test_given_a_russian_wireframe_when_exported_then_the_headings_are_russian_and_read_back():
    wireframe = generate_offline_wireframe(RU_BOOKING, "high-fidelity", "web")

    markdown = wireframe_markdown(RU_BOOKING.title, wireframe)

    headings = [line for line in markdown.split("\n") if line.startswith("## ")]
    assert headings == ["## Макет", "## Элементы интерфейса", "## Навигация", "## Примечания"]
    again = parse_wireframe_answer(markdown)
    assert again.layout == wireframe.layout and again.notes == wireframe.notes


def test_given_an_answer_with_spanish_or_german_headings_when_parsed_then_sections_are_found():
    answer = (
        f"```\n{GOOD_BOX}\n```\n\n## Estructura\nUna columna.\n\n**Hinweise:** Karte abgelehnt."
    )

    wireframe = parse_wireframe_answer(answer)

    assert wireframe.layout == "Una columna."
    assert wireframe.notes == "Karte abgelehnt."
