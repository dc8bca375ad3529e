"""Blocks: the requirements text read line by line into headings, bullets and paragraphs.

The first stage that reads the text. The raw text goes in (loose markdown, tables, even pasted
HTML); out comes a list of ``Block``s, each a heading (with its level), a bullet or a paragraph,
cleaned of markup for reading and kept raw for quoting. Fenced and stray source code is
dropped, and a label such as "Nice to have: dark mode" or a table row's "Must" cell gives its
block a priority of its own.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from generation.mapping.headings import heading_meaning
from generation.mapping.priorities import heading_priority
from generation.mapping.text import squash


@dataclass
class Block:
    """A heading, bullet or paragraph, cleaned for reading and raw for quoting."""

    kind: str  # "heading" | "bullet" | "para"
    clean: str
    raw: str
    level: int = 0
    markdown: bool = False  # a "#" or HTML heading (not a "Label:" line)
    row_priority: str | None = None


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)[\s#]*$")
BULLET = re.compile(r"^(?:[-*•+‣◦▪]|\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?|[a-zA-Z][.)])\s+(.*)$")
_FENCE = re.compile(r"^(```|~~~)")
_TAG = re.compile(r"<[^<>]{0,500}>")
_CODE_START = re.compile(
    r"^(?:def |class |import |function\b|const |var |public |private |#include|return \S+;?$|"
    r"SELECT\s|\$ |>>> |[\w.\[\]]+\s*(?:=|\+=|==|=>)\s*\S)"
)


def prepare_html(text: str) -> str:
    """Turn block-level HTML into line breaks and markdown markers so the parser sees structure."""
    if not re.search(r"</?[a-zA-Z][^<>]{0,200}>", text):
        return text
    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>|<!--.*?-->", "\n\n", text)
    text = re.sub(r"(?i)<h([1-6])\b[^<>]*>", lambda m: "\n\n" + "#" * int(m.group(1)) + " ", text)
    text = re.sub(r"(?i)<li\b[^<>]*>", "\n- ", text)
    block_tags = (
        r"p|div|br|hr|ul|ol|li|h[1-6]|section|article|header|footer|tr|td|th|table|tbody|thead|"
        r"body|html|head|title|main|nav|form|pre|blockquote|dl|dt|dd"
    )
    return re.sub(rf"(?i)</?(?:{block_tags})\b[^<>]*>", "\n\n", text)


def clean_inline(text: str) -> str:
    """Strip inline markup (tags, markdown emphasis, links) and entities from one line."""
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [label](url) -> label
    text = re.sub(r"^\[[ xX]\]\s+", "", text)  # task-list checkboxes
    text = text.replace("**", "").replace("__", "").replace("`", "").replace("~~", "")
    text = re.sub(r"(?<!\w)[*_](\S[^*_]*?)[*_](?!\w)", r"\1", text)  # *emphasis*
    return squash(text.lstrip("> "))


def _looks_like_code(line: str) -> bool:
    """Guess whether a line is source code rather than prose."""
    stripped = line.strip()
    if _CODE_START.match(stripped):
        return True
    if stripped.endswith(("{", "};", ");")) or stripped in {"}", "{", "]", ");"}:
        return True
    symbols = sum(c in "{}[]();=<>$\\|&" for c in stripped)
    return len(stripped) > 0 and symbols / len(stripped) > 0.15


def _table_cells(line: str) -> list[str] | None:
    """Split a markdown table row into its cells, or None when the line is not a row."""
    stripped = line.strip()
    if not (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 2):
        return None
    cells = [c.strip() for c in stripped[1:-1].split("|")]
    return [c for c in cells if c and not re.fullmatch(r":?-{2,}:?", c)]


def _colon_heading(clean: str) -> str | None:
    """Return the label of a short "Label:" line, or None."""
    if clean.endswith(":") and len(clean) <= 60 and len(clean.split()) <= 8:
        label = clean[:-1].strip()
        return label or None
    return None


def parse_blocks(text: str) -> list[Block]:
    """Read the text line by line into headings, bullets and paragraphs."""
    lines = prepare_html(text).splitlines()
    reader = _BlockReader()
    in_fence = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if _FENCE.match(stripped):  # fenced code is never a requirement
            reader.flush()
            in_fence = not in_fence
        elif not in_fence:
            following = lines[index + 1].strip() if index + 1 < len(lines) else ""
            reader.read(stripped, following)
    reader.flush()
    return reader.blocks


class _BlockReader:
    """Turns lines into blocks, keeping the paragraph being collected and the heading level."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.paragraph: list[str] = []
        self.heading_base = 0  # level of the last markdown heading; "Label:" lines nest under it

    def read(self, line: str, following: str) -> None:
        """Read one stripped line; ``following`` is the next one (for underlined headings)."""
        if not re.search(r"[^\W_]|[^\x00-\x7f]", line):  # blank, "---", a lone "-"
            self.flush()
        elif not self.paragraph and re.fullmatch(r"=+|-+", following) and len(following) >= 3:
            self.read_underlined(line, following)
        elif _MD_HEADING.match(line):
            self.read_heading(_MD_HEADING.match(line))
        elif _table_cells(line) is not None:
            self.flush()
            self.blocks.extend(_table_blocks(_table_cells(line) or []))
        elif _looks_like_code(line):
            self.flush()
        elif BULLET.match(line):
            self.read_bullet(BULLET.match(line).group(1).strip())
        else:
            self.read_text(line)

    def read_underlined(self, line: str, underline: str) -> None:
        """A setext heading: text underlined with === (level 1) or --- (level 2)."""
        clean = clean_inline(line)
        if not clean or BULLET.match(line):
            self.read_text(line)
            return
        self.heading_base = 1 if underline.startswith("=") else 2
        self.blocks.append(Block("heading", clean, line, self.heading_base, markdown=True))

    def read_heading(self, match: re.Match[str]) -> None:
        """A "#" heading (HTML headings arrive here too, turned into "#" by prepare_html)."""
        self.flush()
        clean = clean_inline(match.group(2))
        if clean:
            self.heading_base = len(match.group(1))
            self.blocks.append(Block("heading", clean, match.group(2), self.heading_base, True))

    def read_bullet(self, body: str) -> None:
        """A list item: a requirement, or a label such as "Customers:" or "Must have"."""
        self.take_heading_line()  # "Release 2" right above a list names the list
        self.flush()
        clean = clean_inline(body)
        label = _colon_heading(clean)
        labelled = _priority_label(body)
        if label and len(label.split()) <= 5:
            self.blocks.append(Block("heading", label, body, self.heading_base + 2))
        elif _is_section_name(clean):  # "1. Introduction", "- Must have"
            self.blocks.append(Block("heading", clean, body, self.heading_base + 1))
        elif labelled:  # "- Could: dark mode"
            self.blocks.append(labelled)
        elif clean:
            self.blocks.append(Block("bullet", clean, squash(body)))

    def read_text(self, line: str) -> None:
        """A line of prose, a "Label:" heading, or a "Nice to have: ..." item."""
        clean = clean_inline(line)
        label = _colon_heading(clean)
        bold = re.fullmatch(r"(\*\*|__)(.{1,60})\1", line)
        labelled = _priority_label(line)
        if not self.paragraph and (label or bold) and len(clean.split()) <= 8:
            self.blocks.append(Block("heading", label or clean, line, self.heading_base + 1))
            return
        if labelled:
            self.flush()
            self.blocks.append(labelled)
            return
        if self.paragraph and line[:1].isupper() and not self.paragraph[-1].endswith(_CONTINUES):
            # A line without closing punctuation before a capitalised line is its own unit:
            # a short one is a heading ("REQUIREMENTS"), a longer one a sentence.
            self.take_heading_line()
            self.flush()
        self.paragraph.append(line)

    def take_heading_line(self) -> None:
        """Turn a paragraph that is one short line without end punctuation into a heading."""
        if len(self.paragraph) == 1 and len(self.paragraph[0].split()) <= 6:
            if not self.paragraph[0].endswith(_CONTINUES):
                line = self.paragraph.pop()
                level = self.heading_base + 1
                self.blocks.append(Block("heading", clean_inline(line), line, level))

    def flush(self) -> None:
        """Close the paragraph being collected."""
        if self.paragraph:
            raw = squash(" ".join(self.paragraph))
            clean = squash(" ".join(clean_inline(p) for p in self.paragraph))
            if clean:
                self.blocks.append(Block("para", clean, raw))
            self.paragraph.clear()


