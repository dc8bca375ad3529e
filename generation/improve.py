"""Story improvement: bring a story on a map up to the bar (docs/map-format.md), keeping its text.

The quality report's findings on the story say what is missing, and each has a fix that adds
to the user's words rather than replacing them:

- no "so that": the benefit goes at the end of the story line ("As a ..., I want ...");
  a description that is not a story line gets one written in front of it;
- a criterion not in Given/When/Then form is framed by one, its own words becoming the "then";
- fewer than two criteria, or no unhappy path: the criteria the offline generator would
  write for the story fill the gap;
- a title an earlier story on the map already has gets the role, or a number, after it.

Everything added is in the story's own language, worded by that language's writer
(``generation/languages/<code>/writing.py``), which reads the story's goal or title as it
reads a requirement. A story in a language without a writer (Japanese, Chinese, Korean ...)
keeps its benefit and criteria as they are, with a note that says why: a foreign sentence is
never put inside an English frame.

More than five criteria are left to a person: dropping any would lose what the user wrote.
Deterministic and offline; improving an improved story changes nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache

from generation.language import detect_language, in_language, plain_text, script_of
from generation.languages import PACKS, pack_for
from generation.languages.clauses import Clause
from generation.quality import (
    MIN_CRITERIA,
    is_given_when_then,
    is_unhappy_path,
    story_findings,
    title_key,
)
from generation.reading import Document
from generation.schemas import StoryDraft
from generation.stories.writers import VerbatimWriter, writer_for
from generation.story_text import read_story_line

__all__ = ["ImprovedStory", "improve_story"]

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
#: "..., so I can ...": an English benefit that only lacks its "that".
_BARE_SO = re.compile(r",?\s+so\s+(?=(?:i|we|my|our|the|they|it|you)\b)", re.I)
#: Where a writer's story line says why: ", so that", ", чтобы", ", para que", " afin de".
_BENEFIT_OPENER = re.compile(r"[,:]?\s*\b(?:so that|чтобы|para que|damit|afin|pour que)\b", re.I)
_LIST_MARKER = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
#: The language a short text is taken to be in by its script, when it is too short to tell.
_SCRIPT_LANGUAGE = {
    "latin": "en",
    "cyrillic": "ru",
    "greek": "el",
    "hangul": "ko",
    "kana": "ja",
    "han": "zh",
}
#: How sure the identifier must be of a language without a writer to leave a story alone.
_SURE = 0.3
#: The findings only words in the story's language can fix.
_WRITING_RULES = frozenset({"so-that", "criteria-count", "criteria-form", "unhappy-path"})
MAX_TITLE_LENGTH = 300


@dataclass(frozen=True)
class ImprovedStory:
    """A story after improvement, what changed in it and what is left for a person."""

    story: StoryDraft
    #: What changed, in the words the job page shows ("Added an unhappy-path criterion.").
    changes: list[str] = field(default_factory=list)
    #: The quality report's findings the improvement could not fix.
    unresolved: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Gherkin:
    """How a language's writer joins a criterion: "Given X, when Y, then Z."."""

    #: What ends the "given" part before the "when" word (", " or "; ").
    given_end: str
    when: str
    then: str


_GHERKIN = {
    "en": _Gherkin(", ", "when", "then"),
    "ru": _Gherkin("; ", "когда", "тогда"),
    "es": _Gherkin(", ", "cuando", "entonces"),
    "pt": _Gherkin(", ", "quando", "então"),
    "de": _Gherkin(", ", "wenn", "dann"),
    "fr": _Gherkin(", ", "quand", "alors"),
}


@dataclass(frozen=True)
class _Wording:
    """How the writer of the story's language words what the story lacks."""

    code: str
    role: str
    #: The story line the writer would write: "As a <role>, I want <goal>, so that <benefit>."
    story_line: str
    #: The benefit with what opens it, as it ends that line: ", so that I ...", ", чтобы ...".
    benefit: str | None
    #: The writer's criteria for the story: the happy path first, the unhappy one last.
    criteria: list[str]
    #: The happy path's opening ("Given my card is valid") and its "when" ("I pay by card"),
    #: which frame a criterion of the user's own words; None when they cannot be read.
    given: str | None
    when: str | None


