"""A long document cut at its sections into parts that each fit a model's context.

The offline reader finds the document's headings and requirement sentences. Each requirement
sentence gets an id for the whole document ("[S12]") written in front of it where it stands,
so the model sees the sentence in its context and can name the ids a story covers; a sentence
the reader joined from several lines is listed after its first line. Sections are packed into
parts in order; a section too long for one part is cut at blank lines, then at lines, then at
sentence ends, and each piece after the first starts with the section's heading again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from generation.reading import Document

#: A sentence's mark in a prompt: "[S12] ".
_MARK = re.compile(r"\[S(\d+)\]")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


@dataclass(frozen=True)
class Part:
    """One part of a document, as it is sent to the model."""

    number: int
    total: int
    #: The part's lines, each requirement sentence marked with its id.
    text: str
    #: The ids (1-based, for the whole document) of the sentences in this part.
    sentence_ids: tuple[int, ...]

    @property
    def label(self) -> str:
        return f"part {self.number} of {self.total}"


def requirement_sentences(document: Document) -> list[str]:
    """The document's requirement sentences, once each, in order: sentence n has id n."""
    return list(dict.fromkeys(statement.text for statement in document.requirements))


def marked_lines(document: Document, sentences: list[str]) -> list[str]:
    """The document's lines, with "[Sn] " in front of each requirement sentence."""
    lines = document.text.split("\n")
    ids = {text: number for number, text in enumerate(sentences, start=1)}
    placed: set[int] = set()
    marks: dict[int, list[tuple[int, int]]] = {}  # line index -> (column, id)
    extra: dict[int, list[int]] = {}
    for statement in document.requirements:
        number = ids[statement.text]
        if number in placed:
            continue
        placed.add(number)
        index = min(max(statement.line - 1, 0), len(lines) - 1)
        column = lines[index].find(statement.text[:60])
        if column >= 0:
            marks.setdefault(index, []).append((column, number))
        else:
            extra.setdefault(index, []).append(number)
    for index, found in marks.items():
        line = lines[index]
        for column, number in sorted(found, reverse=True):
            line = f"{line[:column]}[S{number}] {line[column:]}"
        lines[index] = line
    for index, numbers in extra.items():
        lines[index] += "".join(f"\n[S{number}] {sentences[number - 1]}" for number in numbers)
    return lines


def split_into_parts(
    document: Document,
    sentences: list[str],
    budget: int,
    cost: Callable[[str], int],
    max_sentences: int | None = None,
) -> list[Part]:
    """Cut the document into parts whose marked text costs at most ``budget`` tokens each.

    ``cost`` estimates a text's tokens; ``max_sentences`` bounds the requirement sentences
    of a part, whose stories must fit one answer. A part may still exceed the budget only
    when one sentence alone does; it is cut at the character then, and the model sees it cut.
    """
    if max_sentences is not None:
        cost = _counting_sentences(cost, budget, max_sentences)
    lines = marked_lines(document, sentences)
    headings = sorted({s.line - 1 for s in document.statements if s.kind == "heading"})
    starts = sorted({0, *(index for index in headings if 0 < index < len(lines))})
    pieces: list[str] = []
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        section = lines[start:end]
        heading = section[0] if start in headings else ""
        pieces += _pieces_of(section, heading, budget, cost)
    texts = _packed(pieces, budget, cost)
    return [
        Part(number, len(texts), text, tuple(int(n) for n in _MARK.findall(text)))
        for number, text in enumerate(texts, start=1)
    ]


def _counting_sentences(cost, budget: int, max_sentences: int):
    """``cost``, except that a text of more than ``max_sentences`` marks is over ``budget``."""

    def bounded(text: str) -> int:
        marks = len(_MARK.findall(text))
        return budget + 1 if marks > max_sentences else cost(text)

    return bounded


def _pieces_of(section: list[str], heading: str, budget: int, cost) -> list[str]:
    """The section as one text, or cut into pieces that fit, each after the first headed."""
    text = "\n".join(section).strip("\n")
    if not text.strip() or cost(text) <= budget:
        return [text] if text.strip() else []
    again = f"{heading} (continued)\n" if heading else ""
    units = [unit for line in section for unit in _units(line, budget - cost(again), cost)]
    pieces: list[str] = []
    current: list[str] = []
    for unit in units:
        candidate = "\n".join([*current, unit])
        if current and cost((again if pieces else "") + candidate) > budget:
            pieces.append((again if pieces else "") + "\n".join(current).strip("\n"))
            current = []
        current.append(unit)
    if "\n".join(current).strip():
        pieces.append((again if pieces else "") + "\n".join(current).strip("\n"))
    return pieces


def _units(line: str, budget: int, cost) -> list[str]:
    """A line, or its sentences when it is longer than ``budget``, or cuts of those."""
    if cost(line) <= budget:
        return [line]
    units = []
    for sentence in _SENTENCE_END.split(line):
        while cost(sentence) > budget:
            size = max(1, int(len(sentence) * budget / cost(sentence)))
            units.append(sentence[:size])
            sentence = sentence[size:]
        units.append(sentence)
    return units


def _packed(pieces: list[str], budget: int, cost) -> list[str]:
    """Consecutive pieces joined into as few parts as fit, in order."""
    parts: list[str] = []
    for piece in pieces:
        if parts and cost(parts[-1] + "\n\n" + piece) <= budget:
            parts[-1] += "\n\n" + piece
        else:
            parts.append(piece)
    return parts