# Line endings that say the sentence goes on in the next line.
_CONTINUES = (".", "!", "?", ",", ";", ":", "-", "–", "—", "(", "&", "/", "。", "！", "？")


def _priority_label(line: str) -> Block | None:
    """Read "Nice to have: dark mode" as a bullet with its own priority, else None."""
    match = re.match(r"^([^:]{2,30}):\s+(\S.*)$", line)
    if not match:
        return None
    priority = heading_priority(clean_inline(match.group(1)))
    clean = clean_inline(match.group(2))
    if not priority or not clean:
        return None
    return Block("bullet", clean, squash(match.group(2)), row_priority=priority)


def _is_section_name(text: str) -> bool:
    """True for a short list item that names a document section ("Introduction", "Must have")."""
    if len(text.split()) > 5 or text.endswith("."):
        return False
    return heading_meaning(text) in {"skip", "context", "neutral", "priority"}


def _table_blocks(cells: list[str]) -> list[Block]:
    """One paragraph block per table cell; a lone "Must" or "Could" cell sets the row priority."""
    priority = None
    texts = []
    for cell in cells:
        clean = clean_inline(cell)
        cell_priority = heading_priority(clean)
        if cell_priority and len(clean.split()) <= 3:
            priority = cell_priority
        elif clean:
            texts.append((clean, squash(cell)))
    return [Block("para", clean, raw, row_priority=priority) for clean, raw in texts]
