"""Priorities: the release a requirement's own wording or its heading asks for.

Text goes in, a release comes out: ``wording_priority`` reads a clause or a sentence ("must" ->
MVP, "should" -> Release 1, "could", "later", "optional" -> Later, and the same cues in a few
other languages), ``heading_priority`` a MoSCoW-style heading ("Must have", "Future"), and
either gives None when the words say nothing. ``PRIORITY_RANK`` orders the releases.
"""

from __future__ import annotations

import re

from generation.mapping.text import heading_key

_PRIORITY_LATER = re.compile(
    r"\b(nice[- ]to[- ]haves?|optional(?:ly)?|later|in the future|future|eventually|someday|"
    r"phase [2-9]|release [2-9]|v[2-9]|p[23]|would be nice|won'?t[- ]haves?|backlog|stretch)\b",
    re.IGNORECASE,
)
_PRIORITY_MAYBE = re.compile(r"\b(could|may|might)\b", re.IGNORECASE)
# The same cues in a few other languages, so a German or Russian text keeps its releases.
_FOREIGN_PRIORITIES = [
    (
        "MVP",
        re.compile(
            r"\b(muss|müssen|debe|deben|doit|doivent|должн\w*|обязательно)\b|必须|必須|なければならない",
            re.I,
        ),
    ),
    (
        "Release 1",
        re.compile(
            r"\b(soll|sollen|sollte|sollten|debería|deberían|devrait|devraient|следует)\b|应该|べき",
            re.I,
        ),
    ),
    (
        "Later",
        re.compile(
            r"\b(könnte|könnten|optional|später|podría|podrían|pourrait|pourraient|позже)\b", re.I
        ),
    ),
]
_PRIORITY_MVP = re.compile(
    r"\b(must(?:[- ]haves?)?|shall|required|requires?|needs? to|has to|have to|essential|"
    r"critical|mandatory|mvp|p0|must-have)\b",
    re.IGNORECASE,
)
_PRIORITY_R1 = re.compile(
    r"\b(should(?:[- ]haves?)?|important|release 1|p1|recommended|ought to)\b", re.IGNORECASE
)


def heading_priority(text: str) -> str | None:
    """Return the release a heading like "Must have" or "Future" stands for, else None."""
    key = heading_key(text)
    if not key or len(key.split()) > 6:
        return None
    leftover = re.sub(
        r"\b(must|should|could|won'?t|will not|nice|to|have|haves|have:|mvp|release|phase|"
        r"v?\d|p[0-3]|later|future|optional|backlog|priority|priorities|features?|items?|"
        r"requirements?|ideas?|scope|the|for|now|this|time|stretch|goals?|launch|and|or|"
        r"enhancements?|improvements?|versions?|iteration|next|steps|day|one|first)\b",
        " ",
        key,
    )
    if re.sub(r"[\W\d_]", "", leftover):
        return None  # the heading names something besides a priority
    if re.search(r"\b(mvp|must|p0|phase 1|v1|day one|launch|first release)\b", key):
        return "MVP"
    if _PRIORITY_LATER.search(key) or re.search(r"\b(could|may|next|enhancements?|ideas?)\b", key):
        return "Later"
    if _PRIORITY_R1.search(key) or re.search(r"\brelease\b", key):
        return "Release 1"
    return None


def wording_priority(text: str) -> str | None:
    """The release the wording asks for ("must" -> MVP, "should" -> Release 1), if any."""
    if _PRIORITY_LATER.search(text):  # "later", "optional", "nice to have" beat any modal
        return "Later"
    if _PRIORITY_MVP.search(text):
        return "MVP"
    if _PRIORITY_R1.search(text):
        return "Release 1"
    if _PRIORITY_MAYBE.search(text):
        return "Later"
    return next((release for release, cue in _FOREIGN_PRIORITIES if cue.search(text)), None)


# The releases, first to last.
PRIORITY_RANK = {"MVP": 0, "Release 1": 1, "Later": 2}
