"""The "New story map" form and the rules a requirements text must meet."""

import re

from flask import current_app
from flask_wtf import FlaskForm
from wtforms import BooleanField, TextAreaField
from wtforms.validators import ValidationError

# Tab, newline and carriage return are text; every other control character means binary data.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def check_requirements(text: str) -> str | None:
    """Return what is wrong with a requirements text, or None when it can be used."""
    minimum = current_app.config["REQUIREMENTS_MIN_CHARS"]
    maximum = current_app.config["REQUIREMENTS_MAX_CHARS"]
    trimmed = text.strip()
    if not trimmed:
        return "Paste your product requirements: the text is empty."
    if _CONTROL_CHARACTERS.search(trimmed):
        return (
            "The text contains binary data or control characters (such as NUL bytes). "
            "Paste plain text, for example copied from a document."
        )
    if len(trimmed) < minimum:
        return (
            f"The requirements are too short: {len(trimmed)} characters after trimming; "
            f"at least {minimum} are needed to make a map."
        )
    if len(trimmed) > maximum:
        return (
            f"The requirements are too long: {len(trimmed):,} characters after trimming; "
            f"the limit is {maximum:,}. Split the document or shorten it."
        )
    if not any(character.isalpha() for character in trimmed):
        return "The requirements need words: the text has no letters in it."
    return None


def ai_provider_configured() -> bool:
    """Tell whether an AI provider is configured; without one the offline generator maps."""
    return bool(current_app.config["LLM_PROVIDERS"])


class RequirementsForm(FlaskForm):
    requirements = TextAreaField("Requirements")
    # Ticked by default only when a provider can do it: the offline generator skips it.
    enhance = BooleanField("Enhance requirements first", default=ai_provider_configured)

    def validate_requirements(self, field):
        problem = check_requirements(field.data or "")
        if problem:
            raise ValidationError(problem)

    @property
    def trimmed_requirements(self) -> str:
        return (self.requirements.data or "").strip()
