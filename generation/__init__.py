"""The AI side of Story Mapper: requirements text in, a validated story map out.

Nothing here imports Flask: the workers call ``generate_map`` with the configured
providers and get a ``GeneratedMap`` back, whichever generator made it.
"""

from collections.abc import Callable, Sequence

from pydantic import BaseModel, Field

from generation import prompts
from generation.cache import MemoryCache, RedisCache
from generation.errors import GenerationError, TransientGenerationError
from generation.llm import (
    ENHANCEMENT_MIN_CONFIDENCE,
    ProviderChain,
    enhance_requirements,
    map_requirements,
)
from generation.providers import Provider
from generation.schemas import GeneratedMap, StoryMapDraft
from generation.screening import why_no_requirements
from generation.stories import draft_map
from generation.wireframes import (
    StoryContext,
    Wireframe,
    generate_offline_wireframe,
    lint_wireframe,
    parse_wireframe_answer,
    repair_wireframe,
)

__all__ = [
    "GeneratedMap",
    "GenerationError",
    "OFFLINE_GENERATOR",
    "StoryMapDraft",
    "StoryContext",
    "TransientGenerationError",
    "generate_map",
    "render_wireframe",
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

    Raises GenerationError when the text states no requirement (gibberish, names, lorem ipsum).
    """
    report = on_step or (lambda step: None)
    # No generator can make a map of text that states no requirement: say so, make none.
    problem = why_no_requirements(requirements)
    if problem:
        raise GenerationError(problem)
    if not providers:
        notes = []
        if enhance:
            report("enhancing")
            notes.append(
                "Enhancing requirements needs an AI provider; none is configured, "
                "so the original text was used."
            )
        report("generating")
        drafted = draft_map(requirements)
        return GeneratedMap(
            draft=drafted.draft, generator=OFFLINE_GENERATOR, notes=notes + drafted.notes
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


#: The width asked of an LLM per platform; the lint accepts 60-100 (web, desktop), 30-48 (mobile).
WIREFRAME_WIDTH = {"web": 80, "desktop": 80, "mobile": 40}


class GeneratedWireframe(BaseModel):
    wireframe: Wireframe
    generator: str
    notes: list[str] = Field(default_factory=list)


def render_wireframe(
    story: StoryContext,
    *,
    style: str,
    platform: str,
    providers: Sequence[Provider] = (),
    cache: MemoryCache | RedisCache | None = None,
) -> GeneratedWireframe:
    """Draw the screen ``story`` needs; an LLM drawing failing the lint is repaired or redrawn."""
    if not providers:
        return GeneratedWireframe(
            wireframe=generate_offline_wireframe(story, style, platform),
            generator=OFFLINE_GENERATOR,
        )
    result = ProviderChain(list(providers), cache).ask(
        f"wireframe:{style}:{platform}",
        prompts.WIREFRAME_SYSTEM.format(
            style=style, platform=platform, width=WIREFRAME_WIDTH[platform]
        ),
        prompts.WIREFRAME_USER.format(
            product=story.product_name,
            activity=story.activity,
            task=story.task,
            title=story.title,
            description=story.description,
            criteria="\n".join(f"- {c}" for c in story.acceptance_criteria),
        ),
        Wireframe,
        parse=parse_wireframe_answer,
    )
    wireframe, notes = result.value, _failures_before(result)
    problems = lint_wireframe(wireframe.ascii, platform)
    if not problems:
        return GeneratedWireframe(wireframe=wireframe, generator=result.provider.label, notes=notes)
    repaired = repair_wireframe(wireframe.ascii, platform)
    if repaired is not None and not lint_wireframe(repaired, platform):
        notes.append(f"The drawing was straightened out: {'; '.join(problems[:3])}.")
        return GeneratedWireframe(
            wireframe=wireframe.model_copy(update={"ascii": repaired}),
            generator=result.provider.label,
            notes=notes,
        )
    notes.append(
        f"{result.provider.label}'s drawing failed the wireframe checks "
        f"({'; '.join(problems[:3])}), so the offline generator drew this one."
    )
    return GeneratedWireframe(
        wireframe=generate_offline_wireframe(story, style, platform),
        generator=OFFLINE_GENERATOR,
        notes=notes,
    )
