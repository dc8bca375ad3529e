"""Phrases: verb phrases and the noun phrases they act on, inside a requirement's words.

A helper stage for goals, categories, stories and names: tokens go in, and out come where a
verb phrase starts (``starts_verb_phrase``), its base verb and the words after it
(``verb_and_rest``: "picks up the order" -> "pick up", "the order"), the object it acts on
(``object_phrase``), the words left once filler such as "be able to" is gone
(``strip_lead``), and one verb phrase per verb of "search, filter and sort restaurants"
(``split_coordinated``).
"""

from __future__ import annotations

from generation.mapping.text import norm
from generation.mapping.vocabulary import (
    BASE_OF,
    DETERMINERS,
    KIND_OF,
    MODALS,
    NOUN_HEADS,
    NOUN_VERBS,
    NP_STOPS,
    PARTICLES,
    PUNCT,
)


def starts_verb_phrase(low: list[str], n: int) -> bool:
    """True when the word at n is a base-form verb that is not the head of a noun phrase."""
    if n >= len(low):
        return False
    word = low[n]
    if word in {"be", "get"}:
        return True
    if KIND_OF.get(word) != "base":
        return False
    nxt = low[n + 1] if n + 1 < len(low) else ""
    return not (word in NOUN_VERBS and nxt in NOUN_HEADS)


def verb_and_rest(tokens: list[str]) -> tuple[str, list[str]]:
    """Split a verb phrase into its (phrasal) base verb and the words after it."""
    if not tokens:
        return "", []
    first = norm(tokens[0])
    base = BASE_OF.get(first, first)
    rest = tokens[1:]
    if rest and norm(rest[0]) in PARTICLES.get(base, set()):
        base = f"{base} {norm(rest[0])}"
        rest = rest[1:]
    return base, rest


# Words that follow the object without being part of it.
_AFTER_NOUN = {
    "nearby", "online", "offline", "instantly", "immediately", "automatically", "again",
    "later", "first", "directly", "together", "live", "instead", "too", "etc", "e.g", "i.e",
}  # fmt: skip
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


def object_phrase(rest: list[str]) -> list[str]:
    """Return the object noun phrase at the start of the words after a verb ("the order")."""
    words: list[str] = []
    for token in rest:
        word = norm(token)
        if not word or word in NP_STOPS or word in MODALS:
            break
        if word in {"me", "it", "them", "us", "him", "her", "you"} and not words:
            return []  # the object is a pronoun: nothing to name a task after
        if words and (word in DETERMINERS or word in _NUMBER_WORDS or word[:1].isdigit()):
            break  # "a reminder one day before", "mark done each day": a new phrase starts
        if word in _AFTER_NOUN or token.startswith("(") or (word.endswith("ly") and words):
            break  # "walkers nearby", "tickets (urgent first)", "orders quickly"
        if word not in DETERMINERS:
            words.append(token.strip(PUNCT.replace("'", "")).rstrip(",.;:"))
        if token.endswith((",", ";", ":", ".")) or len(words) >= 3:
            break
    return [w for w in words if w]


def _object_length(rest: list[str]) -> int:
    """How many words the object noun phrase at the start of ``rest`` spans ("an invoice")."""
    for n, token in enumerate(rest):
        word = norm(token)
        if word in NP_STOPS or word in _AFTER_NOUN or token.startswith("("):
            return n
        if token.endswith((",", ";", ":", ".")):
            return n + 1
    return len(rest)


# "the ability to pay" wants the same as "pay".
_FILLER_TO = [[noun, "to"] for noun in ("ability", "option", "possibility", "chance", "way")]


def strip_lead(tokens: list[str]) -> list[str]:
    """Drop words that add nothing to a goal: "also", "be able to", "the ability to"."""
    tokens = list(tokens)
    changed = True
    while tokens and changed:
        changed = False
        low = [norm(t) for t in tokens[:4]]
        if low[:1] and low[0] in {"also", "then", "still", "only", "always", "easily", "now"}:
            tokens, changed = tokens[1:], True
        elif low[:3] == ["be", "able", "to"]:
            tokens, changed = tokens[3:], True
        elif low[:2] == ["able", "to"]:
            tokens, changed = tokens[2:], True
        elif low[:2] in (["need", "to"], ["have", "to"], ["want", "to"]):
            tokens, changed = tokens[2:], True
        elif low[:1] == ["to"] and len(low) > 1 and low[1] in KIND_OF:
            tokens, changed = tokens[1:], True
        elif len(low) >= 3 and low[0] in {"the", "an", "a"} and low[1:3] in _FILLER_TO:
            tokens, changed = tokens[3:], True
        elif low[:2] in _FILLER_TO:
            tokens, changed = tokens[2:], True
    return tokens


def before_relative_clause(tokens: list[str]) -> list[str]:
    """Cut ", which the instructor can edit" off a goal: it adds detail, not a goal."""
    for n in range(1, len(tokens)):
        if norm(tokens[n]) in {"which", "who", "whom", "whose"} and tokens[n - 1].endswith(","):
            return [*tokens[: n - 1], tokens[n - 1].rstrip(",")]
    return tokens


def able_base(word: str) -> str | None:
    """The verb in an "-able" adjective ("filterable" -> "filter"), if it is a known verb."""
    if not word.endswith("able") or len(word) < 7:
        return None
    stem = word[:-4]
    candidates = [stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem]
    return next((c for c in candidates if KIND_OF.get(c) == "base"), None)


# Verb pairs that name one action ("drag and drop"), never split into two stories.
_IDIOMS = {("drag", "drop"), ("copy", "paste"), ("click", "collect"), ("plug", "play")}


def split_coordinated(tokens: list[str]) -> list[list[str]]:
    """Split "search, filter and sort restaurants" into one verb phrase per verb."""
    low = [norm(t) for t in tokens]
    parts: list[list[str]] = [[]]
    n = 0
    while n < len(tokens):
        token = tokens[n]
        word = low[n]
        nxt = low[n + 1] if n + 1 < len(low) else ""
        if (
            word in {"and", "or", "and/or", "&"}
            and parts[-1]
            and starts_verb_phrase(low, n + 1)
            and len(parts) < 6
            and (low[n - 1], nxt) not in _IDIOMS
        ):
            parts[-1][-1] = parts[-1][-1].rstrip(",")
            parts.append([])
            n += 1
            continue
        parts[-1].append(token)
        if (
            token.endswith(",")
            and nxt
            and starts_verb_phrase(low, n + 1)
            and not _lists_nouns(tokens, low, n + 1)  # "by push, email or SMS"
            and len(parts) < 6
        ):
            parts[-1][-1] = token.rstrip(",")
            parts.append([])
        n += 1
    parts = [p for p in parts if p]
    # "pick up and deliver orders": a bare verb borrows the object of the phrase after it.
    for k in range(len(parts) - 2, -1, -1):
        verb, rest = verb_and_rest(parts[k])
        if verb and not rest:
            _, next_rest = verb_and_rest(parts[k + 1])
            parts[k] = parts[k] + next_rest[: _object_length(next_rest)]
    return parts


def _lists_nouns(tokens: list[str], low: list[str], n: int) -> bool:
    """True when the comma list going on at ``n`` ends in a noun ("email or SMS")."""
    while n < len(tokens) and tokens[n].endswith(","):
        n += 1  # skip the middle items of "a, b, c and d"
    if n + 1 < len(low) and low[n + 1] in {"and", "or"}:
        return not starts_verb_phrase(low, n + 2)
    return False