def improve_story(
    story: StoryDraft,
    *,
    titles_before: Collection[str] = (),
    titles_after: Collection[str] = (),
) -> ImprovedStory:
    """Fix what the quality report finds on ``story`` and say what changed.

    Parameters:
      titles_before: the titles of the stories ahead of it on the map. A story repeating one
        of them is renamed: the first story with a title keeps it.
      titles_after: the titles of the stories after it, which a new title must not take.
    """
    earlier = {title_key(title) for title in titles_before}
    findings = {
        rule for rule, _ in story_findings(story, duplicate_title=title_key(story.title) in earlier)
    }
    if not findings:
        return ImprovedStory(story)
    code = _language_of(story)
    wording = _word_story(story, code)
    title, description = story.title, story.description
    criteria = list(story.acceptance_criteria)
    changes: list[str] = []
    if wording is not None:
        if "so-that" in findings:
            description, change = _with_benefit(description, wording)
            changes += [change] if change else []
        if "criteria-form" in findings and wording.given is not None:
            criteria, change = _in_given_when_then(criteria, wording)
            changes.append(change)
        # Judged by the user's own words: a "given" framing them may say "not" ("not too late").
        unhappy = any(is_unhappy_path(criterion) for criterion in story.acceptance_criteria)
        criteria, added = _with_missing_criteria(criteria, wording, has_unhappy_path=unhappy)
        changes += added
    if "duplicate-title" in findings:
        taken = earlier | {title_key(title) for title in titles_after}
        role = wording.role if wording else _framed_role(story.description) or ""
        title, change = _unique_title(title, role, taken)
        changes.append(change)
    improved = story.model_copy(
        update={"title": title, "description": description, "acceptance_criteria": criteria}
    )
    left = story_findings(improved, duplicate_title=title_key(title) in earlier)
    unresolved = [message for _, message in left]
    if code not in _GHERKIN and findings & _WRITING_RULES:
        unresolved.insert(0, _no_writer_note(code))
    return ImprovedStory(improved, changes, unresolved)


# -- the story's language and how its writer words it ----------------------------------------


def _language_of(story: StoryDraft) -> str:
    """The ISO 639-1 code of the language the story is written in.

    The language its story line is framed in, unless the goal inside the frame is in
    another script (then the goal's); else the identifier's. A story too short, or too odd,
    for the identifier to be sure of a language without a writer is taken by its script (a
    two-word English title often reads as Serbian); English gets the benefit of the doubt.
    """
    text = " ".join([story.title, story.description, *story.acceptance_criteria])
    line = read_story_line(_first_sentence(story.description)[0])
    if line.frame and in_language(line.goal, line.frame, trust_script=True) is not False:
        return line.frame
    if line.frame:  # "As a customer, I want カードで支払う": the goal's own words decide
        text = line.goal
    code, confidence = detect_language(text)
    if code in _GHERKIN:
        return code
    if code is None or confidence < _SURE:
        return _SCRIPT_LANGUAGE.get(script_of(plain_text(text)) or "", "en")
    return "en" if in_language(text, "en") else code


@cache
def _writer(code: str):
    """The writer of language ``code``, or None when the language has none."""
    writer, _ = writer_for(Document("", code, pack_for(code)))
    return None if isinstance(writer, VerbatimWriter) else writer


def _word_story(story: StoryDraft, code: str) -> _Wording | None:
    """Read the story as its language's writer reads a requirement, and word what it lacks.

    The goal of its story line comes first ("As a courier, I want to accept jobs"), then its
    first sentence ("Couriers can accept jobs"), then its title ("Accept delivery jobs"); a
    text in another language than the story's is never read. None when the language has no
    writer or nothing in the story reads as an action or a feature.
    """
    writer = _writer(code) if code in _GHERKIN else None
    if writer is None:
        return None
    head, _, _ = _first_sentence(story.description)
    line = read_story_line(head, code)
    framed = line.frame == code
    clause = _clause_in([line.goal if framed else head, story.title], writer, code)
    if clause is None:
        return None
    role = (line.role if framed else None) or clause.role or writer.default_role
    category = writer.category(clause)
    benefit = writer.benefit(clause, category)
    story_line = writer.story_line(role, clause, benefit)
    criteria = writer.criteria(clause, category, role)
    given, when = _happy_parts(criteria, _GHERKIN[code])
    return _Wording(
        code=code,
        role=role,
        story_line=story_line,
        benefit=_benefit_ending(story_line, benefit),
        criteria=criteria,
        given=given,
        when=when,
    )


