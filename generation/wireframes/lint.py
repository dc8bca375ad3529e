"""The lint and repair of any drawing, ours or an LLM's.

``lint_wireframe`` lists what is wrong with a drawing in words a person can act on: lines of
different display widths, a width outside the platform's range, tabs, emoji, wide or
zero-width characters, and corners or junctions that do not join the lines they start.
``repair_wireframe`` fixes what can be fixed without guessing (tabs, wide characters, padding
before the right border) and gives up, returning None, when only a redraw would do.
"""

import re
from collections import Counter

from generation.wireframes.model import check_platform
from generation.wireframes.widths import char_problem, display_width, fit, one_column

# Chars whose stroke reaches the left / right / top / bottom edge of their cell.
_OPEN_LEFT = set("─━═┬┴┼┐┘┤╴╌┄┈")
_OPEN_RIGHT = set("─━═┬┴┼┌└├╶╌┄┈")
_OPEN_UP = set("│┃║├┤┼└┘┴╵┆┊")
_OPEN_DOWN = set("│┃║├┤┼┌┐┬╷┆┊")
_RIGHT_EDGES = set("│┃║┐┘┤")


def _corner_problems(lines: list[str]) -> list[str]:
    """Corners that do not join the lines they start: ┌ needs ─ to its right and │ below, etc."""

    def at(r: int, c: int) -> str:  # by character, not column: wide characters are flagged anyway
        return lines[r][c] if 0 <= r < len(lines) and 0 <= c < len(lines[r]) else ""

    rules = {"┌": ((0, 1, _OPEN_LEFT, "right"), (1, 0, _OPEN_UP, "below")),
             "┐": ((0, -1, _OPEN_RIGHT, "left"), (1, 0, _OPEN_UP, "below")),
             "└": ((0, 1, _OPEN_LEFT, "right"), (-1, 0, _OPEN_DOWN, "above")),
             "┘": ((0, -1, _OPEN_RIGHT, "left"), (-1, 0, _OPEN_DOWN, "above")),
             "┬": ((0, -1, _OPEN_RIGHT, "left"), (0, 1, _OPEN_LEFT, "right"),
                   (1, 0, _OPEN_UP, "below")),
             "┴": ((0, -1, _OPEN_RIGHT, "left"), (0, 1, _OPEN_LEFT, "right"),
                   (-1, 0, _OPEN_DOWN, "above"))}  # fmt: skip
    problems = []
    for r, row in enumerate(lines):
        for c, ch in enumerate(row):
            for dr, dc, allowed, where in rules.get(ch, ()):
                if at(r + dr, c + dc) not in allowed:
                    kind = "horizontal" if dr == 0 else "vertical"
                    name = "Corner" if ch in "┌┐└┘" else "Junction"
                    problems.append(f"{name} {ch} on line {r + 1}, column {c + 1} has no "
                                    f"{kind} line {where} it.")  # fmt: skip
    return problems


def _lines_list(numbers: list[int]) -> str:
    """Line numbers for a message, at most five of them."""
    shown = ", ".join(str(n) for n in numbers[:5])
    return shown + (f" and {len(numbers) - 5} more" if len(numbers) > 5 else "")


def lint_wireframe(ascii: str, platform: str) -> list[str]:
    """Human-readable problems with a drawing; an empty list means it is clean."""
    low, high = check_platform(platform)
    if not (ascii or "").strip():
        return ["The drawing is empty."]
    lines = ascii.split("\n")
    problems = []
    widths = [display_width(line) for line in lines]
    common = Counter(widths).most_common(1)[0][0]
    jagged = [i + 1 for i, w in enumerate(widths) if w != common]
    if jagged:
        problems.append(f"Lines are not all {common} columns wide: lines {_lines_list(jagged)} "
                        f"are {min(widths)}-{max(widths)} columns.")  # fmt: skip
    if not low <= common <= high:
        problems.append(f"The drawing is {common} columns wide; {platform} needs {low}-{high}.")
    by_kind: dict[str, list[int]] = {}
    for number, line in enumerate(lines, 1):
        for kind in {char_problem(ch) for ch in line} - {None}:
            by_kind.setdefault(kind, []).append(number)
    for kind, numbers in by_kind.items():
        problems.append(f"{kind.capitalize()} on lines {_lines_list(numbers)}; use one-column "
                        "characters.")  # fmt: skip
    corners = _corner_problems(lines)
    problems += corners[:5]
    if len(corners) > 5:
        problems.append(f"{len(corners) - 5} more corners or junctions do not join.")
    return problems


def _clean_line(line: str) -> str:
    """Tabs expanded, wide characters and emoji made "?", zero-width characters dropped."""
    return re.sub(r"\?{2,}", "?", one_column(line.expandtabs(4)))


def _to_width(line: str, target: int) -> str:
    """A line padded or trimmed to `target` columns, keeping its right border in place."""
    line = line.rstrip(" ")
    edge = line[-1] if line[-1:] in _RIGHT_EDGES else ""
    body = line[: len(line) - len(edge)]
    fill = "─" if body.endswith("─") else " "
    room = target - display_width(edge)
    if display_width(body) > room:  # drop padding before the border first; cut text only if needed
        body = body.rstrip(fill)
    return fit(body, room, fill) + edge


def trimmed(lines: list[str]) -> list[str]:
    """Lines without the blank ones at the start and the end."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return lines[filled[0] : filled[-1] + 1] if filled else []


def repair_wireframe(ascii: str, platform: str) -> str | None:
    """The drawing with safe fixes applied, or None when it cannot be fixed without guessing."""
    low, high = check_platform(platform)
    # Cleaned, then trimmed: a line of nothing but a stray control character is blank too.
    lines = trimmed([_clean_line(line) for line in (ascii or "").replace("\r\n", "\n").split("\n")])
    if not any(ch in _OPEN_UP | _OPEN_LEFT for line in lines for ch in line):
        return None  # no box at all: nothing tells us what the drawing should look like
    edged = [
        display_width(line.rstrip(" ")) for line in lines if line.rstrip(" ")[-1:] in _RIGHT_EDGES
    ]
    counts = Counter(edged or [max(display_width(line.rstrip(" ")) for line in lines)])
    target = max(counts, key=lambda w: (counts[w], w))  # the commonest right border wins
    if not low <= target <= high:
        return None  # rescaling a drawing would move every column; that is a redraw, not a fix
    repaired = "\n".join(_to_width(line, target) for line in lines)
    return repaired if not lint_wireframe(repaired, platform) else None
