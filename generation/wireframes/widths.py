"""Display widths of text in a monospace drawing, and story text made safe to draw.

Every line of a wireframe must have the same display width (wcwidth) so that its right edge
stays straight in any monospace font. CJK characters and emoji take two columns, and many
fonts draw pictographs two columns wide whatever wcwidth says, so ``plain`` and
``one_column`` turn them into "?"; ``clip`` cuts text with "…" and ``fit`` cuts or pads it
to an exact number of columns.
"""

import re
import unicodedata

from wcwidth import wcswidth, wcwidth


def _is_emoji(ch: str) -> bool:
    """True for pictographs, which many fonts draw two columns wide whatever wcwidth says."""
    cp = ord(ch)
    return 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x26FF or cp in (0xFE0F, 0x200D, 0x20E3)


def char_problem(ch: str) -> str | None:
    """Why a character does not belong in a drawing, or None when it is one column wide."""
    if ch == "\t":
        return "tab"
    if _is_emoji(ch):
        return "emoji"
    width = wcwidth(ch)
    if width == 2:
        return "wide character"
    return None if width == 1 else "zero-width or control character"


def display_width(text: str) -> int:
    """Display columns of text; a tab or control character counts as one column."""
    width = wcswidth(text)
    return width if width >= 0 else sum(max(wcwidth(ch), 0) or 1 for ch in text)


def plain(text: str) -> str:
    """Story text made drawable: one line of one-column characters, no box-drawing chars."""
    text = unicodedata.normalize("NFKC", text or "")  # fullwidth Latin becomes plain ASCII
    out = []
    for ch in text:
        problem = char_problem(ch)
        if ch.isspace():
            out.append(" ")
        elif 0x2500 <= ord(ch) <= 0x257F:
            out.append("-")  # a stray corner in a label would confuse the corner check
        elif problem is None:
            out.append(ch)
        elif problem != "zero-width or control character":
            out.append("?")
    return " ".join(re.sub(r"\?{2,}", "?", "".join(out)).split())


def one_column(text: str) -> str:
    """Text with one-column characters only: wide ones and emoji become "?", the others go."""
    if text.isascii() and text.isprintable():
        return text
    out = []
    for ch in text:
        problem = char_problem(ch)
        out.append(ch if problem is None else "?" if problem in ("emoji", "wide character") else "")
    return "".join(out)


def undrawable(text: str) -> bool:
    """True when text holds characters that ``plain`` has to replace."""
    return any(char_problem(ch) in ("emoji", "wide character") for ch in text or "")


def clip(text: str, width: int) -> str:
    """Text cut to at most `width` columns, ending in "…" when something was cut."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        if used + display_width(ch) > width - 1:
            break
        out.append(ch)
        used += display_width(ch)
    return "".join(out).rstrip() + "…"


def fit(text: str, width: int, fill: str = " ") -> str:
    """Text cut or padded to exactly `width` columns of one-column characters."""
    # `plain` cleaned the story's text, but case changes come later and can undo it:
    # "İ".lower() is "i" plus a zero-width combining dot, "ΐ".upper() has two of them.
    text = clip(one_column(text), width)
    return text + fill * (width - display_width(text))


def cut_phrase(
    text: str,
    width: int,
    dangling: frozenset[str] = frozenset(),
    joiners: frozenset[str] = frozenset(),
) -> str:
    """Text cut at a word boundary to at most `width` columns, never ending in a small word.

    "Выбрать врача, услугу и свободное время" in 20 columns is "Выбрать врача" rather than
    "Выбрать врача, услу…", and "Pay by card or Apple Pay" in 22 is "Pay by card", not "Pay by
    card or Apple": a cut prefers to fall at a comma or before "or" / "and" (`joiners`) when
    that keeps at least half the width. Only a first word too long for the width gets "…".
    """
    if display_width(text) <= width:
        return text
    words: list[str] = []
    for word in text.split():
        if display_width(" ".join([*words, word])) > width:
            break
        words.append(word)
    for index in range(len(words) - 1, 0, -1):
        if words[index].lower() in joiners or words[index - 1].endswith((",", ";")):
            if display_width(" ".join(words[:index])) * 2 >= width:
                words = words[:index]
            break
    while words and (
        words[-1].lower().strip(",;:.-–—(«\"'") in dangling
        or (len(words[-1]) < 2 and not words[-1].isdigit())
    ):
        words.pop()  # "and", "the", "и", "de": a label ends in a word that means something
    phrase = " ".join(words).rstrip(",;:.-–—(«\"' ")
    return phrase if phrase else clip(text, width)


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Text in lines of at most `width` columns, broken between words; `indent` after the first."""
    lines: list[str] = []
    for word in text.split():
        line = lines[-1] if lines else None
        if line is not None and display_width(f"{line} {word}") <= width:
            lines[-1] = f"{line} {word}"
        else:
            lines.append((indent if lines else "") + word)
    return lines or [""]
