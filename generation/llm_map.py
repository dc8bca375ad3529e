"""Stage 2 for a document of any length: map it in parts, merge, cover, critique.

1. **Parts.** The document is cut at its sections into parts whose prompt, with the system
   prompt and room for the answer, fits the smallest context of the configured providers
   (``LLM_CONTEXT_TOKENS``). A document that fits is one part. Each part is one request,
   cached like every request, so a retried job asks again only from the part that failed.
2. **Sources.** Each requirement sentence is marked with an id for the whole document
   ("[S12]"); a story's ids become the sentences' text, as the offline stories have.
3. **Merge.** The parts' maps become one, each story once, priorities kept
   (``generation.merging``); more than eight activities are gathered into a backbone of 3-8
   by one more request (folded by size if that fails).
4. **Coverage.** Sentences no story names get one more request for their stories; those
   still uncovered are named in a note.
5. **Critique.** The quality report judges the merged map; the stories it flags for what a
   rewrite can fix get one revision request with its findings.
6. **Language.** Every answer is checked against the document's language; one that drifted
   is asked once to answer again in it, and what stays in another language is noted.

A part the model cannot answer validly is skipped with a note; two such parts in a row stop
the job, since a model that fails twice running is not worth twenty more requests.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from generation import prompts
from generation.errors import GenerationError, InvalidAnswerError, TransientGenerationError
from generation.language import detect_language, in_language, language_name
from generation.llm import ChainResult, Check, ProviderChain
from generation.merging import merge_maps, regroup
from generation.parts import Part, marked_lines, requirement_sentences, split_into_parts
from generation.providers import DEFAULT_CONTEXT_TOKENS, Provider
from generation.quality import MAX_ACTIVITIES, lint_story_map
from generation.reading import Document, read_document
from generation.schemas import Backbone, Revision, StoryDraft, StoryMapDraft
from generation.tokens import TOKENS_PER_MESSAGE, estimate_tokens

logger = logging.getLogger(__name__)

#: The findings a rewrite of the story can put right; the rest are the map's or the document's.
CRITIQUE_RULES = frozenset(
    {
        "so-that",
        "criteria-count",
        "criteria-form",
        "unhappy-path",
        "repeated-benefit",
        "templated-criteria",
        "wrong-language",
        "priority-not-honoured",
        "quoted-goal",
        "weak-title",
    }
)
#: Stories sent in one revision request, and revised in one map at most.
REVISE_BATCH = 8
MAX_REVISED = 48
#: Kept back from the context for rounding and the chat template's own tokens.
SLACK_TOKENS = 64
#: The share of the room left that a part's estimate may fill: the estimate is not a count.
SAFETY = 0.9
#: The longest answer asked for when LLM_MAX_OUTPUT_TOKENS is not set: hosted models refuse a
#: larger max_tokens than they can write (8,192 for Gemini 2.0 Flash, 16,384 for gpt-4o-mini).
DEFAULT_ANSWER_TOKENS = 8192
#: The answer's tokens per requirement sentence of a part: a story in JSON (title, story line,
#: two or three criteria, sources) is 100-200 tokens (bench.llm_parts measures it).
ANSWER_TOKENS_PER_SENTENCE = 150
#: A part never gets less room than this, however small the context.
MIN_PART_TOKENS = 256
#: A drift is this share of the story texts in another language (one alone is a term).
DRIFT_SHARE = 0.2

StepCallback = Callable[[str], None]


@dataclass
class MapPlan:
    """How a document will be asked for: its sentences, its parts, the room for answers."""

    document: Document
    sentences: list[str]
    parts: list[Part]
    #: The longest answer each request asks for (it caps LLM_MAX_OUTPUT_TOKENS).
    answer_tokens: int
    #: The most tokens a part's text may have.
    part_tokens: int
    cost: Callable[[str], int] = field(repr=False)

    @property
    def steps(self) -> list[str]:
        """The job's steps while mapping: each part, then covering and reviewing."""
        mapping = [part.label for part in self.parts] if len(self.parts) > 1 else ["generating"]
        return [*mapping, "covering", "reviewing"]

    def prompt(self, part: Part) -> str:
        if len(self.parts) == 1:
            return prompts.MAP_MARKED.format(requirements=part.text)
        title = _title(self.document)
        return prompts.MAP_PART.format(
            part=part.label, title=f" ({title})" if title else "", requirements=part.text
        )


@dataclass
class MappedDocument:
    draft: StoryMapDraft
    #: The provider that answered most of the requests.
    generator: str
    notes: list[str] = field(default_factory=list)
    #: Requests asked, and how many were answered from the cache.
    requests: int = 0
    cached: int = 0


