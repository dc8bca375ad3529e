"""The AI side of Story Mapper: requirements text in, a validated story map out.

Nothing here imports Flask: the workers call ``generate_map`` with the configured
providers and get a ``GeneratedMap`` back, whichever generator made it.
"""

from collections.abc import Callable, Sequence

from webapp.generation.cache import MemoryCache, RedisCache
from webapp.generation.errors import GenerationError, TransientGenerationError
from webapp.generation.llm import (
    ENHANCEMENT_MIN_CONFIDENCE,
    ProviderChain,
    enhance_requirements,
    map_requirements,
)
from webapp.generation.offline import generate_offline_map
from webapp.generation.providers import Provider
from webapp.generation.schemas import GeneratedMap, StoryMapDraft

__all__ = [
    "GeneratedMap",
    "GenerationError",
    "OFFLINE_GENERATOR",
    "StoryMapDraft",
    "TransientGenerationError",
    "generate_map",
]

OFFLINE_GENERATOR = "Offline generator"

StepCallback = Callable[[str], None]


def generate_map(
    requirements: str,
    *,
    enhance: bool = False,
    on_step: StepCallback | None = None,
    providers: Sequence[Provider] = (),
    cache: MemoryCache | RedisCache | None = None,
) -> GeneratedMap:
    """Turn requirements into a story map, reporting each step through ``on_step``.

    Parameters:
      requirements: the user's text, already validated (10 to 50,000 characters).
      enhance: run the enhancement stage first (needs an AI provider).
      on_step: called with "enhancing" and "generating" as the work moves on.
      providers: the LLM providers in priority order; none means the offline generator.
      cache: where identical requests are remembered for 24 hours.
    """
    report = on_step or (lambda step: None)
    if not providers:
        notes = []
        if enhance:
            report("enhancing")
            notes.append(
                "Enhancing requirements needs an AI provider; none is configured, "
                "so the original text was used."
            )
        report("generating")
        return GeneratedMap(
            draft=generate_offline_map(requirements), generator=OFFLINE_GENERATOR, notes=notes
        )

    chain = ProviderChain(list(providers), cache)
    notes: list[str] = []
    enhancement = None
    text = requirements
    if enhance:
        report("enhancing")
        try:
            stage1 = enhance_requirements(chain, requirements)
        except (GenerationError, TransientGenerationError) as error:
            notes.append(f"Enhancing the requirements failed; the original text was used: {error}")
        else:
            notes += _failures_before(stage1)
            if stage1.value.confidence >= ENHANCEMENT_MIN_CONFIDENCE:
                enhancement = stage1.value
                text = enhancement.enhanced_text
            else:
                notes.append(
                    f"The enhanced requirements were not used: the model's confidence was "
                    f"{stage1.value.confidence:.2f}, below {ENHANCEMENT_MIN_CONFIDENCE:.2f}."
                )
    report("generating")
    stage2 = map_requirements(chain, text)
    notes += _failures_before(stage2)
    return GeneratedMap(
        draft=stage2.value, generator=stage2.provider.label, enhancement=enhancement, notes=notes
    )


def _failures_before(result) -> list[str]:
    if not result.failures:
        return []
    return [f"{result.provider.label} answered after: {'; '.join(result.failures)}."]
