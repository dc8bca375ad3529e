"""Statements: every sentence of the blocks, with the headings it sits under.

The blocks go in; out comes one ``Statement`` per sentence (``read_statements``): its text, the
raw words to quote as a story's source, whether it is a list item, and what the headings above
it say (its section, a release, a role, or that it is out of scope or only background).
``requirement_sentences`` names the sentences that state requirements, by a cue of its own so
that the quality report measures the generator instead of agreeing with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from generation.mapping.blocks import Block, parse_blocks
from generation.mapping.headings import (
    heading_meaning,
    heading_role,
    is_generic_title,
    title_without_doc_words,
)
from generation.mapping.priorities import heading_priority, wording_priority

_ABBREVIATIONS = {"e.g.", "i.e.", "vs.", "etc.", "approx.", "incl.", "mr.", "mrs.", "ms.", "dr."}
_ALWAYS_JOIN = {"e.g.", "i.e.", "vs.", "mr.", "mrs.", "ms.", "dr.", "approx.", "incl."}
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations like "e.g." inside."""
    spans: list[list[int]] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if match.end() == match.start() and match.start() in (0, len(text)):
            continue
        spans.append([start, match.start()])
        start = match.end()
    spans.append([start, len(text)])
    merged: list[list[int]] = []
    for span in spans:
        piece = text[span[0] : span[1]].strip()
        if not piece:
            continue
        if merged:
            previous = text[merged[-1][0] : merged[-1][1]].rstrip()
            last_word = previous.rsplit(" ", 1)[-1].lower()
            joins = last_word in _ALWAYS_JOIN or (
                last_word in _ABBREVIATIONS and piece[:1].islower()
            )
            if joins:
                merged[-1][1] = span[1]
                continue
        merged.append(span)
    return [text[a:b].strip() for a, b in merged if text[a:b].strip()]


# Between two words of a cleaned sentence, its raw text may hold markup and punctuation.
_RAW_GAP = r"(?:[^\w<]|<[^<>]{0,200}>|&\w+;)*?"


def _source_for(sentence: str, raw: str) -> str:
    """Quote the sentence as it appears in the input (raw text if cleaning changed it)."""
    sentence = strip_trailing_semicolon(sentence)
    if sentence in raw:
        return sentence
    words = [re.escape(w) for w in re.findall(r"\w+", sentence)]
    if not words:
        return raw
    # Find the first and last few words with markup allowed between them, and quote from the
    # one to the other: short patterns keep this fast on long paragraphs.
    head = re.search(_RAW_GAP.join(words[:8]), raw)
    if not head:
        return raw
    # Cleaning only removes characters, so the tail starts no earlier in the raw text than it
    # does in the sentence (less a margin): this skips earlier repeats of the same words.
    margin = 2 * sum(len(w) + 1 for w in words[-8:])
    tail_from = head.start() + max(0, len(sentence) - margin)
    tail = re.compile(_RAW_GAP.join(words[-8:])).search(raw, tail_from)
    tail = tail or re.compile(_RAW_GAP.join(words[-8:])).search(raw, head.start())
    if not tail:
        return raw
    end = tail.end()
    while end < len(raw) and raw[end] in ".!?。！？":
        end += 1
    return raw[head.start() : end].strip()


def strip_trailing_semicolon(text: str) -> str:
    """Drop a ";" left at the end of a sentence split on semicolons."""
    return text[:-1].rstrip() if text.endswith(";") else text


@dataclass
class Statement:
    """A sentence from the text, with the headings that apply to it."""

    text: str
    source: str
    bullet: bool
    section: str | None
    subsection: str | None
    heading_priority: str | None
    heading_role: str | None
    skipped: bool
    context: bool = False  # under "Background", "Goals": only a "must" sentence counts
    modal_text: bool = False  # the document states most requirements with modal verbs

    @cached_property
    def stated_priority(self) -> str | None:
        """The release the whole sentence's wording asks for (computed once per sentence)."""
        return wording_priority(self.text)


@dataclass
class _Heading:
    """A heading in effect, with what it means for the items under it."""

    level: int
    meaning: str
    text: str


def product_title_heading(blocks: list[Block]) -> int | None:
    """Return the index of the heading that titles the document, if the text starts with one."""
    if not blocks or blocks[0].kind != "heading" or not blocks[0].markdown:
        return None
    first = blocks[0]
    if is_generic_title(title_without_doc_words(first.clean)):
        return None
    others = [b.level for b in blocks[1:] if b.kind == "heading" and b.markdown]
    if first.level == 1 or all(level > first.level for level in others):
        return 0
    return None


def read_statements(blocks: list[Block], title_index: int | None) -> list[Statement]:
    """Walk the blocks, tracking headings, and return every sentence with its context."""
    stack: list[_Heading] = []
    statements: list[Statement] = []
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            if index == title_index:
                continue
            while stack and stack[-1].level >= block.level:
                stack.pop()
            stack.append(_Heading(block.level, heading_meaning(block.clean), block.clean))
            continue
        contents = [h.text for h in stack if h.meaning == "content"]
        priorities = [heading_priority(h.text) for h in stack if h.meaning == "priority"]
        roles = [heading_role(h.text) for h in stack if h.meaning == "role"]
        skipped = any(h.meaning == "skip" for h in stack)
        context = any(h.meaning == "context" for h in stack)
        for sentence in split_sentences(block.clean):
            statements.append(
                Statement(
                    text=sentence,
                    source=_source_for(sentence, block.raw),
                    bullet=block.kind == "bullet",
                    section=contents[0] if contents else None,
                    subsection=contents[-1] if len(contents) > 1 else None,
                    heading_priority=block.row_priority or (priorities[-1] if priorities else None),
                    heading_role=roles[-1] if roles else None,
                    skipped=skipped,
                    context=context,
                )
            )
    return statements


# Deliberately independent of how the generator reads sentences, so that the quality report's
# coverage measures the generator instead of agreeing with it by construction.
_REQUIREMENT_CUE = re.compile(
    r"\b(?:must|shall|should|can|could|may|will|needs? to|able to|allows?|lets?|enables?|"
    r"supports?|required|requires?|müssen|muss|sollen|soll|sollte|können|kann|dürfen|darf|"
    r"debe|deben|puede|pueden|doit|doivent|peut|peuvent|должен|должна|должны|может|могут)\b"
    r"|必须|应该|可以|能够|できる|必要",
    re.IGNORECASE,
)


def requirement_sentences(text: str) -> list[str]:
    """Every sentence or list item that states a requirement, quoted as story sources are.

    A sentence counts when it is a list item or uses requirement wording (must, should,
    can, allow, ...), outside sections such as "Out of scope".
    """
    text = str(text or "")
    blocks = parse_blocks(text)
    statements = read_statements(blocks, product_title_heading(blocks))
    return list(
        dict.fromkeys(
            statement.source
            for statement in statements
            if not statement.skipped
            and (statement.bullet or _REQUIREMENT_CUE.search(statement.text))
        )
    )
