"""Text that states no requirement is told apart from short, terse or foreign requirements."""

import pytest

from generation.screening import why_no_requirements

NAMES = (
    "Anna Boris Carl Dana Emil Frida Georg Hanna Igor Julia Karl Lena Max Nina Otto Paula "
    "Quentin Rosa Sven Tina Uwe Vera Walter Xenia Yuri Zoe Adam Bella Chris Dora"
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("asdf qwer zxcv", "No requirements found"),
        ("- asdf qwer\n- zxcv uiop\n- hjkl vbnm", "No requirements found"),
        (NAMES, "a list of names"),
        ("\n".join(f"- {name} Smith" for name in NAMES.split()), "a list of names"),
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.", "lorem ipsum"),
    ],
)
def test_text_with_no_requirement_is_told_why(text, reason):
    assert reason in why_no_requirements(text)


@pytest.mark.parametrize(
    "text",
    [
        "A dog walker booking app for busy owners in the city.",
        "- Push notifications\n- Dark mode\n- Game achievements",
        "Нужна система онлайн-записи в частную клинику. Пациент выбирает врача.",
        "Wir brauchen eine App für Fahrer.",
        "需要一个在线预约系统，患者可以选择医生。",
        "Users can log in",
    ],
)
def test_requirements_however_short_are_requirements(text):
    assert why_no_requirements(text) is None
