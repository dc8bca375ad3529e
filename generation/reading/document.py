"""A read document: its statements, each with its kind, section and stated priority."""

from __future__ import annotations

from dataclasses import dataclass, field

from generation.languages import LanguagePack
from generation.priorities import StatedPriority


@dataclass
class Statement:
    """One list item, sentence, table row or heading of the document, and what kind it is."""

    text: str
    #: The line it starts on, counting from 1.
    line: int
    kind: str
    #: The heading of the section it is in ("" before the first heading).
    section: str = ""
    bullet: bool = False
    #: The priority the document states for it, with the document's own words.
    stated: StatedPriority | None = None
    #: Acceptance criteria the document writes for it (a table's criteria column).
    criteria: list[str] = field(default_factory=list)

    @property
    def priority(self) -> str | None:
        return self.stated.priority if self.stated else None


@dataclass
class Document:
    """The statements of a requirements document, and the language it is written in."""

    text: str
    language: str | None
    pack: LanguagePack
    #: How sure the language identifier was of ``language`` (1.0 when it was given).
    confidence: float = 1.0
    statements: list[Statement] = field(default_factory=list)

    @property
    def requirements(self) -> list[Statement]:
        return [s for s in self.statements if s.kind == "requirement"]

    @property
    def non_goals(self) -> list[Statement]:
        return [s for s in self.statements if s.kind == "non-goal"]

    @property
    def qualities(self) -> list[Statement]:
        """Qualities the product should have that no story can check ("intuitive UI")."""
        return [s for s in self.statements if s.kind == "quality"]

    @property
    def roles(self) -> list[Statement]:
        return [s for s in self.statements if s.kind == "role"]
