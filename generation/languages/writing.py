"""What a language's writer does: read requirements into clauses, write stories back.

A language pack with a writer has a ``writing`` module whose ``WRITER`` class has these
methods (``generation/languages/ru/writing.py`` and ``en/writing.py`` are the examples);
``generation.stories`` runs the pipeline and asks the writer for every word.
"""

from __future__ import annotations

from typing import Protocol

from generation.languages.clauses import Clause

__all__ = ["Writer"]


class Writer(Protocol):
    #: ISO 639-1 code of the language.
    code: str
    #: The role a story gets when the document names nobody ("user", "пользователь").
    default_role: str

    def clauses(self, text: str) -> list[Clause]:
        """Read one requirement (a sentence or list item) into one clause per action."""

    def category(self, clause: Clause) -> str:
        """The kind of action (``generation.languages.categories.CATEGORIES``)."""

    def title(self, clause: Clause) -> str:
        """A title of at most eight words, never cut mid-phrase: "Отменить запись"."""

    def benefit(self, clause: Clause, category: str) -> str:
        """What follows "so that": the document's own reason, else one from the action."""

    def story_line(self, role: str, clause: Clause, benefit: str) -> str:
        """ "As a <role>, I want <goal>, so that <benefit>." in the language, grammatical."""

    def criteria(self, clause: Clause, category: str, role: str) -> list[str]:
        """2-5 Given/When/Then criteria in the language, one of them an unhappy path."""

    def task_title(self, clauses: list[Clause], category: str) -> str:
        """A task's name: the story's title for one story, the kind of action for several."""

    def activity_title(self, clauses: list[Clause]) -> str:
        """An activity's name: a verb phrase of at most four words."""
