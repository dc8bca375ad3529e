"""The wireframe form on the map page: up to ten ticked stories, a style and a platform."""

from flask_wtf import FlaskForm
from wtforms import SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired

from generation.wireframes import PLATFORMS, STYLES

MAX_STORIES = 10


class WireframeForm(FlaskForm):
    # The story_ids checkboxes sit in the map's story cards; the view reads and checks them.
    style = SelectField(
        "Style",
        choices=[SelectChoice(style, style.replace("-", " ").capitalize()) for style in STYLES],
        default="low-fidelity",
        validators=[InputRequired()],
    )
    platform = SelectField(
        "Platform",
        choices=[SelectChoice(platform, platform.capitalize()) for platform in PLATFORMS],
        default="web",
        validators=[InputRequired()],
    )


def story_count_problem(count: int) -> str | None:
    """What is wrong with the number of ticked stories, or None."""
    if count == 0:
        return "Tick at least one story to draw its wireframe."
    if count > MAX_STORIES:
        return f"Tick at most {MAX_STORIES} stories at a time (you ticked {count})."
    return None
