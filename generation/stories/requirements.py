"""The requirements of a document, each read into the clauses its stories are made of.

A requirement statement ("Пациент выбирает врача, ..., получает подтверждение по SMS") is
read by the writer of its language into clauses, one story each. What the document states
around the requirement, its id ("FR-3:") and its priority marker ("(could)", "Priority:
High -"), is not part of what the story says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generation.languages.clauses import Clause
from generation.reading import Document, Statement

__all__ = ["DraftStory", "stories_of"]

#: A requirement id in front of its text: "FR-1:", "NFR-02 -", "R12.", "ФТ-1.", "3.2.1".
_ID = re.compile(r"^\W*(?:[A-ZА-ЯЁ]{1,6}[-_ ]?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+){1,4})\W*\s+(?=\S)")


@dataclass
class DraftStory:
    """A story on its way to the map: where it comes from and what is decided about it."""

    clause: Clause
    statement: Statement
    order: int
    category: str = "other"
    role: str = ""
    release: str = "Release 1"
    title: str = ""
    description: str = ""
    criteria: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def stories_of(document: Document, writer) -> list[DraftStory]:
    """One story per clause of every requirement, in document order."""
    stories: list[DraftStory] = []
    seen: set[str] = set()
    for statement in document.requirements:
        if statement.text in seen:
            continue
        seen.add(statement.text)
        for sentence in _SENTENCES.split(requirement_text(statement)):
            for clause in writer.clauses(sentence):
                if not (clause.verb or clause.rest.strip()):
                    continue
                stories.append(
                    DraftStory(
                        clause=clause,
                        statement=statement,
                        order=len(stories),
                        sources=[statement.text],
                    )
                )
    return stories


#: A list item of several sentences is several requirements.
_SENTENCES = re.compile(
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bz\.B\.)(?<!\bvs\.)(?<!\bт\.е\.)"
    r"(?<=[a-zа-яё0-9)»\"][.!?])\s+(?=[A-ZА-ЯЁ«\"])"
)


def requirement_text(statement: Statement) -> str:
    """The statement without its id and without the words that state its priority."""
    text = _ID.sub("", statement.text, count=1)
    marker = statement.stated.stated if statement.stated else ""
    if marker and marker.lower() in text.lower():
        # The marker in brackets, else its last occurrence: "FA-01: Der Fahrer muss ...
        # (Muss)" loses "(Muss)", not the modal.
        low = text.lower()
        bracketed = re.search(rf"[(\[]\s*{re.escape(marker.lower())}\s*[)\]]", low)
        start = (
            bracketed.start() + bracketed.group().index(marker.lower())
            if bracketed
            else low.rindex(marker.lower())
        )
        before, after = text[:start], text[start + len(marker) :]
        before = re.sub(r"[(\[]\s*(?:priority\s*[:=]?\s*)?$", "", before, flags=re.I)
        after = re.sub(r"^\s*[)\]]", "", after)
        text = (
            re.sub(
                r"^\W*(?:priority|приоритет|prioridad|priorität)\s*[:=-]?\s*$",
                "",
                before,
                flags=re.I,
            )
            + after
        )
        text = re.sub(r"^\s*[:\-–—]\s*", "", text)
        text = re.sub(r"\s*[:\-–—|]\s*$", "", text)
    return " ".join(text.split()) or statement.text