def plan_map(requirements: str, providers: Sequence[Provider]) -> MapPlan:
    """Read the document and cut it into parts that fit every provider's context."""
    document = read_document(requirements)
    sentences = requirement_sentences(document)
    models = [provider.for_stage("map").model for provider in providers] or [""]

    def cost(text: str) -> int:
        return max(estimate_tokens(text, model, document.language) for model in models)

    context = min((p.context_tokens for p in providers), default=DEFAULT_CONTEXT_TOKENS)
    caps = [p.max_tokens for p in providers if p.max_tokens]
    answer = min(min(caps, default=min(context * 3 // 8, DEFAULT_ANSWER_TOKENS)), context // 2)
    frame = prompts.MAP_PART.format(part="part 99 of 99", title=" ()", requirements="")
    fixed = cost(prompts.MAP_SYSTEM) + cost(frame) + cost(_title(document)) + 2 * TOKENS_PER_MESSAGE
    budget = max(MIN_PART_TOKENS, int((context - answer - fixed - SLACK_TOKENS) * SAFETY))
    # The stories of a part's sentences must fit its answer too.
    most = max(1, answer // ANSWER_TOKENS_PER_SENTENCE)
    whole = "\n".join(marked_lines(document, sentences)).strip()
    if cost(whole) <= budget and len(sentences) <= most:
        parts = [Part(1, 1, whole, tuple(range(1, len(sentences) + 1)))]
    else:
        parts = split_into_parts(document, sentences, budget, cost, max_sentences=most)
    return MapPlan(document, sentences, parts, answer, budget, cost)


def map_requirements(
    chain: ProviderChain,
    requirements: str,
    on_step: StepCallback | None = None,
    plan: MapPlan | None = None,
) -> MappedDocument:
    """Stage 2: the story map of ``requirements``, each story with its sources."""
    plan = plan or plan_map(requirements, chain.providers)
    report = on_step or (lambda step: None)
    run = _Run(chain, plan)
    drafts: list[StoryMapDraft] = []
    last_failed: str | None = None  # the part asked just before, if it failed
    last_error: Exception | None = None
    for part in plan.parts:
        report(plan.steps[part.number - 1])
        if len(plan.parts) > 1 and plan.sentences and not part.sentence_ids:
            continue  # background only (overview, glossary): nothing to map, no request
        try:
            what = part.label if len(plan.parts) > 1 else "the map"
            result = run.ask(prompts.MAP_SYSTEM, plan.prompt(part), StoryMapDraft, what)
        except InvalidAnswerError as error:
            if len(plan.parts) == 1:
                raise
            if last_failed is not None:
                raise GenerationError(
                    f"{last_failed.capitalize()} and {part.label} got no valid story map, one "
                    f"after the other, so the job stopped: {error}"
                ) from None
            last_failed, last_error = part.label, error
            count = len(part.sentence_ids)
            run.notes.append(
                f"{part.label.capitalize()} got no valid story map, so its {count} requirement "
                f"sentence{'' if count == 1 else 's'} {'was' if count == 1 else 'were'} left "
                f"to the request for uncovered sentences: {error}"
            )
            continue
        last_failed = None
        drafts.append(_with_sources(result.value, plan.sentences))
    if not drafts:
        raise GenerationError(f"No part of the document got a valid story map: {last_error}")
    merged = drafts[0]
    if len(drafts) > 1:
        merged = run.backbone(merge_maps(drafts, plan.document.pack, max_activities=10**6))
    report("covering")
    merged = run.cover(merged)
    report("reviewing")
    merged = run.revise(merged)
    generator = run.answered_by.most_common(1)[0][0] if run.answered_by else "cache"
    return MappedDocument(merged, generator, run.notes + run.drift_note(), run.requests, run.cached)


class _Run:
    """The requests of one mapping, and what the user should hear about them."""

    def __init__(self, chain: ProviderChain, plan: MapPlan):
        self.chain = chain
        self.plan = plan
        self.language = plan.document.language
        self.language_name = language_name(self.language)
        self.notes: list[str] = []
        self.answered_by: Counter[str] = Counter()
        #: (answer, the language it stayed in, provider) for each answer that drifted.
        self.drifted: list[tuple[str, str, str]] = []
        self.requests = 0
        self.cached = 0
        self.check = language_check(self.language)

    def ask(self, system: str, user: str, model, what: str) -> ChainResult:
        hits_before = getattr(self.chain.cache, "hits", 0)
        self.requests += 1
        result = self.chain.ask(
            "map", system, user, model, answer_tokens=self.plan.answer_tokens, check=self.check
        )
        self.cached += getattr(self.chain.cache, "hits", 0) - hits_before
        self.answered_by[result.provider.label] += 1
        for failure in result.failures:
            note = f"{result.provider.label} answered after: {failure}."
            if note not in self.notes:  # the same outage, met again at each part
                self.notes.append(note)
        if result.notes:
            wrote_in = language_name(detect_language(_text_of(result.value))[0])
            self.drifted.append((what, wrote_in or "another language", result.provider.label))
        return result

    def drift_note(self) -> list[str]:
        """One note naming every answer that stayed in another language than the document's."""
        if not self.drifted:
            return []
        answers = [what for what, _, _ in self.drifted]
        listed = ", ".join(answers[:-1]) + (" and " if len(answers) > 1 else "") + answers[-1]
        languages = " or ".join(dict.fromkeys(language for _, language, _ in self.drifted))
        return [
            f"{self.drifted[0][2]} wrote {listed} partly in {languages} although the document "
            f"is in {self.language_name}, even after being asked once to write in "
            f"{self.language_name}; the quality report marks those stories."
        ]

    def backbone(self, draft: StoryMapDraft) -> StoryMapDraft:
        """The parts' activities gathered into 3-8 by one request; folded if that fails."""
        if len(draft.activities) <= MAX_ACTIVITIES:
            return draft
        listed = "\n".join(
            f"{number}. {activity.title}: {', '.join(task.title for task in activity.tasks)}"
            for number, activity in enumerate(draft.activities, start=1)
        )
        user = prompts.BACKBONE.format(activities=listed, language=self.language_name or "English")
        pack = self.plan.document.pack
        try:
            result = self.ask(prompts.MAP_SYSTEM, user, Backbone, "the backbone")
            return regroup(
                draft, [(group.title, group.members) for group in result.value.activities], pack
            )
        except (GenerationError, TransientGenerationError, ValueError) as error:
            self.notes.append(
                f"Gathering the parts' {len(draft.activities)} activities into a backbone "
                f"failed ({error}), so the smallest were folded into their neighbours."
            )
            return merge_maps([draft], pack)

    def cover(self, draft: StoryMapDraft) -> StoryMapDraft:
        """Ask once more for stories of the sentences no story names; note those still left."""
        missing = _uncovered(draft, self.plan.sentences)
        if not missing:
            return draft
        backbone = "\n".join(
            f"- {activity.title}: {', '.join(task.title for task in activity.tasks)}"
            for activity in draft.activities
        )
        answers = []
        for batch in self._batches(
            [f"[S{n}] {self.plan.sentences[n - 1]}" for n in missing],
            lambda lines: prompts.COVER.format(backbone=backbone, sentences="\n".join(lines)),
        ):
            user = prompts.COVER.format(backbone=backbone, sentences="\n".join(batch))
            try:
                result = self.ask(prompts.MAP_SYSTEM, user, StoryMapDraft, "the missing stories")
            except (GenerationError, TransientGenerationError) as error:
                self.notes.append(f"Asking for stories of the uncovered sentences failed: {error}")
                break
            answers.append(_with_sources(result.value, self.plan.sentences))
        if answers:
            draft = merge_maps([draft, *answers], self.plan.document.pack)
        still = _uncovered(draft, self.plan.sentences)
        if still:
            quoted = ", ".join(f"“{self.plan.sentences[n - 1]}”" for n in still[:3])
            more = f" and {len(still) - 3} more" if len(still) > 3 else ""
            self.notes.append(
                f"{len(still)} of {len(self.plan.sentences)} requirement sentences are named "
                f"as the source of no story, even after one more request: {quoted}{more}."
            )
        return draft

    def revise(self, draft: StoryMapDraft) -> StoryMapDraft:
        """Send the stories the quality report flags, with its findings, for one revision."""
        flagged: dict[tuple[int, int, int], list[str]] = {}
        rules: dict[tuple[int, int, int], set[str]] = {}
        for finding in lint_story_map(draft, self.plan.document).findings:
            if finding.story is not None and finding.rule in CRITIQUE_RULES:
                flagged.setdefault(finding.story, []).append(finding.message)
                rules.setdefault(finding.story, set()).add(finding.rule)
        if not flagged:
            return draft
        paths = list(flagged)[:MAX_REVISED]
        stories = [_story_at(draft, path) for path in paths]
        items = [
            json.dumps(
                {
                    "id": number,
                    "title": story.title,
                    "description": story.description,
                    "priority": story.priority,
                    "acceptanceCriteria": story.acceptance_criteria,
                    "problems": flagged[path],
                },
                ensure_ascii=False,
            )
            for number, (path, story) in enumerate(zip(paths, stories, strict=True), start=1)
        ]
        system = prompts.REVISE_SYSTEM.format(language=self.language_name)
        revised = 0
        for batch in self._batches(
            items,
            lambda chosen: prompts.REVISE_USER.format(stories="\n".join(chosen)),
            limit=REVISE_BATCH,
        ):
            user = prompts.REVISE_USER.format(stories="\n".join(batch))
            try:
                result = self.ask(system, user, Revision, "the revision")
            except (GenerationError, TransientGenerationError) as error:
                self.notes.append(f"The revision of the flagged stories failed: {error}")
                break
            asked = {json.loads(item)["id"] for item in batch}
            for rewrite in result.value.stories:
                if rewrite.id in asked:
                    path = paths[rewrite.id - 1]
                    revised += self._apply(stories[rewrite.id - 1], rewrite, rules[path])
                    asked.discard(rewrite.id)
        note = (
            f"The quality report flagged {len(flagged)} "
            f"stor{'y' if len(flagged) == 1 else 'ies'}; {revised} "
            f"{'was' if revised == 1 else 'were'} revised once with its findings."
        )
        if len(flagged) > MAX_REVISED:
            left = len(flagged) - MAX_REVISED
            note += f" The {left} after the first {MAX_REVISED} were left as they are."
        self.notes.append(note)
        return draft

    def _apply(self, story: StoryDraft, rewrite, rules: set[str]) -> bool:
        """Take the rewrite into ``story`` unless it drifted out of the document's language."""
        text = _story_text(rewrite)
        if self.language and in_language(text, self.language) is False:
            return False
        story.title = rewrite.title
        story.description = rewrite.description
        story.acceptance_criteria = list(rewrite.acceptance_criteria)
        if "priority-not-honoured" in rules:
            story.priority = rewrite.priority  # the priority changes only when it was wrong
        return True

    def _batches(self, items: list[str], prompt_of, limit: int | None = None):
        """``items`` in runs whose prompt fits the part budget (and ``limit`` items)."""
        batch: list[str] = []
        for item in items:
            too_many = limit is not None and len(batch) >= limit
            too_long = self.plan.cost(prompt_of([*batch, item])) > self.plan.part_tokens
            if batch and (too_many or too_long):
                yield batch
                batch = []
            batch.append(item)
        if batch:
            yield batch


def language_check(code: str | None) -> Check | None:
    """A check that the stories of an answer are written in language ``code``."""
    if code is None:
        return None
    name = language_name(code)

    def check(value) -> str | None:
        texts = [_story_text(story) for story in _stories_of(value)]
        judged = [(text, in_language(text, code)) for text in texts]
        wrong = [text for text, verdict in judged if verdict is False]
        told = [verdict for _, verdict in judged if verdict is not None]
        if not wrong or len(wrong) < DRIFT_SHARE * len(told):
            return None
        examples = "; ".join(f"“{_short(text)}”" for text in wrong[:3])
        return prompts.LANGUAGE_DRIFT.format(language=name, examples=examples)

    return check


def sources_from_ids(given: list[str], sentences: list[str]) -> list[str]:
    """The sentences a story names by id ("S3", "[S3]"), or quotes exactly; others dropped."""
    texts = []
    for value in given:
        match = _SENTENCE_ID.fullmatch(value.strip())
        if match and 1 <= int(match.group(1)) <= len(sentences):
            texts.append(sentences[int(match.group(1)) - 1])
        elif value.strip() in sentences:
            texts.append(value.strip())
    return list(dict.fromkeys(texts))


_SENTENCE_ID = re.compile(r"\[?\s*S\s*(\d+)\s*\]?", re.I)


def _with_sources(draft: StoryMapDraft, sentences: list[str]) -> StoryMapDraft:
    for story in draft.stories:
        story.sources = sources_from_ids(story.sources, sentences)
    return draft


def _uncovered(draft: StoryMapDraft, sentences: list[str]) -> list[int]:
    named = {source for story in draft.stories for source in story.sources}
    return [number for number, text in enumerate(sentences, start=1) if text not in named]


def _story_at(draft: StoryMapDraft, path: tuple[int, int, int]) -> StoryDraft:
    activity, task, story = path
    return draft.activities[activity].tasks[task].stories[story]


def _stories_of(value) -> list:
    """The stories of an answer: a map's, a revision's, or the answer itself for one story."""
    if isinstance(value, StoryMapDraft):
        return value.stories
    if isinstance(getattr(value, "stories", None), list):
        return value.stories
    if hasattr(value, "description") or hasattr(value, "acceptance_criteria"):
        return [value]
    return []


def _story_text(story) -> str:
    return " ".join(
        [
            getattr(story, "title", ""),
            getattr(story, "description", ""),
            *getattr(story, "acceptance_criteria", []),
        ]
    ).strip()


def _text_of(value) -> str:
    return " ".join(_story_text(story) for story in _stories_of(value))


def _title(document: Document) -> str:
    """The document's first heading, which names the product in most documents."""
    heading = next((s.text for s in document.statements if s.kind == "heading"), "")
    return _short(heading, 80)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
