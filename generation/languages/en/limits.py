"""Both sides of the number an English requirement sets: "up to 25 MB", "12 hours before".

"Files up to 25 MB can be uploaded."
Given a file of 25 MB, when I upload files, then it is uploaded.
Given a file of 26 MB, when I try to upload files, then I am told it must be at most 25 MB
and it is not uploaded.
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause
from generation.languages.en.words import article, participle, singular

__all__ = ["limit_criteria"]

_MEASURES = {
    "mb", "gb", "kb", "tb", "byte", "bytes", "minute", "minutes", "min", "mins", "hour",
    "hours", "h", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "second", "seconds", "sec", "secs", "s", "ms", "km", "m", "mile", "miles", "meter",
    "meters", "metre", "metres", "character", "characters", "chars", "word", "words", "%",
    "percent", "usd", "eur", "gbp", "kg", "g", "mbps",
}  # fmt: skip
_DISTANCES = {"km", "m", "mile", "miles", "meter", "meters", "metre", "metres"}
_TIMES = {
    "minute", "minutes", "min", "mins", "hour", "hours", "h", "hrs", "second", "seconds",
    "sec", "secs", "s", "ms", "day", "days", "week", "weeks",
}  # fmt: skip
_LIMIT = re.compile(
    r"(?P<word>up\s+to|at\s+most|no\s+more\s+than|maximum(?:\s+of)?|max\.?|under|less\s+than|"
    r"within|at\s+least|no\s+less\s+than|minimum(?:\s+of)?|min\.?|over|more\s+than|"
    r"no\s+later\s+than|no\s+earlier\s+than)\s+(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>[%$€£]|"
    r"[A-Za-z][\w-]*(?:\s+(?!(?:before|ahead|in|per|of|prior|for|on|at|to|from|each|a|an|the)\b)"
    r"[A-Za-z][\w-]*s\b)?)?(?:\s+(?P<after>(?:before|ahead|in\s+advance|prior)\b.*))?",
    re.I,
)
#: Verbs whose "up to 30 days ahead" is how far ahead one may go, not a deadline.
_BOOKING = {"book", "reserve", "schedule", "plan", "order", "buy", "rent", "hire"}
_MINIMUM = re.compile(r"^(?:at\s+least|no\s+less\s+than|minimum|min|over|more\s+than)", re.I)


def limit_criteria(
    clause: Clause, facts, when: str, trying: str, *, done: str, ready: str
) -> list[str]:
    """Both sides of the number the requirement sets."""
    match = _LIMIT.search(clause.constraint or "")
    if not match:
        return []
    n = float(match.group("n").replace(",", "."))
    number = match.group("n")
    unit = (match.group("unit") or "").strip()
    if unit and unit.split()[0].lower() in _MEASURES:  # "25 MB files": the unit is MB
        unit = unit.split()[0]
    thing = facts.thing
    past = participle(facts.verb) if facts.verb else "accepted"
    minimum = bool(_MINIMUM.match(match.group("word")))
    limit = f"{number} {unit}".strip()
    if match.group("after") and facts.verb in _BOOKING and not minimum:
        # "book a vet appointment up to 30 days ahead": how far ahead the window reaches
        ahead = match.group("after").strip()
        return [
            f"Given {thing.fill('{thing}')} is {_amount(n, unit)} {ahead}, when {when}, then "
            f"{thing.fill('{it} {is}')} {past}.",
            f"Given {thing.fill('{thing}')} would be {_amount(n + 1, unit)} {ahead}, when "
            f"{trying}, then I see that this is only possible up to {limit} {ahead}, and nothing "
            f"is {past}.",
        ]
    if match.group("after"):  # "up to 12 hours before it": a deadline
        ref = re.sub(r"\b(?:it|them)\b", thing.phrase, match.group("after").strip())
        early = _amount(n + 1, unit)
        late = _amount(max(n - 1, 0), unit)
        return [
            f"Given it is {early} {ref}, when {when}, then {thing.fill('{thing} {is}')} {past}.",
            f"Given it is {late} {ref}, when {trying}, then I see that this is only possible "
            f"up to {limit} {ref}, and nothing changes.",
        ]
    if match.group("word").lower() == "within" and unit.lower() in _TIMES:
        return [
            f"Given {ready}, when {when}, then {done} within {limit}.",
            f"Given it takes longer than {limit}, when {when}, then I see that it is still "
            "in progress instead of a frozen screen.",
        ]
    inside = _amount(n, unit)
    outside = _amount(n - 1 if minimum else n + 1, unit)
    bound = "at least" if minimum else "at most"
    if unit.lower() in _MEASURES or not unit:
        head = _one_of(thing) or "value"
        where = "away" if unit.lower() in _DISTANCES else ""
        of = "" if where else "of "
        ok = f"{article(head)} {head} {of}{inside} {where}".strip()
        bad = f"{article(head)} {head} {of}{outside} {where}".strip()
        if facts.verb in {"find", "search", "filter", "browse"}:
            return [
                f"Given {ok}, when {when}, then it is among the results.",
                f"Given {bad}, when {when}, then it is not among the results.",
            ]
        return [
            f"Given {ok}, when {when}, then it is {past}.",
            f"Given {bad}, when {trying}, then I am told it must be {bound} {limit} and it is "
            f"not {past}.",
        ]
    verb = facts.verb or "add"
    have = _amount(n if minimum else n - 1, unit)
    over = _amount(n - 1 if minimum else n, unit)
    return [
        f"Given I have {have}, when I {verb} one more, then it is {past}.",
        f"Given I {'have only' if minimum else 'already have'} {over}, when I try to {verb} "
        f"one more, then I am told {bound} {limit} are allowed and nothing is {past}.",
    ]


def _amount(n: float, unit: str) -> str:
    value = f"{int(n)}" if n == int(n) else f"{n:g}"
    if not unit:
        return value
    if unit in "%$€£":
        return f"{value}{unit}" if unit == "%" else f"{unit}{value}"
    if n == 1 and unit.endswith("s") and len(unit) > 3:
        unit = singular(unit)
    return f"{value} {unit}"


def _one_of(thing) -> str:
    """ "the visit notes" -> "visit note": one of the things the limit is about."""
    words = re.sub(r"^(?:the|my|a|an)\s+", "", thing.phrase).split()
    if "as" in words[1:]:
        words = words[: words.index("as", 1)]
    if not thing.head or not words or len(words) > 3 or words[-1].lower() != thing.head:
        return singular(thing.head)
    return " ".join([*words[:-1], singular(words[-1])])
