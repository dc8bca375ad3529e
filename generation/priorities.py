"""The priorities a document states, in the release slices of a story map.

A document states a priority with a marker: MoSCoW (must / should / could / won't), High /
Medium / Low, P0-P3, a numbered phase ("Phase 2", "этап 2"), or words that put something
later ("in the future", "в будущем", "más adelante"). A marker counts where a person would
read it as one: a heading, a "Priority:" label, brackets, a table cell, the start or the end
of a line. A modal verb in a sentence ("users must sign in") states a requirement, not its
priority, and is not read as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generation.languages import PACKS, LanguagePack

__all__ = ["StatedPriority", "heading_priority", "line_priority", "is_wont"]

#: The release slice each phase number lands in; later phases are all "Later".
_PHASE_SLICE = {0: "MVP", 1: "MVP", 2: "Release 1"}
_ENGLISH = PACKS["en"]
#: Phase words too common in running text to count outside headings and labels.
_LOOSE_PHASE_WORDS = {"v", "version", "versión", "versão", "versao", "версия", "release", "релиз"}
#: Headings that put their whole section later, in any language the packs know.
_LATER_HEADING = re.compile(
    r"^\W*(?:future|later|someday|roadmap|backlog|ideas|next\s+steps|nice[- ]to[- ]have|"
    r"будущ\w*|перспектив\w*|дальнейш\w*|futur\w*|zukunft|zukünftig\w*|später\w*|"
    r"próxim\w*|prochain\w*|ultérieur\w*|posterior\w*)\b",
    re.I,
)


@dataclass(frozen=True)
class StatedPriority:
    """A priority the document states: the slice, and the document's own words for it."""

    priority: str
    stated: str


def heading_priority(heading: str, pack: LanguagePack) -> StatedPriority | None:
    """The priority a heading gives its section ("Must have", "Phase 2: Sharing", "Future")."""
    text = _strip_symbols(heading)
    if len(text.split()) > 8:
        return None
    for candidate in _candidates(pack):
        words, phases = _patterns(candidate)
        match = words.search(text)
        if match and len(text.split()) <= 5:
            return StatedPriority(_priority_of(candidate, match.group()), match.group().strip())
        match = phases.search(text)
        if match:
            return _phase(match)
        if candidate.future and candidate.future.search(text):
            return StatedPriority("Later", candidate.future.search(text).group())
    match = _LATER_HEADING.search(text)
    return StatedPriority("Later", match.group().strip(" \t-–—:#*")) if match else None


#: A line labelled as later: "Later: monthly passes", "Future: dark mode", "Позже: ...".
_LATER_LABEL = re.compile(
    r"^\W*(?P<label>later|future|someday|nice[- ]to[- ]have|позже|потом|в\s+будущем|"
    r"später|zukünftig|más\s+adelante|plus\s+tard|mais\s+tarde|futuro)\s*:",
    re.I,
)


def line_priority(line: str, pack: LanguagePack) -> StatedPriority | None:
    """The priority a line states for itself with a marker, or None."""
    label = _LATER_LABEL.match(line)
    if label:
        return StatedPriority("Later", label.group("label"))
    for candidate in _candidates(pack):
        if candidate.future:
            match = candidate.future.search(line)
            if match:
                return StatedPriority("Later", match.group())
        markers, phases = _marker_patterns(candidate)
        match = markers.search(line)
        if match:
            word = next(group for group in match.groups() if group)
            return StatedPriority(_priority_of(candidate, word), word.strip())
        for match in phases.finditer(line):
            if match.group("phase").lower() not in _LOOSE_PHASE_WORDS:
                return _phase(match)
    return None


def _candidates(pack: LanguagePack) -> tuple[LanguagePack, ...]:
    """The packs whose markers a document in ``pack``'s language may use: its own, English's."""
    return tuple(p for p in dict.fromkeys((pack, _ENGLISH)) if p.priority_words)


def is_wont(line: str, pack: LanguagePack) -> bool:
    """Whether the line marks a won't-have item ("Won't have", "не будет реализовано")."""
    return any(
        candidate.wont is not None and candidate.wont.search(line) for candidate in (pack, _ENGLISH)
    )


def _priority_of(pack: LanguagePack, word: str) -> str:
    for words, priority in (*pack.priority_words, *_ENGLISH.priority_words):
        if re.fullmatch(words, word.strip(), re.I):
            return priority
    return "MVP"


def _phase(match: re.Match[str]) -> StatedPriority:
    number = int(match.group("number"))
    return StatedPriority(_PHASE_SLICE.get(number, "Later"), match.group().strip())


@cache
def _patterns(pack: LanguagePack) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A heading's priority word as a whole word, and a numbered phase anywhere in it."""
    words = "|".join(f"(?:{w})" for w, _ in pack.priority_words)
    return (
        re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I),
        re.compile(rf"(?<!\w)(?P<phase>{pack.phase_word})\s*[-#.]?\s*(?P<number>\d+)\b", re.I),
    )


@cache
def _marker_patterns(pack: LanguagePack) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A priority word where a line uses it as a marker, and a numbered phase."""
    words = "|".join(f"(?:{w})" for w, _ in pack.priority_words)
    label = rf"(?:{pack.priority_label}|priority)"
    marker = (
        rf"[(\[]\s*(?:{label}\s*[:=]?\s*)?(?P<word>{words})\s*[)\]]"
        rf"|(?<!\w){label}\s*(?:level)?\s*[:=\-–]?\s*(?P<word2>{words})(?!\w)"
        rf"|^\W*(?P<word3>{words})\s*[:\-–—]\s+\S"
        rf"|[|\-–—:]\s*(?P<word4>{words})\s*\W*$"
        # "Must have" or "must-have" mid-line marks; "Each order should have a status" does not.
        r"|(?<!\w)(?P<word5>(?-i:Must|Should|Could)[- ]have|(?:must|should|could)-have|"
        r"nice[- ]to[- ]have|p[0-3])(?!\w)"
    )
    return (
        re.compile(marker, re.I),
        re.compile(rf"(?<!\w)(?P<phase>{pack.phase_word})\s*[-#]?\s*(?P<number>\d+)\b", re.I),
    )


def _strip_symbols(text: str) -> str:
    """A heading without its numbering, emoji and decoration: "## 🚀 2.1 Phase 2" -> "Phase 2"."""
    text = re.sub(r"^[\s#*_>\d.)-]*", "", text)
    return " ".join(re.sub(r"[^\w\s:'’()/+-]", " ", text).split())
