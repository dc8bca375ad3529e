"""The requirements validator: any text gets either a yes or one clear sentence saying why not."""

import re

from hypothesis import given
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from tests.fuzz.budget import fuzz
from tests.fuzz.strategies import (
    CONTROL,
    big_line,
    huge_line,
    many_short_lines,
    requirements_text,
    unicode_text,
)
from webapp.maps.forms import RequirementsForm, check_requirements

# What the validator refuses (tab, newline and carriage return are text).
BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

any_text = st.one_of(
    requirements_text,
    requirements_text,
    unicode_text,
    st.text(alphabet=st.sampled_from(CONTROL + [" ", "\t", "\n", "a"]), max_size=30),
    # One in five is big: a huge line, either side of the 50,000-character limit, many lines.
    st.one_of(huge_line, big_line(49_990, 60_000), many_short_lines()),
)


def assert_clear_message(problem: str) -> None:
    """A sentence a person can act on: capitalised, full stop, no code or traceback in it."""
    assert isinstance(problem, str)
    assert 20 <= len(problem) <= 300
    assert problem[0].isupper() and problem.rstrip().endswith(".")
    assert "Traceback" not in problem and "Error" not in problem and "None" not in problem


@given(text=any_text)
@fuzz(3_000)
def test_every_text_is_accepted_or_refused_with_a_clear_reason(app_context, text):
    # Given any text a user could paste
    # When the validator reads it
    problem = check_requirements(text)

    # Then it is accepted only when it fits the rules, and refused with the rule it broke
    trimmed = text.strip()
    limits = (
        app_context.config["REQUIREMENTS_MIN_CHARS"],
        app_context.config["REQUIREMENTS_MAX_CHARS"],
    )
    fits = (
        bool(trimmed)
        and not BINARY.search(trimmed)
        and limits[0] <= len(trimmed) <= limits[1]
        and any(character.isalpha() for character in trimmed)
    )
    if fits:
        assert problem is None
        return
    assert_clear_message(problem)
    if not trimmed:
        assert "empty" in problem
    elif BINARY.search(trimmed):
        assert "control characters" in problem
    elif len(trimmed) < limits[0]:
        assert "too short" in problem
    elif len(trimmed) > limits[1]:
        assert "too long" in problem and f"{len(trimmed):,}" in problem
    else:
        assert "no letters" in problem


@given(text=any_text, enhance=st.sampled_from([None, "y", "on", "", "\x00", "yes" * 100]))
@fuzz(600)
def test_the_form_keeps_the_text_and_says_what_is_wrong(app, text, enhance):
    # Given the form posted with any text (and any value for the checkbox)
    data = MultiDict({"requirements": text})
    if enhance is not None:
        data["enhance"] = enhance
    with app.test_request_context(method="POST"):
        form = RequirementsForm(formdata=data, meta={"csrf": False})

        # When it is validated
        valid = form.validate()
        expected = check_requirements(text)

    # Then it has the trimmed text to queue, or the validator's one clear error; and the text
    # stays as typed, to be shown again
    assert form.requirements.data == text
    assert valid == (expected is None)
    if valid:
        assert form.trimmed_requirements == text.strip()
    else:
        assert form.errors == {"requirements": [expected]}
