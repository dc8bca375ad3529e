"""An LLM's answer read as a ``Wireframe``, and a wireframe written out as markdown.

``parse_wireframe_answer`` takes the drawing from a fenced block (or, failing that, the run of
lines with box-drawing characters; an unclosed fence ends at the first section heading) and
the four sections from headings in any of the usual spellings ("## Layout", "**LAYOUT**",
"Notes:"), in English or in any language the offline generator writes ("## Макет",
"**Notas:**"). ``wireframe_markdown`` is the downloadable file: title, drawing, sections,
headed in the language the sections are written in.
"""

import re
from functools import cache

from generation.wireframes.descriptions import md
from generation.wireframes.lint import trimmed
from generation.wireframes.model import Wireframe
from generation.wireframes.phrases import LANGUAGES, phrases_for, phrases_for_text

# The four sections by their Wireframe field, in the order of each language's headings.
_SECTIONS = ("layout", "ui_elements", "navigation", "notes")

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*([\w+-]*)[^\n]*\n(.*?)(?:^[ \t]*\1[ \t]*$|\Z)",
                    re.M | re.S)  # fmt: skip
_ENGLISH = {"layout": "layout", "ui_elements": r"ui[ _-]?elements|ui[ _-]?components",
            "navigation": "navigation", "notes": "notes"}  # fmt: skip


@cache
def _headings() -> tuple[re.Pattern[str], dict[str, str]]:
    """The heading pattern and each heading's section: English spellings and every language's."""
    names = {name: key for key, name in _ENGLISH.items()}
    for code in LANGUAGES:
        for key, heading in zip(_SECTIONS, phrases_for(code).headings, strict=True):
            names.setdefault(re.escape(heading.lower()).replace(r"\ ", r"\s+"), key)
    alternatives = "|".join(sorted(names, key=len, reverse=True))
    pattern = re.compile(
        r"^\s*(?:#{1,6}\s*)?(?:\d+[.)]\s*)?(?:\*\*|__)?\s*"
        rf"(?P<name>{alternatives})\s*(?P<c1>:)?\s*"
        r"(?:\*\*|__)?\s*(?P<c2>:)?\s*(?P<rest>.*?)\s*$",
        re.I,
    )
    return pattern, names


def _section_name(line: str) -> tuple[str, str] | None:
    """The section a heading line opens (and any text after its colon), or None."""
    pattern, names = _headings()
    found = pattern.match(line)
    if not found:
        return None
    if found.group("rest") and not (found.group("c1") or found.group("c2")):
        return None  # "Notes about the design" is prose, not a heading
    name = found.group("name").lower()
    key = next(k for p, k in names.items() if re.fullmatch(p, name, re.I))
    return key, found.group("rest")


def _split_drawing(text: str) -> tuple[list[str], str]:
    """An answer's drawing lines (fenced, or else the run of box lines) and the rest of it."""
    fence = _FENCE.search(text)
    if fence:
        body = fence.group(3).split("\n")
        # An unclosed fence runs on into the sections: the drawing ends at the first heading.
        cut = next((i for i, line in enumerate(body) if _section_name(line)), len(body))
        if "".join(body[:cut]).strip():
            rest = "\n".join([text[: fence.start()], *body[cut:], text[fence.end() :]])
            return trimmed(body[:cut]), rest
    lines = text.split("\n")
    boxy = [i for i, line in enumerate(lines) if any(0x2500 <= ord(ch) <= 0x257F for ch in line)]
    if not boxy:
        raise ValueError("The answer has no wireframe drawing.")
    end = boxy[0] + 1
    while end < len(lines) and lines[end].strip() and not _section_name(lines[end]):
        end += 1
    return lines[boxy[0] : end], "\n".join(lines[: boxy[0]] + lines[end:])


def parse_wireframe_answer(text: str) -> Wireframe:
    """An LLM answer (a fenced drawing, then the four sections) as a Wireframe."""
    drawing, rest = _split_drawing((text or "").replace("\r\n", "\n"))
    sections: dict[str, list[str]] = {key: [] for key in _SECTIONS}
    current = None
    for line in rest.split("\n"):
        found = _section_name(line)
        if found:
            current = found[0]
            if found[1]:
                sections[current].append(found[1])
        elif re.match(r"^\s*#{1,6}\s", line):
            current = None  # an unknown heading ends the section before it
        elif current:
            sections[current].append(line)
    joined = {key: "\n".join(value).strip() for key, value in sections.items()}
    return Wireframe(ascii="\n".join(drawing), **joined)


def wireframe_markdown(story_title: str, wireframe: Wireframe) -> str:
    """The downloadable markdown: title, the drawing in a text fence, the four sections.

    The headings are in the sections' language (the offline generator writes them in the
    story's), English when there is too little text to tell.
    """
    longest = max((len(run) for run in re.findall(r"`+", wireframe.ascii)), default=0)
    fence = "`" * max(3, longest + 1)
    parts = [f"# {md(story_title) or 'Wireframe'}", "", f"{fence}text", wireframe.ascii, fence]
    text = " ".join(getattr(wireframe, key) for key in _SECTIONS)
    headings = phrases_for_text(" ".join([story_title, text])[:4000]).headings
    for key, title in zip(_SECTIONS, headings, strict=True):
        body = getattr(wireframe, key).strip() or "_Not provided._"
        parts += ["", f"## {title}", "", body]
    return "\n".join(parts) + "\n"
