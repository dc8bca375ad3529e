"""What a language pack says about common journeys: the words of the catalogue's stories.

The catalogue (``generation.stories.catalogue``) knows which journeys a kind of product has
(a food delivery app: the customer browses, fills a cart, checks out, pays and tracks; the
courier accepts, navigates and delivers) and which steps start the walking skeleton. Each
language with a ``catalogue`` module (``generation/languages/ru/catalogue.py``) gives those
steps their words: how the document names the kind of product and its people, and each
step's title, story line and two Given/When/Then criteria, the second one an unhappy path.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["CatalogueWords", "KindWords", "RoleWords", "StepWords", "step"]


@dataclass(frozen=True)
class StepWords:
    """One journey step as a story in the language."""

    title: str
    #: What follows "I want" ("browse the restaurants that deliver to my address").
    goal: str
    #: What follows "so that", specific to the step.
    benefit: str
    #: Two criteria: the step working, then the step refused or failing.
    criteria: tuple[str, str]
    #: Phrases a stated story says when it is this step already ("cart", "add to basket"):
    #: a story whose words hold all the content words of one of them makes the step redundant.
    match: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleWords:
    """How a document names one of the catalogue's roles, and the name its stories use."""

    #: The name when the document does not name the role.
    default: str
    #: (pattern, name) pairs: the document says the pattern, the stories say the name, in the
    #: form the story frame takes ("клиенты" -> "клиент").
    names: tuple[tuple[str, str], ...] = ()

    def found(self, text: str) -> tuple[int, str] | None:
        """Where the document first names the role, and the name it gets; None if nowhere."""
        hits = []
        for expression, name in self.names:
            match = re.search(expression, text, re.IGNORECASE)
            if match:
                hits.append((match.start(), name))
        return min(hits) if hits else None


@dataclass(frozen=True)
class KindWords:
    """One kind of product: the words that tell it, its roles, activities and steps."""

    #: Words that say a document is about this kind of product; distinct matches are counted.
    cues: str
    roles: dict[str, RoleWords]
    #: Activity key -> the activity's title, a verb phrase.
    activities: dict[str, str]
    steps: dict[str, StepWords]


@dataclass(frozen=True)
class CatalogueWords:
    """A language's words for the whole catalogue."""

    #: (role, goal, benefit) -> "As a <role>, I want <goal>, so that <benefit>." in the language.
    story_line: Callable[[str, str, str], str]
    kinds: dict[str, KindWords] = field(default_factory=dict)


def step(
    title: str, goal: str, benefit: str, happy: str, unhappy: str, match: str = ""
) -> StepWords:
    """A step's words; ``match`` lists its phrases separated by "|"."""
    phrases = tuple(part.strip() for part in match.split("|") if part.strip())
    return StepWords(title, goal, benefit, (happy, unhappy), phrases)
