"""Text helpers: the small word and string operations every stage shares.

Strings go in and strings come out: a token normalised for lookups (``norm``), whitespace
squashed, trailing punctuation stripped, first letters raised or lowered, simple English
singulars and plurals, "a" or "an", a phrase cut to a short title (``short_title``), and a
heading's lookup key (``heading_key``); ``is_english`` and ``is_latin`` say whether a text can
be read with these English rules at all.
"""

from __future__ import annotations

import re

from generation.mapping.vocabulary import (
    BASE_OF,
    DETERMINERS,
    FUNCTION_WORDS,
    IRREGULAR_PLURALS,
    KIND_OF,
    PARTICLES,
    PUNCT,
    ROLE_SET,
    SINGULAR_S,
    UNCOUNTABLE,
)

_MAX_TITLE_WORDS = 8


def norm(token: str) -> str:
    """Lower-case a token and strip the punctuation around it."""
    return token.replace("’", "'").strip(PUNCT).lower()


def squash(text: str) -> str:
    """Collapse all runs of whitespace to single spaces."""
    return " ".join(text.split())


def strip_end(text: str) -> str:
    """Drop trailing punctuation and connectors left over after cutting a phrase."""
    text = text.strip().rstrip(".,;:!?-–—。，、；：！？")
    return text.strip()


def capitalise(text: str) -> str:
    """Upper-case the first character only (keeps "iPhone"-style words intact elsewhere)."""
    return text[:1].upper() + text[1:] if text else text


def decapitalise(text: str) -> str:
    """Lower-case the first word when it is a plain capitalised word, not a name or acronym."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower() and first.isalpha():
        return first[0].lower() + text[1:]
    return text


_ENGLISH_WORDS = frozenset(
    "the and to of a an in is are be for with on that this can must should will as by or it "
    "from at when so their they each all not".split()
)


def is_english(text: str) -> bool:
    """True when the text reads as English (enough of its words are common English ones)."""
    words = re.findall(r"[^\W\d_]+", text[:20_000].lower())
    if not words:
        return True
    if sum(w in _ENGLISH_WORDS for w in words) >= 0.12 * len(words):
        return True
    # A short note ("Todo app: add, edit, delete tasks") may have no little words at all.
    known = _ENGLISH_WORDS | ROLE_SET | set(KIND_OF)
    return len(words) < 40 and is_latin(text) and any(w in known for w in words)


def is_latin(text: str) -> bool:
    """True when most letters in the text are ASCII (English-like)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    return sum(c.isascii() for c in letters) >= 0.5 * len(letters)


def singular_of(word: str) -> str:
    """Return a simple singular form of an English plural noun."""
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if lower.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "is")) and lower not in SINGULAR_S:
        return word[:-1]
    return word


def plural_of(word: str) -> str:
    """Return a simple plural form of a singular English noun phrase's last word."""
    lower = word.lower()
    last = lower.rsplit(" ", 1)[-1]
    if last in UNCOUNTABLE or last.endswith(("s", "ing")) or not last.isalpha():
        return word
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if last.endswith(("ch", "sh", "x", "z")):
        return word + "es"
    return word + "s"


def a_or_an(word: str) -> str:
    """Pick "a" or "an" for the word that follows."""
    lower = word.lower()
    if lower.startswith(("hour", "honest", "heir")):
        return "an"
    if lower.startswith(("user", "uni", "use", "eu", "one", "usu")):
        return "a"
    return "an" if lower[:1] in "aeiou" else "a"


def truncate_words(text: str, limit: int) -> str:
    """Keep at most ``limit`` words, marking the cut with an ellipsis."""
    words = text.split()
    if len(words) <= limit:
        return text
    return " ".join(words[:limit]).rstrip(",;:") + "…"


_ASIDE_COMMA = re.compile(
    r",\s+(?:(?:which|who|where|so|because|while|including|such as|unless|if|when|then|but|"
    r"for example)\b|e\.g\.|i\.e\.)",
    re.IGNORECASE,
)


def short_title(text: str, max_words: int = _MAX_TITLE_WORDS, max_chars: int = 60) -> str:
    """Turn a phrase into a short title: first clause, a few words, no dangling connectors."""
    text = strip_end(text) or squash(text) or "Untitled"
    head = re.split(r"[;:(]", text, maxsplit=1)[0].strip()
    if len(head.split()) >= 2:
        text = head
    # A comma that opens an aside ends the title; a comma inside a list does not.
    head = re.split(_ASIDE_COMMA, text, maxsplit=1)[0].strip()
    text = head if len(head.split()) >= 2 else text
    words = text.split()[:max_words]
    dangling = FUNCTION_WORDS | DETERMINERS | {"and", "or", "my", "me", "instead", "etc"}
    while len(words) > 1 and norm(words[-1]) in dangling:
        verb = BASE_OF.get(norm(words[-2]), norm(words[-2]))
        if norm(words[-1]) in PARTICLES.get(verb, set()):
            break  # "Log in", "Check out": the particle belongs to the verb
        words.pop()
    title = strip_end(" ".join(words)) or strip_end(text) or text
    if len(title) > max_chars:  # scripts without spaces (CJK) or very long words
        cut = title[:max_chars].rsplit(" ", 1)[0] if " " in title[:max_chars] else ""
        title = (cut or title[: max_chars - 1]).rstrip() + "…"
    return capitalise(title)


def heading_key(text: str) -> str:
    """Normalise a heading for lookups: lower case, no numbering or trailing punctuation."""
    text = re.sub(r"^(?:\d+(?:\.\d+)*[.)]?|[ivx]+\.|section\s+\d+[.:]?)\s+", "", text.lower())
    return strip_end(re.sub(r"\s+", " ", text)).strip("\"'")
