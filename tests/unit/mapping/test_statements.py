"""Statements: every sentence of the blocks, with the headings it sits under."""

from generation.mapping.blocks import parse_blocks
from generation.mapping.statements import product_title_heading, read_statements, split_sentences
from generation.offline import requirement_sentences
from tests.unit.mapping.samples import read


def test_given_a_moscow_document_when_read_then_each_sentence_carries_its_heading():
    # Given moscow_numbered.md: a title, a scope line, then Must / Should / Could / Won't lists
    blocks = parse_blocks(read("moscow_numbered.md"))

    statements = read_statements(blocks, product_title_heading(blocks))

    cancel = next(s for s in statements if "cancel or reschedule" in s.text)
    assert (cancel.bullet, cancel.heading_priority, cancel.skipped) == (True, "MVP", False)
    assert cancel.source == (
        "Patients must be able to cancel or reschedule an appointment up to 24 hours before it "
        "starts."
    )
    wont = [s.text for s in statements if s.skipped]
    assert "The system won't issue electronic prescriptions." in wont


def test_given_a_paragraph_of_prose_when_split_then_each_sentence_stands_alone():
    paragraph = parse_blocks(read("prose.md"))[0].clean

    sentences = split_sentences(paragraph)

    assert len(sentences) == 4
    assert sentences[2] == (
        "Customers can add dishes to a basket from a single restaurant, choose options such as "
        "size or extra toppings, and apply a promo code before checkout."
    )


# --- Through the whole map ----------------------------------------------------------------


def test_given_prose_when_asked_for_requirement_sentences_then_intro_and_scope_are_left_out():
    text = (
        "FoodNow is a startup from Berlin. Customers can order pizza. Couriers must deliver it.\n\n"
        "## Out of scope\n- Customers can pay in cash."
    )

    assert requirement_sentences(text) == [
        "Customers can order pizza.",
        "Couriers must deliver it.",
    ]
