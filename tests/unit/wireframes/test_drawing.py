"""The offline drawing: each story in every style and platform, framed and lint-clean.

Each test reads as Given (a story) / When (it is drawn) / Then (what a product manager looking
at the wireframe would notice).
"""

import pytest

from generation.wireframes import PLATFORMS, STYLES, generate_offline_wireframe, lint_wireframe
from tests.unit.wireframes.samples import (
    CHECKOUT,
    SIGN_UP,
    STORIES,
    line_widths,
    screen_and_states,
)

# Words each story must put on screen, whatever the style and platform.
STORY_LABELS = {"checkout": "card", "search": "dishes", "sign-up": "email"}
UNHAPPY_MESSAGES = {
    "checkout": "Card declined. Try another card.",
    "search": "No dishes match your search.",
    "sign-up": "This email is already registered.",
}
WIDTH_RANGE = {"web": range(60, 101), "desktop": range(60, 101), "mobile": range(30, 49)}


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", STORIES)
def test_given_a_story_when_drawn_in_any_style_and_platform_then_the_drawing_is_lint_clean(
    drawn, name, style, platform
):
    wireframe = drawn[name, style, platform]

    assert lint_wireframe(wireframe.ascii, platform) == []
    (width,) = line_widths(wireframe.ascii)
    assert width in WIDTH_RANGE[platform]
    assert STORY_LABELS[name] in wireframe.ascii.lower()
    assert all([wireframe.layout, wireframe.ui_elements, wireframe.navigation, wireframe.notes])


def test_given_web_mobile_and_desktop_when_drawn_then_each_has_its_own_frame(drawn):
    web, mobile, desktop = (drawn["checkout", "high-fidelity", p].ascii for p in PLATFORMS)

    assert line_widths(web) == {80} and line_widths(desktop) == {80} and line_widths(mobile) == {40}
    assert "https://food-delivery-app.example/" in web
    assert "[Pay]" in web.split("\n")[3]  # the activity is the current item of the top nav
    # A consumer app's window has its own sections in the menu bar, not File / Edit / View
    assert "Home  Pay  Account  Help" in desktop and "File  Edit" not in desktop
    assert "┬" in desktop.split("\n")[6]  # the sidebar splits off below the toolbar
    phone = screen_and_states(mobile)[0].split("\n")
    assert phone[-3].count("┬") == 2  # three tabs at the bottom
    assert "Account" in phone[-2]


def test_given_a_checkout_story_when_drawn_high_fidelity_then_it_shows_a_real_payment_form(drawn):
    drawing = drawn["checkout", "high-fidelity", "web"].ascii

    assert "(*) Card   ( ) Apple Pay" in drawing
    assert "[ 4242 4242 4242 4242" in drawing
    assert "[ Pay now ]" in drawing
    assert "stays disabled" in drawing


@pytest.mark.parametrize("name", STORIES)
@pytest.mark.parametrize("platform", PLATFORMS)
def test_given_an_unhappy_path_when_drawn_high_fidelity_then_its_message_is_on_screen(
    drawn, name, platform
):
    drawing = drawn[name, "high-fidelity", platform].ascii
    message = UNHAPPY_MESSAGES[name]

    flat = " ".join(" ".join(line.strip("│ ") for line in drawing.split("\n")).split())
    assert f"! {message}" in flat or f"! {message[:20]}" in flat  # cut with … on a phone


def test_given_a_search_story_when_drawn_high_fidelity_then_it_lists_sample_rows(drawn):
    drawing = drawn["search", "high-fidelity", "desktop"].ascii

    assert "[ Search dishes…" in drawing and "[ Search ]" in drawing
    assert "│ > Margherita pizza " in drawing  # the selected row
    assert "┼" in drawing  # a real table with a header row
    assert "[ Clear search ]" in drawing


def test_given_low_fidelity_when_drawn_then_it_has_blocks_and_short_labels_not_sample_data(drawn):
    drawing = drawn["checkout", "low-fidelity", "web"].ascii

    assert "X X X" in drawing
    assert "[ card number" in drawing and "[ pay now ]" in drawing
    assert "4242" not in drawing and "Card declined" not in drawing


@pytest.mark.parametrize("platform", PLATFORMS)
def test_given_component_style_when_drawn_then_only_the_main_component_is_shown(drawn, platform):
    component = drawn["search", "component", platform].ascii
    screen = drawn["search", "high-fidelity", platform].ascii

    assert len(component.split("\n")) < len(screen.split("\n"))
    assert component.startswith("┌─ Dishes ")
    assert line_widths(component) == line_widths(screen)
    assert "https://" not in component and "File  Edit" not in component
    assert "Home" not in component


def test_given_the_same_story_when_drawn_twice_then_the_wireframe_is_identical():
    first = generate_offline_wireframe(SIGN_UP, "high-fidelity", "mobile")
    again = generate_offline_wireframe(SIGN_UP.model_copy(), "high-fidelity", "mobile")

    assert first == again


def test_given_a_sign_up_story_when_drawn_then_the_error_sits_under_the_field_it_names(drawn):
    screen, states = screen_and_states(drawn["sign-up", "high-fidelity", "web"].ascii)

    # The screen shows the happy path; the error state below it shows the field and its error
    assert "!" not in screen and "[ ana@example.com" in screen
    lines = states.split("\n")
    assert lines[0].startswith("┌─ Error state ")
    email = next(i for i, line in enumerate(lines) if "[ ana@example.com" in line)
    assert "! This email is already registered." in lines[email + 1]


def test_given_a_very_long_title_when_drawn_then_labels_are_cut_with_an_ellipsis():
    story = SIGN_UP.model_copy(update={"title": "Create an account " * 12, "task": "T" * 90})

    wireframe = generate_offline_wireframe(story, "high-fidelity", "mobile")

    assert lint_wireframe(wireframe.ascii, "mobile") == []
    assert "…" in wireframe.ascii


def test_given_an_unknown_style_or_platform_when_drawn_then_it_is_refused():
    with pytest.raises(ValueError, match="style"):
        generate_offline_wireframe(CHECKOUT, "sketchy", "web")
    with pytest.raises(ValueError, match="platform"):
        generate_offline_wireframe(CHECKOUT, "component", "watch")
