"""Story titles: a verb phrase of at most about eight words that ends where a phrase ends.

    "Users should be able to see the most often used tools first" -> "See most often used tools"
    "Discovery of events, artists, and booths through schedule browsing" -> "Discover events,
    artists, and booths"
    "Manual Call Upload - Simple web interface to upload MP3/WAV recordings" -> "Manual Call Upload"
    "Stages" -> "Find stages"

A long phrase is cut before a preposition, a conjunction or a relative clause, never after
one; "be able to" goes; a feature named by one noun gets the verb its kind of thing suggests.
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause
from generation.languages.en.actions import NOMINALS
from generation.languages.en.things import KINDS, kind_of

__all__ = ["title_of"]

MAX_WORDS = 8
#: A title this long that is the sentence's own first words reads as a cut sentence.
_PREFIX_WORDS = 6
_ARTICLES = {"a", "an", "the"}
#: Words a phrase may not end on.
_DANGLING = {
    "a", "an", "the", "and", "or", "of", "to", "for", "with", "by", "in", "on", "at", "from",
    "my", "your", "their", "our", "its", "as", "than", "that", "which", "who", "is", "are",
    "be", "can", "will", "if", "when", "while", "via", "per", "vs", "into", "about", "not",
    "no", "also", "only", "so", "but", "without", "within", "through", "using", "&",
}  # fmt: skip
#: Words a new phrase starts with: a title may stop before them.
_BOUNDARIES = {
    "of", "in", "on", "for", "with", "by", "at", "from", "to", "into", "about", "via", "per",
    "through", "without", "within", "under", "over", "between", "after", "before", "during",
    "using", "across", "against", "until", "unless", "who", "which", "that", "where", "when",
    "whenever", "if", "while", "so", "because", "whose", "once", "as", "than", "including",
    "such", "like", "e.g.", "i.e.", "etc", "etc.",
}  # fmt: skip
_JOINTS = {"and", "or", "but", "&"}
_STOPS = {",", ";", ":", "-", "–", "—", "(", "/", "|", "•", "→"}
_SEPARATOR = re.compile(r"\s+[-–—:|•→]\s+|:\s+|\s+\(")
#: The verb a feature named by one noun gets, by the noun's kind of thing.
_KIND_VERBS = {
    KINDS[head]: verb
    for head, verb in {
        "time": "Set", "location": "Find", "name": "See", "description": "Read",
        "list": "Browse", "status": "Follow", "report": "See", "score": "See", "link": "Open",
        "photo": "See", "price": "See", "mode": "Switch to", "template": "Start from",
        "timer": "Start", "password": "Protect", "offline": "Work", "recommendation": "Get",
        "error": "Handle", "notification": "Get", "schedule": "See", "transcript": "Read",
        "profile": "Set up", "menu": "Browse", "comment": "Read",
    }.items()
}  # fmt: skip


def title_of(clause: Clause, third: str) -> str:
    """The story's title; ``third`` is the verb in the third person ("sends")."""
    negated = clause.manner.split()[:1] in (["not"], ["never"])
    if clause.noun_only:
        return _capitalise(_feature_title(clause.rest, clause.source))
    if clause.system is not None and clause.verb == "be":
        words = [*clause.system.split(), *clause.rest.split()]
    elif clause.system is not None:
        verb = (
            (
                ["never", *third.split()]
                if clause.manner.startswith("never")
                else ["does", "not", clause.verb]
            )
            if negated
            else third.split()
        )
        words = [*clause.system.split(), *verb, *_object(clause).split()]
    else:
        words = [*(["cannot"] if negated else []), *clause.verb.split(), *_object(clause).split()]
    return _capitalise(_phrase(_without_able(words), clause.source))


_LIMIT_WORDS = re.compile(r"^(?:at\s+most|at\s+least|up\s+to|no\s+more\s+than)\s+", re.I)


def _object(clause: Clause) -> str:
    """The object, or the whole rest when the object alone says too little ("with 5 calls");
    "at most 5 books at a time" is titled by its books: "Borrow up to 5 books"."""
    limited = _LIMIT_WORDS.match(clause.rest)
    if limited:
        counted = re.match(
            r"(\d+)\s+([A-Za-z-]+(?:\s+(?!(?:at|per|in|on|for|a|an|the|of|by|each)\b)"
            r"[A-Za-z-]+)?)",
            clause.rest[limited.end() :],
        )
        if counted:
            word = "up to" if limited.group().lower().startswith(("at most", "up to", "no")) else ""
            return f"{word or 'at least'} {counted.group(1)} {counted.group(2)}"
    obj = clause.obj or clause.rest
    words = [w for w in obj.split() if w.lower() not in _ARTICLES]
    if (not words or words[0].lower() in _BOUNDARIES) and len(words) <= 1:
        return clause.rest
    return obj


