"""Which statement of the document a story restates, and which statements no story restates.

Stories and statements are compared by the keys of their content words (``language``), so a
story that restates a requirement in other inflections still matches it, and a story that
only carries the requirement as its ``sources`` does not cover it by that alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from generation.language import content_keys
from generation.reading import Document, Statement
from generation.schemas import StoryDraft
from generation.story_text import StoryLine, read_story_line

__all__ = ["StoryFacts", "StatementIndex", "COVERAGE_OVERLAP", "SOURCE_OVERLAP"]

#: A requirement counts as covered by a story that restates this share of its content words.
COVERAGE_OVERLAP = 0.5
#: A sentence that several stories split between them is covered when together they restate
#: this share of it, each sharing at least two of its words ("Patients choose a doctor and a
#: time, and get an SMS confirmation" -> "Choose a doctor", "Get an SMS confirmation").
SPLIT_COVERAGE = 0.7
#: A story without sources comes from the statement it restates this share of.
SOURCE_OVERLAP = 0.6


@dataclass
class StoryFacts:
    """A story on the map and what the report reads in it."""

    path: tuple[int, int, int]
    story: StoryDraft
    line: StoryLine
    #: Content keys of the title and the story line.
    keys: set[str]
    #: Content keys of the title, the story line and the criteria.
    all_keys: set[str]
    #: Content keys of the title, the role and the goal: the words the story owns.
    own_keys: set[str]
    #: The statement of the document the story comes from, when one can be told.
    source: Statement | None = None


class StatementIndex:
    """The document's statements, looked up by their text and by their content words."""

    def __init__(self, document: Document):
        self.document = document
        self.pack = document.pack
        self.statements = document.statements
        self.keys = [frozenset(_statement_keys(s, self.pack)) for s in self.statements]
        self.by_text: dict[str, int] = {}
        self.postings: dict[str, list[int]] = defaultdict(list)
        for number, (statement, keys) in enumerate(zip(self.statements, self.keys, strict=True)):
            self.by_text.setdefault(_normalise(statement.text), number)
            for key in keys:
                self.postings[key].append(number)

    def facts(self, path: tuple[int, int, int], story: StoryDraft) -> StoryFacts:
        """Read ``story``: its story line, its words and the statement it comes from."""
        line = read_story_line(story.description, self.document.language)
        keys = content_keys(f"{story.title} {story.description}", self.pack)
        criteria = content_keys(" ".join(story.acceptance_criteria), self.pack)
        own = content_keys(f"{story.title} {line.role or ''} {line.goal}", self.pack)
        facts = StoryFacts(path, story, line, keys, keys | criteria, own)
        facts.source = self._source(story, keys)
        return facts

    def _source(self, story: StoryDraft, keys: set[str]) -> Statement | None:
        for source in story.sources:
            number = self.by_text.get(_normalise(source))
            if number is None:
                number = self._best(content_keys(source, self.pack), threshold=0.8)
            if number is not None:
                return self.statements[number]
        if story.sources:
            return None
        number = self._best(keys, threshold=SOURCE_OVERLAP, kinds={"requirement", "non-goal"})
        return self.statements[number] if number is not None else None

    def _best(self, keys: set[str], *, threshold: float, kinds=None) -> int | None:
        """The statement whose content words ``keys`` restate best, at ``threshold`` or more."""
        shared: dict[int, int] = defaultdict(int)
        for key in keys:
            for number in self.postings.get(key, ()):
                shared[number] += 1
        best, best_score = None, (0.0, 0)
        for number, count in shared.items():
            if kinds is not None and self.statements[number].kind not in kinds:
                continue
            size = len(self.keys[number])
            if count < min(2, size):
                continue
            score = (count / size, count)
            if score[0] >= threshold and score > best_score:
                best, best_score = number, score
        return best

    def same_words(self, keys: set[str]) -> list[Statement]:
        """The statements whose content words are exactly ``keys``."""
        if not keys:
            return []
        first = min(keys, key=lambda key: len(self.postings.get(key, ())))
        return [
            self.statements[number]
            for number in self.postings.get(first, ())
            if self.keys[number] == keys
        ]

    def uncovered(self, stories: list[StoryFacts]) -> list[str]:
        """The requirement sentences no story restates, in document order, each once."""
        postings: dict[str, list[int]] = defaultdict(list)
        for number, facts in enumerate(stories):
            for key in facts.all_keys:
                postings[key].append(number)
        uncovered: dict[str, None] = {}
        for statement, keys in zip(self.statements, self.keys, strict=True):
            if statement.kind != "requirement" or not keys or statement.text in uncovered:
                continue
            shared: dict[int, int] = defaultdict(int)
            for key in keys:
                for number in postings.get(key, ()):
                    shared[number] += 1
            if not _covered(keys, shared, stories):
                uncovered[statement.text] = None
        return list(uncovered)


#: A requirement's id ("FR-02.1", "3.2.1") and the product as its subject ("The system
#: shall display ..."): a story restates the rest ("See the event title").
_ID = re.compile(r"^\W*(?:[A-ZА-ЯЁ]{1,6}[-_ ]?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+){1,4})\W*\s+(?=\S)")
_PRODUCT_SUBJECT = re.compile(
    r"^\W*(?:the\s+)?(?:system|application|app|platform|website|site|service|software|product|"
    r"система|приложение|сервис|сайт|платформа)\s+(?:shall|must|should|will|can|may|"
    r"должн[аоы]?|долж[её]н|может|будет)\s+(?:(?:display|show|отображать|показывать)\b)?",
    re.I,
)


def _statement_keys(statement: Statement, pack) -> set[str]:
    """The content words of a statement, without its id, the product as its subject and
    the words that state its priority."""
    text = _ID.sub("", statement.text, count=1)
    keys = content_keys(_PRODUCT_SUBJECT.sub("", text, count=1), pack)
    if statement.stated and statement.stated.stated.lower() in statement.text.lower():
        keys -= content_keys(statement.stated.stated, pack)
    return keys


def _covered(keys: frozenset[str], shared: dict[int, int], stories: list[StoryFacts]) -> bool:
    if any(count / len(keys) >= COVERAGE_OVERLAP for count in shared.values()):
        return True
    together: set[str] = set()
    for number, count in shared.items():
        if count >= 2:
            together |= keys & stories[number].all_keys
    return len(together) / len(keys) >= SPLIT_COVERAGE


def _normalise(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


_WORDS = re.compile(r"[^\W_]+")
