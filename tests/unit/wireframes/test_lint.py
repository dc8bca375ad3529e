"""The lint and repair of any drawing, ours or an LLM's.

Each test reads as Given (a drawing) / When (it is checked or repaired) / Then (what the lint
says, or the repaired drawing).
"""

import pytest

from generation.wireframes import lint_wireframe, repair_wireframe
from tests.unit.wireframes.samples import GOOD_BOX, line_widths

# --- Lint ------------------------------------------------------------------------------------


def test_given_a_clean_box_with_junctions_when_linted_then_nothing_is_flagged():
    assert lint_wireframe(GOOD_BOX, "web") == []


def test_given_jagged_lines_when_linted_then_the_short_line_is_named():
    lines = GOOD_BOX.split("\n")
    lines[1] = lines[1][:-3] + "│"

    problems = lint_wireframe("\n".join(lines), "web")

    assert any("not all 60 columns" in p and "lines 2" in p for p in problems)


@pytest.mark.parametrize(
    ("bad", "word"),
    [("\t", "tab"), ("🙂", "emoji"), ("寿", "wide character")],
)
def test_given_a_tab_emoji_or_wide_character_when_linted_then_it_is_flagged(bad, word):
    lines = GOOD_BOX.split("\n")
    lines[1] = "│ " + bad + "Checkout".ljust(55) + " │"

    problems = lint_wireframe("\n".join(lines), "web")

    assert any(p.lower().startswith(word) and "lines 2" in p for p in problems)


def test_given_a_web_drawing_on_mobile_when_linted_then_the_width_is_wrong():
    problems = lint_wireframe(GOOD_BOX, "mobile")

    assert problems == ["The drawing is 60 columns wide; mobile needs 30-48."]


def test_given_a_corner_that_does_not_join_when_linted_then_it_is_flagged():
    lines = GOOD_BOX.split("\n")
    lines[1] = " " + lines[1][1:]  # the left border under ┌ is gone

    problems = lint_wireframe("\n".join(lines), "web")

    assert any(p.startswith("Corner ┌ on line 1, column 1") and "below" in p for p in problems)


def test_given_an_empty_drawing_when_linted_then_it_is_a_problem():
    assert lint_wireframe("  \n", "desktop") == ["The drawing is empty."]


# --- Repair ----------------------------------------------------------------------------------


def test_given_jagged_lines_and_emoji_when_repaired_then_the_drawing_is_lint_clean():
    lines = GOOD_BOX.split("\n")
    lines[1] = "│ 🛒 Checkout │"  # far too short, with an emoji
    lines[3] = lines[3][:-1] + "   │"  # three columns too wide, padding before the border
    lines.insert(1, "│\tTotal: 18.90" + " " * 44 + "│")

    repaired = repair_wireframe("\n".join(lines), "web")

    assert repaired is not None
    assert lint_wireframe(repaired, "web") == []
    assert "│ ? Checkout" in repaired and "[ Pay now ]" in repaired
    assert line_widths(repaired) == {60}


def test_given_a_clean_drawing_when_repaired_then_it_is_unchanged():
    assert repair_wireframe(GOOD_BOX, "web") == GOOD_BOX


def test_given_a_stray_control_character_line_when_repaired_then_it_is_dropped_not_padded():
    # Found by tests/fuzz: the escape character was removed after the blank lines were trimmed,
    # so the repair began with a line of spaces, and repairing it again gave another drawing.
    drawing = "\x1b\n" + GOOD_BOX + "\n\x07"

    repaired = repair_wireframe(drawing, "web")

    assert repaired == GOOD_BOX
    assert repair_wireframe(repaired, "web") == repaired


@pytest.mark.parametrize(
    "hopeless",
    [
        "Just some prose, no drawing at all.",
        "┌" + "─" * 148 + "┐\n│" + " " * 148 + "│\n└" + "─" * 148 + "┘",  # 150 wide on web
        "",
    ],
)
def test_given_hopeless_input_when_repaired_then_there_is_no_fix(hopeless):
    assert repair_wireframe(hopeless, "web") is None