def _clause_in(texts: list[str], writer, code: str) -> Clause | None:
    """The best clause the texts read as: a person's action, else the product's, else a feature.

    Among equals the first text wins. "Monthly reports" may read as the product's action
    ("monthly" reports) where the title "Export monthly reports" is a person's.
    """
    found: list[tuple[int, int, int, Clause]] = []
    for order, text in enumerate(texts):
        text = " ".join(text.split()).strip(" .!?;:")
        if not text or in_language(text, code, trust_script=True) is False:
            continue
        try:
            clauses = writer.clauses(text)
        except Exception:  # a heuristic must never fail the user's job: try the next text
            continue
        for index, clause in enumerate(clauses):
            rank = 0 if clause.verb and clause.system is None else 1 if clause.verb else 2
            found.append((rank, order, index, clause))
    return min(found, key=lambda item: item[:3])[3] if found else None


def _benefit_ending(story_line: str, benefit: str) -> str | None:
    """The end of the writer's story line from what opens its benefit: ", so that I ..."."""
    at = story_line.rfind(benefit) if benefit else -1
    openers = list(_BENEFIT_OPENER.finditer(story_line, 0, at if at >= 0 else len(story_line)))
    if not openers:
        return None
    return story_line[openers[-1].start() :].rstrip(" .!")


def _happy_parts(criteria: list[str], gherkin: _Gherkin) -> tuple[str | None, str | None]:
    """The opening ("Given my card is valid") and the "when" of the writer's happy path.

    Every writer writes the happy path first and the unhappy one last.
    """
    happy = criteria[0] if criteria else ""
    opening, found, rest = happy.partition(f"{gherkin.given_end}{gherkin.when} ")
    when, then_found, _ = rest.partition(f", {gherkin.then} ")
    if not (found and then_found and opening and when):
        return None, None
    return opening, when


def _framed_role(description: str) -> str | None:
    """The role of a story line in any language that has a frame."""
    return read_story_line(_first_sentence(description)[0]).role


def _no_writer_note(code: str) -> str:
    name = PACKS[code].name if code in PACKS else f'the language "{code}"'
    return (
        f"The story is in {name}, which the offline improver cannot write in yet: its "
        "benefit and acceptance criteria are left as they are."
    )


# -- the fixes -------------------------------------------------------------------------------


def _first_sentence(description: str) -> tuple[str, str, str]:
    """The description's first sentence, the mark that ends it ("" if none) and the rest."""
    end = _SENTENCE_END.search(description)
    if end is None:
        return description.rstrip(), "", ""
    return description[: end.start()], end.group(), description[end.end() :]


def _with_benefit(description: str, wording: _Wording) -> tuple[str, str | None]:
    """Add the benefit to the story line, or write a story line before the text."""
    head, mark, tail = _first_sentence(description)
    frame = read_story_line(head, wording.code).frame
    if frame is None:
        line = wording.story_line
        return (
            f"{line} {description.strip()}".strip(),
            f"Wrote a story line before the description: {line}",
        )
    if frame != wording.code or wording.benefit is None:
        return description, None  # a benefit in another language than the line's reads wrong
    if wording.code == "en" and _BARE_SO.search(head):
        # "so I can ..." already says why: only "that" is missing
        head = _BARE_SO.sub(", so that ", head, count=1)
        return f"{head}{mark or '.'}{tail}", 'Wrote the benefit as "so that".'
    benefit = wording.benefit
    head = head.rstrip(" ,;:")
    return (
        f"{head}{benefit}{mark or '.'}{tail}",
        f'Added the benefit "{benefit.lstrip(" ,:")}".',
    )


def _in_given_when_then(criteria: list[str], wording: _Wording) -> tuple[list[str], str]:
    """Frame each criterion that is not in Given/When/Then form, keeping its words."""
    framed, numbers = [], []
    for number, criterion in enumerate(criteria, start=1):
        if is_given_when_then(criterion):
            framed.append(criterion)
        else:
            framed.append(_framed(criterion, wording))
            numbers.append(str(number))
    listed = ", ".join(numbers[:-1]) + " and " + numbers[-1] if len(numbers) > 1 else numbers[0]
    noun = "criterion" if len(numbers) == 1 else "criteria"
    return framed, f"Put {noun} {listed} in Given/When/Then form."