def _feature_title(text: str, source: str) -> str:
    """A feature's name: before its description, as a verb when it names an action."""
    text = re.sub(r"^[^(]*?\)\s*", "", text) if ")" in text.split("(")[0] else text
    text = re.sub(r"^\s*\([^)]*\)\s*[:\-–—]?\s*", "", text)  # "(Weeks 1-3): Home"
    text = _SEPARATOR.split(text, maxsplit=1)[0].strip(" :-–—")
    words = [w for w in text.split() if w.lower() not in _ARTICLES]
    if len(words) >= 3 and words[1].lower() == "of":  # "Discovery of events" -> "Discover events"
        verb = NOMINALS.get(words[0].lower())
        if verb and "-" not in verb:
            words = [verb, *words[2:]]
    elif len(words) >= 4 and words[2].lower() == "of":  # "External sharing of information"
        verb = NOMINALS.get(words[1].lower())
        if verb and "-" not in verb:
            words = [verb, *words[3:]]
    if len(words) == 1:
        words = [
            *_kind_verb(words[0]).split(),
            words[0].lower() if words[0].istitle() else words[0],
        ]
    return _phrase(words, source)


def _kind_verb(noun: str) -> str:
    low = noun.lower()
    if low in NOMINALS:
        return "Use"
    kind = kind_of(low)
    return _KIND_VERBS.get(kind, "Use") if kind else "Use"


def _without_able(words: list[str]) -> list[str]:
    """ "be able to see" -> "see"."""
    text = " ".join(words)
    text = re.sub(r"\b(?:be|is|are)?\s*able\s+to\s+", "", text, flags=re.I)
    return text.split()


def _phrase(words: list[str], source: str) -> str:
    """At most ``MAX_WORDS`` words without articles or asides, cut where a phrase ends."""
    words = [w for w in _without_brackets(words) if w.lower() not in _ARTICLES]
    words = _cut(words, MAX_WORDS)
    while len(words) >= _PREFIX_WORDS and _cut_sentence(words, source):
        shorter = _cut(words, len(words) - 1)
        if shorter == words or len(shorter) < 2:
            break
        words = shorter
    return " ".join(words).rstrip(" ,;:")


def _cut(words: list[str], limit: int) -> list[str]:
    """The longest start of ``words`` of at most ``limit`` words that ends a phrase."""
    words = _without_trailing(words)
    if len(words) <= limit and not _stops_inside(words):
        return words
    boundaries = [
        index
        for index in range(2, min(len(words), limit + 1))
        if _starts_phrase(words[index]) or words[index - 1][-1:] in {",", ";", ":"}
    ]
    if boundaries:
        return _without_trailing(words[: boundaries[-1]])
    joints = [i for i in range(2, min(len(words), limit + 1)) if words[i].lower() in _JOINTS]
    if joints:
        return _without_trailing(words[: joints[-1]])
    return _without_trailing(words[:limit])


def _stops_inside(words: list[str]) -> bool:
    return any(word in _STOPS for word in words[1:])


def _starts_phrase(word: str) -> bool:
    return word.lower() in _BOUNDARIES or word in _STOPS


def _without_trailing(words: list[str]) -> list[str]:
    """Without a last word that leaves the phrase open, or an adverb after the object."""
    while words and (
        words[-1].lower().strip(",;:") in _DANGLING
        or (len(words) > 2 and words[-1].islower() and _adverb(words[-1]))
        or words[-1] in _STOPS
    ):
        words = words[:-1]
    if words:
        words[-1] = words[-1].rstrip(",;:")
    return words


def _adverb(word: str) -> bool:
    """ "externally", "immediately": an adverb and nothing else."""
    from lemminflect import getAllLemmas

    return set(getAllLemmas(word.lower())) == {"ADV"}


def _cut_sentence(words: list[str], source: str) -> bool:
    """Whether the title is the sentence's own first words, and the sentence goes on."""
    head = " ".join(words).lower()
    low = " ".join(w for w in source.split() if w.lower() not in _ARTICLES).lower()
    return low.startswith(head) and len(low) > len(head) + 1


def _without_brackets(words: list[str]) -> list[str]:
    text = re.sub(r"\s*\([^)]*\)?", "", " ".join(w for w in words if w))
    return text.split()


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
