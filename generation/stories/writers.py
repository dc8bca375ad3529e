"""Which writer words the stories of a document: its language's, or the document's own words.

English and Russian have writers; a document in a language without one gets stories that
are its own sentences, in its own language, with a note on the map that says why there is
no story frame and no criteria. A foreign sentence is never put inside an English frame.
"""

from __future__ import annotations

import importlib

from generation.languages import PACKS
from generation.languages.clauses import Clause
from generation.reading import Document

__all__ = ["VerbatimWriter", "writer_for"]


def writer_for(document: Document):
    """The writer for the document's language, and the notes the map should carry.

    A language pack with a writer has a ``writing`` module with a ``WRITER`` class
    (``generation/languages/ru/writing.py``); text of no known language is taken as English.
    """
    code = document.language or "en"
    if code in PACKS:
        try:
            module = importlib.import_module(f"generation.languages.{code}.writing")
        except ModuleNotFoundError:
            module = None
        if module is not None:
            return module.WRITER(), []
    name = PACKS[code].name if code in PACKS else f"this document's language ({code})"
    note = (
        f"The document is in {name}, which the offline generator cannot yet write stories in: "
        "each story is the document's own requirement, in its own words, without an "
        '"As a ..., I want ..." line or acceptance criteria. An AI provider writes full '
        "stories in any language."
    )
    return VerbatimWriter(), [note]


class VerbatimWriter:
    """Stories that are the document's own sentences, for a language without a writer."""

    code = "und"
    default_role = ""

    def clauses(self, text: str) -> list[Clause]:
        return [Clause(source=text, role=None, verb="", rest=text, obj=text)]

    def category(self, clause: Clause) -> str:
        return "other"

    def title(self, clause: Clause) -> str:
        words = clause.rest.split()
        if len(words) <= 8 and len(clause.rest) <= 60:
            return clause.rest.rstrip(" .。")
        cut = clause.rest[:40]
        for mark in ("，", "、", ",", "。", " "):
            if mark in cut[10:]:
                return cut[: cut.rindex(mark)].rstrip(" ,，、")
        return cut

    def benefit(self, clause: Clause, category: str) -> str:
        return ""

    def story_line(self, role: str, clause: Clause, benefit: str) -> str:
        return clause.rest

    def criteria(self, clause: Clause, category: str, role: str) -> list[str]:
        return []

    def task_title(self, clauses: list[Clause], category: str) -> str:
        return self.title(clauses[0])

    def activity_title(self, clauses: list[Clause]) -> str:
        return self.title(clauses[0])
