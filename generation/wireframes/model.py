"""What a wireframe is drawn from and what it is: the story, the drawing and its sections.

``StoryContext`` is one story and where it sits in the map; ``Wireframe`` is the drawing with
its four markdown sections (Layout, UI elements, Navigation, Notes). The styles and platforms
a wireframe can be drawn in live here too, with the width each platform is drawn at and the
range of widths the lint accepts for it, so every part checks a platform the same way.
"""

from pydantic import BaseModel, ConfigDict, Field

STYLES = ("low-fidelity", "high-fidelity", "component")
PLATFORMS = ("web", "mobile", "desktop")

WIDTHS = {"web": 80, "mobile": 40, "desktop": 80}
_RANGES = {"web": (60, 100), "mobile": (30, 48), "desktop": (60, 100)}


class StoryContext(BaseModel):
    """What a wireframe is drawn from: one story and where it sits in the map."""

    model_config = ConfigDict(populate_by_name=True, str_strip_whitespace=True)

    product_name: str = Field(default="", alias="productName")
    activity: str = ""
    task: str = ""
    title: str
    description: str = ""
    acceptance_criteria: list[str] = Field(default_factory=list, alias="acceptanceCriteria")


class Wireframe(BaseModel):
    """One story's wireframe: the drawing and four markdown sections."""

    ascii: str
    layout: str = ""
    ui_elements: str = ""
    navigation: str = ""
    notes: str = ""


def check_platform(platform: str) -> tuple[int, int]:
    """The allowed width range of a platform; unknown platforms are a caller's mistake."""
    if platform not in _RANGES:
        raise ValueError(f"Unknown platform {platform!r}; expected one of {', '.join(PLATFORMS)}.")
    return _RANGES[platform]
