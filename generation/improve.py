"""Story improvement: bring a story already on a map up to the SPEC.md bar, keeping its text.

The quality report's findings on the story say what is missing, and each has a fix that adds
to the user's words rather than replacing them:

- no "so that": the benefit goes at the end of the story line ("As a ..., I want ...");
  a description that is not a story line gets one written in front of it;
- a criterion not in Given/When/Then form is framed by one, its own words becoming the "then";
- fewer than two criteria, or no unhappy path: the offline generator's criteria for the
  story fill the gap;
- a title an earlier story on the map already has gets the role, or a number, after it.

More than five criteria are left to a person: dropping any would lose what the user wrote.
Deterministic and offline; improving an improved story changes nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass, field

from generation.offline import StoryWording, criterion_clause, word_story
from generation.quality import (
    MIN_CRITERIA,
    is_given_when_then,
    is_unhappy_path,
    story_findings,
    title_key,
)
from generation.schemas import StoryDraft

#: A description that opens with a story line: "As a courier, I want ...".
_STORY_LINE = re.compile(
    r"^\s*as\s+an?\s+[^,.!?]{1,60}?,?\s+i\s+(?:want|need|would like|wish)\b", re.I
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
#: "..., so I can ...": a benefit that only lacks its "that".
_BARE_SO = re.compile(r",?\s+so\s+(?=(?:i|we|my|our|the|they|it|you)\b)", re.I)
#: A criterion with its "when" and "then" but no "given".
_WHEN_THEN = re.compile(r"^when\b.*\bthen\b", re.I | re.S)
_LIST_MARKER = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
MAX_TITLE_LENGTH = 300


@dataclass(frozen=True)
class ImprovedStory:
    """A story after improvement, what changed in it and what is left for a person."""

    story: StoryDraft
    #: What changed, in the words the job page shows ("Added an unhappy-path criterion.").
    changes: list[str] = field(default_factory=list)
    #: The quality report's findings the improvement could not fix.
    unresolved: list[str] = field(default_factory=list)


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
    wording = word_story(story.title, story.description)
    title, description = story.title, story.description
    criteria = list(story.acceptance_criteria)
    changes: list[str] = []
    if "so-that" in findings:
        description, change = _with_benefit(description, wording)
        changes.append(change)
    if "criteria-form" in findings:
        criteria, change = _in_given_when_then(criteria, wording)
        changes.append(change)
    criteria, added = _with_missing_criteria(criteria, wording)
    changes += added
    if "duplicate-title" in findings:
        taken = earlier | {title_key(title) for title in titles_after}
        title, change = _unique_title(title, wording.role, taken)
        changes.append(change)
    improved = story.model_copy(
        update={"title": title, "description": description, "acceptance_criteria": criteria}
    )
    left = story_findings(improved, duplicate_title=title_key(title) in earlier)
    return ImprovedStory(improved, changes, [message for _, message in left])


def _with_benefit(description: str, wording: StoryWording) -> tuple[str, str]:
    """Add the "so that" benefit to the story line, or write a story line before the text."""
    end = _SENTENCE_END.search(description)
    head = description[: end.start()] if end else description.rstrip()
    tail = description[end.end() :] if end else ""
    if not _STORY_LINE.match(head):
        line = wording.story_line
        return (
            f"{line} {description.strip()}".strip(),
            f"Wrote a story line before the description: {line}",
        )
    if _BARE_SO.search(head):  # "so I can ..." already says why: only "that" is missing
        head = _BARE_SO.sub(", so that ", head, count=1)
        return f"{head}{end.group() if end else '.'}{tail}", 'Wrote the benefit as "so that".'
    head = head.rstrip(" ,;:")
    return (
        f"{head}, so that {wording.benefit}{end.group() if end else '.'}{tail}",
        f'Added the benefit "so that {wording.benefit}".',
    )


def _in_given_when_then(criteria: list[str], wording: StoryWording) -> tuple[list[str], str]:
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


def _framed(criterion: str, wording: StoryWording) -> str:
    text = _LIST_MARKER.sub("", criterion).strip()
    if _WHEN_THEN.match(text):  # "When I pay, then ...": only the given is missing
        return f"Given {wording.given}, {criterion_clause(text)}."
    return f"Given {wording.given}, when {wording.when}, then {criterion_clause(text)}."


def _with_missing_criteria(
    criteria: list[str], wording: StoryWording
) -> tuple[list[str], list[str]]:
    """Add the generator's criteria until there are two and one covers an unhappy path."""
    present = {criterion.strip().lower() for criterion in criteria}
    suggestions = [c for c in wording.criteria if c.strip().lower() not in present]
    unhappy = None
    if not any(is_unhappy_path(criterion) for criterion in criteria):
        unhappy = next((c for c in suggestions if is_unhappy_path(c)), None)
    # Happy paths first: the unhappy one reads best after them.
    others = sorted((c for c in suggestions if c != unhappy), key=is_unhappy_path)
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
        [f" ({role})"] if len(role.split()) <= 2 else [],
        (f" ({number})" for number in itertools.count(2)),
    )
    for suffix in suffixes:
        # Stripped again: a title of only whitespace leaves the suffix's leading space.
        candidate = (title.strip()[: MAX_TITLE_LENGTH - len(suffix)] + suffix).strip()
        if title_key(candidate) not in taken:
            return candidate, f'Renamed from "{title}": an earlier story has the same title.'
    raise AssertionError("unreachable: the numbers never run out")
