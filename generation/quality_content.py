"""The quality report's checks on what stories say, one story at a time and across the map."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from generation.language import content_keys, in_language, words_of
from generation.languages import PACKS, pack_for
from generation.languages.names import is_first_name
from generation.matching import StatementIndex, StoryFacts
from generation.reading import NOT_REQUIREMENTS, Document, form_kind
from generation.story_text import quotations, template_of

__all__ = ["CrossStory", "cross_story", "content_findings", "problems_from"]

#: A benefit shared by more than this share of the stories is a template.
BENEFIT_SHARE = 0.2
#: A template shared by this many stories or more repeats.
MIN_SHARED = 3
MVP_SHARE = 0.7
ACTIVITY_SHARE = 0.5
#: A title at least this long that stops where its sentence goes on was cut mid-phrase.
CUT_TITLE_WORDS = 6

_KIND_NAMES = {
    "heading": "a heading",
    "toc": "a table-of-contents entry",
    "metadata": "a metadata line",
    "code": "code",
    "route": "an API route",
    "schema": "a database schema line",
    "table": "a data table cell",
    "context": "a context line (glossary, risks, metrics or the like)",
    "role": "the description of a role",
    "product": "the sentence that names the product",
    "quality": 'a quality no test can check ("intuitive")',
}
_CUT_END = re.compile(r"(?:\.\.\.|…|[,:;(\-–—/])\s*$")


@dataclass
class CrossStory:
    """What stories share once their own words are removed: benefits and criteria."""

    #: Story path -> (rule, message) findings from comparing it with the others.
    findings: dict[tuple[int, int, int], list[tuple[str, str]]]
    problems: list[tuple[str, str, tuple, str | None]]


def cross_story(stories: list[StoryFacts], document: Document) -> CrossStory:
    """Find the benefits and criteria that repeat across stories."""
    findings: dict[tuple[int, int, int], list[tuple[str, str]]] = defaultdict(list)
    problems = []
    total = len(stories)
    benefits: dict[tuple[str, ...], list[StoryFacts]] = defaultdict(list)
    for facts in stories:
        if facts.line.benefit:
            benefits[template_of(facts.line.benefit, facts.own_keys, document.pack)].append(facts)
    for template, sharing in benefits.items():
        if len(sharing) >= MIN_SHARED and len(sharing) > BENEFIT_SHARE * total:
            example = sharing[0].line.benefit
            for facts in sharing:
                findings[facts.path].append(
                    ("repeated-benefit", f"{len(sharing)} stories share this benefit.")
                )
            problems.append(
                (
                    "repeated-benefit",
                    f"{len(sharing)} of {total} stories share one benefit",
                    tuple(f.path for f in sharing),
                    f"so that {example}" if template else example,
                )
            )
    criteria: dict[tuple[str, ...], dict[tuple, str]] = defaultdict(dict)
    for facts in stories:
        for criterion in facts.story.acceptance_criteria:
            template = template_of(criterion, facts.own_keys, document.pack)
            if len(template) >= 2:
                criteria[template].setdefault(facts.path, criterion)
    repeated = {t: users for t, users in criteria.items() if len(users) >= MIN_SHARED}
    if repeated:
        paths = sorted({path for users in repeated.values() for path in users})
        count = sum(len(users) for users in repeated.values())
        all_criteria = sum(len(f.story.acceptance_criteria) for f in stories)
        for path in paths:
            times = sum(path in users for users in repeated.values())
            findings[path].append(
                ("templated-criteria", f"{times} of its criteria repeat across stories.")
            )
        largest = max(repeated.values(), key=len)
        problems.append(
            (
                "templated-criteria",
                f"{count} of {all_criteria} criteria repeat {len(repeated)} "
                f"sentence{'s' if len(repeated) != 1 else ''} across stories",
                tuple(paths),
                next(iter(largest.values())),
            )
        )
    return CrossStory(dict(findings), problems)


def content_findings(
    facts: StoryFacts, document: Document, index: StatementIndex
) -> list[tuple[str, str]]:
    """The (rule, message) pairs for what one story says, checked against the document."""
    found = []
    story, line = facts.story, facts.line
    for quote in quotations(line.goal)[:1]:
        found.append(("quoted-goal", f'The goal quotes the text ("{_short(quote)}").'))
    found += _language_findings(facts, document)
    kind = _non_requirement_kind(facts, index)
    if kind:
        found.append(("not-a-requirement", f"Made from {_KIND_NAMES[kind]}, not a requirement."))
    if _weak_title(story.title, facts, document):
        found.append(("weak-title", "The title is one word or stops mid-phrase."))
    if line.role and not _is_person(line.role, document):
        found.append(("role-not-person", f'"{line.role}" is not a role a person has.'))
    source = facts.source
    if source is not None and source.kind == "non-goal":
        found.append(("non-goal-in-map", f'The document rules this out: "{_short(source.text)}".'))
    elif source is not None and source.priority and source.priority != story.priority:
        found.append(
            (
                "priority-not-honoured",
                f'The document says "{source.stated.stated}" ({source.priority}); '
                f"the story is in {story.priority}.",
            )
        )
    return found


def _language_findings(facts: StoryFacts, document: Document) -> list[tuple[str, str]]:
    language = document.language
    if language is None:
        return []
    name = pack_for(language).name if language in PACKS else language
    story = facts.story
    frame = facts.line.frame
    if frame is not None and frame != language:
        return [("wrong-language", f"Framed in {PACKS[frame].name} around {name} text.")]
    text = " ".join([story.title, story.description, *story.acceptance_criteria])
    # A story line framed in the document's language says which language the story is in;
    # only the rest needs the identifier, which costs about a millisecond a story.
    verdict = in_language(text, language, trust_script=frame == language)
    if verdict is False:
        return [("wrong-language", f"Not written in {name}, the document's language.")]
    return []


def _non_requirement_kind(facts: StoryFacts, index: StatementIndex) -> str | None:
    """What kind of non-requirement line the story is made from, or None."""
    for text in (facts.story.title, *quotations(facts.line.goal)):
        kind = form_kind(text)
        if kind:
            return kind
    source = facts.source
    if source is not None:
        return source.kind if source.kind in NOT_REQUIREMENTS else None
    goal = content_keys(facts.line.goal, index.pack)
    same = index.same_words(goal) or index.same_words(content_keys(facts.story.title, index.pack))
    kinds = {statement.kind for statement in same}
    if kinds and kinds <= NOT_REQUIREMENTS:
        return next(iter(sorted(kinds)))
    return None


def _weak_title(title: str, facts: StoryFacts, document: Document) -> bool:
    words = words_of(title)
    if len(words) <= 1 and not re.search(r"[\u3040-\u9fff\uac00-\ud7af]{3}", title):
        return True
    if _CUT_END.search(title) or title.count("(") != title.count(")"):
        return True
    dangling = document.pack.dangling | PACKS["en"].dangling
    if words and words[-1].lower() in dangling:
        return True
    source = facts.source.text if facts.source else ""
    if len(words) >= CUT_TITLE_WORDS and source:
        head = title.rstrip(" .")
        rest = source[len(head) :] if source.startswith(head) else ""
        return bool(rest) and rest[:1].isspace() and rest.strip()[:1].isalnum()
    return False


def _is_person(role: str, document: Document) -> bool:
    """Whether ``role`` names people (a customer), not a system, a table or a persona's name.

    The head of the phrase decides ("organisation admin" is an admin, "payment gateway" a
    gateway): the last word in English and German, the first in the other languages. Words
    that only name data ("table", "Tabelle") make any phrase a thing.
    """
    words = [word.lower() for word in words_of(role)]
    if not words:
        return True
    head = words[-1] if document.language in (None, "en", "de") else words[0]
    if head in _not_people() or any(word in _DATA_WORDS for word in words):
        return False
    if len(words) == 1 and _is_first_name(role, document):
        return False
    return True


#: Words that name data, never people, wherever they stand in a role.
_DATA_WORDS = frozenset(
    "table tables tabelle tabla tabela таблица column spalte columna coluna столбец field "
    "feld campo поле database datenbank api endpoint".split()
)


@cache
def _not_people() -> frozenset[str]:
    return frozenset(word for pack in PACKS.values() for word in pack.not_people)


def _is_first_name(role: str, document: Document) -> bool:
    word = role.strip()
    return is_first_name(word) or _introduced_as_persona(word, document.text)


@lru_cache(maxsize=512)
def _introduced_as_persona(word: str, text: str) -> bool:
    """Whether ``text`` introduces ``word`` as a persona with an age: "Sarah, 34," "Leah (29"."""
    name = word[:1].upper() + word[1:]
    return bool(re.search(rf"\b{re.escape(name)}\b\s*(?:,|\(|[-–—])\s*\d{{2}}\b", text))


def problems_from(
    findings, stories: list[StoryFacts], document: Document
) -> list[tuple[str, str, tuple, str | None]]:
    """One problem per rule over the per-story findings: "12 of 40 stories quote ..."."""
    language = pack_for(document.language).name if document.language in PACKS else "its language"
    by_rule: dict[str, list] = defaultdict(list)
    for finding in findings:
        if finding.story is not None:
            by_rule[finding.rule].append(finding)
    total = len(stories)
    problems = []
    for rule, (one, several) in _HEADLINES.items():
        found = by_rule.get(rule)
        if not found:
            continue
        paths = tuple(dict.fromkeys(finding.story for finding in found))
        headline = one if len(paths) == 1 else several
        text = headline.format(n=len(paths), total=total, language=language)
        problems.append((rule, text, paths, None))
    return problems


#: Each rule's headline, for one story and for several.
_HEADLINES = {
    "wrong-language": (
        "{n} of {total} stories is not in {language}, the document's language",
        "{n} of {total} stories are not in {language}, the document's language",
    ),
    "quoted-goal": (
        "{n} of {total} stories quotes the requirement instead of restating it",
        "{n} of {total} stories quote the requirement instead of restating it",
    ),
    "not-a-requirement": (
        "{n} story is made from a line that is no requirement",
        "{n} stories are made from lines that are no requirement",
    ),
    "non-goal-in-map": (
        "{n} story comes from the document's non-goals",
        "{n} stories come from the document's non-goals",
    ),
    "priority-not-honoured": (
        "{n} story ignores the priority the document states",
        "{n} stories ignore the priority the document states",
    ),
    "role-not-person": (
        "{n} story has a role that is no person",
        "{n} stories have a role that is no person",
    ),
    "weak-title": (
        "{n} title is one word or stops mid-phrase",
        "{n} titles are one word or stop mid-phrase",
    ),
    "so-that": (
        '{n} of {total} stories has no "so that" benefit',
        '{n} of {total} stories have no "so that" benefit',
    ),
    "criteria-count": (
        "{n} story has fewer than 2 or more than 5 criteria",
        "{n} stories have fewer than 2 or more than 5 criteria",
    ),
    "criteria-form": (
        "{n} story has criteria not in Given / When / Then form",
        "{n} stories have criteria not in Given / When / Then form",
    ),
    "unhappy-path": ("{n} story has no unhappy path", "{n} stories have no unhappy path"),
    "duplicate-title": (
        "{n} story shares a title with another story",
        "{n} stories share a title with another story",
    ),
}


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
