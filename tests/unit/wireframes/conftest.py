"""The three sample stories drawn once per test module, in every style and platform."""

import pytest

from generation.wireframes import PLATFORMS, STYLES, Wireframe, generate_offline_wireframe
from tests.unit.wireframes.samples import STORIES


@pytest.fixture(scope="module")
def drawn() -> dict[tuple[str, str, str], Wireframe]:
    return {
        (name, style, platform): generate_offline_wireframe(story, style, platform)
        for name, story in STORIES.items()
        for style in STYLES
        for platform in PLATFORMS
    }
