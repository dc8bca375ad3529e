"""What a person sees of each kind of thing a product lists, and what can be missing from it.

An event is seen by its time, its place and who is on; an artist by a photo, a bio and when
they play; a booth by what it offers and where it stands. "View details for events, artists
and booths" is three promises, one for each:

    Given I open an event, when I view detailed information, then I see its start and end
    time, its place and who is on.
    Given the start time of an event is not announced yet, when I try to view ..., then the
    event shows its time as to be announced and stays in the list.

``kinds`` says how a kind of *content* is shown (a time, a price); this table says what a
*thing* shows about itself. A thing is found by its noun, singular or plural.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ENTITIES", "Entity", "entities_in", "entity_of"]


@dataclass(frozen=True)
class Entity:
    """What one thing of a kind shows about itself, and what it may not have yet."""

    #: The noun the criteria call it by.
    noun: str
    #: What a person sees of one, with "its" or "their".
    details: str
    #: (given, then) when part of it is not known yet; {a} is "an event".
    missing: tuple[str, str]
    #: What seeing them gives.
    benefit: str


_EVENT = Entity(
    "event",
    "its start and end time, its place and who is on",
    (
        "the start time of {a} is not announced yet",
        "it shows its time as to be announced and stays in the list",
    ),
    "I can decide what to go to and when",
)
_PERFORMER = Entity(
    "artist",
    "their photo, a short bio and when and where they appear",
    (
        "{a} has no bio yet",
        "their name and appearances still show, with no empty space for the bio",
    ),
    "I know who is worth seeing before I go",
)
_VENDOR = Entity(
    "booth",
    "what it offers and where it stands on the map",
    ("{a} has no place on the map yet", "it is listed by name with its place shown as unknown"),
    "I know where to go for what I want",
)
_ANNOUNCEMENT = Entity(
    "announcement",
    "its text and the time it was posted, the newest first",
    ("{a} is withdrawn by the organisers", "it no longer shows after the next update"),
    "I hear about changes as soon as they are announced",
)
_BOOK = Entity(
    "book",
    "its title, its author and whether a copy is free to borrow",
    ("no copy of {a} is free", "I see when the first copy is due back"),
    "I know whether I can take the book home today",
)
_EBOOK = Entity(
    "ebook",
    "its title and author, and it opens in the reader where I stopped",
    ("my loan of {a} has ended", "it no longer opens and I am offered to borrow it again"),
    "I can read without going to the library",
)
_ORDER = Entity(
    "order",
    "its items, its total and its current status",
    ("a new order comes in while I look", "it appears at the top without me reloading"),
    "I know what to prepare next",
)
_CALL = Entity(
    "call",
    "its date, its length, the agent who took it and its score",
    ("{a} is still being analysed", "it shows as in progress, with no score yet"),
    "I know which calls need my attention",
)
_ACHIEVEMENT = Entity(
    "achievement",
    "its name, what it takes to earn it and whether I have it",
    ("I have not earned {a} yet", "it shows as locked with what it takes to earn it"),
    "I know what to aim for next",
)
_FRIEND = Entity(
    "friend",
    "their name and their latest results",
    ("{a} has not accepted my request yet", "they show as pending, not as a friend"),
    "I can compare my results with people I know",
)

#: Singular noun -> what a thing of that kind shows.
ENTITIES: dict[str, Entity] = {
    **dict.fromkeys("event performance concert gig workshop screening".split(), _EVENT),
    **dict.fromkeys("artist performer band musician lineup".split(), _PERFORMER),
    **dict.fromkeys("booth vendor stall exhibitor".split(), _VENDOR),
    **dict.fromkeys("announcement news".split(), _ANNOUNCEMENT),
    **dict.fromkeys("book novel".split(), _BOOK),
    **dict.fromkeys("ebook e-book audiobook".split(), _EBOOK),
    "order": _ORDER,
    "call": _CALL,
    **dict.fromkeys("achievement badge trophy".split(), _ACHIEVEMENT),
    "friend": _FRIEND,
}

_IRREGULAR = {"news": "news"}


def entity_of(word: str) -> Entity | None:
    """The entity a noun names, singular or plural ("events", "booths", "news")."""
    low = word.lower().strip(".,;:")
    if low in _IRREGULAR:
        return ENTITIES.get(_IRREGULAR[low])
    for form in (low, low[:-1] if low.endswith("s") else low):
        if form in ENTITIES:
            entity = ENTITIES[form]
            return Entity(form, entity.details, entity.missing, entity.benefit)
    return None


def entities_in(text: str, limit: int = 3) -> list[Entity]:
    """The distinct entities a phrase names, in its order: "events, artists, and booths"."""
    found: list[Entity] = []
    text = re.sub(r"\([^)]*\)?|\bin order\b", " ", text)
    for word in re.findall(r"[A-Za-z][\w-]*", text):
        entity = entity_of(word)
        if entity and all(entity.details != e.details for e in found):
            found.append(entity)
    return found[:limit]
