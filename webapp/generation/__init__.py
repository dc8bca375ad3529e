"""The AI side of Story Mapper: requirements text in, a validated story map out.

Nothing here imports Flask: the web app and the workers call ``generate_map``
and get a ``GeneratedMap`` back, whichever generator made it.
"""

from collections.abc import Callable

from webapp.generation.errors import GenerationError, TransientGenerationError
from webapp.generation.offline import generate_offline_map
from webapp.generation.schemas import GeneratedMap, StoryMapDraft

__all__ = [
    "GeneratedMap",
    "GenerationError",
    "StoryMapDraft",
    "TransientGenerationError",
    "generate_map",
]

OFFLINE_GENERATOR = "Offline generator"

StepCallback = Callable[[str], None]


def generate_map(
    requirements: str, *, enhance: bool = False, on_step: StepCallback | None = None
) -> GeneratedMap:
    """Turn requirements into a story map, reporting each step through ``on_step``.

    Parameters:
      requirements: the user's text, already validated (10 to 50,000 characters).
      enhance: run the enhancement stage first (needs an AI provider).
      on_step: called with "enhancing" and "generating" as the work moves on.
    """
    report = on_step or (lambda step: None)
    notes = []
    if enhance:
        report("enhancing")
        notes.append(
            "Enhancing requirements needs an AI provider; none is configured, "
            "so the original text was used."
        )
    report("generating")
    draft = generate_offline_map(requirements)
    return GeneratedMap(draft=draft, generator=OFFLINE_GENERATOR, notes=notes)