def _framed(criterion: str, wording: _Wording) -> str:
    gherkin = _GHERKIN[wording.code]
    text = _LIST_MARKER.sub("", criterion).strip()
    clause = _then_clause(text, wording.code)
    when_then = re.compile(rf"^{gherkin.when}\b.*\b{gherkin.then}\b", re.I | re.S)
    if when_then.match(text):  # "When I pay, then ...": only the given is missing
        return f"{wording.given}{gherkin.given_end}{clause}."
    return (
        f"{wording.given}{gherkin.given_end}{gherkin.when} {wording.when}, {gherkin.then} {clause}."
    )


def _then_clause(text: str, code: str) -> str:
    """A criterion's own words as a clause after "then": "Works offline" -> "it works offline".

    An English criterion that opens with a bare third-person verb gets "it" as its subject;
    a plain capitalised first word is lower-cased (an acronym is kept).
    """
    text = text.strip().rstrip(" .!;")
    lowered = text if text[:2].isupper() else text[:1].lower() + text[1:]
    if code == "en" and _opens_with_a_bare_verb(text):
        return f"it {lowered}"
    return lowered


_AUXILIARIES = frozenset(
    "is are was were be been am can could must should shall will would may might do does".split()
)


def _opens_with_a_bare_verb(text: str) -> bool:
    """Whether an English text opens with "Sends ...", "Is free": a verb without a subject.

    A word that may be a plural noun ("Orders are kept") is a verb only when no verb follows.
    """
    from lemminflect import getAllLemmas, getInflection

    words = [word.lower().strip(",;:") for word in text.split()[:2]]
    if not words:
        return False
    first, after = words[0], words[1] if len(words) > 1 else ""
    if first == "is":
        return after not in _AUXILIARIES
    lemmas = getAllLemmas(first)
    verbs = lemmas.get("VERB", ())
    if not first.endswith("s") or not any(
        first in getInflection(verb, tag="VBZ") for verb in verbs
    ):
        return False
    if "NOUN" not in lemmas:
        return True
    following = getAllLemmas(after) if after else {}
    return after not in _AUXILIARIES and not (set(following) & {"VERB", "AUX"})


def _with_missing_criteria(
    criteria: list[str], wording: _Wording, *, has_unhappy_path: bool
) -> tuple[list[str], list[str]]:
    """Add the writer's criteria until there are two and one covers an unhappy path."""
    present = {criterion.strip().lower() for criterion in criteria}
    suggestions = [c for c in wording.criteria if c.strip().lower() not in present]
    # The writer's unhappy path is its last criterion (a happy one may say "not" too: "it is
    # not too late"); one the report would not read as an unhappy path is left to a person,
    # or every pass would add it again.
    last = wording.criteria[-1] if wording.criteria else ""
    unhappy = None
    if not has_unhappy_path and last in suggestions and is_unhappy_path(last):
        unhappy = last
    # The writer's order, happy paths first: the unhappy one reads best after them.
    others = [c for c in suggestions if c != unhappy]
    needed = max(0, MIN_CRITERIA - len(criteria) - (unhappy is not None))
    added = others[:needed]
    changes = []
    if added:
        count = "a criterion" if len(added) == 1 else f"{len(added)} criteria"
        changes.append(f"Added {count}: a story needs at least {MIN_CRITERIA}.")
    if unhappy:
        changes.append("Added an unhappy-path criterion.")
    return criteria + added + ([unhappy] if unhappy else []), changes


def _unique_title(title: str, role: str, taken: set[str]) -> tuple[str, str]:
    """Tell a repeated title apart by the role, else by a number: "Pay (courier)", "Pay (2)"."""
    suffixes = itertools.chain(
        [f" ({role})"] if role.strip() and len(role.split()) <= 2 else [],
        (f" ({number})" for number in itertools.count(2)),
    )
    for suffix in suffixes:
        # Stripped again: a title of only whitespace leaves the suffix's leading space.
        candidate = (title.strip()[: MAX_TITLE_LENGTH - len(suffix)] + suffix).strip()
        if title_key(candidate) not in taken:
            return candidate, f'Renamed from "{title}": an earlier story has the same title.'
    raise AssertionError("unreachable: the numbers never run out")
