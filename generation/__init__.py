"""The AI side of Story Mapper: requirements text in, a validated story map out.

Nothing here imports Flask: the workers call ``generate_map`` with the configured
providers and get a ``GeneratedMap`` back, whichever generator made it.
"""

from collections.abc import Callable, Sequence

from pydantic import BaseModel, Field

from generation import prompts
from generation.cache import MemoryCache, RedisCache
from generation.errors import GenerationError, TransientGenerationError
from generation.language import detect_language
from generation.llm import ENHANCEMENT_MIN_CONFIDENCE, ProviderChain, enhance_requirements
from generation.llm_map import map_requirements, plan_map
from generation.providers import Provider
from generation.schemas import GeneratedMap, StoryMapDraft
from generation.screening import why_no_requirements
from generation.stories import draft_map
from generation.tokens import estimate_tokens
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

#: Told each step as it starts: its name, its number and how many steps there are.
StepCallback = Callable[[str, int, int], None]


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
      on_step: called with each step's name ("enhancing", "generating", "part 3 of 7",
        "covering", "reviewing"), its number and the number of steps, saving included.
      providers: the LLM providers in priority order; none means the offline generator.
      cache: where identical requests are remembered for 24 hours.

    Raises GenerationError when the text states no requirement (gibberish, names, lorem ipsum).
    """
    report = on_step or (lambda step, number, total: None)
    # No generator can make a map of text that states no requirement: say so, make none.
    problem = why_no_requirements(requirements)
    if problem:
        raise GenerationError(problem)
    steps = ["enhancing"] if enhance else []
    if not providers:
        total = len(steps) + 2  # generating, then the worker's saving
        notes = []
        if enhance:
            report("enhancing", 1, total)
            notes.append(
                "Enhancing requirements needs an AI provider; none is configured, "
                "so the original text was used."
            )
        report("generating", len(steps) + 1, total)
        drafted = draft_map(requirements)
        return GeneratedMap(
            draft=drafted.draft, generator=OFFLINE_GENERATOR, notes=notes + drafted.notes
        )

    chain = ProviderChain(list(providers), cache)
    notes: list[str] = []
    enhancement = None
    text = requirements
    plan = plan_map(requirements, providers)
    if enhance:
        report("enhancing", 1, len(plan.steps) + 2)
        enhancement, said = _enhanced(chain, requirements, providers)
        notes += said
        if enhancement is not None:
            text = enhancement.enhanced_text
            plan = plan_map(text, providers)
    total = len(steps) + len(plan.steps) + 1
    mapped = map_requirements(
        chain,
        text,
        on_step=lambda step: report(step, len(steps) + plan.steps.index(step) + 1, total),
        plan=plan,
    )
    return GeneratedMap(
        draft=mapped.draft,
        generator=mapped.generator,
        enhancement=enhancement,
        notes=notes + mapped.notes,
    )


def _enhanced(chain: ProviderChain, requirements: str, providers) -> tuple[object, list[str]]:
    """Stage 1's enhancement when it is sure enough, and what the user should know."""
    context = min(provider.context_tokens for provider in providers)
    language = detect_language(requirements)[0]
    room = context - 2 * max(estimate_tokens(requirements, p.model, language) for p in providers)
    if room < estimate_tokens(prompts.ENHANCE_SYSTEM) + 256:
        return None, [
            f"The requirements are too long to enhance in one request within a {context:,}-"
            "token context (LLM_CONTEXT_TOKENS), so the original text was used."
        ]
    try:
        stage1 = enhance_requirements(chain, requirements)
    except (GenerationError, TransientGenerationError) as error:
        return None, [f"Enhancing the requirements failed; the original text was used: {error}"]
    notes = _failures_before(stage1)
    if stage1.value.confidence >= ENHANCEMENT_MIN_CONFIDENCE:
        return stage1.value, notes
    return None, [
        *notes,
        f"The enhanced requirements were not used: the model's confidence was "
        f"{stage1.value.confidence:.2f}, below {ENHANCEMENT_MIN_CONFIDENCE:.2f}.",
    ]


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
