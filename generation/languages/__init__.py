"""One language pack per language: the words and phrasing of stories and requirements.

The stages that read documents and judge maps are written once and ask the pack of the
document's language for its words: how a story line is framed ("As a ..., I want ..., so
that ..."), which words are function words, how a document states a priority, which headings
open a non-goals section, which nouns are never people. A language with no pack of its own
gets the neutral pack: its text is still compared word by word, and what needs a pack (the
story frame, stated priorities) says so rather than guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

__all__ = ["LanguagePack", "NEUTRAL", "PACKS", "STORY_FRAMES", "pack_for"]


# eq=False: a pack is one object per language, hashed by identity (its word lists are big).
@dataclass(frozen=True, eq=False)
class LanguagePack:
    """What the reader and the quality report need to know about one language."""

    code: str
    #: The language's English name, for messages ("The document is in Russian").
    name: str
    #: Articles, pronouns, prepositions, conjunctions, auxiliaries and modal verbs.
    stopwords: frozenset[str]
    #: A story line in this language: groups ``role``, ``goal`` and (optional) ``benefit``.
    story_frame: re.Pattern[str] | None
    #: Words that state a requirement in running text ("must", "должен", "debe").
    requirement_cues: re.Pattern[str] | None
    #: (words, priority) pairs: the markers a document states priorities with ("must have",
    #: "high", "желательно"); found as a heading, a label, a table cell or in brackets.
    priority_words: tuple[tuple[str, str], ...] = ()
    #: Marks a won't-have item, which is a non-goal ("won't", "не будет").
    wont: re.Pattern[str] | None = None
    #: A phrase that puts what it qualifies later anywhere in a sentence ("in the future").
    future: re.Pattern[str] | None = None
    #: The word for "priority", which labels a marker ("Priority: High").
    priority_label: str = "priority"
    #: Words for a numbered phase ("Phase 2", "этап 2"): 0-1 MVP, 2 Release 1, later Later.
    phase_word: str = "phase"
    #: Headings of a table of contents.
    toc_headings: re.Pattern[str] | None = None
    #: Headings of sections whose items must never become stories (non-goals, out of scope).
    non_goal_headings: re.Pattern[str] | None = None
    #: Headings of sections that are context, not requirements (glossary, risks, change log).
    context_headings: re.Pattern[str] | None = None
    #: Headings of the sections that say who the users are (roles, personas, actors).
    role_headings: re.Pattern[str] | None = None
    #: Headings of background sections, whose plain bullets are context unless they say
    #: "must" (overview, problem, goals, vision).
    background_headings: re.Pattern[str] | None = None
    #: Table headers of the column that holds the requirement ("Requirement", "Описание").
    requirement_columns: re.Pattern[str] | None = None
    #: Table headers of the column that holds a priority ("Priority", "MoSCoW").
    priority_columns: re.Pattern[str] | None = None
    #: Words of the project's own work, not the product's behaviour: repositories, branches,
    #: frameworks, environments, sign-off ("Set up the Python environment", "ветка Module_X").
    project_words: re.Pattern[str] | None = None
    #: "Key: value" keys of document metadata ("Version", "Author").
    metadata_keys: frozenset[str] = frozenset()
    #: Nouns that name systems, components, documents or organisations, never people.
    not_people: frozenset[str] = frozenset()
    #: Words a finished title never ends with ("and", "the", "to").
    dangling: frozenset[str] = frozenset()
    #: The three releases a new map is sliced into: the MVP, the next, and later.
    release_names: tuple[str, str, str] = ("MVP", "Release 1", "Later")
    #: The map's name when the document names no product.
    untitled_map: str = "Story map"
    #: Reduces a lower-cased word to the key its inflections share.
    stem: Callable[[str], str] = field(default=lambda word: word)


def words(text: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words in ``text``."""
    return frozenset(text.split())


def pattern(text: str) -> re.Pattern[str]:
    """A case-insensitive pattern from a verbose regular expression."""
    return re.compile(text, re.IGNORECASE | re.VERBOSE)


def snowball(language: str) -> Callable[[str], str]:
    """The Snowball stemmer for ``language``, memoised per word."""
    import snowballstemmer

    stemmer = snowballstemmer.stemmer(language)
    return cache(stemmer.stemWord)


NEUTRAL = LanguagePack(
    code="und",
    name="an unsupported language",
    stopwords=frozenset(),
    story_frame=None,
    requirement_cues=None,
)


def _load() -> dict[str, LanguagePack]:
    from generation.languages import cjk, de, en, es, fr, pt, ru

    packs = [en.PACK, ru.PACK, es.PACK, de.PACK, pt.PACK, fr.PACK, *cjk.PACKS]
    return {pack.code: pack for pack in packs}


PACKS: dict[str, LanguagePack] = _load()

#: Every pack's story frame, to tell which language a story line is framed in.
STORY_FRAMES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (pack.code, pack.story_frame) for pack in PACKS.values() if pack.story_frame is not None
)


def pack_for(code: str | None) -> LanguagePack:
    """The pack of language ``code`` (ISO 639-1), or the neutral pack."""
    return PACKS.get(code or "", NEUTRAL)
