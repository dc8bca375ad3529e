"""Blocks: the text read line by line into headings, bullets and paragraphs."""

from generation.mapping.blocks import parse_blocks
from generation.offline import generate_offline_map
from tests.unit.mapping.samples import HTML_AND_CODE, all_stories, read, story_from


def test_given_a_pasted_html_export_when_read_then_markup_is_gone_and_structure_stays():
    # Given the start of noisy.md: an HTML export with a script, a heading and bullets
    blocks = parse_blocks(read("noisy.md"))

    kinds = [(b.kind, b.clean) for b in blocks[2:5]]

    assert kinds == [
        ("heading", "Ticket intake"),
        (
            "bullet",
            "Customers must be able to open a ticket by sending an email to the workspace "
            "support address, e.g. support@acme.helphive.io.",
        ),
        (
            "bullet",
            "Customers should be able to submit a ticket from the web widget without creating "
            "an account. (see mockups: https://example.com/figma/file/XyZ123?node-id=4%3A12)",
        ),
    ]
    texts = " ".join(b.clean for b in blocks)
    assert "alert(1)" not in texts  # the <script>
    assert "ticket.created" not in texts  # the fenced JSON payload


# --- Through the whole map ----------------------------------------------------------------


def test_given_a_labelled_line_when_generated_then_the_label_sets_the_priority():
    text = "Customers can order pizza online.\nNice to have: dark mode and push notifications."

    draft = generate_offline_map(text)

    assert story_from(draft, "order pizza").priority == "MVP"
    later = {s.title: s.priority for s in all_stories(draft) if s.priority == "Later"}
    assert later == {"Dark mode": "Later", "Push notifications": "Later"}


def test_given_html_and_code_when_generated_then_markup_and_code_are_not_stories():
    draft = generate_offline_map(HTML_AND_CODE)
    text = " ".join(s.title + " " + s.description for s in all_stories(draft))

    assert draft.product_name == "Salon Booker"
    for noise in ["<", "alert", "reduce", "def ", "color", "&amp;"]:
        assert noise not in text
    titles = {s.title for s in all_stories(draft)}
    assert {"Book appointments online", "Set working hours"} <= titles
    assert story_from(draft, "working hours").description.startswith("As a stylist, ")
